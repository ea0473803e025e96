package compose

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/cue"
)

// Thresholds of the "same facts" test.
const (
	// sameFactsOverlap is the share of the shorter sentence's distinct
	// terms two sentences that share a rare number or name must share to
	// state the same facts; sameFactsMinCosine is the cosine they need.
	sameFactsOverlap   = 0.5
	sameFactsMinCosine = 0.25
	// sameFigureOverlap and sameFigureMinCosine are the same for two
	// sentences that give the same figure ("47%", "800,000", "Nov. 4"): a
	// figure names one fact more surely than a word does.
	sameFigureOverlap   = 0.4
	sameFigureMinCosine = 0.2
	// containedOverlap is the share of the shorter sentence's distinct
	// terms (at least containedMinTerms of them) that the longer must
	// hold, with a cosine of containedMinCosine, for the shorter to restate
	// it with no figure or rare name in common ("WeWork is reportedly being
	// investigated by the New York State Attorney General" after "… an
	// inquiry from the office of the New York State Attorney General").
	containedOverlap   = 0.55
	containedMinTerms  = 5
	containedMinCosine = 0.3
	// sameQuoteMinCosine is the cosine two sentences that carry the same
	// quoted words (quotesWords) need to report the same statement.
	sameQuoteMinCosine = 0.15
	// quoteWordsCapital is the fewest words a quotation that opens with a
	// capital needs for quotesWords to read it.
	quoteWordsCapital = 8
	// sameQuoteRun is the fewest words in a row, a quotation's words among
	// them, that two sentences must share to give the same quoted words:
	// a short phrase ("sensitive information about the …") is often a phrase of the
	// story that another statement repeats.
	sameQuoteRun = 5
)

// sameFacts is the narrow "same facts" test that selection reads
// (repeats) when it picks each section's sentences: two sentences that
// share a rare number or name (anchors), at least sameFactsOverlap of the
// shorter one's distinct terms and a cosine of sameFactsMinCosine state
// the same facts; so do two sentences of one document that give the same
// quoted words (sameQuote), read from other outlets only by restates: as a
// test of selection across outlets it cost AllSides key-insight R-1 39.60
// → 39.55. Among key insights it is the only test beside the
// cosine: the wider one (restates) cost key-insight ROUGE on CNN/DailyMail,
// whose sentences often give the same figure or words for other facts
// ("the three names most likely to vote Tory" and "… to vote Labour").
func sameFacts(a, b *sent) bool {
	cos := similarity(a, b)
	if a.doc == b.doc && sameQuote(a, b, cos) {
		return true
	}
	if cos < sameFactsMinCosine {
		return false
	}
	shared := 0
	intersect(a.anchors, b.anchors, func(int, int) { shared++ })
	if shared == 0 {
		return false
	}
	terms := 0
	intersect(a.ids, b.ids, func(int, int) { terms++ })
	shorter := min(len(a.ids), len(b.ids))
	return shorter > 0 && float64(terms) >= sameFactsOverlap*float64(shorter)
}

// sameQuote reports whether a and b, of cosine cos, give the same quoted
// words (quotesWords).
func sameQuote(a, b *sent, cos float64) bool {
	return cos >= sameQuoteMinCosine && (quotesWords(a, b) || quotesWords(b, a))
}

// quotesWords reports whether b carries the words of a quotation of a,
// marks or none, in a run of at least sameQuoteRun words: two sentences that give the words someone said report
// one statement ("Finance Minister Sue Essex said it was a \"good deal\" …"
// and "Ms Essex said: \"This is a good deal for local government …"; "…
// would legalise euthanasia \"by the back door\"" and "… would allow
// euthanasia by the \"back door\""). A quotation of one word is none, nor
// is one of fewer than quoteWordsCapital words that opens with a capital:
// it is more often a title than words someone said (a campaign "Starts
// with one", a show "The Closer"), nor one a word such as "called" names
// ("what's called \"feather duvet lung\"", a name, not words said).
func quotesWords(a, b *sent) bool {
	var aw, bw []string // split only once a quotation counts
	for _, q := range quotations(a.text) {
		w := wordList(a.text[q.start:q.end])
		if r, _ := utf8.DecodeRuneInString(a.text[q.start:q.end]); len(w) < 2 || unicode.IsUpper(r) && len(w) < quoteWordsCapital || namedAfter(a.text[:q.open], a.lang) {
			continue
		}
		if aw == nil {
			aw, bw = wordList(a.text), wordList(b.text)
		}
		if from := len(wordList(a.text[:q.open])); sharedRun(aw, bw, from, from+len(w)) >= sameQuoteRun {
			return true
		}
	}
	return false
}

// sharedRun returns the length of the longest run of words that aw and bw
// share and that holds aw[from:to] whole, or 0.
func sharedRun(aw, bw []string, from, to int) int {
	best := 0
	if to > len(aw) {
		return 0
	}
	for k := 0; k+to-from <= len(bw); k++ {
		if !slices.Equal(aw[from:to], bw[k:k+to-from]) {
			continue
		}
		l, r := 0, 0
		for from-l > 0 && k-l > 0 && aw[from-l-1] == bw[k-l-1] {
			l++
		}
		for to+r < len(aw) && k+to-from+r < len(bw) && aw[to+r] == bw[k+to-from+r] {
			r++
		}
		best = max(best, to-from+l+r)
	}
	return best
}

// namedAfter reports whether before, the text before a quotation, ends
// with a word that names what follows (cue.WorkCalled: "called",
// "so-called", "dubbed").
func namedAfter(before, lang string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(f[len(f)-1])
	return cue.Has(lang, cue.WorkCalled, w[strings.LastIndex(w, "-")+1:])
}

// wordList returns the words of s in lower case: its runs of letters,
// digits and inner apostrophes ("don't").
func wordList(s string) []string {
	w := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
	out := w[:0]
	for _, x := range w {
		if x = strings.Trim(x, "'’"); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// restates is the "same facts" test of a brief as a whole, which the last
// pass (consolidate), the other outlets' coverage and the evidence a point
// cites read: it reports whether sentence a, read after b, tells facts b
// has told, though in other words. Beside sameFacts, a restates b when a
// gives no figure b does not (a figure of its own is a fact of its own:
// "… by Oct. 7 and be fully vaccinated by Nov. 4" after "… begins Oct.
// 7") and they share
//
//   - a figure and sameFigureOverlap of the shorter one's terms ("After
//     five months, it is just 47% effective at preventing infection" after
//     "… falling from a peak of 88% … to 47% six months later");
//   - or, with no figure in common, containedOverlap of the shorter one's
//     terms.
func restates(a, b *sent) bool {
	cos := similarity(a, b)
	if sameFacts(a, b) || a.doc != b.doc && sameQuote(a, b, cos) { // sameFacts tries sameQuote within a document
		return true
	}
	terms := 0
	intersect(a.ids, b.ids, func(int, int) { terms++ })
	shorter := min(len(a.ids), len(b.ids))
	if cos < sameFigureMinCosine || shorter == 0 {
		return false
	}
	overlap := float64(terms) / float64(shorter)
	shared, own := figuresOf(a, b)
	switch {
	case own:
		return false
	case shared:
		return overlap >= sameFigureOverlap
	}
	return cos >= containedMinCosine && shorter >= containedMinTerms && overlap >= containedOverlap
}

// restatesAny reports whether sentence i repeats (repeats) or restates
// one of others.
func (c *corpus) restatesAny(i int, others []int) bool {
	if c.repeats(i, others) {
		return true
	}
	for _, j := range others {
		if restates(&c.sents[i], &c.sents[j]) {
			return true
		}
	}
	return false
}

// figuresOf reports whether sentence a gives a figure that b gives too
// (shared), and one that b does not (own). A figure is a word that opens
// with a digit, after a currency sign or quotation mark, with its trailing
// punctuation cut ("47%", "$8", "800,000", "7st"); a year ("2019") dates
// many facts and is none. Numbers in words are none either: "one woman" and
// "one of the tenants" tell two facts.
func figuresOf(a, b *sent) (shared, own bool) {
	var fb []string
	for k, text := range [2]string{b.text, a.text} {
		for _, w := range strings.Fields(text) {
			w = strings.ToLower(strings.TrimRight(strings.TrimLeft(w, "\"'“‘([$£€"), ".,;:!?\"'”’)]"))
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsDigit(r) || isYear(w) {
				continue
			}
			switch {
			case k == 0:
				fb = append(fb, w)
			case slices.Contains(fb, w):
				shared = true
			default:
				own = true
			}
		}
	}
	return shared, own
}

// consolidate is the last say on repetition in a brief: it reads the
// chosen sentences in the order the brief shows them (Key insights, Why
// this matters, Summary, Risks, Opportunities, What we don't know yet,
// What's next) and leaves out a sentence that restates (restatesAny) what
// the reader has read before it: a point of an earlier section or an
// earlier point of its own section. Key insights, which come first, keep
// selection's test among themselves (sameFacts). A sentence that leans on
// the one before it goes with it.
func (c *corpus) consolidate(sel selection) selection {
	var shown []int
	for k, idx := range []*[]int{&sel.insights, &sel.why, &sel.summary, &sel.risks, &sel.opportunities, &sel.unknowns, &sel.next} {
		var out []int
		for _, i := range *idx {
			if c.sents[i].needsPrev && contains(*idx, i-1) && !contains(out, i-1) || // its referent was left out
				c.restatesAny(i, shown) || k > 0 && c.restatesAny(i, out) {
				continue
			}
			out = append(out, i)
		}
		*idx = out
		shown = append(shown, out...)
	}
	return sel
}
