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
func (bd *assembler) credit(text string, links []link) bool {
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

// bylineWords are the lower-case words a by-line holds besides names,
// each between spaces.
const bylineWords = " and staff of the for in at with de da del van von der le la y bin al reporter reporters correspondent writer writers editor editors & | · - — "

// isByline reports whether text is a by-line such as "By Jane Doe,
// Reuters" or "By Reuters staff": "By" and up to twelve words, each a
// capitalised name or initial, or one of the few words by-lines use. "By
// Monday, the dam will be open." is a sentence, not a by-line.
func isByline(text string) bool {
	text = strings.TrimSpace(text)
	if len(text) < 4 || text[:3] != "By " && text[:3] != "BY " {
		return false
	}
	words := strings.FieldsFunc(strings.TrimSuffix(text[3:], "."), func(r rune) bool { return r == ' ' || r == ',' || r == ';' })
	if len(words) == 0 || len(words) > 12 {
		return false
	}
	for _, w := range words {
		if !strings.Contains(bylineWords, " "+w+" ") && !isName(w) {
			return false
		}
	}
	return true
}

// isName reports a capitalised word without digits or sentence
// punctuation, such as "Doe", "O'Neill" or the initials "J.R.".
func isName(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.ToLower(r) == r || strings.ContainsAny(w, "0123456789?!:") {
		return false
	}
	if strings.Contains(w, ".") {
		return isInitials(w)
	}
	return true
}

// isInitials reports initials: "J." or "J.R.".
func isInitials(w string) bool {
	for i := 0; i < len(w); i++ {
		if i%2 == 0 && (w[i] < 'A' || w[i] > 'Z') || i%2 == 1 && w[i] != '.' {
			return false
		}
	}
	return len(w)%2 == 0
}
