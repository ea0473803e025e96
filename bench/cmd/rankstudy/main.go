// Command rankstudy prints ROUGE-2 of variants of the key-insight ranking
// on the summarisation dev sets that summbench scores, to show where the
// ranking stands against its targets and why it stops there:
//
//	cd bench && go run ./cmd/rankstudy
//
// The "oracle" rows read the reference summary to choose each sentence's
// best clause run, so they are upper bounds, not systems. The sentences and
// their scores come from compose.Explain, so the study ranks exactly what
// Build ranks.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
	"github.com/newsbrief/newsbrief/internal/rouge"
	"github.com/newsbrief/newsbrief/internal/shared"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "rankstudy:", err)
		os.Exit(1)
	}
}

func run() error {
	dir, err := shared.Dir()
	if err != nil {
		return err
	}
	var sets []*studySet
	for _, spec := range []struct {
		name, file, lang string
		n                int
	}{{"cnndm", "cnndm_frank.jsonl", "en", 0}, {"kr", "sci_news_sum_kr50.jsonl", "ko", 0}, {"bbc", "bbc_news_summary.jsonl", "en", 300}} {
		s, err := loadStudySet(filepath.Join(dir, "data", "summ", spec.file), spec.name, spec.lang, spec.n)
		if err != nil {
			return err
		}
		sets = append(sets, s)
	}
	for _, v := range studyVariants() {
		line := v.name + strings.Repeat(" ", max(0, 38-len(v.name)))
		for _, s := range sets {
			var m rouge.Mean
			for _, d := range s.docs {
				m.Add(rouge.Score(v.run(d), d.ref))
			}
			line += "  " + s.name + " " + percent(m.Result().R2)
		}
		fmt.Println(line)
	}
	for _, s := range sets[2:] {
		fmt.Printf("%s: share of reference sentences ranked above non-reference ones (AUC): position %s, centrality %s\n",
			s.name, percent(s.auc(func(d *studyDoc, i int) float64 { return d.e.Sentences[i].PositionPrior })),
			percent(s.auc(func(d *studyDoc, i int) float64 { return d.e.Sentences[i].Centrality })))
	}
	return nil
}

// A studySet is one summarisation set, every article split and ranked.
type studySet struct {
	name string
	docs []*studyDoc
}

// A studyDoc is one article: how Build sees it and the reference summary.
type studyDoc struct {
	e   *compose.Explanation
	ref []string
}

func loadStudySet(path, name, lang string, n int) (*studySet, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s := &studySet{name: name}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() && (n == 0 || len(s.docs) < n) {
		var a struct {
			Title, Text string
			Summary     []string
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, err
		}
		e, err := compose.Explain(context.Background(), []brief.Document{{Title: a.Title, Text: a.Text, Language: lang}})
		if err != nil {
			return nil, fmt.Errorf("%s article %d: %w", name, len(s.docs)+1, err)
		}
		s.docs = append(s.docs, &studyDoc{e: e, ref: a.Summary})
	}
	return s, sc.Err()
}

// auc is the share of (reference, other) sentence pairs of one article
// that score orders the right way, ties counting half.
func (s *studySet) auc(score func(d *studyDoc, i int) float64) float64 {
	var good, pairs float64
	for _, d := range s.docs {
		in := d.inReference()
		for i := range in {
			for j := range in {
				if !in[i] || in[j] {
					continue
				}
				pairs++
				switch a, b := score(d, i), score(d, j); {
				case a > b:
					good++
				case a == b:
					good += 0.5
				}
			}
		}
	}
	return good / pairs
}

func (d *studyDoc) inReference() []bool {
	ref := map[string]bool{}
	for _, r := range d.ref {
		ref[strings.TrimSpace(r)] = true
	}
	in := make([]bool, len(d.e.Sentences))
	for i, s := range d.e.Sentences {
		in[i] = ref[strings.TrimSpace(s.Text)]
	}
	return in
}

type studyVariant struct {
	name string
	run  func(d *studyDoc) []string
}

func studyVariants() []studyVariant {
	rank := func(d *studyDoc, i int) float64 { return d.e.Sentences[i].Score }
	pos := func(d *studyDoc, i int) float64 { return d.e.Sentences[i].PositionPrior }
	cent := func(d *studyDoc, i int) float64 { return d.e.Sentences[i].Centrality }
	window := func(d *studyDoc, i int) float64 {
		if d.e.Sentences[i].Position < 4 {
			return 1 + d.e.Sentences[i].Centrality
		}
		return pos(d, i)
	}
	return []studyVariant{
		{"first three sentences (Lead-3)", func(d *studyDoc) []string {
			return d.texts([]int{0, 1, 2}[:min(3, len(d.e.Sentences))])
		}},
		{"compose (newsbrief)", func(d *studyDoc) []string { return d.texts(d.top3(rank)) }},
		{"position only", func(d *studyDoc) []string { return d.texts(d.top3(pos)) }},
		{"centrality only", func(d *studyDoc) []string { return d.texts(d.top3(cent)) }},
		{"the 3 most central of the first 4", func(d *studyDoc) []string { return d.texts(d.top3(window)) }},
		{"position, clauses cut by rule", func(d *studyDoc) []string { return cutByRule(d.texts(d.top3(pos))) }},
		{"compose, clauses cut by rule", func(d *studyDoc) []string { return cutByRule(d.texts(d.top3(rank))) }},
		{"position, best clause run (oracle)", func(d *studyDoc) []string { return bestClauses(d.texts(d.top3(pos)), d.ref) }},
		{"compose, best clause run (oracle)", func(d *studyDoc) []string { return bestClauses(d.texts(d.top3(rank)), d.ref) }},
	}
}

// top3 picks three candidates by score, as Build picks key insights, in
// source order.
func (d *studyDoc) top3(score func(d *studyDoc, i int) float64) []int {
	var ranked []int
	for i, s := range d.e.Sentences {
		if s.Candidate {
			ranked = append(ranked, i)
		}
	}
	sort.SliceStable(ranked, func(a, b int) bool { return score(d, ranked[a]) > score(d, ranked[b]) })
	picked := d.e.Pick(ranked, 3)
	sort.Ints(picked)
	return picked
}

func (d *studyDoc) texts(idx []int) []string {
	out := make([]string, len(idx))
	for k, i := range idx {
		out[k] = d.e.Sentences[i].Text
	}
	return out
}

// clauseEnd matches the places where a trailing clause may be cut: a
// non-restrictive relative clause, a dash, or a trailing phrase.
var clauseEnd = regexp.MustCompile(`, (?:which|who|whose|where|including|while|as well as|after|but|although|despite|with) | (?:--|–|—) `)

// cutByRule keeps each sentence up to its first cuttable clause, when at
// least eight words come before it, and drops a leading "(CNN)".
func cutByRule(sents []string) []string {
	out := make([]string, len(sents))
	for k, s := range sents {
		if m := clauseEnd.FindStringIndex(s); m != nil && len(strings.Fields(s[:m[0]])) >= 8 {
			s = s[:m[0]]
		}
		if i := strings.Index(s, "(CNN)"); i >= 0 && i < 40 {
			s = strings.TrimLeft(s[i+len("(CNN)"):], " -")
		}
		out[k] = s
	}
	return out
}

// bestClauses replaces each sentence, in turn, by the prefix or suffix cut
// at a comma, semicolon or dash that gives the best ROUGE-2 against ref.
func bestClauses(sents, ref []string) []string {
	out := append([]string(nil), sents...)
	for k, s := range sents {
		best, bestR2 := s, rouge.Score(out, ref).R2
		for i := 0; i <= len(s); i++ {
			if i < len(s) && !strings.ContainsRune(",;-", rune(s[i])) {
				continue
			}
			for _, cut := range []string{s[:i], strings.TrimLeft(s[min(i+1, len(s)):], " -")} {
				out[k] = cut
				if r := rouge.Score(out, ref).R2; r > bestR2 {
					best, bestR2 = cut, r
				}
			}
		}
		out[k] = best
	}
	return out
}

func percent(x float64) string { return strconv.FormatFloat(100*x, 'f', 1, 64) }
