// Package shingle scores extracted text against a reference the way the
// article extraction benchmark does: tokens are Unicode \w+ runs, texts are
// compared as multisets of 4-token shingles, and precision and recall are
// averaged over pages.
//
//	var s shingle.Scores
//	s.Add(shingle.Compare(predicted, truth))
//	p, r, f1 := s.Result()
package shingle
