package cue

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one lower-cased word of a sentence.
type token struct {
	text       string
	start, end int  // byte span of the word in the sentence
	clause     int  // clause number; punctuation and break words start a new one
	capital    bool // capitalised but not first in its sentence: likely a name
}

// clauseBreaks is the punctuation that ends a clause. Quotation marks do not:
// quotes count by what they say.
const clauseBreaks = ",;:.!?()[]{}—–…"

// pronouns whose "'s" is "is" ("it's unclear"); elsewhere "'s" is dropped.
var isPronoun = map[string]bool{"it": true, "that": true, "there": true, "here": true, "what": true,
	"who": true, "he": true, "she": true, "where": true, "how": true, "this": true}

// tokenize splits s into lower-case words with clause numbers. Contractions
// are expanded ("didn't" → "did not", "won't" → "will not", "it's" → "it
// is"), hyphenated words are split, and a dash or the punctuation in
// clauseBreaks, or a word in breaks, starts a new clause.
func tokenize(s string, breaks map[string]bool) []token {
	var toks []token
	clause := 0
	caps := hasLower(s) // in an all-capitals headline nothing looks like a name
	sentenceStart := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			if strings.ContainsRune(clauseBreaks, r) && !inNumber(s, i, size) || r == '-' && !between(s, i, size) {
				clause++
			}
			if strings.ContainsRune(".!?:\"“”‘'(—–-", r) || r == '’' && !between(s, i, size) {
				sentenceStart = true
			}
			i += size
			continue
		}
		start := i
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) && !((r == '\'' || r == '’') && between(s, i, size)) {
				break
			}
			i += size
		}
		word := s[start:i]
		first, _ := utf8.DecodeRuneInString(word)
		capital := caps && !sentenceStart && unicode.IsUpper(first)
		sentenceStart = false
		for _, w := range expand(strings.ToLower(strings.ReplaceAll(word, "’", "'"))) {
			if w == "" {
				continue // "n't" written apart, as in "did n't"
			}
			if breaks[w] {
				clause++
			}
			toks = append(toks, token{text: w, start: start, end: i, clause: clause, capital: capital})
		}
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// between reports whether the rune at s[i:i+size] has a letter on both sides.
func between(s string, i, size int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+size:])
	return unicode.IsLetter(before) && unicode.IsLetter(after)
}

// inNumber reports whether the rune at s[i:i+size] has a digit on both
// sides, as the separators in "4,000" and "12.9" do.
func inNumber(s string, i, size int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+size:])
	return unicode.IsDigit(before) && unicode.IsDigit(after)
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// expand splits an English contraction into words.
func expand(w string) []string {
	base, suf, ok := strings.Cut(w, "'")
	if !ok {
		if w == "cannot" {
			return []string{"can", "not"}
		}
		return []string{w}
	}
	switch suf {
	case "t":
		if !strings.HasSuffix(base, "n") {
			break
		}
		switch base = strings.TrimSuffix(base, "n"); base {
		case "wo":
			base = "will"
		case "ca":
			base = "can"
		case "sha":
			base = "shall"
		}
		return []string{base, "not"}
	case "ll":
		return []string{base, "will"}
	case "re":
		return []string{base, "are"}
	case "ve":
		return []string{base, "have"}
	case "d":
		return []string{base, "would"}
	case "m":
		return []string{base, "am"}
	case "s":
		if isPronoun[base] {
			return []string{base, "is"}
		}
		return []string{base}
	}
	return []string{w}
}
