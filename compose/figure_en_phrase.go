package compose

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsbrief/newsbrief/internal/cue"
)

// The phrases around an English figure: the noun a count is of, the
// predicate that says what a count of people did, and what a share is of.

// headOf returns the first token of the noun a count is the complement of
// ("annual target" of "an annual target of 8,000 applications", "loss" of
// "the loss of 500 jobs"): the noun says what the number is. It returns
// first itself when no such noun comes before: no "of", a capitalised or
// vacuous head ("a total of 300 homes": the count alone says it all), a
// change, which needs what changed ("increase of 2 degrees"), or a head the
// figure repeats.
func headOf(toks []token, first int) int {
	of := first - 1
	if of < 1 || toks[of].word != "of" || toks[of].trailing || toks[of-1].trailing || toks[of-1].upper || !isMeasureWord(toks[of-1].word) || is(cue.VacuousMeasures, toks[of-1].word) || is(cue.ChangeNouns, toks[of-1].word) {
		return first
	}
	for _, t := range toks[first:] {
		if t.word == toks[of-1].word {
			return first // the head says it again: "a fine of up to £1,000 fine"
		}
		if t.trailing {
			break
		}
	}
	k := of - 1
	for k > 0 && of-k < maxWordsBefore && !toks[k-1].trailing && !toks[k-1].upper && isNounWord(toks[k-1].word) && !isEdVerb(toks[k-1].word) {
		k--
	}
	return k
}

// rangeEnd returns how many words after toks[last] close the range a
// figure opens ("from £20m to £15m", "3 votes to 2"): "to" and a number
// with its scale; 0 when none follows.
func rangeEnd(toks []token, last int) int {
	if toks[last].trailing || last+2 >= len(toks) || toks[last+1].word != "to" || !isFigureNumber(toks, last+2) {
		return 0
	}
	n := 2
	for !toks[last+n].trailing && last+n+1 < len(toks) && isScale(toks[last+n+1].word) {
		n++
	}
	return n
}

// maxPredicateWords is the most words of the predicate a count takes
// after its noun (predicateAfter).
const maxPredicateWords = 8

// approximator returns how many words before toks[i] say how near the
// number is to the count ("more than", "about", "at least"): 0, 1 or 2.
func approximator(toks []token, i int) int {
	for n := 2; n >= 1; n-- {
		if i-n < 0 || toks[i-1].trailing || n == 2 && toks[i-2].trailing {
			continue
		}
		words := make([]string, 0, n)
		for _, t := range toks[i-n : i] {
			words = append(words, t.word)
		}
		if slices.Contains(cue.Phrases("en", cue.Approximators), strings.Join(words, " ")) {
			return n
		}
	}
	return 0
}

// predicateAfter returns how many words from toks[i] are the predicate of
// a count that ends before them: an auxiliary and a participle ("were
// questioned", "have received") with what follows them up to a clause
// break, at most maxPredicateWords words; 0 when no such predicate
// follows.
func predicateAfter(toks []token, i int) int {
	if i+1 >= len(toks) || !is(cue.Auxiliaries, toks[i].word) || toks[i].trailing || toks[i].opening || toks[i+1].opening || !isParticipleWord(toks[i+1].word) {
		return 0
	}
	n := 2
	for !toks[i+n-1].trailing && i+n < len(toks) && n < maxPredicateWords && !breaksClause(toks[i+n]) {
		n++
	}
	if !toks[i+n-1].trailing && i+n < len(toks) && n == maxPredicateWords {
		// cut mid-clause: a passive verb alone says what happened ("12
		// people were hit"); an active one would dangle without its object
		// ("12,000 donors have donated")
		if isBeForm(toks[i].word) {
			return 2
		}
		return 0
	}
	return openBetween(toks, i, n)
}

// openBetween returns n, or fewer words when the n words from toks[i] end
// on "between" and the first of its two ends, the clause cut at its "and"
// ("reported worldwide between 2010" of "… between 2010 and 2015").
func openBetween(toks []token, i, n int) int {
	if n >= 3 && toks[i+n-2].word == "between" && !toks[i+n-1].trailing && i+n < len(toks) && toks[i+n].word == "and" {
		return n - 2
	}
	return n
}

// pastVerbAfter returns how many words from toks[i] say in the past what
// a count of people did ("died", "fled the city"), up to a clause break
// and at most maxPredicateWords words; 0 when toks[i] is no past verb.
func pastVerbAfter(toks []token, i int) int {
	if i >= len(toks) || toks[i].opening || !isPastVerb(toks[i].word) {
		return 0
	}
	return clauseFrom(toks, i, 1) // cut mid-clause: the verb alone ("52 people died")
}

// sharePredicate returns how many words after toks[noun], the people a
// share is of, say what they did or are ("rejected the idea", "have heard
// of it", "were poor last year"); 0 when none do, or when a lone verb is
// cut from its object ("79 percent of adults said") or a comma parts the
// words from the share ("35% of voters, polled in May").
func sharePredicate(toks []token, noun int) int {
	if toks[noun].trailing {
		return 0
	}
	n := predicateAfter(toks, noun+1)
	if n == 0 {
		n = pastVerbAfter(toks, noun+1)
	}
	if n == 0 {
		n = complementAfter(toks, noun+1)
	}
	if n == 1 && !endsClause(toks, noun+1) {
		return 0
	}
	return n
}

// isGroupName reports a capitalised plural at toks[k] that names people
// by nation, party or faith ("Americans", "Democrats", "Catholics"), the
// whole a share is of: a share of people, who need what they did.
func isGroupName(toks []token, k int) bool {
	return k < len(toks) && toks[k].upper && !toks[k].opening && isPlural(toks[k].word) && !strings.ContainsAny(toks[k].word, ".-")
}

// disagrees reports a plural count noun toks[last] followed by a verb in
// the singular ("qualifications is expected"): the verb's subject is a
// longer noun phrase the count ends, and the figure is cut from it.
func disagrees(toks []token, last int) bool {
	if toks[last].trailing || last+1 >= len(toks) || !isPlural(toks[last].word) || is(cue.PersonNouns, toks[last].word) {
		return false
	}
	switch toks[last+1].word {
	case "is", "was", "has":
		return true
	}
	return false
}

// complementAfter returns how many words from toks[i] say what a share
// of people is ("were poor last year", "are unemployed"): a form of "be"
// and a lower-case word that is no participle, with what follows up to a
// clause break, at most maxPredicateWords words; 0 when none follows.
func complementAfter(toks []token, i int) int {
	if i+1 >= len(toks) || !isBeForm(toks[i].word) || toks[i].trailing || toks[i+1].opening || !isMeasureWord(toks[i+1].word) {
		return 0
	}
	return clauseFrom(toks, i, 2) // cut mid-clause: the complement alone ("were poor")
}

// clauseFrom returns how many words from toks[i], at least its first n,
// run on to a clause break, at most maxPredicateWords words: n alone when
// the clause runs on past that limit, and the run cut before a
// "between … and" left open (openBetween) otherwise.
func clauseFrom(toks []token, i, n int) int {
	first := n
	for !toks[i+n-1].trailing && i+n < len(toks) && n < maxPredicateWords && !breaksClause(toks[i+n]) {
		n++
	}
	if !toks[i+n-1].trailing && i+n < len(toks) && n == maxPredicateWords {
		return first
	}
	return openBetween(toks, i, n)
}

// breaksClause reports a word that opens another clause than a count's
// predicate: a clause cut ("and", "while"), a dash standing alone
// ("rejected the idea - with some …") or a word a quotation or bracket
// opens ("adults “said they …”", whose words are the quoted speakers').
func breaksClause(t token) bool {
	return is(cue.ClauseCuts, t.word) || t.opening || strings.IndexFunc(t.word, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
}

// endsClause reports whether toks[last] ends its clause: punctuation
// after it, the end of the sentence or a clause cut next. A verb alone
// before a preposition may lose its particle ("14 countries tuned" of
// "… tuned in to watch"), which a count of things need not risk.
func endsClause(toks []token, last int) bool {
	return toks[last].trailing || last+1 == len(toks) || breaksClause(toks[last+1])
}

// endsObject reports whether toks[last] ends the object of a verb before
// it: a clause break or a preposition follows ("killed 200 people in …"),
// not a complement ("made 1.5 million people homeless").
func endsObject(toks []token, last int) bool {
	return toks[last].trailing || last+1 == len(toks) || is(cue.ClauseCuts, toks[last+1].word) || is(cue.Prepositions, toks[last+1].word)
}
