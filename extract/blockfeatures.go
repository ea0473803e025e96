package extract

import (
	"hash/fnv"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/blockmodel"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockFeatures returns the model's features of page block i, for a kept
// span of page blocks [first, last] whose common containers are depth
// deep; kept says whether the rules keep each page block.
func blockFeatures(p *pageLayout, i, first, last, depth int, kept func(int) bool) blockmodel.Features {
	var f blockmodel.Features
	c := p.blocks[i]
	n := float64(len(c.text))
	f[blockmodel.FLen] = math.Log1p(n) / 8
	f[blockmodel.FLinks] = float64(c.linkText) / max(n, 1)
	f[blockmodel.FStops] = min(float64(strings.Count(c.text, ". ")+1)*100/max(n, 1), 10) / 10
	f[blockmodel.FEndsStop] = flag(endsSentence(c.text))
	f[blockmodel.FCaps], f[blockmodel.FDigits] = shapeShares(c.text)
	f[blockmodel.FGood] = flag(isGood(c))
	f[blockmodel.FKindHead] = flag(c.kind == Heading)
	f[blockmodel.FKindItem] = flag(c.kind == ListItem)
	f[blockmodel.FKindQuote] = flag(c.kind == Quote)
	f[blockmodel.FKindCap] = flag(c.kind == Caption)
	for _, a := range p.anc[i] {
		ancestorFeatures(&f, a)
	}
	f[blockmodel.FDepth] = max(-1, min(1, float64(len(p.anc[i])-depth)/10))
	switch {
	case i < first:
		f[blockmodel.FBefore] = 1
		f[blockmodel.FDist] = math.Log1p(float64(first-i)) / 3
	case i > last:
		f[blockmodel.FAfter] = 1
		f[blockmodel.FDist] = math.Log1p(float64(i-last)) / 3
	}
	f[blockmodel.FKept] = flag(kept(i))
	if i > 0 {
		f[blockmodel.FPrevGood] = flag(isGood(p.blocks[i-1]))
		f[blockmodel.FPrevKept] = flag(kept(i - 1))
		f[blockmodel.FPrevHead] = flag(p.blocks[i-1].kind == Heading)
	}
	if i < len(p.blocks)-1 {
		f[blockmodel.FNextGood] = flag(isGood(p.blocks[i+1]))
		f[blockmodel.FNextKept] = flag(kept(i + 1))
	}
	f[blockmodel.FInSpanBox] = flag(depth > 0 && len(p.anc[i]) >= depth && p.anc[i][depth-1] == p.anc[first][depth-1])
	f[blockmodel.FBoxGood], f[blockmodel.FBoxSize] = boxShares(p, i)
	classFeatures(&f, c.elem)
	for k, a := range p.anc[i] {
		if k >= len(p.anc[i])-3 && a != c.elem {
			classFeatures(&f, a)
		}
	}
	return f
}

func flag(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// shapeShares returns the share of s's words that start upper case and
// the share of its bytes that are digits.
func shapeShares(s string) (caps, digits float64) {
	words, up := 0, 0
	for w := range strings.FieldsSeq(s) {
		words++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			up++
		}
	}
	d := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			d++
		}
	}
	return float64(up) / float64(max(words, 1)), float64(d) / float64(max(len(s), 1))
}

// ancestorFeatures sets the tag features of a container a block sits in.
func ancestorFeatures(f *blockmodel.Features, a *html.Node) {
	switch tag(a) {
	case atom.Li, atom.Ul, atom.Ol:
		f[blockmodel.FInLi] = 1
	case atom.Table, atom.Td, atom.Tr:
		f[blockmodel.FInTable] = 1
	case atom.Header:
		f[blockmodel.FInHeader] = 1
	case atom.Footer:
		f[blockmodel.FInFooter] = 1
	case atom.Nav, atom.Aside, atom.Menu:
		f[blockmodel.FInNav] = 1
	case atom.Figure:
		f[blockmodel.FInFigure] = 1
	case atom.Article, atom.Main:
		f[blockmodel.FInArticle] = 1
	case atom.Section:
		f[blockmodel.FInSection] = 1
	}
}

// boxShares returns the share of running text among the blocks of block
// i's innermost container, and their number, scaled.
func boxShares(p *pageLayout, i int) (good, size float64) {
	anc := p.anc[i]
	if len(anc) == 0 {
		return 0, 0
	}
	level, box := len(anc)-1, anc[len(anc)-1]
	lo, hi := i, i
	for lo > 0 && p.inside(lo-1, level, box) {
		lo--
	}
	for hi < len(p.blocks)-1 && p.inside(hi+1, level, box) {
		hi++
	}
	total, g := 0, 0
	for _, c := range p.blocks[lo : hi+1] {
		total += len(c.text)
		if isGood(c) {
			g += len(c.text)
		}
	}
	return float64(g) / float64(max(total, 1)), math.Log1p(float64(hi-lo+1)) / 4
}

// classFeatures hashes the class and id tokens of n into the class
// buckets: tokens are runs of letters, lower-cased.
func classFeatures(f *blockmodel.Features, n *html.Node) {
	if n == nil {
		return
	}
	for _, v := range [2]string{attr(n, "class"), attr(n, "id")} {
		for tok := range strings.FieldsFuncSeq(strings.ToLower(v), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if len(tok) < 3 {
				continue
			}
			h := fnv.New32a()
			h.Write([]byte(tok))
			f[blockmodel.FClass0+int(h.Sum32()%blockmodel.NumClass)] = 1
		}
	}
}
