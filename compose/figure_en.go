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
