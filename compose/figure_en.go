package compose

import (
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
