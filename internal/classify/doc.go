// Package classify labels a news sentence as stating a risk, an
// opportunity, something unknown, why the story matters (significance),
// a scheduled or expected next step (next), or none of these, with a
// multinomial logistic regression over hashed features: the sentence's
// words (and, for Korean, character bigrams and word endings), the
// working of the cue rules of package cue as evidence rather than verdict
// (each cue phrase found, whether it was negated, each label's score, the
// significance and next-step phrases), negation, modality and tense
// classes, and the sentence's shape and position in its article.
//
//	m, err := classify.Default()
//	if err != nil {
//		return err // classify.ErrBadModel: the embedded weights are damaged
//	}
//	p := m.Predict(classify.Input{Text: s, Lang: "en", Index: i, Count: n})
//	label, prob := m.Decide(p) // "none" unless a label clears its threshold
//
// The weights are trained from the labelled corpus in testdata/labels by
// bench/cmd/trainsections, which writes model.bin; the file is embedded,
// so zero configuration works. A label's threshold is where the model, in
// cross-validation on the training split, is at least as precise as the
// cue rules it would replace, with the most recall; the label is decided
// by the model (Decides) only where that beat the rules in
// cross-validation and again on the frozen test split. For the other
// labels the threshold is Off and callers keep their rules: package
// compose does exactly that. testdata/labels/README.md has the figures,
// the approaches tried and why the precision targets are not met.
package classify
