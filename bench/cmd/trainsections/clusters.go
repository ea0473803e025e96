package main

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsbrief/newsbrief/bench/internal/labeldata"
	"github.com/newsbrief/newsbrief/internal/classify"
)

// Word-cluster settings.
const (
	clusterK       = 200 // clusters
	clusterBits    = 16  // the table has 1<<16 entries
	clusterMinFreq = 5   // a word seen fewer times gets no cluster
	clusterVocab   = 20000
	clusterContext = 1000 // the most frequent words are the contexts
	clusterIters   = 15
)

// clusterText gathers the unlabelled news the word clusters are learnt
// from: every article of the shared summarisation and multi-source sets
// (and the sentences of the uncertainty set), except any article of a
// group in the labelled corpus's test split and the section audit's fresh
// BBC group (lines 300-709), so that neither frozen check has been read.
// Pages (trafilatura, AEB) are left out: extracting them is slow and they
// add little text.
func clusterText(all map[string][]labeldata.Article, testGroups map[string]bool, dataDir string) ([]string, error) {
	var out []string
	for _, src := range []string{"bbc", "cnndm", "xsum", "allsides", "multiling", "kr50"} {
		for i, a := range all[src] {
			if testGroups[labeldata.Group(a)] || src == "bbc" && i >= 300 && i < 710 {
				continue
			}
			out = append(out, a.Title, a.Text)
		}
	}
	err := labeldata.ReadJSONL(filepath.Join(dataDir, "summ", "uncertainty", "factuality_uw.jsonl"), func(b []byte) error {
		var l struct{ Text string }
		if err := json.Unmarshal(b, &l); err != nil {
			return err
		}
		out = append(out, l.Text)
		return nil
	})
	return out, err
}

// buildClusters learns clusterK word clusters from texts: each frequent
// word is described by the positive pointwise mutual information of the
// frequent words just before and just after it (two separate context
// sets, so that syntax counts as well as topic), and the unit-length
// descriptions are grouped by spherical k-means from a seeded start. It is
// deterministic.
func buildClusters(texts []string) *classify.WordClusters {
	freq := map[string]int{}
	var docs [][]string
	for _, t := range texts {
		toks := classify.Tokens(t)
		docs = append(docs, toks)
		for _, w := range toks {
			freq[w]++
		}
	}
	words := make([]string, 0, len(freq))
	for w, n := range freq {
		if n >= clusterMinFreq {
			words = append(words, w)
		}
	}
	slices.SortFunc(words, func(a, b string) int {
		if freq[a] != freq[b] {
			return freq[b] - freq[a]
		}
		return strings.Compare(a, b)
	})
	words = words[:min(len(words), clusterVocab)]
	wordID := map[string]int{}
	for i, w := range words {
		wordID[w] = i
	}
	nctx := min(clusterContext, len(words))
	// co[w][c]: c < nctx is the word before, c >= nctx the word after.
	co := make([]map[int]float64, len(words))
	for i := range co {
		co[i] = map[int]float64{}
	}
	ctxTotal := make([]float64, 2*nctx)
	total := 0.0
	for _, toks := range docs {
		for i, w := range toks {
			id, ok := wordID[w]
			if !ok {
				continue
			}
			if i > 0 {
				if c, ok := wordID[toks[i-1]]; ok && c < nctx {
					co[id][c]++
					ctxTotal[c]++
					total++
				}
			}
			if i+1 < len(toks) {
				if c, ok := wordID[toks[i+1]]; ok && c < nctx {
					co[id][nctx+c]++
					ctxTotal[nctx+c]++
					total++
				}
			}
		}
	}
	// PPMI, unit length, as sparse vectors.
	vecs := make([]sparse, len(words))
	for i := range words {
		rowTotal := 0.0
		for _, n := range co[i] {
			rowTotal += n
		}
		var v sparse
		for c, n := range co[i] {
			if pmi := math.Log(n * total / (rowTotal * ctxTotal[c])); pmi > 0 {
				v.idx = append(v.idx, c)
				v.val = append(v.val, float32(pmi))
			}
		}
		v.normalise()
		vecs[i] = v
	}
	assign := kmeans(vecs, 2*nctx, min(clusterK, len(vecs)))
	ids := make([]int, len(assign))
	for i, a := range assign {
		ids[i] = a + 1
	}
	return classify.NewWordClusters(clusterBits, words, ids)
}

// sparse is a vector as sorted indices and values.
type sparse struct {
	idx []int
	val []float32
}

func (v *sparse) normalise() {
	// map iteration gave the indices in any order: sort them for determinism.
	ord := make([]int, len(v.idx))
	for i := range ord {
		ord[i] = i
	}
	slices.SortFunc(ord, func(a, b int) int { return v.idx[a] - v.idx[b] })
	idx, val := make([]int, len(ord)), make([]float32, len(ord))
	norm := 0.0
	for k, i := range ord {
		idx[k], val[k] = v.idx[i], v.val[i]
		norm += float64(v.val[i]) * float64(v.val[i])
	}
	if norm > 0 {
		inv := float32(1 / math.Sqrt(norm))
		for k := range val {
			val[k] *= inv
		}
	}
	v.idx, v.val = idx, val
}

// kmeans groups unit vectors of dimension dim into k clusters by cosine
// (spherical k-means), starting from k vectors drawn with a fixed seed.
func kmeans(vecs []sparse, dim, k int) []int {
	rng := rand.New(rand.NewPCG(20261203, 15))
	cent := make([][]float32, k)
	for c, j := range rng.Perm(len(vecs))[:k] {
		cent[c] = make([]float32, dim)
		for n, d := range vecs[j].idx {
			cent[c][d] = vecs[j].val[n]
		}
	}
	assign := make([]int, len(vecs))
	for it := 0; it < clusterIters; it++ {
		for i, v := range vecs {
			best, bs := 0, float32(math.Inf(-1))
			for c, ce := range cent {
				var s float32
				for n, d := range v.idx {
					s += v.val[n] * ce[d]
				}
				if s > bs {
					best, bs = c, s
				}
			}
			assign[i] = best
		}
		for c := range cent {
			clear(cent[c])
		}
		for i, v := range vecs {
			ce := cent[assign[i]]
			for n, d := range v.idx {
				ce[d] += v.val[n]
			}
		}
		for _, ce := range cent {
			norm := 0.0
			for _, x := range ce {
				norm += float64(x) * float64(x)
			}
			if norm > 0 {
				inv := float32(1 / math.Sqrt(norm))
				for d := range ce {
					ce[d] *= inv
				}
			}
		}
	}
	return assign
}
