package compose

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Thresholds of the structured "same event" test (sameEvent).
const (
	// sameEventOverlap is the share of the rarer-weighted terms of the
	// poorer of two sentences of different sources that they must share,
	// each term weighed by its rarity in the story (eventWeight), for the
	// two to retell one event when they share a participant and an event
	// word but no figure.
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
//   - they share a participant: a name or figure (capitalised words after
//     the first, words holding a digit; the story's protagonist, in most
//     sentences, weighs little below);
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
	for t, w := range ea.weights {
		if _, ok := eb.weights[t]; !ok {
			continue
		}
		shared += w
		if ea.names[t] || eb.names[t] {
			participant = true
		} else {
			event = true
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
// their sum, and which terms are its names and figures (nameTerms).
type eventInfo struct {
	weights map[string]float64
	total   float64
	names   map[string]bool
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
	e := &eventInfo{weights: map[string]float64{}, names: nameTerms(s)}
	for _, t := range s.terms {
		if _, ok := e.weights[t]; !ok {
			w := math.Log(float64(len(c.sents)+1) / float64(c.df[t]+1))
			e.weights[t] = w
			e.total += w
		}
	}
	c.events[i] = e
	return e
}

// nameTerms returns the terms of a sentence's names and figures: its
// capitalised words after the first (the first is capitalised anyway) and
// its words holding a digit.
func nameTerms(s *sent) map[string]bool {
	out := map[string]bool{}
	for k, f := range strings.Fields(s.text) {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(f, "\"'“‘(["))
		if !strings.ContainsFunc(f, unicode.IsDigit) && (k == 0 || !unicode.IsUpper(r)) {
			continue
		}
		for _, t := range terms(f, s.lang) {
			out[t] = true
		}
	}
	return out
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
