package words

import "strings"

// Stem returns a light stem of an English word (plural -s/-es/-ies, -ing, -ed, -ly removal, a few safe rules; Porter-like but simple), and w unchanged for non-Latin words.
// The rules are steps 1 and 5 of the Porter stemmer, with guards for short
// words, plus -ly removal: "studies", "studied" and "study" give "studi";
// "making" and "make" give "make"; "quickly" gives "quick". Only words of
// three or more lower-case letters a–z are stemmed; anything else (Korean,
// accented Latin, digits, capitals) is returned unchanged.
func Stem(w string) string {
	if len(w) < 3 || !isLowerASCII(w) {
		return w
	}
	if s, ok := stemExceptions[w]; ok {
		return s
	}
	w = plural(w)
	w = adverb(w) // first, for reportedly → reported → report
	w = pastOrGerund(w)
	if strings.HasSuffix(w, "y") && len(w) > 2 && hasVowel(w[:len(w)-1]) {
		w = w[:len(w)-1] + "i" // happy, happily → happi
	}
	return finalE(w)
}

// plural removes -s, -es and -ies (Porter step 1a).
func plural(w string) string {
	switch {
	case strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ies"):
		if len(w) == 4 {
			return w[:3] // ties → tie
		}
		return w[:len(w)-2] // stories → stori
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w // class, status, analysis
	case strings.HasSuffix(w, "s") && len(w) >= 4:
		return w[:len(w)-1]
	}
	return w
}

// pastOrGerund removes -ed and -ing after a vowel, and repairs the stem
// (Porter step 1b): hoped → hope, hopping → hop, created → create.
func pastOrGerund(w string) string {
	var stem string
	switch {
	case strings.HasSuffix(w, "eed"):
		if measure(w[:len(w)-3]) > 0 {
			return w[:len(w)-1] // agreed → agree
		}
		return w // need, speed
	case strings.HasSuffix(w, "ied") && len(w) == 4:
		return w[:3] // died → die
	case strings.HasSuffix(w, "ed") && hasVowel(w[:len(w)-2]):
		stem = w[:len(w)-2]
	case strings.HasSuffix(w, "ing") && hasVowel(w[:len(w)-3]):
		stem = w[:len(w)-3]
	default:
		return w
	}
	switch {
	case strings.HasSuffix(stem, "at"), strings.HasSuffix(stem, "bl"), strings.HasSuffix(stem, "iz"):
		return stem + "e"
	case doubleConsonant(stem) && !strings.HasSuffix(stem, "l") && !strings.HasSuffix(stem, "s") && !strings.HasSuffix(stem, "z"):
		return stem[:len(stem)-1]
	case measure(stem) == 1 && cvc(stem):
		return stem + "e"
	}
	return stem
}

// adverb removes -ly when a stem of three or more letters with a vowel
// remains: quickly → quick, but only, early and supply stay.
func adverb(w string) string {
	if !strings.HasSuffix(w, "ly") || lyExceptions[w] {
		return w
	}
	stem := w[:len(w)-2]
	if len(stem) < 3 || measure(stem) == 0 {
		return w
	}
	return stem
}

// finalE removes a final -e, and -ll's second l, from longer stems (Porter
// step 5): create → creat, rate stays (a short consonant–vowel–consonant
// stem keeps its e), controll → control.
func finalE(w string) string {
	if strings.HasSuffix(w, "e") {
		stem := w[:len(w)-1]
		if m := measure(stem); m > 1 || m == 1 && !cvc(stem) {
			w = stem
		}
	}
	if strings.HasSuffix(w, "ll") && measure(w) > 1 {
		w = w[:len(w)-1]
	}
	return w
}

// isConsonant reports whether w[i] is a consonant in Porter's sense: y is
// a consonant at the start of a word and after a vowel.
func isConsonant(w string, i int) bool {
	switch w[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	case 'y':
		return i == 0 || !isConsonant(w, i-1)
	}
	return true
}

// measure is Porter's m: the number of vowel–consonant sequences in w.
func measure(w string) int {
	m, vowel := 0, false
	for i := 0; i < len(w); i++ {
		if isConsonant(w, i) {
			if vowel {
				m++
			}
			vowel = false
		} else {
			vowel = true
		}
	}
	return m
}

func hasVowel(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isConsonant(w, i) {
			return true
		}
	}
	return false
}

// doubleConsonant reports a word ending in a doubled consonant: "hopp".
func doubleConsonant(w string) bool {
	n := len(w)
	return n >= 2 && w[n-1] == w[n-2] && isConsonant(w, n-1)
}

// cvc reports a word ending consonant–vowel–consonant where the last is not
// w, x or y: "hop", "mak".
func cvc(w string) bool {
	n := len(w)
	if n < 3 || !isConsonant(w, n-3) || isConsonant(w, n-2) || !isConsonant(w, n-1) {
		return false
	}
	c := w[n-1]
	return c != 'w' && c != 'x' && c != 'y'
}

func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// stemExceptions are words the rules would merge with others or mangle.
var stemExceptions = map[string]string{
	"news": "news", "series": "series", "species": "species",
	"lens": "lens", "bias": "bias", "gas": "gas", "chaos": "chaos",
	"dies": "die", "lies": "lie", "ties": "tie",
}

// lyExceptions end in -ly without being adverbs made with it.
var lyExceptions = map[string]bool{
	"family": true, "early": true, "daily": true, "italy": true, "july": true,
	"apply": true, "reply": true, "supply": true, "comply": true, "imply": true,
	"multiply": true, "rally": true, "belly": true, "bully": true, "jelly": true,
	"holly": true, "silly": true, "emily": true, "kelly": true, "billy": true,
	"molly": true, "sally": true, "assembly": true, "anomaly": true,
	"monopoly": true, "butterfly": true, "ally": true, "tally": true,
	"jolly": true, "dolly": true, "gully": true, "folly": true,
}
