package brief

import "strings"

// readText reads the plain-text layout of brief pages: the headline on the
// first line, then headings on lines of their own, "- " items, paragraphs,
// and the positional "What others are reporting" entries
// ("-", "Outlet Read → url", framing, quote). A line that starts with a
// backslash is content, never structure.
func readText(src string) *Brief {
	lines := strings.Split(src, "\n")
	var bd assembler
	first := true
	for i, raw := range lines {
		line := strings.TrimSpace(raw)
		if line == "" {
			continue
		}
		literal := line[0] == '\\'
		if literal {
			line = strings.TrimSpace(line[1:])
		}
		if first {
			first = false
			if literal || classifyHeading(line).kind == secExtra {
				bd.setHeadline(line)
				continue
			}
		}
		if literal {
			bd.literalContent(line)
			continue
		}
		bd.textLine(line, nextLine(lines, i+1))
	}
	return bd.brief()
}

// nextLine returns the next non-blank line after lines[i-1].
func nextLine(lines []string, i int) string {
	for ; i < len(lines); i++ {
		if l := strings.TrimSpace(lines[i]); l != "" {
			return l
		}
	}
	return ""
}

// textLine reads one unescaped line; next is the line after it.
func (bd *assembler) textLine(line, next string) {
	if bd.sec == secOriginal || bd.sec == secSources {
		if k, v, ok := splitField(line); ok && bd.field(k, v) {
			return
		}
	}
	if line == "-" || line == "•" {
		if bd.sec == secCoverage {
			bd.newCoverage()
		}
		return
	}
	if item, ok := bulletText(line); ok {
		bd.item(item, nil)
		return
	}
	if e, ok := parseEvidence(line); ok {
		bd.evidence(e)
		return
	}
	if n := ordinalLen(line); n > 0 {
		bd.ordered(strings.TrimSpace(line[n:]))
		return
	}
	if bd.textHeading(line, next) || bd.byline(line) {
		return
	}
	bd.textContent(line)
}

// textHeading opens a section if line is a heading: a known one, a lead-in
// ("Why it matters: …"), a line ending in a colon, or a short line without
// final punctuation followed by a list item.
func (bd *assembler) textHeading(line, next string) bool {
	if h := classifyHeading(line); h.kind != secExtra {
		bd.open(h, line)
		return true
	}
	if kind, rest, ok := leadIn(line); ok {
		bd.open(heading{kind: kind}, line)
		if rest != "" {
			bd.textContent(rest)
		}
		return true
	}
	if strings.HasSuffix(line, ":") || bd.sec != secCoverage && isShortTitle(line) && isBullet(next) {
		bd.open(heading{kind: secExtra}, line)
		return true
	}
	return false
}

// literalContent places an escaped line: positionally in a coverage entry,
// as a point elsewhere.
func (bd *assembler) literalContent(line string) {
	if bd.sec != secCoverage {
		bd.point(line)
		return
	}
	if bd.cov == nil {
		bd.newCoverage()
	}
	bd.coverageLine(line)
}

// textContent places a line of content: positionally in a coverage entry,
// as the link of the original, or as a point.
func (bd *assembler) textContent(line string) {
	switch bd.sec {
	case secCoverage:
		if bd.cov == nil || bd.covField > 0 && strings.Contains(line, readArrow) {
			bd.newCoverage()
		}
		if q, ok := strings.CutPrefix(line, quoteMark); ok && bd.covField <= 1 {
			bd.cov.Quote, bd.covField = q, 3 // a quote with no framing
			return
		}
		bd.coverageLine(line)
		return
	case secOriginal:
		if rest, ok := cutPrefixFold(line, readOriginal); ok {
			bd.originalLink(rest)
			return
		}
	}
	bd.point(line)
}

// originalLink reads what follows "Read the original article": an arrow,
// the URL, and (when a line break went missing) "Original headline: …".
func (bd *assembler) originalLink(rest string) {
	rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), "→"))
	if i := indexFold(rest, headOrigTitle); i >= 0 {
		h := classifyHeading(rest[i:])
		bd.b.Original.Headline = h.value
		rest = rest[:i]
	}
	if u := strings.TrimSpace(rest); u != "" {
		bd.b.Original.URL = u
	}
}

func bulletText(line string) (string, bool) {
	for _, m := range []string{"- ", "* ", "• ", "+ "} {
		if rest, ok := strings.CutPrefix(line, m); ok {
			return strings.TrimSpace(rest), true
		}
	}
	return "", false
}

func isBullet(line string) bool {
	_, ok := bulletText(line)
	return ok
}

// isShortTitle reports whether line could be a title: short, and not
// ending like a sentence.
func isShortTitle(line string) bool {
	if len(line) > 80 {
		return false
	}
	for _, end := range []string{".", "!", "?", "\"", "'", ")", "]", "”", "’", "…", "。"} {
		if strings.HasSuffix(line, end) {
			return false
		}
	}
	return true
}
