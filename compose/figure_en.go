package compose

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/cue"
	"github.com/newsbrief/newsbrief/internal/words"
)

// token is a word of a sentence with its byte offsets.
type token struct {
	start, end int
	word       string // the word without surrounding punctuation, lower case
	trailing   bool   // punctuation follows the word
	upper      bool   // the word is capitalised
	opening    bool   // a bracket or quotation mark opens the word
}

func tokenize(s string) []token {
	var out []token
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if j > i {
			raw := s[i:j]
			core := strings.TrimRight(raw, ",.;:!?)]”\"'’")
			if strings.Count(core, ".") > 0 && strings.HasPrefix(raw[len(core):], ".") && !hasDigit(core) {
				core += "." // an abbreviation such as "U.S.", not a decimal ending a sentence ("$9.4bn.")
			}
			lead := len(core) - len(strings.TrimLeft(core, "(“\"‘'["))
			r, _ := utf8.DecodeRuneInString(core[lead:])
			out = append(out, token{start: i + lead, end: i + len(core), word: strings.ToLower(core[lead:]), trailing: len(core) < len(raw), upper: unicode.IsUpper(r), opening: lead > 0})
		}
		i = j
	}
	return out
}

// is reports whether w is a word of English list l (figures are found in
// English text only).
func is(l cue.List, w string) bool { return cue.Has("en", l, w) }

// isScale reports a word that multiplies a number or makes it a share.
func isScale(w string) bool { return w == "%" || is(cue.Scales, w) }

// findFigures returns the byte ranges of the figures of an English
// sentence that say what they count: a number with its unit and the noun
// it measures, after it ("$62 million bond", "90,000 homes", "a 14-kilometre
// tram line") or before it ("turnout of 53%", "shares rose 4%"). Dates,
// years, clock times, ordinals, list and chart positions ("No 1", "1's")
// and numbers that say nothing of what they count ("23 minutes", "£13m")
// are left out.
func findFigures(s string) [][2]int {
	toks := tokenize(s)
	var out [][2]int
	for i := 0; i < len(toks); i++ {
		if !isFigureNumber(toks, i) {
			continue
		}
		if start, end, last, ok := figureAt(toks, i); ok {
			out = append(out, [2]int{start, end})
			i = last
		}
	}
	return out
}

// isFigureNumber reports whether toks[i] is a number a figure may be
// built on: it starts with a digit or a currency sign and is not a date,
// year, time, ordinal, list position or a sentence number glued to the
// next word ("13.Coach").
func isFigureNumber(toks []token, i int) bool {
	w := strings.TrimLeft(toks[i].word, "$€£¥₩")
	if w == "" || !unicode.IsDigit(rune(w[0])) || isDateOrTime(toks, i) || isYear(w) || strings.HasPrefix(w, "0-") {
		return false // "0-60 mph": a range that names a test, not a figure
	}
	if strings.ContainsAny(w, "'’") || isOrdinal(w) || strings.ContainsRune(w, 'x') && !strings.HasSuffix(w, "x") {
		return false
	}
	if !hasNumberShape(w) {
		return false
	}
	if i > 1 && toks[i-1].upper && !toks[i-1].trailing && !words.IsStop(toks[i-1].word) && !isCurrencyWord(toks[i-1].word) && !strings.ContainsAny(toks[i-1].word, "$€£¥₩") {
		return false // part of a name: "Formula 4", "Radio 4", "Apollo 11"
	}
	if i > 0 && toks[i-1].trailing && isScore(toks[i-1].word) && isScore(w) {
		return false // the last of a list of set scores: "6-4, 6-3 victory" is no 6-3 win
	}
	if i > 0 && (is(cue.NumberLabels, strings.TrimSuffix(toks[i-1].word, ".")) || toks[i-1].word == "#") {
		return false // a label, not a count: "type 1 diabetes", "No 1", "Gate 3"
	}
	return true
}

// hasNumberShape reports a number, possibly a share, an amount with a
// scale ("£13m", "8million"), a unit ("55mw") or the first part of a
// compound ("240-megawatt", "2-0"), but not a time ("6pm"), a glued
// sentence number ("13.Coach") or a year range ("2013-14").
func hasNumberShape(w string) bool {
	head, _, compound := strings.Cut(w, "-")
	if compound && isYear(head) {
		return false
	}
	k := 0
	for k < len(head) && (head[k] >= '0' && head[k] <= '9' || head[k] == ',' || head[k] == '.' && k+1 < len(head) && head[k+1] >= '0' && head[k+1] <= '9') {
		k++
	}
	switch head[k:] {
	case "", "%", "m", "bn", "mn", "k", "million", "billion", "trillion", "mw", "gw", "kw", "km", "kg":
		return true
	}
	return false
}

// isScore reports a score or a tally in two numbers ("6-4", "252-175").
func isScore(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && a != "" && b != "" && strings.Trim(a, "0123456789") == "" && strings.Trim(b, "0123456789") == ""
}

// isOrdinal reports "15th", "1st", "79th-minute".
func isOrdinal(w string) bool {
	w, _, _ = strings.Cut(w, "-")
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && stem != "" && strings.Trim(stem, "0123456789,") == "" {
			return true
		}
	}
	return false
}

// figureAt builds the figure on the number toks[i]: its span, the index
// of its last token, and whether it says what it counts.
func figureAt(toks []token, i int) (start, end, last int, ok bool) {
	t := toks[i]
	start, end, last = t.start, t.end, i
	currency := strings.ContainsAny(t.word, "$€£¥₩") || i > 0 && isCurrencyWord(toks[i-1].word)
	if i > 0 && isCurrencyWord(toks[i-1].word) {
		start = toks[i-1].start
	}
	percent := strings.HasSuffix(t.word, "%")
	compound := strings.Contains(strings.TrimLeft(t.word, "$€£¥₩"), "-") // "240-megawatt", "2-0"
	// a length or a time needs a compound: "a 14-kilometre tram line", not
	// "60m hurdles" or "23 minutes"
	span := !currency && (strings.HasSuffix(t.word, "km") || strings.HasSuffix(t.word, "m") && !compound)
	for !toks[last].trailing && last+1 < len(toks) && isScale(toks[last+1].word) {
		last++
		percent = percent || toks[last].word == "percent" || toks[last].word == "cent"
		end = toks[last].end
	}
	if !toks[last].trailing && last+1 < len(toks) && isCurrencyWord(toks[last+1].word) && !strings.ContainsAny(toks[last+1].word, "$€£¥₩") {
		last++ // the currency after its amount: "350 million USD"
		end, currency = toks[last].end, true
	}
	amountLast := last // the amount's last word: a rate may follow it
	if compound && !currency && i+1 < len(toks) && is(cue.MaturityNouns, toks[i+1].word) && is(cue.SpanUnits, compoundUnit(t.word)) {
		return 0, 0, i, false // debt named by its term: "10-year notes", "the 30-year bond"
	}
	measured, quantity := false, false
	// What it measures, after it: a unit or up to three words ending on a
	// noun; a plain count needs a plural noun or a unit ("15 league games");
	// a unit of quantity needs a noun after or before it ("an 82 kWh
	// battery", "output of 55 MW").
	for k := 0; k < 3 && !toks[last].trailing && last+1 < len(toks); k++ {
		w := toks[last+1].word
		switch {
		case is(cue.QuantityUnits, w) && !measured && !quantity:
			last++
			end, quantity = toks[last].end, true
			continue
		case is(cue.Units, w):
			last++
			end, measured = toks[last].end, true
		case is(cue.SpanUnits, w) && !measured:
			last++
			end, span = toks[last].end, true
			continue
		case isPhraseWord(w):
			n := measureRun(toks, last+1, currency || compound || span || percent || quantity)
			if n == 0 {
				k = 3
				continue
			}
			last += n
			end, measured = toks[last].end, true
		default:
			k = 3
			continue
		}
		break
	}
	if measured && last > i && !toks[last].trailing && last+2 < len(toks) && toks[last+1].word == "of" {
		// the whole a count belongs to, by name: "45 members of the
		// Gendarmerie Nationale", "1,000 employees of Acme Corp"
		if n := nameRun(toks, last+2+leads(toks, last+2)); n > 0 {
			last = last + 1 + leads(toks, last+2) + n
			end = toks[last].end
		}
	}
	if measured && last == i+1 && is(cue.PartNouns, toks[last].word) {
		return 0, 0, i, false // "45 members": of what? ("12 crew members" says)
	}
	if measured && last > i && is(cue.ChangeNouns, toks[last].word) {
		// a change says what changed: "20% rise in sales", not "16% improvement"
		n := 0
		if !toks[last].trailing && last+2 < len(toks) && (toks[last+1].word == "in" || toks[last+1].word == "of") {
			n = measureRun(toks, last+2+leads(toks, last+2), true)
		}
		if n == 0 {
			return 0, 0, i, false
		}
		last = last + 1 + leads(toks, last+2) + n
		end = toks[last].end
	}
	if !measured && percent && !toks[last].trailing && last+2 < len(toks) && toks[last+1].word == "of" {
		// "53% of voters", "30% of the country's households"
		k := last + 2 + leads(toks, last+2)
		n := measureRun(toks, k, true)
		group := n == 0 && isGroupName(toks, k)
		if group {
			n = 1 // "9.1 percent of Americans", "53% of Democrats"
		}
		if n > 0 {
			noun, did := k+n-1, 0
			if group || is(cue.PersonNouns, toks[noun].word) {
				// a share of people says what they did: "87% of
				// respondents rejected the idea", not "87% of respondents"
				did = sharePredicate(toks, noun)
				if did == 0 && !group {
					return 0, 0, i, false // nothing they did, or a verb cut from its object ("79 percent of adults said")
				}
			}
			if !group || did > 0 { // a group by name with nothing they did may still have a noun before: "approval of 64%"
				last = noun + did
				end, measured = toks[last].end, true
			}
		}
	}
	if plain := !currency && !percent && last == i; !measured && !compound && !span {
		// What it measures, before it: "turnout of 53%", "shares rose 4%",
		// "claims dropped 36,000".
		if first, ok := nounBefore(toks, i, plain); ok {
			start, measured = toks[first].start, true
		}
	}
	if !measured || span && !compound || vacuous(toks, start, end) {
		return 0, 0, i, false
	}
	if start == t.start {
		start = toks[i-approximator(toks, i)].start // "more than 1,000 adults"
	}
	if !currency && !percent && last > i && start == toks[i-approximator(toks, i)].start {
		// a count with what happened to it: "1,000 adults were
		// questioned for the research"
		people := !compound && !quantity && is(cue.PersonNouns, toks[last].word)
		plain := people || !compound && !quantity && !span
		v := i - approximator(toks, i) - 1
		if disagrees(toks, last) && headOf(toks, v+1) == v+1 {
			return 0, 0, i, false // the count ends a longer subject: "a diploma to replace 14-19 qualifications is expected" (not "a rate of 20 cases is …", whose head agrees)
		}
		// after a comma a participle qualifies the count, and says
		// nothing of what happened ("16 men, described by …")
		if n := predicateAfter(toks, last+1); n > 0 && !toks[last].trailing {
			last += n
			end = toks[last].end
		} else if n := pastVerbAfter(toks, last+1); n > 0 && !toks[last].trailing && plain && (people || n > 1 || endsClause(toks, last+1)) {
			// a count says what happened to it, after ("52 people died",
			// "14 earthquakes struck the region")
			last += n
			end = toks[last].end
		} else if plain && v >= 0 && !toks[v].trailing && isPastVerb(toks[v].word) && endsObject(toks, last) {
			// or before it ("evacuated around 600 people", "sold 1.9
			// million copies")
			start = toks[v].start
		} else if people {
			return 0, 0, i, false // people counted need what happened to them
		}
	}
	if !currency && eachAfter(toks, last) {
		return 0, 0, i, false // a share of each member of a group it does not name: "1 million wasted doses each"
	}
	if start == toks[i-approximator(toks, i)].start {
		start = toks[headOf(toks, i-approximator(toks, i))].start // "annual target of 8,000 applications"
	}
	if n := rangeEnd(toks, last); n > 0 {
		last += n // "from £20m to £15m", "by 3 votes to 2"
		end = toks[last].end
	}
	if currency && last == amountLast || !currency && measured && last > amountLast {
		last += rateAfter(toks, last) // "cost £1.8bn a year", "25.9 new cases per 100,000 people"
		end = toks[last].end
	}
	if !toks[last].trailing && last+2 < len(toks) && toks[last+1].word == "by" && isYear(toks[last+2].word) {
		last += 2
		end = toks[last].end
	}
	return start, end, last, true
}

// rateAfter returns how many words after toks[last] give the period a
// sum is paid in ("£1.8bn a year", "$40 per month", "£2m annually"): a
// sum without it reads as paid once; 0 when none follows.
func rateAfter(toks []token, last int) int {
	if toks[last].trailing || last+1 >= len(toks) {
		return 0
	}
	switch w := toks[last+1].word; {
	case w == "annually" || w == "yearly" || w == "monthly" || w == "weekly":
		return 1
	case (w == "a" || w == "per" || w == "an" || w == "each" || w == "every") && !toks[last+1].trailing && last+2 < len(toks):
		if isPeriod(toks[last+2].word) {
			return 2 // "a year", "each year"
		}
		if w == "per" && isFigureNumber(toks, last+2) && !toks[last+2].trailing && last+3 < len(toks) {
			if n := measureRun(toks, last+3, false); n > 0 {
				return 2 + n // a count per so many of a population: "per 100,000 people"
			}
		}
	}
	return 0
}

// eachAfter reports a count followed by "each" or "apiece": it gives what
// each member of a group has, and the figure does not name the group
// ("four chains reported more than 1 million wasted doses each"); "each
// year" is a rate (rateAfter).
func eachAfter(toks []token, last int) bool {
	if toks[last].trailing || last+1 >= len(toks) || toks[last+1].word != "each" && toks[last+1].word != "apiece" {
		return false
	}
	return toks[last+1].trailing || last+2 == len(toks) || !isPeriod(toks[last+2].word)
}

// isPeriod reports a word for the period a rate is counted in ("year").
func isPeriod(w string) bool {
	switch w {
	case "year", "month", "week", "day", "annum", "hour":
		return true
	}
	return false
}

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
	n := 1
	for !toks[i+n-1].trailing && i+n < len(toks) && n < maxPredicateWords && !breaksClause(toks[i+n]) {
		n++
	}
	if !toks[i+n-1].trailing && i+n < len(toks) && n == maxPredicateWords {
		return 1 // cut mid-clause: the verb alone ("52 people died")
	}
	return openBetween(toks, i, n)
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
	n := 2
	for !toks[i+n-1].trailing && i+n < len(toks) && n < maxPredicateWords && !breaksClause(toks[i+n]) {
		n++
	}
	if !toks[i+n-1].trailing && i+n < len(toks) && n == maxPredicateWords {
		return 2 // cut mid-clause: the complement alone ("were poor")
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
	for k := first; k < j; k++ {
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
