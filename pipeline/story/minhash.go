package story

import (
	"hash/fnv"
	"sort"
	"strings"

	"github.com/newsbrief/newsbrief/internal/words"
)

// SignatureSize is the number of hash functions of a MinHash signature.
const SignatureSize = 256

// LeadWords is how many words of an article's text, from its start, count
// as its lead for Features.
const LeadWords = 60

// Signature is a MinHash signature: for each of SignatureSize hash
// functions, the least hash of the article's features. The share of
// positions at which two signatures agree estimates the Jaccard similarity
// of their feature sets.
type Signature []uint64

// Features returns the distinct content words of a title and of the first
// LeadWords words of a text, stemmed (particles trimmed for Korean), stop
// words left out, sorted. Title words are marked so that a word in both the
// title and the lead counts twice, as the headline weighs more in the
// in-memory clustering too.
func Features(title, text, lang string) []string {
	set := map[string]bool{}
	for _, w := range content(words.Tokens(title), lang) {
		set["t:"+w] = true
		set[w] = true
	}
	lead := words.Tokens(text)
	if len(lead) > LeadWords {
		lead = lead[:LeadWords]
	}
	for _, w := range content(lead, lang) {
		set[w] = true
	}
	out := make([]string, 0, len(set))
	for w := range set {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// content keeps the content words of tokens, stemmed.
func content(tokens []string, lang string) []string {
	var out []string
	for _, w := range tokens {
		if words.IsStop(w) {
			continue
		}
		if strings.HasPrefix(lang, "ko") {
			w = words.TrimParticle(w)
		} else {
			w = words.Stem(w)
		}
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// Sign computes the MinHash signature of a feature set. An empty set gives
// a signature of all ones (the largest hash), which agrees only with other
// empty sets; Similar treats those as unrelated.
func Sign(features []string) Signature {
	sig := make(Signature, SignatureSize)
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	for _, f := range features {
		h := hash64(f)
		for i := range sig {
			if v := mix(h ^ seeds[i]); v < sig[i] {
				sig[i] = v
			}
		}
	}
	return sig
}

// Similarity estimates the Jaccard similarity of the feature sets of two
// signatures; empty sets are similar to nothing.
func Similarity(a, b Signature) float64 {
	if len(a) != len(b) || len(a) == 0 || isEmpty(a) || isEmpty(b) {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(len(a))
}

func isEmpty(s Signature) bool { return s[0] == ^uint64(0) && s[len(s)-1] == ^uint64(0) }

// seeds are the SignatureSize hash functions' seeds, fixed so that
// signatures made on different workers and runs agree.
var seeds = func() [SignatureSize]uint64 {
	var s [SignatureSize]uint64
	x := uint64(0x6e657773627269ef) // "newsbri" + 0xef
	for i := range s {
		x += 0x9e3779b97f4a7c15
		s[i] = mix(x)
	}
	return s
}()

// hash64 is FNV-1a of a string.
func hash64(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// mix is SplitMix64's finaliser: a bijection that spreads every input bit
// over the output.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}
