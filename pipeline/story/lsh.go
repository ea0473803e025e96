package story

import (
	"encoding/binary"
	"hash/fnv"
	"sort"
	"time"
)

// Rows is how many signature positions make one LSH band; SignatureSize
// / Rows bands. Two articles whose feature sets have Jaccard similarity j
// share at least one band with probability 1-(1-j^Rows)^(SignatureSize/Rows):
// with 2 rows and 64 bands, 0.93 at j=0.2 and 0.48 at j=0.1.
const Rows = 2

// Bands returns the LSH bucket keys of a signature, one per band: articles
// that share a key are candidate pairs. Empty signatures have no keys.
func Bands(sig Signature) []uint64 {
	if len(sig) == 0 || isEmpty(sig) {
		return nil
	}
	keys := make([]uint64, 0, len(sig)/Rows)
	var buf [8]byte
	for b := 0; b+Rows <= len(sig); b += Rows {
		h := fnv.New64a()
		binary.LittleEndian.PutUint64(buf[:], uint64(b))
		h.Write(buf[:])
		for _, v := range sig[b : b+Rows] {
			binary.LittleEndian.PutUint64(buf[:], v)
			h.Write(buf[:])
		}
		keys = append(keys, h.Sum64())
	}
	return keys
}

// Node is an article as story grouping sees it.
type Node struct {
	// Key identifies the article uniquely in the corpus (a record id).
	Key string
	// Published is when the article was published; zero when unknown,
	// which is within any window.
	Published time.Time
	// Sketch is the article's signature's sketch (Sketch): what LSH
	// buckets carry, an eighth of the signature's size.
	Sketch []byte
}

// Pair is a verified candidate pair: two articles' keys, A < B, and the
// estimated Jaccard similarity of their features.
type Pair struct {
	A, B string
	Sim  float64
}

// PairSimilarity is the least estimated Jaccard similarity of a pair
// for Pairs to return it.
var PairSimilarity = 0.15

// DefaultWindow is the most time between two dated articles of one story,
// as in the in-memory clustering.
const DefaultWindow = 7 * 24 * time.Hour

// MaxBucket is the most articles of one LSH bucket that are compared pair
// by pair; a larger bucket (boilerplate shared by thousands of pages) is
// cut, after sorting by key, so that its work stays bounded. Articles cut
// off can still pair through their other bands.
const MaxBucket = 256

// Pairs returns the pairs of the articles of the bucket of one band that
// were published within window of each other and whose estimated
// similarity is at least MinSimilarity, in order of their keys. A pair
// that also shares an earlier band is left to that band's bucket, so each
// pair comes out of one bucket only.
func Pairs(band int, bucket []Node, window time.Duration) []Pair {
	nodes := append([]Node(nil), bucket...)
	sort.Slice(nodes, func(i, j int) bool { return nodes[i].Key < nodes[j].Key })
	if len(nodes) > MaxBucket {
		nodes = nodes[:MaxBucket]
	}
	var out []Pair
	for i := range nodes {
		for j := i + 1; j < len(nodes); j++ {
			a, b := nodes[i], nodes[j]
			if a.Key == b.Key || !within(a.Published, b.Published, window) || sharesEarlierBand(a.Sketch, b.Sketch, band) {
				continue
			}
			if sim := SketchSimilarity(a.Sketch, b.Sketch); sim >= PairSimilarity {
				out = append(out, Pair{a.Key, b.Key, sim})
			}
		}
	}
	return out
}

// within reports whether two times are at most window apart; a zero time
// is within any window.
func within(a, b time.Time, window time.Duration) bool {
	if a.IsZero() || b.IsZero() {
		return true
	}
	d := a.Sub(b)
	return d <= window && -d <= window
}

// sharesEarlierBand reports whether two sketches agree on all rows of a
// band before band. Sketches keep 8 bits of each position, so two
// different bands agree by chance once in 2^(8·Rows): the pair is then
// missed, which is rare enough.
func sharesEarlierBand(a, b []byte, band int) bool {
	for k := 0; k < band && (k+1)*Rows <= len(a) && (k+1)*Rows <= len(b); k++ {
		same := true
		for r := k * Rows; r < (k+1)*Rows; r++ {
			if a[r] != b[r] {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// Sketch keeps the lowest 8 bits of each position of a signature (b-bit
// MinHash, Li and König 2010): two positions that agree in full agree in
// their sketch, and others do by chance once in 256.
func Sketch(sig Signature) []byte {
	out := make([]byte, len(sig))
	for i, v := range sig {
		out[i] = byte(v)
	}
	return out
}

// SketchSimilarity estimates the Jaccard similarity of the feature sets of
// two sketches, correcting for the chance agreements of 8-bit values.
func SketchSimilarity(a, b []byte) float64 {
	if len(a) != len(b) || len(a) == 0 {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	const chance = 1.0 / 256
	return max(0, (float64(same)/float64(len(a))-chance)/(1-chance))
}
