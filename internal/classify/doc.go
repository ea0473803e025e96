// Package classify labels a news sentence as stating a risk, an
// opportunity, something unknown, why the story matters (significance),
// a scheduled or expected next step (next), or none of these, with a
// multinomial logistic regression over hashed word features (and, for
// Korean, character bigrams and word endings), the cue lexicons of
// package cue (as features, not verdicts), negation, modality, tense and
// the sentence's position in its article. Word bigrams, more hash buckets
// and the neighbouring sentences' words were tried and did not raise
// cross-validated average precision enough to keep (see
// testdata/labels/README.md).
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
// so zero configuration works. Each label's threshold is the one that
// reached precision 0.85 on the cross-validation folds of the training
// split.
package classify
