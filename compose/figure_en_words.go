package compose

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsbrief/newsbrief/internal/cue"
	"github.com/newsbrief/newsbrief/internal/words"
)

// The word classes figures are built from: verbs, nouns, units, dates
// and the words that end or link a noun phrase.

// isPastVerb reports a verb in the past ("killed", "evacuated", "died",
// "fled", "lost"), not "aged", which says who a count is ("7,687 people
// aged over 45"), not what happened to them.
func isPastVerb(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "ed") && w != "aged" || is(cue.IrregularParticiples, w) || is(cue.IrregularPasts, w)
}

// isBeForm reports a form of "be", which makes a participle after it passive.
func isBeForm(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been":
		return true
	}
	return false
}

// isParticipleWord reports a past participle ("questioned", "killed",
// "received") or a word in -ing ("rising").
func isParticipleWord(w string) bool {
	if w == "being" || w == "having" {
		return false // "are being", "have having": an auxiliary, no participle yet
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) || is(cue.IrregularParticiples, w)
}

// compoundUnit returns the word after a compound's number ("year" of
// "10-year").
func compoundUnit(w string) string {
	_, unit, _ := strings.Cut(w, "-")
	unit, _, _ = strings.Cut(unit, "-")
	return unit
}

// vacuous reports a figure whose only word besides its number, unit and
// links (a perfect's "have" among them) says that it is a number ("total
// of 3.78 million", "10% figure", "figure has risen to 3.78 million").
func vacuous(toks []token, start, end int) bool {
	nouns, empty := 0, 0
	for _, t := range toks {
		if t.start < start || t.end > end || hasDigit(t.word) || isScale(t.word) || is(cue.FigureLinks, t.word) || is(cue.FigureLeads, t.word) || isCurrencyWord(t.word) || isHave(t.word) {
			continue
		}
		nouns++
		if is(cue.VacuousMeasures, t.word) {
			empty++
		}
	}
	return nouns > 0 && nouns == empty
}

// leads counts the FigureLeads words from toks[i] ("the", "its").
func leads(toks []token, i int) int {
	n := 0
	for i+n < len(toks) && n < 2 && is(cue.FigureLeads, toks[i+n].word) && !toks[i+n].trailing {
		n++
	}
	return n
}

// isLyAdverb reports an adverb in -ly ("really"), not a noun in -ly.
func isLyAdverb(w string) bool {
	return strings.HasSuffix(w, "ly") && !is(cue.LyNouns, strings.ToLower(w))
}

// measureRun returns how many words from toks[i] say what a number
// measures: up to three measure words, ending on a plural noun or a unit
// unless anyNoun (after money, a share or a compound such as
// "240-megawatt", a singular noun does: "$62 million bond"); 0 when none
// do. After an adverb in -ly the singular is a verb ("16% really
// understand"): only a plural or a unit ends the run there.
func measureRun(toks []token, i int, anyNoun bool) int {
	best := 0
	for k := 0; k < 3 && i+k < len(toks); k++ {
		t := toks[i+k]
		if t.opening || !is(cue.Units, t.word) && (t.upper || !isPhraseWord(t.word)) {
			break
		}
		if is(cue.Units, t.word) || isMeasureWord(t.word) && isCountNoun(t.word) {
			return k + 1
		}
		if isLyAdverb(t.word) {
			anyNoun = false
		}
		if anyNoun && isMeasureWord(t.word) {
			best = k + 1
		}
		if t.trailing {
			break
		}
	}
	if best > 0 && !toks[i+best-1].trailing && i+best < len(toks) {
		next := toks[i+best].word
		if best < 3 && isGerundNoun(toks, i+best) {
			return best + 1 // a compound ending on a noun in -ing: "11 kW onboard charging as standard"
		}
		if isMeasureWord(next) && !is(cue.Units, next) {
			return 0 // cut inside a noun phrase longer than three words: "£8bn social" of "£8bn social care budget rise"
		}
		if strings.HasSuffix(next, "ing") && isPhraseWord(next) && !toks[i+best].trailing && i+best+1 < len(toks) && !toks[i+best+1].upper && isMeasureWord(toks[i+best+1].word) {
			return 0 // cut before a modifier in -ing and its noun: "$3.5 trillion social welfare" of "… social welfare spending bill"
		}
		if strings.HasSuffix(next, "'s") || strings.HasSuffix(next, "’s") {
			return 0 // cut before a possessive noun: "33% of the entire" of "… the entire country's deposits"
		}
		if (next == "and" || next == "or") && !toks[i+best].trailing && i+best+2 < len(toks) && isPhraseWord(toks[i+best+1].word) && !toks[i+best+1].trailing && isPhraseWord(toks[i+best+2].word) {
			return 0 // cut at a coordination: "£8bn social" of "£8bn social and affordable housing programme"
		}
	}
	return best
}

// isGerundNoun reports whether toks[k], a lower-case word in -ing, ends
// the noun phrase before it rather than opening a clause: a preposition,
// a conjunction or punctuation follows it, not an object ("onboard
// charging as standard", not "deal giving Apple").
func isGerundNoun(toks []token, k int) bool {
	if !strings.HasSuffix(toks[k].word, "ing") || !isPhraseWord(toks[k].word) {
		return false
	}
	return toks[k].trailing || k+1 == len(toks) || is(cue.Prepositions, toks[k+1].word) || is(cue.ClauseCuts, toks[k+1].word)
}

// isCountNoun reports a noun that ends what a plain count counts: a
// plural ("games", "journalists") or a noun for people with no -s
// ("women", "children": "35% of women", not "35% of women earn"), but not
// a noun whose singular ends in -s as well ("a 2-1 series victory", "a
// species").
func isCountNoun(w string) bool {
	if is(cue.PersonNouns, w) {
		return true
	}
	return isPlural(w) && w != "series" && w != "species"
}

// isPlural reports a word that looks like a plural noun ("games",
// "journalists"), not "business" or "status".
func isPlural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.ContainsAny(w, "'’") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// maxWordsBefore is how many words before a figure may name what it
// measures when no word after it does ("electoral roll fell by 17.5%").
const maxWordsBefore = 3

// nounBefore returns the first token of the noun a figure toks[i]
// measures when link words join them ("turnout of 53%", "shares rose
// 4%", "fee over £35m"): up to two FigureLinks words right before the
// number, and one to maxWordsBefore words before those that are not
// function words, pronouns or verbs in -ing.
func nounBefore(toks []token, i int, plain bool) (int, bool) {
	j := i
	if j > 0 && isCurrencyWord(toks[j-1].word) {
		j--
	}
	if toks[j].opening {
		return 0, false
	}
	if a := approximator(toks, j); a > 0 && j-a > 0 && is(cue.FigureLinks, toks[j-a-1].word) && !toks[j-a-1].trailing {
		j -= a // "cases have risen by more than 50 percent", not "fee over £35m", whose "over" links
	}
	links := 0
	for links < 3 && j > 0 && !toks[j-1].trailing && is(cue.FigureLinks, toks[j-1].word) {
		j--
		links++
	}
	if links == 0 || links == 1 && toks[j].word == "to" {
		return 0, false // "to" alone points at a target, not a measure: "a vaccine shot to 70%"
	}
	byAlone := links == 1 && toks[j].word == "by" // the noun is the object of a verb before it ("raises their output by up to 10%")
	if plain && (is(cue.Prepositions, toks[j].word) || !isPastVerb(toks[j].word) && !strings.HasSuffix(toks[j].word, "s")) {
		return 0, false // a number alone needs a verb of change or amount: "claims dropped 36,000", not "claims of 36,000"
	}
	if j > 1 && isHave(toks[j-1].word) && !toks[j-1].trailing {
		j-- // a perfect: "sales have increased by 5%", "cases have risen by 50 percent"
	}
	// a verb of change links a clause's subject; "of", "at", "worth" link
	// a noun wherever it stands ("in a deal worth $9.4bn")
	verbLink := !is(cue.Prepositions, toks[j].word) && (isPastVerb(toks[j].word) || strings.HasSuffix(toks[j].word, "s"))
	if j > 1 && (toks[j-1].word == "that" || toks[j-1].word == "which") && !toks[j-2].trailing && isNounWord(toks[j-2].word) {
		j--              // "repairs that cost €12 million"
		verbLink = false // the relative's antecedent is its subject wherever it stands ("for a horse that cost £12,000")
	}
	if j > 1 && isModal(toks[j-2].word) || j > 2 && isLyAdverb(toks[j-2].word) && isModal(toks[j-3].word) {
		return 0, false // "expected to grow by 5.9%", "will climb by $154", "could potentially affect up to 100 million": a verb, not a noun
	}
	nounEnd := j // the noun ends before nounEnd
	if j > 1 && isBracketedAbbreviation(toks[j-1]) && !toks[j-2].trailing {
		nounEnd-- // "consumer price index (CPI) rose 0.3 percent"
	}
	first := nounEnd
	for k := 0; k < maxWordsBefore && first > 0; k++ {
		prev := toks[first-1]
		if prev.trailing || (first == j || first < nounEnd) && toks[first].opening || !isNounWord(prev.word) && !(first < j && isGerundModifier(prev.word)) {
			break
		}
		first--
	}
	if plain && (first == nounEnd || toks[nounEnd-1].upper || !isCountNoun(toks[nounEnd-1].word)) {
		return 0, false // a number alone counts the plural before it: "claims dropped 36,000", not "Lakers lost 98"
	}
	// a verb in -ed is the action, not what is counted ("have donated over
	// $1.2 million", "copies started at $200"), unless it follows the noun
	// it qualifies and an infinitive follows it ("package projected to
	// cost $3.5 trillion")
	for k := first; k < nounEnd; k++ { // not a bracketed abbreviation: "index (Closed) rose 5%"
		if isEdVerb(toks[k].word) && (k == first || k < j-1 || toks[j].word != "to") {
			first = k + 1
		}
	}
	if first > 1 && first < j && (toks[first-1].word == "of" || toks[first-1].word == "for") && !toks[first-2].trailing && !toks[first-1].trailing && isNounWord(toks[first-2].word) {
		return 0, false // the complement of a longer noun: "state benefits" of "claims for state benefits fell to 3.24 million"
	}
	if byAlone && first < nounEnd {
		return verbBefore(toks, first)
	}
	if first < nounEnd && nounEnd-1 > 0 && toks[nounEnd-1].upper && links == 1 && toks[j].word == "of" {
		return 0, false // a name is not measured by "of": "Ruth Beardmore of nearly £400,000"
	}
	if p := first - 1; verbLink && !hasEdVerb(toks[first:nounEnd]) && (p > 0 && is(cue.Determiners, toks[p].word) && !toks[p].trailing || p >= 0 && is(cue.Prepositions, toks[p].word)) {
		if p > 0 && is(cue.Determiners, toks[p].word) {
			p--
		}
		if w := toks[p].word; is(cue.Prepositions, w) && !isClauseLink(w) && !toks[p].trailing {
			return 0, false // the object of a preposition: "UK" of "films produced in the UK fell 40%" (not "to", "by", "from" after a verb of change: "increased to a maximum of £10,000")
		}
	}
	return first, first < nounEnd
}

// verbBefore returns the verb whose object starts at toks[first], a
// determiner or possessive aside, when a figure links to that object by
// "by" alone: the verb says what changed it ("raises their output by up
// to 10%", "lifted Sina's shares by more than 10%"). Without such a verb
// the noun and "by" say nothing of the change.
func verbBefore(toks []token, first int) (int, bool) {
	if first > 0 && toks[first-1].word == "to" || isPastVerb(toks[first].word) {
		return first, true // the noun words begin with the verb: "to reduce farm subsidies by $587m", "cut taxes by 6.5bn euros"
	}
	v := first - 1
	if v >= 0 && is(cue.Determiners, toks[v].word) && !toks[v].trailing {
		v--
	}
	if v < 0 || toks[v].trailing || toks[v].upper || strings.HasSuffix(toks[v].word, "ing") || isLyAdverb(toks[v].word) {
		return 0, false // no verb, or one in -ing whose subject the figure leaves out ("outstripping demand by about 30%")
	}
	infinitive := v > 0 && (toks[v-1].word == "to" || isModal(toks[v-1].word)) // "to raise its dividend by 11%"
	if !isPastVerb(toks[v].word) && !infinitive && !(v+1 < first && strings.HasSuffix(toks[v].word, "s")) {
		return 0, false
	}
	return v, true
}

// isClauseLink reports a word of the preposition list that opens a
// clause rather than a noun's complement ("while the Nasdaq rose 0.9%"),
// or that follows a verb of change ("increased to a maximum of £10,000",
// "by", "from"): the noun after it may be what a figure measures.
func isClauseLink(w string) bool {
	switch w {
	case "while", "when", "because", "as", "to", "by", "from":
		return true
	}
	return false
}

// hasEdVerb reports whether toks hold a verb in -ed: a noun a participle
// qualifies ("package projected to cost $3.5 trillion") is what the figure
// measures wherever it stands.
func hasEdVerb(toks []token) bool {
	return slices.ContainsFunc(toks, func(t token) bool { return isEdVerb(t.word) })
}

// isHave reports a form of "have", which makes a perfect of the verb after it.
func isHave(w string) bool { return w == "have" || w == "has" || w == "had" }

// isBracketedAbbreviation reports a capitalised word alone in brackets
// after the noun it abbreviates ("(CPI)").
func isBracketedAbbreviation(t token) bool {
	return t.opening && t.trailing && t.upper && len(t.word) <= 6 && !hasDigit(t.word)
}

// isGerundModifier reports a word in -ing that may modify the noun after
// it ("spending limits", "operating profit"): isNounWord but for its end.
func isGerundModifier(w string) bool {
	stem, ok := strings.CutSuffix(w, "ing")
	return ok && len(stem) >= 3 && isNounWord(stem)
}

// maxNameRun is the most capitalised words nameRun takes.
const maxNameRun = 4

// nameRun returns how many capitalised words from toks[i] make a name, up
// to maxNameRun and the first punctuation; 0 when none do.
func nameRun(toks []token, i int) int {
	n := 0
	for i+n < len(toks) && n < maxNameRun && toks[i+n].upper && !toks[i+n].opening && !hasDigit(toks[i+n].word) {
		n++
		if toks[i+n-1].trailing {
			return n
		}
	}
	if i+n < len(toks) && n > 0 && (isMeasureWord(toks[i+n].word) || toks[i+n].opening) {
		return 0 // a name that qualifies a noun: "doses of the Pfizer vaccine", "of the Pfizer (PFE"
	}
	return n
}

// isEdVerb reports a word in -ed long enough to be a verb, not a noun
// such as "speed" or "seed".
func isEdVerb(w string) bool { return len(w) >= 6 && strings.HasSuffix(w, "ed") }

// isModal reports a word that a verb follows ("to", "will", "was").
func isModal(w string) bool {
	switch w {
	case "to", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "did", "does", "do",
		"was", "were", "is", "are", "be", "been", "being": // "was cut by 60%": a participle, not a noun
		return true
	}
	return false
}

// isNounWord reports a word that may be part of the noun phrase before a
// figure: not a function word, pronoun, clause word or verb in -ing.
func isNounWord(w string) bool {
	if len(w) < 2 || hasDigit(w) || strings.IndexFunc(w, unicode.IsLetter) < 0 || words.IsStop(w) || isScale(w) || is(cue.ClauseWords, w) || is(cue.FigureLeads, w) || is(cue.NotMeasures, w) || is(cue.FigureLinks, w) {
		return false
	}
	if is(cue.SpanUnits, w) || is(cue.QuantityUnits, w) {
		return false // "1.5 km at 7.2%": a unit is no noun a figure measures
	}
	return !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly")
}

func hasDigit(w string) bool { return strings.IndexFunc(w, unicode.IsDigit) >= 0 }

func isCurrencyWord(w string) bool {
	switch w {
	case "$", "us$", "€", "£", "¥", "₩", "usd", "eur", "gbp", "krw", "jpy", "rs", "rs.":
		return true
	}
	return false
}

func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == ""
}

// isDateOrTime reports a number that is part of a date or a clock time.
func isDateOrTime(toks []token, i int) bool {
	w := toks[i].word
	if strings.ContainsAny(w, ":/") || strings.Count(w, "-") > 1 {
		return true
	}
	return i > 0 && is(cue.Months, toks[i-1].word) || i+1 < len(toks) && is(cue.Months, toks[i+1].word)
}

// isPhraseWord reports a lower-case word that may stand inside what a
// number measures ("floating" in "240-megawatt floating solar farm"), and
// no number in words, which starts another count ("41 four days").
func isPhraseWord(w string) bool {
	if len(w) < 3 || isScale(w) || is(cue.Months, w) || is(cue.NotMeasures, w) || is(cue.NumberWords, w) || words.IsStop(w) || is(cue.ClauseWords, w) || is(cue.FigureLinks, w) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return true
}

// isMeasureWord reports a lower-case noun-like word that can say what a
// number measures ("bond", "containers"): a phrase word that is not an
// adverb or a verb in -ed or -ing, nor an irregular past ("$177 million
// spent").
func isMeasureWord(w string) bool {
	return isPhraseWord(w) && !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !is(cue.IrregularParticiples, w) && !is(cue.IrregularPasts, w)
}
