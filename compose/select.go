package compose

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/newsbrief/newsbrief/internal/cue"
)

// Thresholds of selection.
const (
	// duplicateSimilarity is the cosine above which two sentences of one
	// source say mostly the same thing and only the better one is picked.
	duplicateSimilarity = 0.5
	// leadRetellSimilarity is the cosine above which the leads of two
	// sources of a story retell the same news (bothLeads).
	leadRetellSimilarity = 0.2
	// maxWhyItMatters is the most points Why it matters gets: the
	// article's own statement of significance is one sentence; a second
	// was mostly background.
	maxWhyItMatters = 1
	// summaryNovelty is the cosine with a point already shown from which a
	// sentence is no Summary point (maximal marginal relevance): the
	// Summary tells the rest of the story, and a sentence this close to a
	// shown point mostly retells it. On the blind dev judging of
	// testdata/quality/dev.txt, the summary points it removes were judged
	// redundant 5 times in 25 (20%), the ones it keeps 6 in 63 (10%).
	summaryNovelty = 0.2
	// maxPairWords is the most words a sentence and the one leaning on it,
	// shown as one point, may have together to take one place among the key
	// insights: a reader reads them as one point ("Five unions will meet
	// John Prescott. They want …"); a longer pair takes two places, as it
	// does in the other sections. On summbench it was chosen on the tuning
	// parts (testdata/quality/dev-annot.md, wave 5); 0 takes the rule back.
	maxPairWords = 35
	// labelScoreWeight is how much a sentence's rank counts, beside its cue
	// score, in ordering the sentences of a labelled section.
	labelScoreWeight = 0.2
)

// selection is what each section shows, as sentence indexes, best first.
type selection struct {
	insights, risks, opportunities, unknowns, next, why, summary []int
}

// choose picks every section's sentences, at most n each, in the order a
// reader meets the sections; no sentence, and no sentence that says the
// same as one already shown, appears twice in the brief.
func (c *corpus) choose(n int) selection {
	var sel selection
	var shown []int
	next := func(ranked []int, n int) []int {
		picked := c.pick(ranked, n, shown, nil)
		shown = append(shown, picked...)
		return picked
	}
	// The key insights come first; Why this matters then takes the
	// statement of the story's significance that is left (whyRanked). On
	// a page built of lines (listPages) a key insight ends as a written
	// sentence does (endsStatement). A sentence the writer labels as why
	// the story matters (significanceLabel) is left to Why this matters.
	lists := c.listPages()
	insight := func(s *sent) bool {
		return s.cue.Label != cue.Unknown && !s.labelledWhy && (!lists[s.doc] || endsStatement(s.text))
	}
	sel.insights = c.pick(c.byScore(insight), n, shown, c.headlineTerms())
	shown = append(shown, sel.insights...)
	sel.why = next(c.whyRanked(), min(n, maxWhyItMatters))
	sel.risks = next(c.byLabel(cue.Risk), n)
	sel.opportunities = next(c.byLabel(cue.Opportunity), n)
	sel.unknowns = next(c.byLabel(cue.Unknown), n)
	sel.next = next(c.byScore(func(s *sent) bool { return s.next > 0 && !opensWithQuote(s.text) }), n)
	sel.summary = next(c.byScore(func(s *sent) bool { return c.maxSimilarityTo(s, shown) < summaryNovelty }), n)
	return sel
}

// all lists every chosen sentence.
func (sel selection) all() []int {
	return concat(sel.insights, sel.why, sel.risks, sel.opportunities, sel.unknowns, sel.next, sel.summary)
}

// byScore returns the indexes of candidate sentences that keep accepts
// (all when keep is nil), best first; ties go to the earlier sentence so
// the result is deterministic.
func (c *corpus) byScore(keep func(*sent) bool) []int {
	var idx []int
	for i := range c.sents {
		if c.sents[i].candidate && (keep == nil || keep(&c.sents[i])) {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return c.sents[idx[a]].score > c.sents[idx[b]].score })
	return idx
}

// byLabel returns the indexes of candidate sentences the cue classifier
// gives label, most confident first.
func (c *corpus) byLabel(label cue.Label) []int {
	idx := c.byScore(func(s *sent) bool { return s.cue.Label == label })
	sort.SliceStable(idx, func(a, b int) bool {
		sa, sb := &c.sents[idx[a]], &c.sents[idx[b]]
		return sa.cue.Score+labelScoreWeight*sa.score > sb.cue.Score+labelScoreWeight*sb.score
	})
	return idx
}

// pick is the one selection routine: it takes up to n sentences from
// ranked, best first, skipping any in avoid and any that repeats a
// sentence already picked or in avoid; outside the key insights (met nil)
// also any that retells in other words the event another source's
// sentence, picked or in avoid, tells (retellsEvent). Among the key
// insights that test is left out: each outlet's retelling of the news
// there costs key-insight ROUGE on multi-outlet stories, whose reference
// summaries retell every side's lead (testdata/quality/wave7-redund.md). A sentence that leans on the
// sentence before it ("But it may …") is taken only with that sentence:
// after it, or together with it when there is room for both and the
// sentence before may be a point too (the repair the reader needs: the
// referent shown just before).
//
// With met non-nil (the terms of the headline: the key insights), a
// sentence that refers to a person or thing met in no earlier pick nor in
// met ("Ms Ziuzina", "The plan") is taken likewise only after the earlier
// sentence that introduces it (introducer), and not at all when no
// sentence does; and a sentence taken with the one it leans on takes one
// of the n places with it when the two are short (places).
func (c *corpus) pick(ranked []int, n int, avoid []int, met []string) []int {
	var picked []int
	used := 0 // places taken of n
	fresh := func(i int) bool {
		return !contains(avoid, i) && !contains(picked, i) && !c.repeats(i, picked) && !c.repeats(i, avoid) &&
			(met != nil || !c.retellsEvent(i, picked) && !c.retellsEvent(i, avoid))
	}
	take := func(idx ...int) {
		picked = append(picked, idx...)
		used += c.places(idx, met != nil)
		for _, i := range idx {
			if met != nil {
				met = append(met, c.sents[i].terms...)
			}
		}
	}
	for _, i := range ranked {
		if used >= n {
			break
		}
		p := -1 // the sentence i must follow
		if c.sents[i].needsPrev && !contains(picked, i-1) {
			p = i - 1 // needsPrev holds only when the sentence before is in its paragraph
		} else if met != nil {
			j, ok := c.introducer(i, met)
			if !ok {
				continue
			}
			if !contains(picked, j) {
				p = j
			}
		}
		if p < 0 {
			if fresh(i) {
				take(i)
			}
			continue
		}
		if used+c.places([]int{p, i}, met != nil) <= n && c.sents[p].candidate && (!c.sents[p].needsPrev || contains(picked, p-1)) && fresh(p) && fresh(i) {
			take(p, i)
		}
	}
	return picked
}

// places returns how many of a section's places the sentences idx, picked
// together, take: one each, but a sentence and the one leaning on it take
// one between them among the key insights (insights) when they show as one
// point (joinable) of at most maxPairWords words, as a reader reads them.
func (c *corpus) places(idx []int, insights bool) int {
	if !insights || len(idx) != 2 {
		return len(idx)
	}
	first := len(strings.Fields(c.sents[idx[0]].text))
	if !c.joinable(idx[0], idx[1], first) || first+len(strings.Fields(c.sents[idx[1]].text)) > maxPairWords {
		return 2
	}
	return 1
}

// repeats reports whether sentence i says the same as one of others: a
// near copy in the same source, a retelling from another source, the
// same facts in other words (sameFacts), or the lead of another source
// (bothLeads). Two of others that make one point, the second leaning on
// the first ("Five unions will meet John Prescott. They want …"), state
// their facts together: i repeats them when it states what the two do
// ("The five unions meeting Mr Prescott want …").
func (c *corpus) repeats(i int, others []int) bool {
	for _, j := range others {
		limit := duplicateSimilarity
		if c.sents[i].doc != c.sents[j].doc {
			limit = retellSimilarity
		}
		if similarity(&c.sents[i], &c.sents[j]) > limit || sameFacts(&c.sents[i], &c.sents[j]) || c.bothLeads(i, j) {
			return true
		}
		if c.sents[j].needsPrev && contains(others, j-1) {
			if u := c.joined(j-1, j); sameFacts(&c.sents[i], &u) {
				return true
			}
		}
	}
	return false
}

// joined returns sentences a and b, the second of which leans on the
// first, as the one point a reader reads ("Five unions will hold talks
// with John Prescott. They want the government to withdraw …"): its terms,
// anchors and vector are both sentences'.
func (c *corpus) joined(a, b int) sent {
	sa, sb := &c.sents[a], &c.sents[b]
	u := sent{
		ids:     slices.Compact(slices.Sorted(slices.Values(slices.Concat(sa.ids, sb.ids)))),
		anchors: slices.Compact(slices.Sorted(slices.Values(slices.Concat(sa.anchors, sb.anchors)))),
		vec:     make(map[string]float64, len(sa.vec)+len(sb.vec)),
	}
	norm := 0.0
	for _, v := range []map[string]float64{sa.vec, sb.vec} {
		for t, w := range v {
			u.vec[t] += w
		}
	}
	for _, w := range u.vec {
		norm += w * w
	}
	if norm = math.Sqrt(norm); norm > 0 {
		for t := range u.vec {
			u.vec[t] /= norm
		}
	}
	return u
}

// concat joins index lists into a new one.
func concat(lists ...[]int) []int {
	var out []int
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// bothLeads reports whether sentences i and j are the leads of two
// different sources of a story: their first sentences that may be points.
// The articles of one story open with the same news in their own words
// ("Vote on the bill delayed …", "… put off a vote on the bill"), with
// less word overlap than retellSimilarity asks of other sentences; the
// brief shows it once, with every lead as evidence (corroboration). Leads
// that share almost no words (below leadRetellSimilarity) tell different
// turns of a story (WikiNews articles of a topic over days) and stay
// apart.
func (c *corpus) bothLeads(i, j int) bool {
	a, b := c.sents[i].doc, c.sents[j].doc
	return a != b && c.leads != nil && c.leads[a] == i && c.leads[b] == j && similarity(&c.sents[i], &c.sents[j]) >= leadRetellSimilarity
}

// headlineTerms returns the terms of the documents' titles, which the
// headline shows before any point (never nil).
func (c *corpus) headlineTerms() []string {
	met := []string{}
	for i, d := range c.docs {
		met = append(met, terms(d.Title, c.langs[i])...)
	}
	return met
}

// listShare is the share of a document's candidate units that end without
// a stop (endsStatement) from which it is a page built of lines: a shop's
// or a service's list of offers, a landing page of teasers, a blog's
// headings. News articles end nearly every sentence with a stop; a lead
// that lost its stop in extraction ("Japanese brewers are increasingly
// making money from …") is one unit of many.
//
// A page is judged so only from minListUnits candidate units on (a few
// lines tell nothing of a page), and only when some units end with a stop
// (a text that writes none, for its script or its extraction, has no
// written sentences to prefer).
const (
	listShare    = 0.2
	minListUnits = 5
)

// listPages reports, for each document, whether it is a page built of
// lines (listShare, minListUnits).
func (c *corpus) listPages() []bool {
	bare := make([]int, len(c.docs))
	all := make([]int, len(c.docs))
	for i := range c.sents {
		s := &c.sents[i]
		if !s.candidate {
			continue
		}
		all[s.doc]++
		if !endsStatement(s.text) {
			bare[s.doc]++
		}
	}
	out := make([]bool, len(c.docs))
	for d := range out {
		out[d] = all[d] >= minListUnits && bare[d] < all[d] && float64(bare[d]) >= listShare*float64(all[d])
	}
	return out
}
