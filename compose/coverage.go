package compose

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/newsbrief/newsbrief/brief"
)

// coverage makes one "What others are reporting" entry per outlet other
// than the original: its article's URL; as framing, its headline when it
// frames the story differently from the brief's, and the sentence that
// adds most that the other sources do not; and a direct quote. Nothing in
// an entry repeats or restates another entry or a point the brief shows
// (shown). When the sentence that adds most gives a key figure the brief
// shows (figures), or restates the sentence of one, the entry has no such
// sentence: what the outlet adds most is in the brief already, and the
// next best is seldom worth a reader's time. An
// outlet whose report adds none of these gets no entry (it is still among
// the brief's sources).
func (c *corpus) coverage(original int, headline string, shown []int, figures []brief.Point, quotes []brief.Quote) []brief.Coverage {
	var out []brief.Coverage
	seenOutlet := map[string]bool{}
	if original >= 0 {
		seenOutlet[outletKey(c.docs, original)] = true
	}
	figSents := c.sentencesOf(figures)
	seenText := map[string]bool{}
	for _, q := range quotes {
		seenText[q.Text] = true // the Quotes section shows it already
	}
	for di, d := range c.docs {
		key := outletKey(c.docs, di)
		if di == original || seenOutlet[key] || strings.HasPrefix(key, "#") {
			continue
		}
		seenOutlet[key] = true
		e := brief.Coverage{Outlet: d.Outlet, URL: d.URL}
		if e.Outlet == "" {
			e.Outlet = d.Domain
		}
		for _, q := range c.docQuotes(di) {
			if !seenText[q.Text] && !c.holds(shown, q.Text) {
				e.Quote = q.Text
				seenText[q.Text] = true
				break
			}
		}
		var parts []string
		if t := strings.TrimSpace(d.Title); t != "" && c.headlineDiffers(t, headline, c.langs[di]) && !c.restatesShown(t, shown, c.langs[di]) {
			parts = append(parts, t)
		}
		if i := c.framing(di, e.Quote, seenText, shown); i >= 0 && !contains(figSents, i) && !c.restatesAny(i, figSents) {
			parts = append(parts, c.sents[i].text)
			seenText[c.sents[i].text] = true
			shown = append(shown, i)
		}
		e.Framing = strings.Join(parts, " — ")
		if e.Framing == "" && e.Quote == "" {
			continue // it would add nothing: the outlet stays in Sources
		}
		out = append(out, e)
	}
	return out
}

// outletKey names the outlet of document i; a document that names none
// gets a key of its own starting with "#", and no coverage entry, since
// readers could not tell whose report it is.
func outletKey(docs []brief.Document, i int) string {
	d := docs[i]
	for _, k := range []string{d.Outlet, d.Domain, d.URL} {
		if k != "" {
			return strings.ToLower(k)
		}
	}
	return "#" + strconv.Itoa(i)
}

// framing picks the sentence of document di that adds most that the other
// documents do not say: new terms and figures, weighed by the sentence's
// own importance. It is never the sentence of the entry's quote, nor a
// sentence that repeats or restates one already shown (restatesAny) or
// retells its event in other words (retellsEvent).
func (c *corpus) framing(di int, quote string, seen map[string]bool, shown []int) int {
	elsewhere := map[int]bool{}
	for _, s := range c.sents {
		if s.doc != di {
			for _, id := range s.ids {
				elsewhere[id] = true
			}
		}
	}
	best, bestVal := -1, 0.0
	var idx []int
	for i := range c.sents {
		s := &c.sents[i]
		if s.doc == di && s.candidate && !s.needsPrev && !seen[s.text] && (quote == "" || !strings.Contains(s.text, quote)) &&
			!contains(shown, i) && !c.restatesAny(i, shown) && !c.retellsEvent(i, shown) {
			idx = append(idx, i)
		}
	}
	sort.Ints(idx)
	for _, i := range idx {
		s := &c.sents[i]
		if len(s.ids) == 0 {
			continue
		}
		novel := 0
		for _, id := range s.ids {
			if !elsewhere[id] {
				novel++
			}
		}
		v := (float64(novel)/float64(len(s.ids)) + 0.2*float64(len(findFigures(s.text)))) * (0.5 + s.score)
		if v > bestVal {
			best, bestVal = i, v
		}
	}
	return best
}

// sentencesOf returns the sentences that hold the evidence of points: a
// key figure ("43 people were confirmed dead in …") is shown as a
// fragment, and a coverage line giving its sentence would show it again.
func (c *corpus) sentencesOf(points []brief.Point) []int {
	var out []int
	for _, p := range points {
		for _, e := range p.Evidence {
			for i := range c.sents {
				if s := &c.sents[i]; s.doc == e.Source && s.start <= e.Start && e.Start < s.end {
					out = append(out, i)
					break
				}
			}
		}
	}
	return out
}

// docQuotes returns the attributed quotes of one document.
func (c *corpus) docQuotes(di int) []brief.Quote {
	d := c.docs[di]
	var out []brief.Quote
	for _, q := range docQuotations(d.Text, paragraphs(d)) {
		out = append(out, brief.Quote{Text: d.Text[q.start:q.end], Speaker: q.speaker})
	}
	return out
}

// holds reports whether a shown sentence holds text (a quotation a point
// already quotes).
func (c *corpus) holds(shown []int, text string) bool {
	for _, i := range shown {
		if strings.Contains(c.sents[i].text, text) {
			return true
		}
	}
	return false
}

// restatesShown reports whether an outlet's headline says what a shown
// point already says: half its terms or more are in that point.
func (c *corpus) restatesShown(title string, shown []int, lang string) bool {
	a := terms(title, lang)
	for _, i := range shown {
		if !termsDiffer(a, terms(c.sents[i].text, lang)) {
			return true
		}
	}
	return false
}

// headlineDiffers reports whether an outlet's headline frames the story
// otherwise than the brief's headline.
func (c *corpus) headlineDiffers(title, headline, lang string) bool {
	return termsDiffer(terms(title, lang), terms(headline, lang))
}

// termsDiffer reports whether two texts' terms a and b differ: they share
// less than half of the shorter list (a text with no terms differs from
// none, except that one with terms differs from one without).
func termsDiffer(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return len(a) > 0
	}
	shared := 0
	for _, t := range a {
		if slices.Contains(b, t) {
			shared++
		}
	}
	return 2*shared < min(len(a), len(b))
}
