package compose

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/cue"
)

// Sentence units: what of a sentence a point shows, and whether it can
// stand alone. A point's evidence always slices exactly the shown text out
// of its source.
const (
	// maxPointWords is the most words a point may have: longer "sentences"
	// are mostly captions, credits and lists run together.
	maxPointWords = 55
	// maxPrefixBytes bounds how far into a sentence a wire prefix or a
	// dateline may end.
	maxPrefixBytes = 80
	// maxBylineBytes bounds a by-line between a Korean wire dateline and
	// its "=" ("홍길동 기자 =").
	maxBylineBytes = 40
)

// shownSpan returns the part of sentence s a point shows, as offsets into
// s: s without a leading wire prefix ("(CNN) -- ", "LONDON (Reuters) - ",
// "WASHINGTON — ") or the by-line and publication stamps that run into a
// first sentence, without page furniture run into its start ("Media
// playback is not supported on this device"), and without surrounding
// white space.
func shownSpan(s string) (lo, hi int) {
	lo = len(s) - len(strings.TrimLeft(s, " \t"))
	hi = len(strings.TrimRight(s, " \t"))
	if lo >= hi {
		return lo, hi
	}
	if n := wirePrefix(s[lo:hi]); n > 0 {
		lo += n
	}
	lo += furniturePrefix(s[lo:hi])
	return lo, hi
}

// wirePrefix returns the length of the dateline or wire-service prefix that
// opens s, with the dash or colon and spaces after it, or 0: an outlet in
// brackets ("(CNN)"), a place in capitals ("NEW YORK", "SEOUL, South Korea")
// optionally followed by one, ended by a dash ("--", "-", "—", "–").
func wirePrefix(s string) int {
	head := s[:min(len(s), maxPrefixBytes)]
	if n := koreanWirePrefix(head); n > 0 {
		return n
	}
	dash := -1
	for _, d := range []string{" -- ", " — ", " – ", " - ", "--", "— ", "– "} {
		if i := strings.Index(head, d); i > 0 && (dash < 0 || i < dash) {
			dash = i
		}
	}
	if dash < 0 {
		// "(CNN)The …": a bracketed outlet alone, with no dash.
		if strings.HasPrefix(s, "(") {
			if end := strings.IndexByte(head, ')'); end > 1 && isOutletTag(s[1:end]) {
				return end + 1 + spacesAt(s[end+1:])
			}
		}
		return gluedDateline(head)
	}
	prefix := strings.TrimSpace(s[:dash])
	if !isDateline(prefix) {
		return 0
	}
	rest := s[dash:]
	rest = strings.TrimLeft(rest, " -—–")
	return len(s) - len(rest)
}

// gluedDateline returns the length of a place and a bracketed outlet glued
// to the capital letter that opens the story, with no dash ("Hong Kong (CNN
// Business)A muddled view …"), or 0. The glue tells it from prose that
// names a company and its ticker ("Apple (AAPL) shares rose").
func gluedDateline(head string) int {
	end := strings.IndexByte(head, ')') + 1
	if end > 0 && end < len(head) && 'A' <= head[end] && head[end] <= 'Z' && isDateline(head[:end]) {
		return end
	}
	return 0
}

// isDateline reports a dateline: capitalised place words, maybe an outlet
// in brackets, maybe a date after a comma ("LONDON (Reuters)",
// "(CNN)", "SEOUL, South Korea", "Washington, March 3 (AP)").
func isDateline(p string) bool {
	if p == "" {
		return false
	}
	tagged := false
	if i := strings.IndexByte(p, '('); i >= 0 {
		tagged = true
		end := strings.IndexByte(p[i:], ')')
		if end < 0 || !isOutletTag(p[i+1:i+end]) || strings.TrimSpace(p[i+end+1:]) != "" {
			return false
		}
		p = strings.TrimSpace(p[:i])
		if p == "" {
			return true // "(CNN) --"
		}
	}
	place, after, comma := strings.Cut(p, ",")
	for _, w := range strings.Fields(after) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false // "Meanwhile, in Paris - …" is prose
		}
	}
	words := strings.Fields(place)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	upper := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		if strings.ToUpper(w) == w {
			upper++
		}
	}
	// A place in capitals, or any capitalised place with an outlet tag (the
	// tag was checked above) — "Washington (AP)".
	return upper == len(words) || tagged || comma && len(words) <= 3
}

// isOutletTag reports the inside of "(CNN)", "(Reuters)", "(AP)": one to
// three capitalised words.
func isOutletTag(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func spacesAt(s string) int { return len(s) - len(strings.TrimLeft(s, " ")) }

// whole reports whether a shown sentence is a whole unit: not cut off ("…"
// or "..." at its end) and not longer than maxPointWords.
func whole(s string) bool {
	t := strings.TrimRight(s, " \"”’'")
	if strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…") {
		return false
	}
	return len(strings.Fields(s)) <= maxPointWords
}

// endsStatement reports whether s ends as a written sentence does: with a
// full stop or an exclamation mark, perhaps inside a closing quotation mark
// or bracket. A line with none is a list item, a heading, a teaser or a
// button ("Keine festen Tagessätze oder Pauschalen", "Free delivery on
// every order"), which pages that are not news show in place of sentences:
// on such a page (listPages) it is no key insight.
//
// Reference marks after the stop (“…land.₇”, "…land.[3]", "…land.¹") and
// invisible format characters are no part of the ending.
func endsStatement(s string) bool {
	t := strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || unicode.Is(unicode.No, r)
	})
	if open := strings.LastIndexByte(t, '['); open >= 0 && strings.HasSuffix(t, "]") && isDigits(t[open+1:len(t)-1]) {
		t = t[:open]
	}
	t = strings.TrimRight(t, " \"”’')]»」』")
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == '.' || r == '!' || r == '。' || r == '！' || r == '।' || r == '۔'
}

// needsPrevious reports a sentence that opens with a pronoun,
// demonstrative or connective whose referent is in the sentence before
// ("But it may …", "They said …", "이 드론은 …", "하지만 …"): it can be a
// point only right after that sentence.
func needsPrevious(s, lang string) bool {
	if lang == "ko" {
		words := strings.Fields(s)
		return len(words) > 0 && !opensWithQuote(s) && cue.Has("ko", cue.Referring, words[0])
	}
	if lang == "de" {
		return opensWithGermanReference(s)
	}
	return opensWithReference(s)
}

// germanReferring are German words that, opening a sentence, point back at
// what the sentence before named: the third-person pronouns "Er" and "Sie"
// ("Er steht für Chancengleichheit"), whose case forms are the same words
// lower-cased, and the demonstratives ("Diese warten auf …", "Dies zeigt
// …"). "Es" is left out: it opens as many sentences as a dummy subject
// ("Es gibt …") as it refers.
var germanReferring = map[string]bool{
	"er": true, "sie": true, "dies": true, "diese": true, "dieser": true, "dieses": true,
	"diesem": true, "diesen": true,
}

// germanTimeWords are the nouns after which a German demonstrative names
// a time ("Diese Woche", "Dieses Jahr") and points back at nothing.
var germanTimeWords = map[string]bool{
	"woche": true, "jahr": true, "monat": true, "sommer": true, "winter": true, "herbst": true,
	"frühjahr": true, "frühling": true, "wochenende": true, "saison": true, "mal": true,
}

// opensWithGermanReference reports a German sentence (of web pages and
// German news) whose first word is a pronoun or demonstrative of
// germanReferring, outside a quotation: its referent is in the sentence
// before.
func opensWithGermanReference(s string) bool {
	if opensWithQuote(s) {
		return false
	}
	words := strings.Fields(strings.ToLower(s))
	if len(words) < 2 || !germanReferring[strings.TrimRight(words[0], ",;:")] {
		return false
	}
	return !germanTimeWords[strings.TrimRight(words[1], ",;:")]
}

// opensWithReference reports an English sentence whose first word points
// back at what came before it: a personal or demonstrative pronoun, or a
// connective.
//
// Inside a quotation "we" is the speaker's ("“We will win,” said …"), but
// a third person or a demonstrative points at what the article named
// before ("“They seemed like a perfect fit,” said …") and a connective at
// the speaker's words before it ("“However more must be done,” …"). A demonstrative before a time word
// ("This year …") refers to no earlier sentence.
func opensWithReference(s string) bool {
	quoted := opensWithQuote(s)
	words := strings.Fields(strings.ToLower(strings.TrimLeft(s, " (\"“‘'«„「『")))
	if len(words) == 0 {
		return false
	}
	first := withoutContraction(strings.TrimRight(words[0], ",;:"))
	if quoted && !cue.Has("en", cue.ThirdPerson, first) && !isConnective(first) {
		return false
	}
	if len(words) > 1 && cue.Has("en", cue.Opener, first) && cue.Has("en", cue.PersonalPronouns, strings.TrimRight(words[1], ",;:")) {
		return true // "In it he alleges …", "Initially she …"
	}
	if cue.Has("en", cue.Predeterminers, first) && len(words) > 1 && cue.Has("en", cue.Demonstratives, words[1]) {
		words, first = words[1:], words[1] // "All these sessions …" points back as "These sessions …" does
	}
	if cue.Has("en", cue.Demonstratives, first) {
		return len(words) < 2 || !cue.Has("en", cue.TimeWords, strings.TrimRight(words[1], ",;:"))
	}
	if first == "it" && cue.Count(strings.Join(words[:min(len(words), 8)], " "), "en", cue.Expletive) > 0 {
		return false // "It is not yet clear whether …" points ahead
	}
	return cue.Has("en", cue.Referring, first)
}

// isConnective reports a connective that opens a sentence ("however",
// "but"): it joins the sentence to the one before it, in a quotation too
// ("“However more must be done,” …" answers the speaker's words before
// it, which the point does not show).
func isConnective(w string) bool {
	return cue.Has("en", cue.Referring, w) && !cue.Has("en", cue.PersonalPronouns, w) && !cue.Has("en", cue.ThirdPerson, w)
}

// withoutContraction returns w without a contracted verb after it:
// "it’s" points back as "it" does, "that's" as "that", "they're" as
// "they".
func withoutContraction(w string) string {
	for _, c := range []string{"'s", "’s", "'re", "’re", "'ll", "’ll", "'d", "’d", "'ve", "’ve"} {
		if strings.HasSuffix(w, c) {
			return strings.TrimSuffix(w, c)
		}
	}
	return w
}

// opensWithQuote reports a sentence that opens with a quotation: what it
// says is its speaker's view, not the article's.
func opensWithQuote(s string) bool {
	s = strings.TrimLeft(s, " (")
	for _, q := range []string{"\"", "“", "‘", "'", "«", "„", "「", "『"} {
		if strings.HasPrefix(s, q) {
			return true
		}
	}
	return false
}

// koreanWirePrefix returns the length of a Korean wire dateline and by-line,
// "(서울=연합뉴스) 홍길동 기자 = ", with the spaces after it, or 0: a bracket
// holding "place=agency", then optionally a short by-line ended by "=".
func koreanWirePrefix(s string) int {
	if !strings.HasPrefix(s, "(") {
		return 0
	}
	end := strings.IndexByte(s, ')')
	if end < 0 || !strings.Contains(s[:end], "=") {
		return 0
	}
	n := end + 1
	rest := s[n:]
	if eq := strings.IndexByte(rest, '='); eq >= 0 && eq <= maxBylineBytes && !strings.ContainsAny(rest[:eq], ".\n") {
		n += eq + 1
	}
	return n + spacesAt(s[n:])
}

// insideQuotation reports whether a sentence that follows before, the
// text of its paragraph up to it, opens inside a quotation that an
// earlier sentence began (“…” left open, or an odd number of straight
// double marks): it continues a speaker's words, and its speaker is
// elsewhere.
func insideQuotation(before string) bool {
	return strings.Count(before, "“") > strings.Count(before, "”") || strings.Count(before, "\"")%2 == 1
}

// endsQuotation reports an English sentence that ends a quotation it does
// not open ("The way I'm playing is ridiculous.'", "… as a result."):
// the rest of a speaker's words, whose start and speaker are elsewhere
// (an earlier sentence, or an earlier paragraph of a quotation that runs
// over several).
func endsQuotation(s string) bool {
	t := strings.TrimRight(s, " ")
	for _, end := range []string{".'", "!'", "?'", ",'", ".’", "!’", "?’", ",’"} {
		if strings.HasSuffix(t, end) {
			return !opensWithQuote(s) && !strings.Contains(s, " '") && !strings.Contains(s, "‘")
		}
	}
	for _, end := range []string{".”", "!”", "?”"} {
		if strings.HasSuffix(t, end) {
			return !strings.Contains(s, "“")
		}
	}
	for _, end := range []string{".\"", "!\"", "?\""} {
		if strings.HasSuffix(t, end) {
			return strings.Count(s, "\"") == 1
		}
	}
	return false
}

// opensFirstPerson reports an English sentence that opens with a speaker's
// "I" or "my" outside any quotation mark ("I'm doing six hours a day …"):
// the words of a quotation that runs over paragraphs, whose speaker the
// point cannot show.
func opensFirstPerson(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	if len(words) == 0 {
		return false
	}
	first, _, _ := strings.Cut(strings.ReplaceAll(words[0], "’", "'"), "'") // I'm → i
	return cue.Has("en", cue.FirstPerson, strings.Trim(first, ",;:"))
}
