package extract

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/blockmodel"
)

// blockWindow is how many of the page's blocks before and after the kept
// span the block model scores.
const blockWindow = 8

// withBlockModel returns blocks with the learned block model's votes
// (internal/blockmodel): a kept block the model scores below its
// DropBelow threshold is dropped, and the page's blocks next to the kept
// span that it scores above AddAbove are added, as long as they follow
// each other from the span's edge. Blocks the page's blocks do not hold
// (readability's own) are left to the rules. With no trained model, or
// when the span is not found in the page, blocks are returned as they are;
// the model shipped is untrained (tried and rejected, see
// internal/blockmodel), so this only feeds blockmodel.Trace, the hook of
// bench/cmd/trainblocks.
func withBlockModel(blocks []candidate, p *pageLayout) []candidate {
	if p == nil || (!blockmodel.Trained() && blockmodel.Trace == nil) {
		return blocks
	}
	first, last := pickSpan(blocks, p.blocks)
	if first < 0 {
		return blocks
	}
	var all strings.Builder
	for _, c := range blocks {
		all.WriteString(c.text)
		all.WriteByte('\n')
	}
	text := all.String()
	keptKey := map[string]bool{}
	kept := func(i int) bool {
		k := keyPrefix(p.blocks[i].text)
		v, ok := keptKey[k]
		if !ok {
			v = strings.Contains(text, k) // readability joins and splits blocks
			keptKey[k] = v
		}
		return v
	}
	depth := commonDepth(p.anc[first], p.anc[last])
	lo, hi := max(0, first-blockWindow), min(len(p.blocks)-1, last+blockWindow)
	prob := make([]float64, hi-lo+1)
	for i := lo; i <= hi; i++ {
		f := blockFeatures(p, i, first, last, depth, kept)
		if blockmodel.Trace != nil {
			blockmodel.Trace(p.blocks[i].text, f)
		}
		prob[i-lo] = blockmodel.Prob(&f)
	}
	if !blockmodel.Trained() {
		return blocks
	}
	drop := map[string]bool{}
	for i := first; i <= last; i++ {
		if prob[i-lo] < blockmodel.DropBelow {
			drop[keyPrefix(p.blocks[i].text)] = true
		}
	}
	var before, after []candidate
	for i := first - 1; i >= lo && prob[i-lo] > blockmodel.AddAbove && !kept(i); i-- {
		before = append([]candidate{p.blocks[i]}, before...)
	}
	for i := last + 1; i <= hi && prob[i-lo] > blockmodel.AddAbove && !kept(i); i++ {
		after = append(after, p.blocks[i])
	}
	if len(drop) == 0 && len(before) == 0 && len(after) == 0 {
		return blocks
	}
	out := make([]candidate, 0, len(blocks)+len(before)+len(after))
	out = append(out, before...)
	for _, c := range blocks {
		if !drop[keyPrefix(c.text)] {
			out = append(out, c)
		}
	}
	return append(out, after...)
}
