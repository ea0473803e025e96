package brief

import "strings"

// blockKind says what a block of a Markdown or HTML brief is.
type blockKind int

const (
	bPara blockKind = iota
	bHeading
	bItem
	bQuote
	bEvidence
)

// block is one structural piece of a Markdown or HTML brief, with its inline
// markup resolved. The Markdown and HTML readers produce blocks; assemble
// turns them into a Brief.
type block struct {
	kind    blockKind
	level   int  // heading level, or list nesting depth from 0
	ordered bool // an item of a numbered list
	// lead is bold text opening the block ("**Why it matters:**"); text and
	// links are what follows it.
	lead  string
	text  string
	links []link
	// literal marks text a writer escaped so it is never read as a heading.
	literal bool
	// quote is a block quote nested in a list item; hasQuote tells an empty
	// quote from none.
	quote    string
	hasQuote bool
	ev       []evidenceRef
}

// full returns the block's text with its lead.
func (b *block) full() string { return joinText(b.lead, b.text) }

// assemble builds a Brief from blocks.
func assemble(blocks []block) *Brief {
	var bd assembler
	for i := range blocks {
		bd.block(&blocks[i])
	}
	return bd.brief()
}

func (bd *assembler) block(b *block) {
	switch b.kind {
	case bHeading:
		bd.heading(b.full(), b.literal)
		if bd.sec == secOriginal && len(b.links) > 0 {
			bd.b.Original.URL = b.links[0].url
		}
	case bEvidence:
		bd.evidence(b.ev)
	case bQuote:
		if bd.sec == secCoverage && bd.cov != nil {
			bd.cov.Quote = joinText(bd.cov.Quote, b.text)
			return
		}
		bd.point(b.text)
	case bItem:
		if b.ordered && b.level == 0 && bd.sec == secSources {
			bd.sourceStart(b.full())
			if len(b.links) > 0 && bd.src.URL == "" {
				bd.src.URL = b.links[0].url // "1. [Outlet](https://…)"
			}
			return
		}
		bd.item(b.full(), b)
	case bPara:
		bd.para(b)
	}
}

// para places a paragraph. A bold lead that names a section opens it, as in
// "**Why it matters:** …"; an unknown bold lead ending in a colon opens an
// extra section.
func (bd *assembler) para(b *block) {
	if !b.literal && (bd.credit(b.full(), b.links) || bd.byline(b.full())) {
		return
	}
	if b.lead != "" && !b.literal {
		h := classifyHeading(b.lead)
		switch {
		case h.kind == secOriginal && h.value == "":
			bd.open(h, b.lead)
			bd.originalBy(b.text)
			if len(b.links) > 0 {
				bd.b.Original.URL = b.links[0].url
			}
			return
		case h.kind != secExtra || strings.HasSuffix(b.lead, ":"):
			bd.open(h, b.lead)
			if b.text != "" {
				bd.content(b.text, b)
			}
			return
		}
	}
	bd.content(b.full(), b)
}

// content places text that is not a list item.
func (bd *assembler) content(text string, b *block) {
	switch bd.sec {
	case secCoverage:
		if len(b.links) > 0 && b.links[0].start == 0 || strings.Contains(text, readArrow) || bd.cov == nil {
			bd.coverageItem(text, b)
			return
		}
		bd.coverageLine(text)
		return
	case secOriginal:
		if k, v, ok := splitField(text); ok && bd.field(k, v) {
			return
		}
		if len(b.links) > 0 {
			bd.originalLinkBlock(b)
			return
		}
	}
	bd.textContent(text)
}

// item places a list item. A credit line in a list of a Markdown or HTML
// brief is read as the credit it is; the text layout's items are points.
func (bd *assembler) item(text string, b *block) {
	if b != nil && !b.literal && bd.sec != secCoverage && bd.credit(text, b.links) {
		return
	}
	switch bd.sec {
	case secCoverage:
		bd.coverageItem(text, b)
		return
	case secOriginal, secSources:
		if k, v, ok := splitField(text); ok && bd.field(k, v) {
			return
		}
		if bd.sec == secOriginal && b != nil && len(b.links) > 0 {
			bd.originalLinkBlock(b)
			return
		}
	}
	bd.point(text)
}

// originalLinkBlock reads a link naming the original: its text is the
// outlet (or domain), its URL the original article.
func (bd *assembler) originalLinkBlock(b *block) {
	l := b.links[0]
	name := strings.TrimSpace(b.text[l.start:l.end])
	if _, isRead := cutPrefixFold(name, readOriginal); !isRead && name != "" {
		bd.originalBy(name)
	}
	bd.b.Original.URL = l.url
}
