package classify

import (
	"strings"
	"unicode"
)

// significanceFeatures adds clause-level patterns with which English news
// states a story's significance: its place in a series or in history ("the
// first woman to …", "the fifth time since 1990", "the third straight
// defeat"), an extreme against a time frame ("the lowest level since
// March", "the worst on record"), a share of a whole ("one of only two",
// "only 40,000"), its scale in people or things ("600 people were made
// homeless", "millions of"), a consequence set off after the main
// clause (", leaving …", ", a sign that …") and a sentence that sums up
// the one before ("This is the …", "That means …"). Each word of such a
// pattern is a feature already; the pattern as a whole is not, and words
// like "first", "since" or "only" mostly say nothing of the kind alone.
// toks are the sentence's lower-cased words (tokens), text the sentence.
func significanceFeatures(f *featureSet, toks []string, text string) {
	for i, t := range toks {
		next := func(k int) string {
			if i+k < len(toks) {
				return toks[i+k]
			}
			return ""
		}
		after := toks[i+1:]
		if (t == "first" || t == "only" || t == "last") && i > 0 && (determiners[toks[i-1]] || strings.HasSuffix(toks[i-1], "'s")) && followedBy(after, 6, "to") {
			f.add("sig:first-to") // "the first US president to …"
		}
		if (isOrdinal(t) || t == "first") && streaks[next(1)] {
			f.add("sig:nth-time") // "the 21st time", "a third straight win"
		}
		if t == "since" && isYear(next(1)) {
			f.add("sig:since-year")
		}
		if t == "all" && next(1) == "time" {
			f.add("sig:all-time")
		}
		if (extremes[t] || isSuperlative(t)) && followedBy(after, 8, "since", "ever", "history", "record", "decades", "decade", "century", "years") {
			f.add("sig:extreme-frame") // "the lowest level since …"
		}
		if t == "only" && (isNumber(next(1)) || isOrdinal(next(1)) || next(1) == "the" && isOrdinal(next(2))) {
			f.add("sig:only-n") // "only 40,000", "only the third"
		}
		if t == "one" && next(1) == "of" && (next(2) == "only" || next(2) == "the" && next(3) == "few" || isNumber(next(2))) {
			f.add("sig:one-of-n") // "one of only two", "one of 12 clinics"
		}
		if isNumber(t) && followedBy(after, 3, groups...) {
			f.add("sig:count-group") // "600 people", "80 million americans"
		}
		if masses[t] && next(1) == "of" {
			f.add("sig:mass-of") // "millions of"
		}
	}
	if len(toks) > 1 && (toks[0] == "this" || toks[0] == "that" || toks[0] == "it") && summing[toks[1]] {
		f.add("sig:sums-up") // "This is the …", "That means …"
	}
	setOffFeatures(f, text)
}

// setOffFeatures adds a clause set off after a comma or a dash that opens
// with a participle (", leaving 40,000 homes without power") or an
// appositive noun phrase (", a sign that …", "— the sharpest rise
// since …"): where news states what an event means or causes.
func setOffFeatures(f *featureSet, text string) {
	for _, sep := range []string{", ", " — ", " – ", " - ", "—"} {
		for rest := text; ; {
			k := strings.Index(rest, sep)
			if k < 0 {
				break
			}
			rest = strings.TrimLeft(rest[k+len(sep):], " ")
			fw := firstWord(rest) // sliced on rest itself: lower case may change a word's length ("Ⱥ")
			w := strings.ToLower(fw)
			w2 := strings.ToLower(firstWord(rest[len(fw):]))
			switch {
			case len(w) > 5 && strings.HasSuffix(w, "ing") && !notParticiples[w]:
				f.add("sig:setoff-ing")
			case w == "a" || w == "an":
				f.add("sig:setoff-a")
			case w == "the" && (isSuperlative(w2) || extremes[w2]):
				f.add("sig:setoff-the-most")
			}
		}
	}
}

// firstWord returns the run of letters that opens s, after spaces.
func firstWord(s string) string {
	s = strings.TrimLeft(s, " ")
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return s
	}
	return s[:end]
}

// followedBy reports whether one of words is among the first n of toks.
func followedBy(toks []string, n int, words ...string) bool {
	for _, t := range toks[:min(n, len(toks))] {
		for _, w := range words {
			if t == w {
				return true
			}
		}
	}
	return false
}

// isNumber reports whether t is written in digits ("72", "1947"; the
// tokens split "72,000" at its comma) or is a number word of scale.
func isNumber(t string) bool {
	if t == "" {
		return false
	}
	if numberWords[t] {
		return true
	}
	for _, r := range t {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isYear reports whether t is a year of modern history in digits.
func isYear(t string) bool {
	return len(t) == 4 && isNumber(t) && (t[:2] == "18" || t[:2] == "19" || t[:2] == "20")
}

// isOrdinal reports whether t is an ordinal from second on, in words or
// digits ("third", "13th", "22nd").
func isOrdinal(t string) bool {
	if ordinals[t] {
		return true
	}
	n := len(t)
	return n > 2 && isNumber(t[:n-2]) && (strings.HasSuffix(t, "th") || strings.HasSuffix(t, "st") || strings.HasSuffix(t, "nd") || strings.HasSuffix(t, "rd"))
}

// isSuperlative reports whether t looks like a superlative adjective in
// -est ("largest", "deadliest"), leaving out common words that only end
// so.
func isSuperlative(t string) bool {
	return len(t) > 5 && strings.HasSuffix(t, "est") && !notSuperlatives[t]
}

// Word classes of significanceFeatures.
var (
	determiners     = set("the", "a", "its", "his", "her", "their", "our", "nation's", "country's")
	ordinals        = set("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "twentieth")
	numberWords     = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions")
	extremes        = set("most", "least", "best", "worst", "record", "first")
	streaks         = set("time", "straight", "consecutive", "successive")
	masses          = set("millions", "thousands", "billions", "hundreds", "tens")
	notSuperlatives = set("interest", "protest", "contest", "request", "suggest", "arrest", "invest", "harvest", "forest", "honest", "latest", "modest", "manifest", "conquest", "inquest", "digest", "earnest", "bequest", "midwest", "southwest", "northwest", "interests", "protests")
	notParticiples  = set("according", "including", "during", "following", "regarding", "concerning", "something", "nothing", "anything", "everything", "morning", "evening", "building", "meeting", "spring", "string", "bring", "thing", "things", "king", "ring", "wing", "being")
	groups          = []string{"people", "residents", "americans", "workers", "jobs", "homes", "households", "customers", "users", "patients", "children", "students", "families", "deaths", "lives", "employees", "voters", "victims", "refugees", "cases"}
	summing         = set("is", "was", "means", "meant", "marks", "marked", "represents", "represented", "signals", "shows", "underlines", "underscores", "makes", "made", "leaves", "puts")
)
