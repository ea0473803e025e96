package main

import (
	"context"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsbrief/newsbrief/bench/internal/labeldata"
	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
	"github.com/newsbrief/newsbrief/internal/cue"
)

// Why this matters is decided per article: the article's best statement
// of significance is shown when its probability clears a threshold, and
// the section is empty otherwise. Article accuracy is the share of
// articles where that decision is right: the shown sentence is labelled
// significance, or nothing is shown and no sentence of the article is.
// Only articles of the corpus count (every sentence labelled); the extra
// sample labels half of each article and is never scored.

// whyRule is one article-level decision: among an article's sentences
// that pass its filters, the one with the highest probability of
// significance is shown when that probability reaches threshold.
type whyRule struct {
	threshold float64
	voice     bool    // leave out quotations, reported speech and background (compose's statesSignificance)
	lead      bool    // the article's first sentence may be shown (else it stays a key insight)
	within    int     // only among the first within sentences; 0: any
	prior     float64 // ranks by probability + prior/(1+position): earlier sentences first
	others    bool    // leave out sentences filed as risk, opportunity or unknown at the thresholds given
}

func (r whyRule) String() string {
	return fmt.Sprintf("threshold %.2f voice %v lead %v within %d others %v prior %.2f", r.threshold, r.voice, r.lead, r.within, r.others, r.prior)
}

// whyArticle is one article's sentences as the decision reads them.
type whyArticle struct {
	id   string
	lang string
	idx  []int // indexes into the examples, in reading order
	gold bool  // some sentence is labelled significance
}

// whyArticles groups the scored examples of language lang by article.
func whyArticles(ex []example, lang string) []whyArticle {
	byID := map[string]*whyArticle{}
	var order []string
	sig := slices.Index(labels, "significance")
	for i, e := range ex {
		if e.extra || e.lang != lang {
			continue
		}
		a, ok := byID[e.article]
		if !ok {
			a = &whyArticle{id: e.article, lang: e.lang}
			byID[e.article] = a
			order = append(order, e.article)
		}
		a.idx = append(a.idx, i)
		a.gold = a.gold || e.label == sig
	}
	out := make([]whyArticle, 0, len(order))
	for _, id := range order {
		a := byID[id]
		slices.SortFunc(a.idx, func(x, y int) int { return ex[x].index - ex[y].index })
		out = append(out, *a)
	}
	return out
}

// ownVoice reports whether a sentence may state significance in the
// article's own voice, as compose's statesSignificance reads it: it does
// not open with a quotation, report speech (English) or tell background
// about an earlier time.
func ownVoice(text, lang string) bool {
	t := strings.TrimLeft(text, " (")
	for _, q := range []string{"\"", "“", "‘", "'", "«", "„", "「", "『"} {
		if strings.HasPrefix(t, q) {
			return false
		}
	}
	if cue.Count(text, lang, cue.Background) > 0 {
		return false
	}
	return lang != "en" || cue.Count(text, "en", cue.SpeechVerbs) == 0 && cue.Count(text, "en", cue.AttributionVerbs) == 0
}

// whyPick returns the example the rule shows for article a (-1: none),
// reading each sentence's probability of significance from probs and
// its other label from decided.
func whyPick(r whyRule, a whyArticle, ex []example, probs [][]float64, decided []int) int {
	sig := slices.Index(labels, "significance")
	best, bp, br := -1, -1.0, -1.0
	for _, i := range a.idx {
		e := ex[i]
		switch {
		case !r.lead && e.index == 0,
			r.within > 0 && e.index >= r.within,
			r.voice && !e.voice,
			r.others && decided[i] != 0 && decided[i] != sig && labels[decided[i]] != "next":
			continue
		}
		if rank := probs[i][sig] + r.prior/float64(1+e.index); rank > br {
			best, bp, br = i, probs[i][sig], rank
		}
	}
	if best < 0 || bp < r.threshold {
		return -1
	}
	return best
}

// whyScore is an article-level tally.
type whyScore struct {
	right, articles       int
	shown, shownRight     int // articles with a sentence shown, and those labelled significance
	stating, emptyStating int // articles with a significance label, and those left empty
}

func (s whyScore) accuracy() float64 { return ratio(s.right, s.articles) }

func (s whyScore) String() string {
	return fmt.Sprintf("accuracy %.3f (%d/%d); shown %d, right %d; articles stating significance %d, left empty %d",
		s.accuracy(), s.right, s.articles, s.shown, s.shownRight, s.stating, s.emptyStating)
}

// tally scores the choices shown (an example index per article, -1 for
// none) against the labels.
func tally(arts []whyArticle, shown []int, ex []example) whyScore {
	sig := slices.Index(labels, "significance")
	var s whyScore
	for k, a := range arts {
		s.articles++
		if a.gold {
			s.stating++
		}
		switch i := shown[k]; {
		case i < 0 && !a.gold:
			s.right++
		case i < 0:
			s.emptyStating++
		default:
			s.shown++
			if ex[i].label == sig {
				s.shownRight++
				s.right++
			}
		}
	}
	return s
}

func whyEval(r whyRule, arts []whyArticle, ex []example, probs [][]float64, decided []int) whyScore {
	shown := make([]int, len(arts))
	for k, a := range arts {
		shown[k] = whyPick(r, a, ex, probs, decided)
	}
	return tally(arts, shown, ex)
}

// whyGrid lists the candidate rules, and last the empty section. A
// sentence filed as a risk, an opportunity or an unknown is always left
// out (others): it belongs in that section, and compose shows no sentence
// twice.
func whyGrid() []whyRule {
	var out []whyRule
	for t := 0.10; t < 0.905; t += 0.02 {
		for _, voice := range []bool{true, false} {
			for _, lead := range []bool{false, true} {
				for _, within := range []int{0, 3, 5, 10} {
					for _, prior := range []float64{0, 0.05, 0.1, 0.2} {
						out = append(out, whyRule{threshold: t, voice: voice, lead: lead, within: within, others: true, prior: prior})
					}
				}
			}
		}
	}
	return append(out, whyEmpty)
}

// whyEmpty is the rule that always leaves the section empty.
var whyEmpty = whyRule{threshold: math.Inf(1), others: true}

// whyWithin is compose's whyWithin: how near the top of its document a
// sentence must be to show in Why this matters.
const whyWithin = 10

// composed reports whether compose makes the decision r describes: its
// Why this matters (whyRanked) leaves the lead to the key insights, looks
// at the first whyWithin sentences, ranks by the probability alone and
// has no voice filter, so only the threshold is free. A rule of another
// form, chosen here, would ship only its threshold, which compose then
// applies in a decision it was not chosen for. The empty section is
// composed too (a threshold no probability reaches).
func (r whyRule) composed() bool {
	return r == whyEmpty || !r.voice && !r.lead && r.within == whyWithin && r.prior == 0 && r.others
}

// chooseWhy returns the rule of the grid that keep accepts (nil: any)
// with the best article accuracy on arts (ties go to the earlier rule of
// the grid: the voice filter, no lead, fewer limits), with its score.
func chooseWhy(arts []whyArticle, ex []example, probs [][]float64, decided []int, keep func(whyRule) bool) (whyRule, whyScore) {
	var best whyRule
	var bs whyScore
	for _, r := range whyGrid() {
		if keep != nil && !keep(r) {
			continue
		}
		if s := whyEval(r, arts, ex, probs, decided); s.right > bs.right || bs.articles == 0 {
			best, bs = r, s
		}
	}
	return best, bs
}

// whyNested estimates the chosen rule's accuracy on unseen articles of
// the train split: for each fold, the rule is chosen on the other folds'
// articles and scored on the fold's.
func whyNested(arts []whyArticle, ex []example, probs [][]float64, decided []int, k int, keep func(whyRule) bool) whyScore {
	var total whyScore
	for f := 0; f < k; f++ {
		var in, out []whyArticle
		for _, a := range arts {
			if foldOf(ex[a.idx[0]].group, k) == f {
				out = append(out, a)
			} else {
				in = append(in, a)
			}
		}
		r, _ := chooseWhy(in, ex, probs, decided, keep)
		s := whyEval(r, out, ex, probs, decided)
		total.right += s.right
		total.articles += s.articles
		total.shown += s.shown
		total.shownRight += s.shownRight
		total.stating += s.stating
		total.emptyStating += s.emptyStating
	}
	return total
}

// whyBuild scores Why this matters as compose.Build fills it (with the
// embedded model), per article of arts: the Why point's evidence is
// matched to the labelled sentence it overlaps most. An article Build
// finds no text in (compose.ErrNoText: its labelled sentences are all
// furniture) is left out.
func whyBuild(arts []whyArticle, ex []example, texts map[string]labeldata.Article) (whyScore, error) {
	var kept []whyArticle
	var shown []int
	for _, a := range arts {
		art, ok := texts[a.id]
		if !ok {
			return whyScore{}, fmt.Errorf("article %s is not in the shared data", a.id)
		}
		b, err := compose.Build(context.Background(), []brief.Document{{Title: art.Title, Text: art.Text}})
		if errors.Is(err, compose.ErrNoText) {
			continue
		}
		if err != nil {
			return whyScore{}, fmt.Errorf("%s: %w", a.id, err)
		}
		kept = append(kept, a)
		shown = append(shown, -1)
		k := len(shown) - 1
		if len(b.WhyItMatters) == 0 || len(b.WhyItMatters[0].Evidence) == 0 {
			continue
		}
		ev := b.WhyItMatters[0].Evidence[0]
		most := 0
		for _, i := range a.idx {
			if o := min(ev.End, ex[i].end) - max(ev.Start, ex[i].start); o > most {
				shown[k], most = i, o
			}
		}
		if shown[k] < 0 {
			return whyScore{}, fmt.Errorf("%s: the Why point [%d,%d) overlaps no labelled sentence", a.id, ev.Start, ev.End)
		}
	}
	return tally(kept, shown, ex), nil
}

// articleTexts loads the corpus's article texts by id.
func articleTexts(dataDir, pagesFile string) (map[string]labeldata.Article, error) {
	all, err := labeldata.LoadAll(dataDir, pagesFile)
	if err != nil {
		return nil, err
	}
	out := map[string]labeldata.Article{}
	for _, as := range all {
		for _, a := range as {
			out[a.ID] = a
		}
	}
	return out, nil
}

// whyRules are the rules chosen per language.
type whyRules struct{ en, ko whyRule }

// chooseWhyRules chooses each language's article-level rule on the
// out-of-fold probabilities of the train split and prints its accuracy
// there, with a nested cross-validation estimate and the simple
// alternatives.
func chooseWhyRules(cv []example, oof [][]float64, matched []float32) whyRules {
	decided := decideAll(oof, matched)
	var out whyRules
	fmt.Println("\nWhy this matters, per article (train split, out-of-fold probabilities):")
	for _, lang := range []string{"en", "ko"} {
		arts := whyArticles(cv, lang)
		if lang == "ko" {
			// compose keeps the cue rules for Korean: a sentence's score
			// is its count of significance cues.
			oof, decided = ruleScores(cv)
		}
		// English: among the decisions compose makes (composed); Korean,
		// where compose keeps the rules, is only reported.
		var keep func(whyRule) bool
		if lang == "en" {
			keep = whyRule.composed
		}
		r, s := chooseWhy(arts, cv, oof, decided, keep)
		fmt.Printf("  %s, %d articles: chosen %v\n    %v\n", lang, len(arts), r, s)
		fmt.Printf("    nested 5-fold estimate (rule chosen on the other folds): %v\n", whyNested(arts, cv, oof, decided, 5, keep))
		if keep != nil {
			br, bs := chooseWhy(arts, cv, oof, decided, nil)
			fmt.Printf("    best of any form (compose makes only the chosen one): %v: %v\n", br, bs)
		}
		fmt.Printf("    always empty: %v\n", whyEval(whyEmpty, arts, cv, oof, decided))
		for _, voice := range []bool{true, false} {
			var bs whyScore
			var br whyRule
			for _, r := range whyGrid() {
				if r.voice == voice && r != whyEmpty {
					if s := whyEval(r, arts, cv, oof, decided); s.right > bs.right {
						br, bs = r, s
					}
				}
			}
			fmt.Printf("    best with voice %v: %v: %v\n", voice, br, bs)
		}
		for _, f := range []struct {
			name string
			keep func(whyRule) bool
		}{
			{"a position prior", func(r whyRule) bool { return r.prior > 0 }},
			{"the lead", func(r whyRule) bool { return r.lead }},
			{"no position limit", func(r whyRule) bool { return r.within == 0 }},
		} {
			var bs whyScore
			var br whyRule
			for _, r := range whyGrid() {
				if r != whyEmpty && f.keep(r) {
					if s := whyEval(r, arts, cv, oof, decided); s.right > bs.right {
						br, bs = r, s
					}
				}
			}
			fmt.Printf("    best with %s: %v: %v\n", f.name, br, bs)
		}
		fmt.Printf("    the sentence-level threshold %.3f, same filters: %v\n", matched[slices.Index(labels, "significance")], whyEval(whyRule{threshold: float64(matched[slices.Index(labels, "significance")]), voice: r.voice, lead: r.lead, within: r.within, others: r.others}, arts, cv, oof, decided))
		if lang == "en" {
			out.en = r
		} else {
			out.ko = r
		}
	}
	return out
}

// reportWhyTest prints the chosen rules' article accuracy on the frozen
// test split.
func reportWhyTest(why whyRules, test []example, probs [][]float64, decided []int) {
	fmt.Println("\nWhy this matters, per article, FROZEN TEST SPLIT (rules chosen on train):")
	for _, lang := range []string{"en", "ko"} {
		r := why.en
		if lang == "ko" {
			r = why.ko
		}
		arts := whyArticles(test, lang)
		if lang == "ko" {
			probs, decided = ruleScores(test)
		}
		fmt.Printf("  %s, %d articles, %v:\n    %v\n", lang, len(arts), r, whyEval(r, arts, test, probs, decided))
		fmt.Printf("    always empty: %v\n", whyEval(whyEmpty, arts, test, probs, decided))
	}
}

// reportWhyBuild prints Why this matters as compose.Build fills it, per
// article, on the train and the test split, by language.
func reportWhyBuild(cv, test []example, sharedDir, pagesFile string) error {
	texts, err := articleTexts(filepath.Join(sharedDir, "data"), pagesFile)
	if err != nil {
		return err
	}
	fmt.Println("\nWhy this matters as compose.Build fills it (embedded model), per article:")
	for _, part := range []struct {
		name string
		ex   []example
	}{{"train", cv}, {"test", test}} {
		for _, lang := range []string{"en", "ko"} {
			s, err := whyBuild(whyArticles(part.ex, lang), part.ex, texts)
			if err != nil {
				return err
			}
			fmt.Printf("  %-5s %s: %v\n", part.name, lang, s)
		}
	}
	return nil
}

// ruleScores gives, for the cue rules compose keeps in Korean, each
// sentence's count of significance cues as its score of significance,
// and the rules' label.
func ruleScores(ex []example) ([][]float64, []int) {
	decided, _ := ruleVerdicts(ex)
	sig := slices.Index(labels, "significance")
	probs := make([][]float64, len(ex))
	for i, e := range ex {
		probs[i] = make([]float64, len(labels))
		probs[i][sig] = float64(cue.Count(e.text, e.lang, cue.Significance))
		if decided[i] == sig || labels[decided[i]] == "next" {
			decided[i] = 0
		}
	}
	return probs, decided
}
