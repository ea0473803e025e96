package brief

import (
	"strconv"
	"strings"
)

// evidenceMark starts the line that carries a point's evidence in Text and
// Markdown. The line lists each piece of evidence as [source] start-end,
// then the quoted source text as a Go string literal unless the quote is
// the point's own text, with "; " between pieces:
//
//	↳ [1] 120-188
//	↳ [1] 0-42 "the quoted source text"; [2] 7-30
//
// The source number is 1-based and refers to the Sources list, and the
// offsets are byte offsets. Earlier writers wrote one line per piece, each
// with its quote; the readers take both forms.
const evidenceMark = "↳"

// formatEvidence writes the evidence line of a point whose text is text,
// without indentation; quote writes a quote as a string literal.
func formatEvidence(es []Evidence, text string, quote func(string) string) string {
	var b strings.Builder
	b.WriteString(evidenceMark)
	for i, e := range es {
		if i > 0 {
			b.WriteByte(';')
		}
		b.WriteString(" [")
		b.WriteString(strconv.Itoa(e.Source + 1))
		b.WriteString("] ")
		b.WriteString(strconv.Itoa(e.Start))
		b.WriteByte('-')
		b.WriteString(strconv.Itoa(e.End))
		if e.Quote != text {
			b.WriteByte(' ')
			b.WriteString(quote(e.Quote))
		}
	}
	return b.String()
}

// evidenceRef is one piece of evidence read from an evidence line;
// sameText says its quote was left out because it is the point's text.
type evidenceRef struct {
	Evidence
	sameText bool
}

// parseEvidence reads an evidence line in either form formatEvidence
// describes.
func parseEvidence(line string) ([]evidenceRef, bool) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(line), evidenceMark)
	if !ok {
		return nil, false
	}
	var out []evidenceRef
	for {
		var ref evidenceRef
		if rest, ok = cutEvidence(strings.TrimSpace(rest), &ref); !ok {
			return nil, false
		}
		out = append(out, ref)
		rest = strings.TrimSpace(rest)
		if rest == "" {
			return out, true
		}
		if rest, ok = strings.CutPrefix(rest, ";"); !ok {
			return nil, false
		}
	}
}

// cutEvidence reads `[n] start-end` and an optional quote from the start of
// s into ref and returns what follows.
func cutEvidence(s string, ref *evidenceRef) (string, bool) {
	s, ok0 := strings.CutPrefix(s, "[")
	src, s, ok1 := leadingInt(s)
	s, ok2 := strings.CutPrefix(s, "]")
	start, s, ok3 := leadingInt(strings.TrimLeft(s, " "))
	s, ok4 := strings.CutPrefix(s, "-")
	stop, s, ok5 := leadingInt(s)
	if !ok0 || !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || src < 1 {
		return "", false
	}
	ref.Evidence = Evidence{Source: src - 1, Start: start, End: stop}
	s = strings.TrimLeft(s, " ")
	if !strings.HasPrefix(s, `"`) {
		ref.sameText = true
		return s, true
	}
	lit, err := strconv.QuotedPrefix(s)
	if err != nil {
		return "", false
	}
	ref.Quote, err = strconv.Unquote(lit)
	return s[len(lit):], err == nil
}

// leadingInt reads the decimal number at the start of s, up to 18 digits.
func leadingInt(s string) (int, string, bool) {
	i := 0
	for i < len(s) && i < 18 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	n, ok := digits(s[:i])
	return n, s[i:], ok
}

// mdQuoteLiteral writes s as a Go string literal that Markdown shows as
// it is: the characters Markdown gives a meaning are written as \x escapes,
// so no tag, link, entity or emphasis survives, and strconv.Unquote still
// reads the literal back.
func mdQuoteLiteral(s string) string {
	q := strconv.Quote(s)
	var b strings.Builder
	b.Grow(len(q))
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '\\' && i+1 < len(q):
			// Keep Go's escape whole; a backslash before punctuation would
			// otherwise be read by Markdown as its own escape.
			b.WriteByte(c)
			i++
			b.WriteByte(q[i])
		case strings.IndexByte("*_[]`<>&~|", c) >= 0:
			b.WriteString(`\x`)
			b.WriteByte("0123456789abcdef"[c>>4])
			b.WriteByte("0123456789abcdef"[c&15])
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
