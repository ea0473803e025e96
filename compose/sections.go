package compose

import (
	"github.com/newsbrief/newsbrief/brief"

	_ "embed"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/cue"
)

// insights picks the key insights: the most central, informative,
// non-redundant statements. What a source says is not known is not an
// insight: it goes to the unknowns.
func (c *corpus) insights(n int) []int {
	return c.pick(c.byScore(func(s *sent) bool { return s.cue.Label != labelUnknown }), n, nil)
}

// whyItMatters picks sentences that state significance or consequences,
// never one that repeats a key insight.
func (c *corpus) whyItMatters(n int, used map[int]bool) []int {
	ranked := c.byScore(func(s *sent) bool { return significance(s.text, s.lang) > 0 })
	var free []int
	for _, i := range ranked {
		if !used[i] {
			free = append(free, i)
		}
	}
	return c.pick(free, n, keys(used))
}

// summary picks a few of the best remaining sentences, to be read in
// source order as a paragraph.
func (c *corpus) summary(n int, used map[int]bool) []int {
	var free []int
	for _, i := range c.byScore(nil) {
		if !used[i] {
			free = append(free, i)
		}
	}
	return c.pick(free, n, keys(used))
}

// The labels the cue classifier gives.
const (
	labelRisk        = cue.Risk
	labelOpportunity = cue.Opportunity
	labelUnknown     = cue.Unknown
)

// labelled picks the sentences the cue classifier gives label, most
// confident first, never two that say the same. A key insight may be a
// risk or an opportunity too; the other sections then leave it out.
func (c *corpus) labelled(label cue.Label, n int) []int {
	var idx []int
	for i := range c.sents {
		if s := &c.sents[i]; s.cue.Label == label && s.candidate {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool {
		sa, sb := &c.sents[idx[a]], &c.sents[idx[b]]
		return sa.cue.Score+0.2*sa.score > sb.cue.Score+0.2*sb.score
	})
	var picked []int
	for _, i := range idx {
		if len(picked) == n {
			break
		}
		if c.maxSimilarity(i, picked) < 0.5 {
			picked = append(picked, i)
		}
	}
	return picked
}

func classify(s, lang string) cue.Result { return cue.Classify(s, lang) }

// points turns sentence indexes into points with evidence, in the given
// order, and marks them used.
func (c *corpus) points(idx []int, order Order, used map[int]bool) []brief.Point {
	if order == SourceOrder {
		idx = append([]int(nil), idx...)
		sort.Slice(idx, func(a, b int) bool {
			sa, sb := &c.sents[idx[a]], &c.sents[idx[b]]
			return sa.doc < sb.doc || sa.doc == sb.doc && sa.start < sb.start
		})
	}
	out := make([]brief.Point, 0, len(idx))
	for _, i := range idx {
		s := &c.sents[i]
		out = append(out, brief.Point{Text: s.text, Evidence: []brief.Evidence{{Source: s.doc, Start: s.start, End: s.end, Quote: s.text}}})
		if used != nil {
			used[i] = true
		}
	}
	return out
}

func keys(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

//go:embed lexicon/significance.txt
var significanceData string

// significanceCues maps a language to its cue phrases, parsed on first use.
var significanceCues = sync.OnceValue(func() map[string][]string { return parseCues(significanceData) })

func parseCues(data string) map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lang := "en"
		if rest, ok := strings.CutPrefix(line, "ko "); ok {
			lang, line = "ko", rest
		}
		m[lang] = append(m[lang], line)
	}
	return m
}

// significance counts the significance cues in a sentence.
func significance(s, lang string) int {
	l := strings.ToLower(s)
	n := 0
	for _, p := range significanceCues()[langKey(lang)] {
		if containsWord(l, p) {
			n++
		}
	}
	return n
}

func langKey(lang string) string {
	if strings.HasPrefix(strings.ToLower(lang), "ko") {
		return "ko"
	}
	return "en"
}

// containsWord reports whether phrase occurs in s on word boundaries (for
// Hangul, at the start of a word only).
func containsWord(s, phrase string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], phrase)
		if j < 0 {
			return false
		}
		at := i + j
		before := at == 0 || !isWordRune(lastRune(s[:at]))
		end := at + len(phrase)
		after := end == len(s) || !isWordRune(firstRune(s[end:])) || unicode.Is(unicode.Hangul, firstRune(phrase))
		if before && after {
			return true
		}
		i = at + 1
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// pointIndex finds the sentence a point was made from, by its first
// evidence.
func (c *corpus) pointIndex(p brief.Point) int {
	e := p.Evidence[0]
	for i := range c.sents {
		if s := &c.sents[i]; s.doc == e.Source && s.start == e.Start {
			return i
		}
	}
	return -1
}
