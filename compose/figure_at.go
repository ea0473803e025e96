package compose

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/cue"
)

// figureAt builds the figure on the number toks[i]: its span, the index
// of its last token, and whether it says what it counts. The stages run
// in order: the amount with its scale and currency, what it measures after
// it (a unit, a noun, the whole it belongs to, what a change or a share is
// of), failing that before it (nounBefore), what happened to a count, and
// the words that complete it (a head noun, a range, a rate, a year).
func figureAt(toks []token, i int) (start, end, last int, ok bool) {
	f := newFigure(toks, i)
	ok = f.maturity() && f.measureAfter() && f.partOf() && f.changeOf() && f.shareOf()
	if ok {
		f.measureBefore()
		ok = f.measured && !(f.span && !f.compound) && !vacuous(toks, f.start, f.end)
	}
	ok = ok && f.countPredicate() && (f.currency || !eachAfter(toks, f.last))
	if !ok {
		return 0, 0, i, false
	}
	f.complete()
	return f.start, f.end, f.last, true
}

// figure is a figure being built on the number toks[i]: its span so far
// (start, end; last is the index of its last token) and what is known of
// it.
type figure struct {
	toks               []token
	i                  int
	start, end, last   int
	amountLast         int  // the amount's last word: a rate may follow it
	currency, percent  bool // a sum of money; a share
	compound           bool // "240-megawatt", "2-0"
	span               bool // a length or a time
	measured, quantity bool // what it measures is known; a unit of quantity follows it
}

// newFigure reads the amount on toks[i]: the number, a currency before or
// after it and its scale words ("£3.5 bn", "350 million USD", "53 per cent").
func newFigure(toks []token, i int) *figure {
	t := toks[i]
	f := &figure{toks: toks, i: i, start: t.start, end: t.end, last: i}
	f.currency = strings.ContainsAny(t.word, "$€£¥₩") || i > 0 && isCurrencyWord(toks[i-1].word)
	if i > 0 && isCurrencyWord(toks[i-1].word) {
		f.start = toks[i-1].start
	}
	f.percent = strings.HasSuffix(t.word, "%")
	f.compound = strings.Contains(strings.TrimLeft(t.word, "$€£¥₩"), "-") // "240-megawatt", "2-0"
	// a length or a time needs a compound: "a 14-kilometre tram line", not
	// "60m hurdles" or "23 minutes"
	f.span = !f.currency && (strings.HasSuffix(t.word, "km") || strings.HasSuffix(t.word, "m") && !f.compound)
	for !toks[f.last].trailing && f.last+1 < len(toks) && isScale(toks[f.last+1].word) {
		f.to(f.last + 1)
		f.percent = f.percent || toks[f.last].word == "percent" || toks[f.last].word == "cent"
	}
	if !toks[f.last].trailing && f.last+1 < len(toks) && isCurrencyWord(toks[f.last+1].word) && !strings.ContainsAny(toks[f.last+1].word, "$€£¥₩") {
		f.to(f.last + 1) // the currency after its amount: "350 million USD"
		f.currency = true
	}
	f.amountLast = f.last
	return f
}

// to makes toks[last] the figure's last token.
func (f *figure) to(last int) {
	f.last = last
	f.end = f.toks[last].end
}

// open reports whether toks[k] is not the sentence's last and no
// punctuation follows it.
func (f *figure) open(k int) bool { return !f.toks[k].trailing && k+1 < len(f.toks) }

// maturity is false for debt named by its term: "10-year notes", "the
// 30-year bond".
func (f *figure) maturity() bool {
	toks, i := f.toks, f.i
	return !(f.compound && !f.currency && i+1 < len(toks) && is(cue.MaturityNouns, toks[i+1].word) && is(cue.SpanUnits, compoundUnit(toks[i].word)))
}

// measureAfter reads what the figure measures, after it: a unit or up to
// three words ending on a noun; a plain count needs a plural noun or a
// unit ("15 league games"); a unit of quantity needs a noun after or
// before it ("an 82 kWh battery", "output of 55 MW"). Then the whole a
// count belongs to, by name: "45 members of the Gendarmerie Nationale",
// "1,000 employees of Acme Corp". It is always true: a figure may still be
// measured before its number.
func (f *figure) measureAfter() bool {
	toks := f.toks
	for k := 0; k < 3 && f.open(f.last); k++ {
		w := toks[f.last+1].word
		switch {
		case is(cue.QuantityUnits, w) && !f.measured && !f.quantity:
			f.to(f.last + 1)
			f.quantity = true
			continue
		case is(cue.Units, w):
			f.to(f.last + 1)
			f.measured = true
		case is(cue.SpanUnits, w) && !f.measured:
			f.to(f.last + 1)
			f.span = true
			continue
		case isPhraseWord(w):
			n := measureRun(toks, f.last+1, f.currency || f.compound || f.span || f.percent || f.quantity)
			if n == 0 {
				k = 3
				continue
			}
			f.to(f.last + n)
			f.measured = true
		default:
			k = 3
			continue
		}
		break
	}
	if f.measured && f.last > f.i && !toks[f.last].trailing && f.last+2 < len(toks) && toks[f.last+1].word == "of" {
		if n := nameRun(toks, f.last+2+leads(toks, f.last+2)); n > 0 {
			f.to(f.last + 1 + leads(toks, f.last+2) + n)
		}
	}
	return true
}

// partOf is false for a count of parts that does not say of what: "45
// members" ("12 crew members" says).
func (f *figure) partOf() bool {
	return !(f.measured && f.last == f.i+1 && is(cue.PartNouns, f.toks[f.last].word))
}

// changeOf extends a change to what changed ("20% rise in sales"), and is
// false for a change that does not say ("16% improvement").
func (f *figure) changeOf() bool {
	toks := f.toks
	if !f.measured || f.last <= f.i || !is(cue.ChangeNouns, toks[f.last].word) {
		return true
	}
	n := 0
	if !toks[f.last].trailing && f.last+2 < len(toks) && (toks[f.last+1].word == "in" || toks[f.last+1].word == "of") {
		n = measureRun(toks, f.last+2+leads(toks, f.last+2), true)
	}
	if n == 0 {
		return false
	}
	f.to(f.last + 1 + leads(toks, f.last+2) + n)
	return true
}

// shareOf extends a share to what it is of ("53% of voters", "30% of the
// country's households"). A share of people says what they did ("87% of
// respondents rejected the idea"): it is false when nothing they did
// follows, or a verb cut from its object ("79 percent of adults said"). A
// group by name with nothing they did may still have a noun before it
// ("approval of 64%").
func (f *figure) shareOf() bool {
	toks := f.toks
	if f.measured || !f.percent || toks[f.last].trailing || f.last+2 >= len(toks) || toks[f.last+1].word != "of" {
		return true
	}
	k := f.last + 2 + leads(toks, f.last+2)
	n := measureRun(toks, k, true)
	group := n == 0 && isGroupName(toks, k)
	if group {
		n = 1 // "9.1 percent of Americans", "53% of Democrats"
	}
	if n == 0 {
		return true
	}
	noun, did := k+n-1, 0
	if group || is(cue.PersonNouns, toks[noun].word) {
		did = sharePredicate(toks, noun)
		if did == 0 && !group {
			return false
		}
	}
	if !group || did > 0 {
		f.to(noun + did)
		f.measured = true
	}
	return true
}

// measureBefore reads what the figure measures before it, when nothing
// after it says: "turnout of 53%", "shares rose 4%", "claims dropped
// 36,000".
func (f *figure) measureBefore() {
	plain := !f.currency && !f.percent && f.last == f.i
	if f.measured || f.compound || f.span {
		return
	}
	if first, ok := nounBefore(f.toks, f.i, plain); ok {
		f.start, f.measured = f.toks[first].start, true
	}
}

// countPredicate takes what happened to a count ("1,000 adults were
// questioned for the research", "52 people died", "evacuated around 600
// people"); it is false for people counted with nothing that happened to
// them, and for a count that ends a longer subject ("a diploma to replace
// 14-19 qualifications is expected"; not "a rate of 20 cases is …", whose
// head agrees). It first starts the figure at its approximator ("more
// than 1,000 adults").
func (f *figure) countPredicate() bool {
	toks, i := f.toks, f.i
	if f.start == toks[i].start {
		f.start = toks[i-approximator(toks, i)].start
	}
	if f.currency || f.percent || f.last <= i || f.start != toks[i-approximator(toks, i)].start {
		return true
	}
	people := !f.compound && !f.quantity && is(cue.PersonNouns, toks[f.last].word)
	plain := people || !f.compound && !f.quantity && !f.span
	v := i - approximator(toks, i) - 1
	if disagrees(toks, f.last) && headOf(toks, v+1) == v+1 {
		return false
	}
	// after a comma a participle qualifies the count, and says nothing of
	// what happened ("16 men, described by …")
	if n := predicateAfter(toks, f.last+1); n > 0 && !toks[f.last].trailing {
		f.to(f.last + n)
	} else if n := pastVerbAfter(toks, f.last+1); n > 0 && !toks[f.last].trailing && plain && (people || n > 1 || endsClause(toks, f.last+1)) {
		f.to(f.last + n) // after: "52 people died", "14 earthquakes struck the region"
	} else if plain && v >= 0 && !toks[v].trailing && isPastVerb(toks[v].word) && endsObject(toks, f.last) {
		f.start = toks[v].start // before: "evacuated around 600 people", "sold 1.9 million copies"
	} else if people {
		return false
	}
	return true
}

// complete adds the words that complete a figure: the head noun a count
// is of ("annual target of 8,000 applications"), the other end of a range
// ("from £20m to £15m", "by 3 votes to 2"), the period of a rate ("cost
// £1.8bn a year", "25.9 new cases per 100,000 people") and the year a goal
// is set for ("by 2030").
func (f *figure) complete() {
	toks, i := f.toks, f.i
	if f.start == toks[i-approximator(toks, i)].start {
		f.start = toks[headOf(toks, i-approximator(toks, i))].start
	}
	if n := rangeEnd(toks, f.last); n > 0 {
		f.to(f.last + n)
	}
	if f.currency && f.last == f.amountLast || !f.currency && f.measured && f.last > f.amountLast {
		f.to(f.last + rateAfter(toks, f.last))
	}
	if !toks[f.last].trailing && f.last+2 < len(toks) && toks[f.last+1].word == "by" && isYear(toks[f.last+2].word) {
		f.to(f.last + 2)
	}
}
