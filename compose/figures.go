package compose

import (
	"sort"
	"strings"
	"unicode"

	"github.com/newsbrief/newsbrief/brief"
)

// figures finds the numbers the sources give, with their unit and what
// they measure ("$62 million bond", "an 82 kWh battery", "shares rose
// 4%", "output of 200 MW by 2028"), in English and Korean sentences, from
// the best sentences first, and lists them in order. Each figure is a span
// of its sentence; a number whose sentence does not say what it counts is
// left out, so a brief shows fewer figures rather than bad ones.
func (c *corpus) figures(n int, order Order) []brief.Point {
	return c.figuresBesides(n, order, nil)
}

// figuresBesides is figures without those a shown point already states in
// full (a key insight that is the figure's sentence, say): the hook for
// assemble to pass the points the brief shows.
func (c *corpus) figuresBesides(n int, order Order, shown []brief.Point) []brief.Point {
	out := c.bestFigures(n, shown)
	if order == SourceOrder {
		sort.SliceStable(out, func(a, b int) bool {
			ea, eb := out[a].Evidence[0], out[b].Evidence[0]
			return ea.Source < eb.Source || ea.Source == eb.Source && ea.Start < eb.Start
		})
	}
	return out
}

// bestFigures finds up to n figures, from the best sentences first, none
// a repeat of another and none that a shown point states in full.
func (c *corpus) bestFigures(n int, shown []brief.Point) []brief.Point {
	var out []brief.Point
	for _, i := range c.byScore(nil) {
		s := &c.sents[i]
		var find func(string) [][2]int
		switch s.lang {
		case "ko":
			find = findKoreanFigures
		case "en", "":
			find = findFigures
		default:
			continue // the figure rules read English and Korean only
		}
		for _, f := range find(s.text) {
			text := s.text[f[0]:f[1]]
			if len(out) == n || overlapsFigure(out, text) || repeatsNumber(out, text) || statedIn(shown, text) {
				continue
			}
			start := s.start + f[0]
			out = append(out, brief.Point{Text: text, Evidence: []brief.Evidence{{Source: s.doc, Start: start, End: start + len(text), Quote: text}}})
		}
	}
	return out
}

// overlapsFigure reports whether text is, or is part of, a figure already
// found ("50%-52%" after "50%-52% reduction"), or contains one, spaces
// aside ("14million homes" after "14 million homes").
func overlapsFigure(found []brief.Point, text string) bool {
	t := squeeze(text)
	for _, p := range found {
		f := squeeze(p.Text)
		if strings.Contains(f, t) || strings.Contains(t, f) {
			return true
		}
	}
	return false
}

// repeatsNumber reports whether text gives the same amount as a figure
// already found ("£85 charge" after "£85 fine").
func repeatsNumber(found []brief.Point, text string) bool {
	n := amount(text)
	if n == "" {
		return false
	}
	for _, p := range found {
		if amount(p.Text) == n {
			return true
		}
	}
	return false
}

// amount returns the first number of a figure with its currency sign and
// what is glued to it ("£85", "20", "30%의"), or "".
func amount(text string) string {
	for _, f := range strings.Fields(text) {
		if strings.IndexFunc(f, unicode.IsDigit) >= 0 {
			return strings.TrimRight(f, ".,;:")
		}
	}
	return ""
}

// statedIn reports whether a shown point states the figure text in full.
func statedIn(shown []brief.Point, text string) bool {
	for _, p := range shown {
		if strings.Contains(p.Text, text) {
			return true
		}
	}
	return false
}

// squeeze returns s in lower case without spaces.
func squeeze(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), ""))
}
