package cue

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/newsbrief/newsbrief/internal/langtag"
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

// loaded holds the lexicons once lexicons has loaded them.
var (
	loadOnce sync.Once
	loaded   map[string]*lexicon
)

// lexicons returns the lexicons, loading them on first use. It is a
// function rather than a package-level sync.OnceValue so that the linker
// drops the loader, the parser and the embedded files from programs that
// never classify (the browser build that only renders).
func lexicons() map[string]*lexicon {
	loadOnce.Do(func() { loaded = mustLoadLexicons() })
	return loaded
}

// Classify labels one sentence; lang is a BCP 47 tag ("en", "ko", "" =
// guess from the script, else English). A language without a lexicon gives
// None.
//
// Each cue found scores its lexicon weight, times the weight of its modal
// for a /modal cue; a risk or opportunity cue near a negator is dropped.
// Scores of different cues for the same label combine as independent
// evidence (1 − ∏(1 − w)); the best label wins if it scores at least 0.5.
func Classify(sentence, lang string) Result {
	return Explain(sentence, lang).Result
}

// Evidence is Classify's working for one sentence: the verdict, each
// label's combined score before the 0.5 threshold, and every cue weighed.
type Evidence struct {
	Result
	Scores   [4]float64 // by Label; Scores[None] is 0
	Hits     []Hit      // the cues kept after overlaps are resolved, longest first
	Question bool       // a direct question: scores were multiplied by 0.5
}

// A Hit is one lexicon cue found in a sentence, as Classify weighed it.
type Hit struct {
	Label   Label
	Phrase  string  // its lexicon line without the weight ("risk/modal delay|delays")
	Weight  float64 // the line's weight times its modal's and an aside's
	Negated bool    // a negator governs it: a negated risk or opportunity cue counts for nothing
}

// Explain is Classify with its evidence, for learning from the cues as
// features rather than verdicts (internal/classify) and for debugging.
func Explain(sentence, lang string) Evidence {
	var ev Evidence
	lx := lexiconFor(sentence, lang)
	if lx == nil {
		return ev
	}
	rd := read(sentence, lx)
	if len(rd.cues) == 0 {
		return ev
	}
	var best [4]scored
	seen := map[*entry]bool{}
	for _, s := range rd.resolve(rd.weigh()) {
		neg := s.e.label != Unknown && rd.negated(s)
		ev.Hits = append(ev.Hits, Hit{Label: s.e.label, Phrase: s.e.phrase, Weight: s.w, Negated: neg})
		if neg || seen[s.e] {
			continue // a cue said twice is not independent evidence
		}
		seen[s.e] = true
		l := s.e.label
		ev.Scores[l] = 1 - (1-ev.Scores[l])*(1-s.w)
		if s.w > best[l].w {
			best[l] = s
		}
	}
	if isQuestion(sentence) {
		ev.Question = true
		for l := range ev.Scores {
			ev.Scores[l] *= questionCost
		}
	}
	r := &ev.Result
	for _, l := range []Label{Risk, Opportunity, Unknown} {
		if ev.Scores[l] >= minScore && (ev.Scores[l] > r.Score || l == Unknown && governs(best[l], best[r.Label])) {
			b := best[l]
			*r = Result{Label: l, Score: ev.Scores[l], Cue: sentence[rd.toks[b.lo].start:rd.toks[b.hi-1].end]}
		}
	}
	return ev
}

// governs reports whether unknown cue u comes before cue c, so that c is
// part of what is not known: "refused to say if there was a risk of …".
func governs(u, c scored) bool { return c.e != nil && u.hi <= c.lo }

// match is a lexicon phrase found at tokens [start, end).
type match struct {
	e          *entry
	start, end int
}

// scored is a cue with its weight and the span [lo, hi) of the cue with its
// modal.
type scored struct {
	match
	w      float64
	lo, hi int
}

// reading is a tokenized sentence with the lexicon phrases found in it.
type reading struct {
	toks    []token
	cues    []match
	asides  map[int]float64 // clause → weight of its cues
	byEnd   [][]match       // modals and negators by where they end,
	byStart [][]match       // and -after ones by where they start
	blocked []bool          // words of ignored phrases
	used    []bool          // words of kept cues and modals
}

// read tokenizes sentence and finds the lexicon's phrases in it.
func read(sentence string, lx *lexicon) *reading {
	toks := tokenize(sentence, lx.breaks)
	n := len(toks)
	rd := &reading{toks: toks, byEnd: make([][]match, n+1), byStart: make([][]match, n), blocked: make([]bool, n), used: make([]bool, n)}
	for i := range toks {
		lx.candidates(toks[i].text, func(e *entry) {
			end, ok := matchAt(e.pat, toks, i, -1)
			if !ok {
				return
			}
			m := match{e, i, end}
			switch {
			case e.kind == kindCue:
				rd.cues = append(rd.cues, m)
			case e.kind == kindIgnore:
				for k := m.start; k < m.end; k++ {
					rd.blocked[k] = true
				}
			case e.kind == kindAside:
				if i > 0 && toks[i-1].clause != toks[i].clause {
					if rd.asides == nil {
						rd.asides = map[int]float64{}
					}
					rd.asides[toks[i].clause] = e.weight
				}
			case e.after:
				rd.byStart[i] = append(rd.byStart[i], m)
			default:
				rd.byEnd[end] = append(rd.byEnd[end], m)
			}
		})
	}
	return rd
}

// usable reports whether m counts: it is in no ignored phrase, and does not
// start with a capitalised word mid-sentence (a name).
func (rd *reading) usable(m match) bool {
	return !rd.toks[m.start].capital && !slices.Contains(rd.blocked[m.start:m.end], true)
}

func (rd *reading) same(a, b int) bool { return rd.toks[a].clause == rd.toks[b].clause }

// weigh scores the usable cues. A /modal cue needs a modal for its label
// before or inside it (or, for an -after modal, just after it) in the same
// clause, and is weighed by the strongest.
func (rd *reading) weigh() []scored {
	var found []scored
	for _, c := range rd.cues {
		if !rd.usable(c) || c.e.label == Opportunity && rd.feared(c) {
			continue
		}
		s := scored{match: c, w: c.e.weight, lo: c.start, hi: c.end}
		if w, ok := rd.asides[rd.toks[c.start].clause]; ok {
			s.w *= w
		}
		if c.e.needModal {
			mw := 0.0
			licenses := func(m match) bool {
				return m.e.kind == kindModal && (m.e.label == None || m.e.label == c.e.label) && m.e.weight > mw && rd.usable(m)
			}
			for p := c.end - 1; p >= 0 && p >= c.start-modalWindow; p-- {
				for _, m := range rd.byEnd[p] {
					if licenses(m) && rd.same(m.start, c.start) {
						mw, s.lo, s.hi = m.e.weight, min(m.start, c.start), c.end
					}
				}
			}
			for p := c.end; p < len(rd.byStart) && p <= c.end+afterWindow; p++ {
				for _, m := range rd.byStart[p] {
					if licenses(m) && rd.same(c.end-1, m.start) {
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
	return found
}

// feared reports whether a risk-only modal ("critics fear", "concerns")
// stands at most modalWindow words before cue c in its clause: the gain
// is what someone fears ("critics fear it could allow …"), not a prospect.
func (rd *reading) feared(c match) bool {
	for p := c.start; p >= 0 && p >= c.start-modalWindow; p-- {
		for _, m := range rd.byEnd[p] {
			if m.e.kind == kindModal && m.e.label == Risk && rd.usable(m) && rd.same(m.start, c.start) {
				return true
			}
		}
	}
	return false
}

// resolve keeps the longest, then heaviest, of overlapping cues, and marks
// the words of kept cues and of modals as used: a negator inside a cue or a
// modal ("not clear", "did not rule out") negates nothing.
func (rd *reading) resolve(found []scored) []scored {
	mark := func(m match) {
		for k := m.start; k < m.end; k++ {
			rd.used[k] = true
		}
	}
	slices.SortStableFunc(found, func(a, b scored) int {
		return cmp.Or(cmp.Compare(b.end-b.start, a.end-a.start), cmp.Compare(b.w, a.w))
	})
	kept := found[:0]
	for _, s := range found {
		if !slices.Contains(rd.used[s.start:s.end], true) {
			kept = append(kept, s)
			mark(s.match)
		}
	}
	for _, list := range [][][]match{rd.byEnd, rd.byStart} {
		for _, ms := range list {
			for _, m := range ms {
				if m.e.kind == kindModal && rd.usable(m) {
					mark(m)
				}
			}
		}
	}
	return kept
}

// negated reports whether a negator governs cue s: one ending at most
// negWindow words before the cue or its modal (or just after a following
// modal), or an -after one starting at most afterWindow words after them,
// in the same clause.
func (rd *reading) negated(s scored) bool {
	negator := func(m match) bool {
		return m.e.kind == kindNegation && rd.usable(m) && !slices.Contains(rd.used[m.start:m.end], true)
	}
	last := s.start
	if s.hi > s.end && s.hi+1 < len(rd.byEnd) {
		last = s.hi + 1 // "the closure would not hurt": right after a following modal
	}
	for p := last; p >= 0 && p >= s.lo-negWindow; p-- {
		for _, m := range rd.byEnd[p] {
			if negator(m) && rd.same(m.start, s.start) {
				return true
			}
		}
	}
	for p := s.end; p < len(rd.byStart) && p <= s.hi+afterWindow; p++ {
		for _, m := range rd.byStart[p] {
			if negator(m) && rd.same(s.end-1, m.start) {
				return true
			}
		}
	}
	return false
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

// lexiconFor picks the lexicon for a BCP 47 tag, guessing the language
// from the sentence's script when the tag gives none (langtag.Of).
func lexiconFor(sentence, lang string) *lexicon {
	return lexicons()[langtag.Of(lang, sentence)]
}
