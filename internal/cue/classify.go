package cue

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
)

// Tuning constants. Cue weights live in the lexicons; these say how near
// things must be to interact.
const (
	maxGap       = 5   // words a "..." in a phrase may skip
	modalWindow  = 6   // words between a modal and the /modal cue it licenses
	afterWindow  = 3   // words between a cue and a following (-after) modal or negator
	negWindow    = 6   // words between a negator and the cue (or its modal) it cancels
	minScore     = 0.5 // a sentence scoring less is None
	questionCost = 0.5 // scores of a direct question are multiplied by this
)

var lexicons = mustLoadLexicons()

// match is a lexicon phrase found at tokens [start, end).
type match struct {
	e          *entry
	start, end int
}

// Classify labels one sentence; lang is a BCP 47 tag ("en", "ko", "" =
// guess from the script, else English). A language without a lexicon gives
// None.
//
// Each cue found scores its lexicon weight, times the weight of its modal
// for a /modal cue; a risk or opportunity cue near a negator is dropped.
// Scores of cues for the same label combine as independent evidence
// (1 − ∏(1 − w)); the best label wins if it scores at least 0.5.
func Classify(sentence, lang string) Result {
	lx := lexiconFor(sentence, lang)
	if lx == nil {
		return Result{}
	}
	toks := tokenize(sentence, lx.breaks)
	n := len(toks)
	var cues, ignores []match
	var asides map[int]float64 // clause → weight of its cues
	byEnd := make([][]match, n+1) // modals and negators by where they end,
	byStart := make([][]match, n) // and -after ones by where they start
	for i := range toks {
		lx.candidates(toks[i].text, func(e *entry) {
			end, ok := matchAt(e.pat, toks, i, -1)
			if !ok {
				return
			}
			m := match{e, i, end}
			switch {
			case e.kind == kindCue:
				cues = append(cues, m)
			case e.kind == kindIgnore:
				ignores = append(ignores, m)
			case e.kind == kindAside:
				if i > 0 && toks[i-1].clause != toks[i].clause {
					if asides == nil {
						asides = map[int]float64{}
					}
					asides[toks[i].clause] = e.weight
				}
			case e.after:
				byStart[i] = append(byStart[i], m)
			default:
				byEnd[end] = append(byEnd[end], m)
			}
		})
	}
	if len(cues) == 0 {
		return Result{}
	}

	// Words of ignored phrases are no cues, modals or negators; a phrase
	// starting with a capitalised word mid-sentence is a name.
	blocked := make([]bool, n)
	for _, m := range ignores {
		for k := m.start; k < m.end; k++ {
			blocked[k] = true
		}
	}
	usable := func(m match) bool {
		return !toks[m.start].capital && !slices.Contains(blocked[m.start:m.end], true)
	}

	same := func(a, b int) bool { return toks[a].clause == toks[b].clause }

	// Weigh each cue; a /modal cue needs a modal before or inside it (or,
	// for an -after modal, just after it) in the same clause.
	var found []scored
	for _, c := range cues {
		if !usable(c) {
			continue
		}
		s := scored{match: c, w: c.e.weight, lo: c.start, hi: c.end}
		if w, ok := asides[toks[c.start].clause]; ok {
			s.w *= w
		}
		if c.e.needModal {
			mw := 0.0
			for p := c.end - 1; p >= 0 && p >= c.start-modalWindow; p-- {
				for _, m := range byEnd[p] {
					if m.e.kind == kindModal && m.e.weight > mw && usable(m) && same(m.start, c.start) {
						mw, s.lo, s.hi = m.e.weight, min(m.start, c.start), c.end
					}
				}
			}
			for p := c.end; p < n && p <= c.end+afterWindow; p++ {
				for _, m := range byStart[p] {
					if m.e.kind == kindModal && m.e.weight > mw && usable(m) && same(c.end-1, m.start) {
						mw, s.lo, s.hi = m.e.weight, c.start, m.end
					}
				}
			}
			if mw == 0 {
				continue
			}
			s.w *= mw
		}
		found = append(found, s)
	}

	// Overlapping cues: the longest phrase wins, then the heaviest.
	slices.SortStableFunc(found, func(a, b scored) int {
		return cmp.Or(cmp.Compare(b.end-b.start, a.end-a.start), cmp.Compare(b.w, a.w))
	})
	used := make([]bool, n)
	mark := func(m match) {
		for k := m.start; k < m.end; k++ {
			used[k] = true
		}
	}
	kept := found[:0]
	for _, s := range found {
		if !slices.Contains(used[s.start:s.end], true) {
			kept = append(kept, s)
			mark(s.match)
		}
	}
	// A negator inside a cue or a modal ("not clear", "did not rule out")
	// negates nothing.
	for _, ms := range append(byEnd, byStart...) {
		for _, m := range ms {
			if m.e.kind == kindModal && usable(m) {
				mark(m)
			}
		}
	}
	negator := func(m match) bool {
		return m.e.kind == kindNegation && usable(m) && !slices.Contains(used[m.start:m.end], true)
	}

	var score [4]float64
	var best [4]scored
	for _, s := range kept {
		if s.e.label != Unknown && negated(byEnd, byStart, s, negator, same) {
			continue
		}
		l := s.e.label
		score[l] = 1 - (1-score[l])*(1-s.w)
		if s.w > best[l].w {
			best[l] = s
		}
	}

	if isQuestion(sentence) {
		for l := range score {
			score[l] *= questionCost
		}
	}
	var r Result
	for _, l := range []Label{Risk, Opportunity, Unknown} {
		if score[l] >= minScore && score[l] > r.Score {
			b := best[l]
			r = Result{Label: l, Score: score[l], Cue: sentence[toks[b.lo].start:toks[b.hi-1].end]}
		}
	}
	return r
}

// negated reports whether a negator governs cue s: one ending at most
// negWindow words before the cue or its modal (or just after a following
// modal), or an -after one starting at most afterWindow words after them,
// in the same clause.
func negated(byEnd, byStart [][]match, s scored, negator func(match) bool, same func(a, b int) bool) bool {
	last := s.start
	if s.hi > s.end && s.hi+1 < len(byEnd) {
		last = s.hi + 1 // "the closure would not hurt": right after a following modal
	}
	for p := last; p >= 0 && p >= s.lo-negWindow; p-- {
		for _, m := range byEnd[p] {
			if negator(m) && same(m.start, s.start) {
				return true
			}
		}
	}
	for p := s.end; p < len(byStart) && p <= s.hi+afterWindow; p++ {
		for _, m := range byStart[p] {
			if negator(m) && same(s.end-1, m.start) {
				return true
			}
		}
	}
	return false
}

// scored is a cue with its weight and the span of the cue with its modal.
type scored struct {
	match
	w      float64
	lo, hi int
}

// matchAt matches phrase pat at toks[i:] and returns the end of the match.
// All words of a phrase must be in one clause (clause, or -1 for the first
// word).
func matchAt(pat []ptok, toks []token, i, clause int) (int, bool) {
	if len(pat) == 0 {
		return i, true
	}
	if pat[0].gap {
		for j := i; j < len(toks) && j <= i+maxGap; j++ {
			if end, ok := matchAt(pat[1:], toks, j, clause); ok {
				return end, true
			}
		}
		return 0, false
	}
	if i >= len(toks) || clause >= 0 && toks[i].clause != clause || !pat[0].matches(toks[i].text) {
		return 0, false
	}
	return matchAt(pat[1:], toks, i+1, toks[i].clause)
}

func (p ptok) matches(w string) bool {
	for _, a := range p.alts {
		if w == a.s || a.prefix && strings.HasPrefix(w, a.s) {
			return true
		}
	}
	return false
}

// isQuestion reports whether s ends with a question mark, before closing
// quotes and brackets.
func isQuestion(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'”’»)]", r)
	})
	return strings.HasSuffix(s, "?") || strings.HasSuffix(s, "？")
}

// lexiconFor picks the lexicon for a BCP 47 tag, guessing Korean or English
// from the script when the tag is empty.
func lexiconFor(sentence, lang string) *lexicon {
	tag, _, _ := strings.Cut(strings.ToLower(lang), "-")
	tag, _, _ = strings.Cut(tag, "_")
	if tag == "" {
		tag = "en"
		hangul, latin := 0, 0
		for _, r := range sentence {
			switch {
			case unicode.Is(unicode.Hangul, r):
				hangul++
			case unicode.Is(unicode.Latin, r):
				latin++
			}
		}
		if hangul > latin {
			tag = "ko"
		}
	}
	return lexicons[tag]
}
