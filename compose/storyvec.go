package compose

import (
	"hash/fnv"
	"math"
	"slices"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/internal/langtag"
)

// TermCounts is a document's terms as Cluster compares documents: its
// stemmed content words and their bigrams, the headline's counted twice,
// each term named by a 64-bit hash of its text. IDs are increasing;
// Counts[i] is the count of IDs[i].
//
// Hashing makes the terms of documents counted on different machines
// comparable without a shared dictionary; two terms collide with odds of
// about one in 10^19 per pair of terms.
type TermCounts struct {
	IDs    []uint64
	Counts []float64
}

// StoryTerms counts the terms of a document as Cluster does.
func StoryTerms(d brief.Document) TermCounts {
	lang := langtag.Of(d.Language, d.Text)
	tf := map[uint64]float64{}
	addTerms(tf, terms(d.Title, lang), 2)
	addTerms(tf, terms(d.Text, lang), 1)
	out := TermCounts{IDs: make([]uint64, 0, len(tf)), Counts: make([]float64, 0, len(tf))}
	for id := range tf {
		out.IDs = append(out.IDs, id)
	}
	slices.Sort(out.IDs)
	for _, id := range out.IDs {
		out.Counts = append(out.Counts, tf[id])
	}
	return out
}

// StoryVector is a document's unit tf-idf vector as Cluster weighs it:
// IDs as in TermCounts, Weights[i] the weight of IDs[i].
type StoryVector struct {
	IDs     []uint64
	Weights []float64
}

// Vector weighs a document's terms by their inverse document frequency in
// a corpus of n documents that contains this one; df gives the number of
// the corpus's documents that have a term (at least 1: this one). The
// result has unit length, or is empty when no term weighs anything.
func (t TermCounts) Vector(n int, df func(id uint64) int) StoryVector {
	v := StoryVector{IDs: t.IDs, Weights: make([]float64, len(t.IDs))}
	norm := 0.0
	for i, id := range t.IDs {
		w := (1 + math.Log(t.Counts[i])) * math.Log(float64(n+1)/float64(max(1, df(id))))
		v.Weights[i] = w
		norm += w * w
	}
	if norm = math.Sqrt(norm); norm > 0 {
		for i := range v.Weights {
			v.Weights[i] /= norm
		}
	}
	return v
}

// Similarity is the cosine of two unit vectors: the similarity Cluster
// compares with ClusterSimilarity.
func (v StoryVector) Similarity(w StoryVector) float64 {
	dot := 0.0
	for i, j := 0, 0; i < len(v.IDs) && j < len(w.IDs); {
		switch {
		case v.IDs[i] < w.IDs[j]:
			i++
		case v.IDs[i] > w.IDs[j]:
			j++
		default:
			dot += v.Weights[i] * w.Weights[j]
			i++
			j++
		}
	}
	return dot
}

// docVectors gives each document its unit tf-idf vector, with the
// documents themselves as the corpus.
func docVectors(docs []brief.Document) []StoryVector {
	tcs := make([]TermCounts, len(docs))
	df := map[uint64]int{}
	for i, d := range docs {
		tcs[i] = StoryTerms(d)
		for _, id := range tcs[i].IDs {
			df[id]++
		}
	}
	out := make([]StoryVector, len(docs))
	for i, tc := range tcs {
		out[i] = tc.Vector(len(docs), func(id uint64) int { return df[id] })
	}
	return out
}

// addTerms counts terms and their bigrams, which tell apart stories about
// the same people and places.
func addTerms(v map[uint64]float64, ts []string, weight float64) {
	for i, t := range ts {
		v[termID(t)] += weight
		if i > 0 {
			v[termID(ts[i-1]+" "+t)] += weight
		}
	}
}

// termID is FNV-1a of a term.
func termID(t string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(t))
	return h.Sum64()
}
