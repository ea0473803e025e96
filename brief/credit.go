package brief

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Publishers put the credit of a story ("Originally reported by …",
// "Original headline: …") wherever their template puts it: under its own
// heading, in a footer, in a paragraph after a list, as a list item. The
// readers take it from any of those places; the writers escape a point
// that would read as one.

// isCredit reports whether text is a credit line: "Originally reported by"
// or "Original headline", with or without a value.
func isCredit(text string) bool {
	switch classifyHeading(text).kind {
	case secOriginal, secOriginalHeadline:
		return true
	}
	return false
}

// credit reads a credit line found outside the original's own section
// into Original and reports whether text was one; links are the text's
// links, the first of which is the original article's.
func (bd *builder) credit(text string, links []link) bool {
	h := classifyHeading(text)
	switch {
	case h.kind == secOriginal:
		bd.open(h, text)
		if len(links) > 0 {
			bd.b.Original.URL = links[0].url
		}
		return true
	case h.kind == secOriginalHeadline && h.value != "":
		bd.b.Original.Headline = h.value
		return true
	}
	return false
}

// bylineWords are the lower-case words a by-line holds besides names.
var bylineWords = map[string]bool{"and": true, "staff": true, "of": true, "the": true, "for": true, "in": true,
	"at": true, "with": true, "de": true, "da": true, "del": true, "van": true, "von": true, "der": true, "le": true,
	"la": true, "y": true, "bin": true, "al": true, "reporter": true, "reporters": true, "correspondent": true,
	"writer": true, "writers": true, "editor": true, "editors": true, "&": true, "|": true, "·": true, "-": true, "—": true}

// isByline reports whether text is a by-line such as "By Jane Doe,
// Reuters" or "By Reuters staff": "By" and up to twelve words, each a
// capitalised name or one of the few words by-lines use. "By Monday, the
// dam will be open." is a sentence, not a by-line.
func isByline(text string) bool {
	rest, ok := strings.CutPrefix(strings.TrimSpace(text), "By ")
	if !ok {
		if rest, ok = strings.CutPrefix(strings.TrimSpace(text), "BY "); !ok {
			return false
		}
	}
	words := strings.FieldsFunc(strings.TrimSuffix(rest, "."), func(r rune) bool { return r == ' ' || r == ',' || r == ';' })
	if len(words) == 0 || len(words) > 12 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case bylineWords[strings.ToLower(w)] && !unicode.IsUpper(r) || unicode.IsUpper(r) && strings.IndexFunc(w, unicode.IsDigit) < 0 && !strings.ContainsAny(w, ".?!:") || isInitial(w):
		default:
			return false
		}
	}
	return true
}

// isInitial reports a name's initial: "J." or "J.R.".
func isInitial(w string) bool {
	for i, r := range w {
		if i%2 == 0 && !unicode.IsUpper(r) || i%2 == 1 && r != '.' {
			return false
		}
	}
	return strings.HasSuffix(w, ".")
}
