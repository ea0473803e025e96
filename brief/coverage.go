package brief

import "strings"

// coverageItem reads one "What others are reporting" entry written on one
// line: "[Outlet](url) — framing “quote”", "**Outlet** — framing",
// "Outlet Read → url" or "Outlet — framing". A block quote nested in the
// item is the quote.
func (bd *assembler) coverageItem(text string, b *block) {
	c := bd.newCoverage()
	bd.covField = 3
	rest := text
	switch {
	case b != nil && b.lead != "":
		c.Outlet = strings.TrimRight(b.lead, ": ")
		rest = b.text
	case b != nil && len(b.links) > 0 && b.links[0].start == 0:
		l := b.links[0]
		c.Outlet, c.URL = b.text[:l.end], l.url
		rest = b.text[l.end:]
	case strings.Contains(text, readArrow):
		c.Outlet, c.URL = splitReadLine(text)
		bd.covField = 1
		return
	default:
		if outlet, after, ok := cutOutlet(text); ok {
			c.Outlet, rest = outlet, after
		}
	}
	rest = trimSeparator(rest)
	if b != nil && b.hasQuote {
		c.Framing, c.Quote = rest, b.quote
		return
	}
	c.Framing, c.Quote = splitInlineQuote(rest)
}

// cutOutlet splits "Outlet — framing" at its first dash or colon when what
// comes before is short enough to be a name.
func cutOutlet(text string) (outlet, rest string, ok bool) {
	for _, sep := range []string{" — ", " – ", " - ", ": "} {
		if i := strings.Index(text, sep); i > 0 && i <= 60 {
			return strings.TrimSpace(text[:i]), text[i:], true
		}
	}
	return "", text, false
}

// trimSeparator removes the dash or colon between an outlet and its framing.
func trimSeparator(s string) string {
	s = strings.TrimSpace(s)
	for _, sep := range []string{"—", "–", "-", ":", "|"} {
		if rest, ok := strings.CutPrefix(s, sep); ok {
			return strings.TrimSpace(rest)
		}
	}
	return s
}

// splitInlineQuote splits "framing. “quote”" into framing and quote when
// the text ends with a quotation in curly or straight double quotes.
func splitInlineQuote(s string) (framing, quote string) {
	for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}} {
		body, ok := strings.CutSuffix(s, q[1])
		if !ok {
			continue
		}
		i := strings.LastIndex(body, q[0])
		if i < 0 || i == len(body) {
			continue
		}
		quote = strings.TrimSpace(body[i+len(q[0]):])
		if quote == "" {
			continue
		}
		framing = strings.TrimRight(strings.TrimSpace(body[:i]), " —–-:")
		return strings.TrimSpace(framing), quote
	}
	return s, ""
}
