package compose

import (
	"context"

	"github.com/newsbrief/newsbrief/brief"
)

// Explanation shows how Build sees a set of documents: every sentence it
// considered, with what it knew of each and the scores it ranks them by.
// It serves studies of the ranking (bench/cmd/rankstudy) and tools that
// explain a brief; Build itself does not use it. An Explanation is not
// changed after Explain returns, so goroutines may read it at once; Pick
// only reads it.
type Explanation struct {
	// Sentences are the sentences Build considered, in source order.
	Sentences []Sentence
	c         *corpus
}

// Sentence is one sentence Build considered.
type Sentence struct {
	// Doc is the index of its document; Text is Doc's text[Start:End].
	Doc, Start, End int
	Text            string
	// Position is its index among its document's sentences.
	Position int
	// Candidate says it may be a point: a statement of sensible length.
	Candidate bool
	// Centrality is its TextRank centrality, normalised to [0, 1], and
	// PositionPrior the weight its position gets (1 for the first).
	Centrality, PositionPrior float64
	// Score is the rank Build orders the sentences by.
	Score float64
	// Label is the cue classifier's label ("risk", "opportunity",
	// "unknown" or "none"), and Significance the number of cues that it says
	// why the story matters.
	Label        string
	Significance int
	// SignificanceProb is the section classifier's probability that the
	// sentence states why the story matters, where the classifier decides
	// significance (English); 0 elsewhere.
	SignificanceProb float64
}

// Explain annotates and scores docs as Build does, and returns what it
// found. Its errors are Build's.
func Explain(ctx context.Context, docs []brief.Document, opts ...Option) (*Explanation, error) {
	c, err := scored(ctx, docs, newConfig(opts))
	if err != nil {
		return nil, err
	}
	e := &Explanation{c: c, Sentences: make([]Sentence, len(c.sents))}
	for i := range c.sents {
		s := &c.sents[i]
		e.Sentences[i] = Sentence{Doc: s.doc, Start: s.start, End: s.end, Text: s.text, Position: s.pos,
			Candidate: s.candidate, Centrality: s.centrality, PositionPrior: positionPrior(s.pos), Score: s.score,
			Label: s.cue.Label.String(), Significance: s.significance, SignificanceProb: s.sigProb}
	}
	return e, nil
}

// Pick applies Build's selection to sentence indexes ranked best first: it
// returns up to n of them, skipping any that says the same as one already
// picked.
func (e *Explanation) Pick(ranked []int, n int) []int { return e.c.pick(ranked, n, nil, nil) }
