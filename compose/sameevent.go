package compose

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/cue"
)

// Thresholds of the structured "same event" test (sameEvent).
const (
	// sameEventOverlap is the share of the terms of the lighter of two
	// sentences of different sources, each term weighed by its rarity in
	// the story (eventTerms), that they must share to retell one event
	// when they share a participant and an event word but no figure.
	sameEventOverlap = 0.18
	// sameEventFigureOverlap is that share for two sentences that give the
	// same figure and no figure of their own: a figure names the event
	// more surely than a word does ("added just 266,000 jobs in April" /
	// "only 266,000 new net jobs created in April").
	sameEventFigureOverlap = 0.1
)

// sameEvent is the structured test of whether sentence i (a) retells, in
// its own source's words, the event that sentence j (b) of another source
// tells: the class of multi-outlet stories whose bag-of-words cosine
// (0.11–0.16) is no higher than that of distinct facts ("Thomas Barrack …
// was arrested and charged Tuesday with illegal foreign lobbying" /
// "Barrack, who was charged … in a seven-count indictment …"). It reads
// the sentences' structure rather than their vectors: a retells b when
//
//   - they share a participant: a figure, or a name one of whose mentions
//     holds the other's whole (nameRuns, nestedRun: "Mr. Trump" and
//     "President Donald Trump", not "North Carolina" and "South
//     Carolina"); the story's protagonist, in most sentences, weighs
//     little below;
//   - they share an event word, a term that is no name ("charged",
//     "framework", "jobs");
//   - a gives no figure b does not: a figure of its own is a fact of its
//     own ("… is funding a $250 million down payment" after "… formally
//     announced that Texas will build its own border wall"), and two
//     figures tell two facts ("943,000 jobs … 5.4%" and "expecting 870,000
//     … 5.7%" are the result and the forecast);
//   - and the terms they share weigh, by their rarity in the story,
//     sameEventOverlap of the lighter sentence's terms, or
//     sameEventFigureOverlap when they give the same figure and b none of
//     its own.
//
// Sentences of one source are left to the tests of their own (repeats,
// restates): one writer does not retell their own lead in other words.
func (c *corpus) sameEvent(i, j int) bool {
	a, b := &c.sents[i], &c.sents[j]
	if a.doc == b.doc || c.df == nil {
		return false
	}
	ea, eb := c.eventTerms(i), c.eventTerms(j)
	participant, event := false, false
	shared := 0.0
	for _, t := range ea.order { // in text order: the sum is the same on every run
		if _, ok := eb.weights[t]; !ok {
			continue
		}
		shared += ea.weights[t]
		switch ra, rb := ea.names[t], eb.names[t]; {
		case ra == nil && rb == nil:
			event = true
		case !participant && (ra == nil || rb == nil || nestedRun(ra, rb)):
			participant = true // a name one sentence writes and the other opens with, or one name nested in the other
		}
	}
	wa, wb := ea.total, eb.total
	if !participant || !event || wa == 0 || wb == 0 {
		return false
	}
	overlap := shared / math.Min(wa, wb)
	if overlap < min(sameEventOverlap, sameEventFigureOverlap) {
		return false
	}
	sharedFig, ownA := figuresOf(a, b)
	if ownA {
		return false
	}
	if _, ownB := figuresOf(b, a); sharedFig && !ownB {
		return overlap >= sameEventFigureOverlap
	}
	return overlap >= sameEventOverlap
}

// eventInfo is what sameEvent reads of a sentence: each distinct term's
// rarity in the story (the log of the sentences over those that use it),
// the terms in text order, their sum, and the name runs each of its names
// and figures is part of (nameRuns).
type eventInfo struct {
	weights map[string]float64
	order   []string
	total   float64
	names   map[string][][]string
}

// eventTerms returns sentence i's eventInfo, made on first use.
func (c *corpus) eventTerms(i int) *eventInfo {
	if c.events == nil {
		c.events = make([]*eventInfo, len(c.sents))
	}
	if e := c.events[i]; e != nil {
		return e
	}
	s := &c.sents[i]
	e := &eventInfo{weights: map[string]float64{}, names: nameRuns(s)}
	for _, t := range s.terms {
		if _, ok := e.weights[t]; !ok {
			w := math.Log(float64(len(c.sents)+1) / float64(c.df[t]+1))
			e.weights[t] = w
			e.order = append(e.order, t)
			e.total += w
		}
	}
	c.events[i] = e
	return e
}

// nameRuns returns, for each term of a sentence's names and figures, the
// runs of name terms it is part of. A name is a run of capitalised words
// after the first word (the first is capitalised anyway), without the
// abbreviated titles among them ("Mr.", "Sen.": "Mr. Trump" is "Trump");
// a word holding a digit is a run of its own.
func nameRuns(s *sent) map[string][][]string {
	out := map[string][][]string{}
	var run []string
	flush := func() {
		for _, t := range run {
			out[t] = append(out[t], run)
		}
		run = nil
	}
	for k, f := range strings.Fields(s.text) {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(f, "\"'“‘(["))
		switch {
		case strings.ContainsFunc(f, unicode.IsDigit):
			flush()
			run = terms(f, s.lang)
			flush()
			continue
		case k == 0 || !unicode.IsUpper(r):
			flush()
			continue
		case isTitle(f, s.lang):
			continue
		}
		run = append(run, terms(f, s.lang)...)
		if strings.TrimRight(f, ",;:)\"”’") != f || len(run) >= maxNameRunTerms { // a comma or a closing mark ends a name
			flush()
		}
	}
	flush()
	return out
}

// maxNameRunTerms bounds a name run: a longer run of capitalised words is
// a heading or a title-case line, cut into runs of this length, which
// also bounds nestedRun's work on hostile text.
const maxNameRunTerms = 8

// isTitle reports whether a capitalised word is a title before a name in
// the language's lexicon (cue.NameTitles: "Mr.", "Mr", "Sen.", "Gov."),
// with or without its full stop; a short name ending a sentence ("BBC.",
// "UN.") is none.
func isTitle(w, lang string) bool {
	return cue.Has(lang, cue.NameTitles, strings.ToLower(strings.TrimSuffix(w, ".")))
}

// nestedRun reports whether a name run of one sentence holds one of the
// other's whole: two mentions of one participant ("Thomas Barrack",
// "Barrack"), not two names that share a word ("North Carolina", "South
// Carolina").
func nestedRun(ra, rb [][]string) bool {
	for _, x := range ra {
		for _, y := range rb {
			if subset(x, y) || subset(y, x) {
				return true
			}
		}
	}
	return false
}

// subset reports whether every term of x is in y.
func subset(x, y []string) bool {
	for _, t := range x {
		if !slices.Contains(y, t) {
			return false
		}
	}
	return true
}

// retellsEvent reports whether sentence i retells the event of one of
// others told by another source (sameEvent).
func (c *corpus) retellsEvent(i int, others []int) bool {
	for _, j := range others {
		if c.sameEvent(i, j) {
			return true
		}
	}
	return false
}
