package story

import (
	"encoding/binary"
	"hash/fnv"
	"sort"
	"time"

	"github.com/newsbrief/newsbrief/compose"
)

// Rows is how many signature positions make one LSH band; SignatureSize
// / Rows bands. Two articles whose feature sets have Jaccard similarity j
// share at least one band with probability 1-(1-j^Rows)^(SignatureSize/Rows):
// with 1 row and 256 bands, 0.9997 at j=0.03. One-row bands find pairs of
// the same story whose leads share few words (Jaccard 0.06 happens), at the
// price of many candidates, which CandidateSimilarity then thins.
const Rows = 1

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

// Node is an article as an LSH bucket holds it.
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

// Candidate is a pair of articles that may be of one story, keys A < B:
// blocking's output, for the caller to verify.
type Candidate struct {
	A, B string
}

// CandidateSimilarity is the least estimated Jaccard similarity of the
// features of a pair of one bucket for Candidates to return it. It trades
// the work of verifying pairs for recall: chosen on the tuning half of the
// AllSides stories as the highest value, in steps of 0.01, at which every
// pair the in-memory clustering links is a candidate (cmd/storyeval
// -floors 0.03,0.04,0.06,0.08).
var CandidateSimilarity = 0.05

// DefaultWindow is the most time between two dated articles of one story:
// the in-memory clustering's.
const DefaultWindow = compose.ClusterWindow

// MaxBucket is the most articles of one LSH bucket that are compared pair
// by pair; a larger bucket (boilerplate shared by thousands of pages) is
// cut, after sorting by key, so that its work stays bounded. Articles cut
// off can still pair through their other bands.
const MaxBucket = 256

// Repeats is the most buckets a candidate pair comes out of. Sketches
// keep 8 bits of each position, so a bucket cannot tell for sure whether
// the pair also shares an earlier band (the sketches of two different
// values agree once in 256): a pair comes out of each bucket it shares
// with fewer than Repeats earlier bands whose sketches agree. A pair is
// then missed only when Repeats chance agreements come before its first
// shared band (odds of about 1 in 10^5 at a Jaccard similarity of 0.05),
// and callers remove the repeats that are left.
const Repeats = 3

// Candidates returns the pairs of the articles of the bucket of band
// (its index in Bands) that were published within window of each other
// and whose estimated similarity is at least CandidateSimilarity, in
// order of their keys. A pair that shares many bands comes out of the
// buckets of its first few only (Repeats).
func Candidates(band int, bucket []Node, window time.Duration) []Candidate {
	nodes := append([]Node(nil), bucket...)
	sort.Slice(nodes, func(i, j int) bool { return nodes[i].Key < nodes[j].Key })
	if len(nodes) > MaxBucket {
		nodes = nodes[:MaxBucket]
	}
	var out []Candidate
	for i := range nodes {
		for j := i + 1; j < len(nodes); j++ {
			a, b := nodes[i], nodes[j]
			if a.Key == b.Key || !within(a.Published, b.Published, window) || earlierAgreements(a.Sketch, b.Sketch, band) >= Repeats {
				continue
			}
			if SketchSimilarity(a.Sketch, b.Sketch) >= CandidateSimilarity {
				out = append(out, Candidate{a.Key, b.Key})
			}
		}
	}
	return out
}

// earlierAgreements counts the bands before band on which two sketches
// agree in every row.
func earlierAgreements(a, b []byte, band int) int {
	n := 0
	for k := 0; k < band && (k+1)*Rows <= len(a) && (k+1)*Rows <= len(b); k++ {
		same := true
		for r := k * Rows; r < (k+1)*Rows; r++ {
			if a[r] != b[r] {
				same = false
				break
			}
		}
		if same {
			n++
		}
	}
	return n
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
