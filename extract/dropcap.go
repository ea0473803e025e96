package extract

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// joinDropCap joins the block of text about to be added to the block
// before it when that block is a drop cap: the first letter of a
// paragraph set in an element of its own ("T" in a styled <span>, then
// "urkey, Poland and …" in the <p> after it), which the block writer
// would otherwise keep as a block of one letter, breaking the paragraph's
// first word and the passes that find the pick's first block among the
// page's blocks. It reports whether it joined them. A drop cap is a block
// of one upper-case letter, neither a heading nor a list item (the
// letters of an index are headings), followed by a block that starts with
// a lower-case letter: the rest of a word.
func (w *blockWriter) joinDropCap(kind BlockKind, text string, linkText int) bool {
	n := len(w.blocks)
	if n == 0 || !isDropCap(w.blocks[n-1]) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text); !unicode.IsLower(r) {
		return false
	}
	prev := &w.blocks[n-1]
	prev.text += text
	prev.kind = kind
	prev.linkText += linkText
	prev.links = slices.Concat(prev.links, w.links)
	prev.elem = w.elem
	if w.trackAnc {
		if w.anc == nil {
			w.anc = slices.Clone(w.open)
		}
		w.ancs[n-1] = w.anc // the paragraph's containers, not the letter's
	}
	return true
}

// isDropCap reports a block that may be a paragraph's drop cap: one
// upper-case letter, not a heading or a list item.
func isDropCap(c candidate) bool {
	if c.kind == Heading || c.kind == ListItem {
		return false
	}
	r, size := utf8.DecodeRuneInString(c.text)
	return size == len(c.text) && unicode.IsUpper(r)
}
