// Package referents counts the points of a brief or summary that refer to
// a person or thing the text shown before them has not introduced, which a
// reader who reads the brief alone cannot resolve. It reads text only,
// independently of how compose chose the points (studies: briefjudge refs,
// summbench).
package referents

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Unintroduced returns the words of point that refer to a person or thing
// the text shown before it (a headline, earlier points) has not named, or
// "" when there are none. It reads three shapes:
//
//   - a courtesy title before a surname alone ("Mr Peston") whose surname
//     shown does not have as a word;
//   - a definite description opening the point ("The victim …", "The
//     three-time Olympic medallist, …") whose head noun (without a plural
//     "s") shown does not have;
//   - in Korean, a demonstrative determiner opening it ("이 로봇은", "이번
//     과제는") before a noun shown does not have.
//
// An epithet of a person the shown text names ("The 25-year-old" after
// "Marat Safin") counts too: the reader may resolve it, this test cannot.
func Unintroduced(point, shown string) string {
	fields := strings.Fields(point)
	if len(fields) < 2 {
		return ""
	}
	lower := strings.ToLower(shown)
	switch fields[0] {
	case "이", "그", "이런", "그런", "이러한", "그러한", "이번", "해당":
		noun := []rune(strings.TrimRight(fields[1], ",."))
		if len(noun) > 2 {
			noun = noun[:len(noun)-1] // a particle: 로봇은 → 로봇
		}
		if !strings.Contains(shown, string(noun)) {
			return fields[0] + " " + fields[1]
		}
		return ""
	case "The":
		if head := headNoun(fields[1:]); head != "" && !strings.Contains(lower, strings.TrimSuffix(head, "s")) {
			return "The … " + head
		}
	}
	for k := 0; k+1 < len(fields); k++ {
		switch strings.TrimRight(fields[k], ".") {
		case "Mr", "Mrs", "Ms", "Miss", "Dr":
		default:
			continue
		}
		name := strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(fields[k+1], ".,;:"), "'s"), "’s")
		full := k+2 < len(fields) && upper(fields[k+2]) && !strings.ContainsAny(fields[k+1], ",;:'’")
		if upper(name) && !full && !containsWord(shown, name) {
			return fields[k] + " " + name
		}
	}
	return ""
}

// headNoun returns the last word of the lower-case noun phrase that
// fields open with, up to a comma, a function word or a verb form, or "".
func headNoun(fields []string) string {
	head := ""
	for k, f := range fields {
		w := strings.TrimRight(f, ",;:")
		if k > 0 && upper(w) && w == f {
			continue // a name inside ("The three-time Olympic medallist")
		}
		if k == 4 || upper(w) || isFunctionWord(w) || k > 0 && (strings.HasSuffix(w, "ed") || irregularPast(w) || presentVerb(w, head, fields[k+1:])) {
			break
		}
		head = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w != f || head != w {
			break
		}
	}
	return head
}

// presentVerb reports a word in -s after a singular noun and before a word
// that is no function word: a verb in the present ("The move follows days
// of …").
func presentVerb(w, before string, after []string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(before, "s") &&
		len(after) > 0 && !isFunctionWord(after[0])
}

// irregularPast reports the common past forms not in -ed that follow a
// noun phrase ("The 23-year-old flew to London").
func irregularPast(w string) bool {
	switch w {
	case "went", "flew", "won", "lost", "took", "made", "came", "gave", "told", "left", "began", "became", "saw",
		"got", "hit", "ran", "fell", "rose", "led", "set", "put", "cut", "paid", "sold", "held", "kept", "met", "sent",
		"spent", "brought", "thought", "found", "stood", "wrote", "drew", "grew", "shot", "struck":
		return true
	}
	return false
}

// isFunctionWord reports the words that end a noun phrase.
func isFunctionWord(w string) bool {
	switch w {
	case "of", "in", "on", "at", "for", "with", "by", "from", "to", "and", "or", "but", "who", "which", "that",
		"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should",
		"said", "says", "did", "does", "do", "be", "been", "as", "after", "before", "into", "also", "not":
		return true
	}
	return false
}

// upper reports whether w opens with an upper-case letter.
func upper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// containsWord reports whether text has word as a whole word.
func containsWord(text, word string) bool {
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if f == word {
			return true
		}
	}
	return false
}
