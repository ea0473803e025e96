// Package rouge scores summaries with ROUGE F1 as Google's rouge-score
// package does without stemming, but over Unicode \w+ tokens, so that
// Korean and other non-Latin text is scored too. No stop words are
// removed.
//
//   - ROUGE-1 and ROUGE-2 count the unigrams and bigrams that candidate and
//     reference share (clipped multiset overlap). Each side's sentences are
//     read as one token sequence, so bigrams span sentence boundaries, as
//     when rouge-score is given the sentences joined by newlines.
//   - ROUGE-L is ROUGE-Lsum, the summary-level LCS of Lin (2004): for each
//     reference sentence, the union of its longest common subsequences with
//     every candidate sentence, each token counted at most as often as it
//     occurs in candidate and reference (rouge-score's rougeLsum).
//
// Tokens are internal/words' Tokens: lower-cased runs of Unicode letters,
// numbers, marks and '_' (Python's \w+ on lower-cased text, with
// combining marks kept inside words).
//
// Each score is the F1 of precision (hits / candidate tokens) and recall
// (hits / reference tokens), in [0,1]; it is 0 when either side has no
// tokens.
//
//	var m rouge.Mean
//	m.Add(rouge.Score(candidate, reference))
//	avg := m.Result()
package rouge
