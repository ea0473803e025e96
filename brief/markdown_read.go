package brief

import "strings"

// readMarkdown reads a brief written in Markdown: ATX and setext headings,
// "-", "*", "+" and numbered lists (nested by indentation), paragraphs,
// block quotes (a quote nested in a list item belongs to it) and evidence
// lines.
func readMarkdown(src string) *Brief {
	var l mdLexer
	for _, line := range strings.Split(src, "\n") {
		l.line(line)
	}
	l.flush()
	return assemble(l.blocks)
}

// mdLexer turns Markdown lines into blocks.
type mdLexer struct {
	blocks []block
	cur    *mdPending
	blank  bool // the previous line was blank
	fence  string
}

// mdPending is a block still collecting lines.
type mdPending struct {
	kind    blockKind
	level   int
	ordered bool
	indent  int // column of an item's content
	lines   []string
	quote   []string
	inQuote bool
}

func (l *mdLexer) line(line string) {
	if l.fence != "" {
		l.fenced(line)
		return
	}
	trimmed := strings.TrimSpace(line)
	switch {
	case trimmed == "":
		l.flushPara()
		l.blank = true
		return
	case mdFence(line) != "":
		l.flush()
		l.fence = mdFence(line)
		l.cur = &mdPending{kind: bPara}
	case strings.HasPrefix(trimmed, evidenceMark):
		if e, ok := parseEvidence(trimmed); ok {
			l.flush()
			l.blocks = append(l.blocks, block{kind: bEvidence, ev: e})
		} else {
			l.text(line)
		}
	default:
		l.structure(line)
	}
	l.blank = false
}

// fenced collects a fenced code block as one literal paragraph.
func (l *mdLexer) fenced(line string) {
	if strings.HasPrefix(strings.TrimSpace(line), l.fence) {
		l.fence = ""
		l.flush()
		return
	}
	l.cur.lines = append(l.cur.lines, strings.ReplaceAll(line, `\`, `\\`))
}

func (l *mdLexer) structure(line string) {
	if level, text, ok := mdHeading(line); ok {
		l.flush()
		l.cur = &mdPending{kind: bHeading, level: level, lines: []string{text}}
		l.flush()
		return
	}
	if l.setext(line) {
		return
	}
	if mdBreak(line) {
		l.flush()
		return
	}
	if space, marker, text, ok := mdItem(line); ok {
		l.flush()
		indent := columns(space)
		l.cur = &mdPending{kind: bItem, level: min(indent/2, 8), ordered: marker[0] >= '0' && marker[0] <= '9',
			indent: indent + len(marker) + 1, lines: []string{text}}
		return
	}
	if text, ok := mdQuote(line); ok {
		l.blockquote(line, text)
		return
	}
	l.text(line)
}

// setext turns the open paragraph into a heading when line underlines it.
func (l *mdLexer) setext(line string) bool {
	if l.cur == nil || l.cur.kind != bPara || l.blank {
		return false
	}
	level := mdSetext(line)
	if level == 0 {
		return false
	}
	l.cur.kind, l.cur.level = bHeading, level
	l.flush()
	return true
}

// blockquote adds a quote line: to the open list item when indented under
// it, else to a quote block.
func (l *mdLexer) blockquote(line, text string) {
	if c := l.cur; c != nil && c.kind == bItem && columns(leadingSpace(line)) >= 2 {
		c.quote = append(c.quote, text)
		c.inQuote = true
		return
	}
	if l.cur == nil || l.cur.kind != bQuote || l.blank {
		l.flush()
		l.cur = &mdPending{kind: bQuote}
	}
	l.cur.lines = append(l.cur.lines, text)
}

// text continues the open paragraph or item, or starts a paragraph.
func (l *mdLexer) text(line string) {
	c := l.cur
	if c != nil && (!l.blank || c.kind == bItem && columns(leadingSpace(line)) >= c.indent) {
		if c.inQuote {
			c.quote = append(c.quote, strings.TrimSpace(line))
		} else {
			c.lines = append(c.lines, strings.TrimSpace(line))
		}
		return
	}
	l.flush()
	l.cur = &mdPending{kind: bPara, lines: []string{strings.TrimSpace(line)}}
}

// flushPara ends an open paragraph or quote; list items survive a blank
// line so that indented continuations still reach them.
func (l *mdLexer) flushPara() {
	if l.cur != nil && l.cur.kind != bItem {
		l.flush()
	}
}

func (l *mdLexer) flush() {
	c := l.cur
	l.cur = nil
	if c == nil {
		return
	}
	raw := strings.TrimSpace(strings.Join(c.lines, " "))
	b := block{kind: c.kind, level: c.level, ordered: c.ordered, literal: strings.HasPrefix(raw, "&#")}
	if c.kind == bPara || c.kind == bItem {
		var leadRaw string
		leadRaw, raw = cutBoldLead(raw)
		b.lead, _ = parseInline(leadRaw)
	}
	b.text, b.links = parseInline(raw)
	if c.inQuote {
		b.quote, _ = parseInline(strings.Join(c.quote, " "))
		b.hasQuote = true
	}
	l.blocks = append(l.blocks, b)
}

// cutBoldLead splits "**Why it matters:** text" into the bold lead (with a
// colon that follows it) and the rest.
func cutBoldLead(raw string) (lead, rest string) {
	for _, d := range []string{"**", "__"} {
		if !strings.HasPrefix(raw, d) {
			continue
		}
		end := strings.Index(raw[2:min(len(raw), 2+maxLinkSpan)], d)
		if end <= 0 {
			return "", raw
		}
		lead, rest = raw[2:2+end], raw[2+end+2:]
		if after, ok := strings.CutPrefix(rest, ":"); ok {
			lead, rest = lead+":", after
		}
		return lead, strings.TrimSpace(rest)
	}
	return "", raw
}

func leadingSpace(s string) string { return s[:len(s)-len(strings.TrimLeft(s, " \t"))] }

// columns counts the width of leading white space, a tab being 4.
func columns(space string) int {
	n := 0
	for _, c := range space {
		if c == '\t' {
			n += 4 - n%4
		} else {
			n++
		}
	}
	return n
}
