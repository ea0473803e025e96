package main

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsbrief/newsbrief/bench/internal/labeldata"

	"github.com/newsbrief/newsbrief/internal/classify"
	"github.com/newsbrief/newsbrief/internal/sentence"
)

// extraQuota is how many further articles each source gives to the extra
// sample (train split only; sources whose every article is already in the
// corpus give none).
var extraQuota = map[string]int{
	"bbc":       150,
	"cnndm":     50,
	"xsum":      50,
	"allsides":  170,
	"multiling": 40,
}

// extraBatchSize is the number of sentences an extra batch aims at.
const extraBatchSize = 150

// wholeArticle is the longest article whose every sentence goes to the
// extra sample; a longer one gives a selection (see selectSentences).
const wholeArticle = 8

// drawExtra draws one round of the extra sample: per source, the next
// articles in the corpus's seeded-hash order that are not in the corpus
// or an earlier round (in), are not avoided and whose group is in the
// train split. The frozen test split is never touched: an article whose
// group is test is skipped.
func drawExtra(all map[string][]labeldata.Article, t tuned, in map[string]bool, m *classify.Model) []*sampled {
	var out []*sampled
	for _, src := range sources {
		q := extraQuota[src]
		if q == 0 {
			continue
		}
		type cand struct {
			a       labeldata.Article
			overlap string
			r       uint64
		}
		var cs []cand
		for i, a := range all[src] {
			o := t.overlap(a, i)
			if avoid(o) || in[a.ID] || splitOf(groupOf(a)) != "train" {
				continue
			}
			cs = append(cs, cand{a, o, rank(a.ID)})
		}
		slices.SortFunc(cs, func(x, y cand) int {
			if c := cmpU64(x.r, y.r); c != 0 {
				return c
			}
			return strings.Compare(x.a.ID, y.a.ID)
		})
		n := 0
		for _, c := range cs {
			if n >= q {
				break
			}
			s := &sampled{Article: c.a, Group: groupOf(c.a), Overlap: c.overlap, Split: "train"}
			s.Sents = selectSentences(c.a, m)
			if len(s.Sents) == 0 {
				continue
			}
			for i := range s.Sents {
				s.Sents[i].Art = s
			}
			out = append(out, s)
			n++
		}
	}
	return out
}

// selectSentences picks the sentences of a to label. An article of at
// most wholeArticle sentences gives all of them; a longer one gives half,
// in article order: the quarter the current classifier scores highest
// (the largest probability of a label other than none, which includes the
// cue rules' verdict as a feature), so that likely positives and the
// rules' likely false positives are both labelled, and a quarter of the
// rest drawn by a seeded hash, so that the sample keeps ordinary
// sentences.
func selectSentences(a labeldata.Article, m *classify.Model) []sent {
	var all []sent
	for _, sp := range sentence.Split(a.Text) {
		txt := a.Text[sp.Start:sp.End]
		if hasLetter(txt) {
			all = append(all, sent{Start: sp.Start, End: sp.End, SHA: sentHash(txt)})
		}
	}
	if len(all) <= wholeArticle {
		return all
	}
	k := int(math.Ceil(float64(len(all)) / 4))
	type scored struct {
		i     int
		score float64
		r     uint64
	}
	sc := make([]scored, len(all))
	for i, s := range all {
		p := m.Predict(classify.Input{Text: a.Text[s.Start:s.End], Lang: a.Lang, Index: i, Count: len(all)})
		best := 0.0
		for l := 1; l < len(p); l++ {
			best = max(best, p[l])
		}
		sc[i] = scored{i, best, rank(fmt.Sprintf("extra|%s|%d", a.ID, i))}
	}
	slices.SortStableFunc(sc, func(x, y scored) int {
		switch {
		case x.score > y.score:
			return -1
		case x.score < y.score:
			return 1
		}
		return x.i - y.i
	})
	pick := map[int]bool{}
	for _, s := range sc[:k] {
		pick[s.i] = true
	}
	rest := slices.Clone(sc[k:])
	slices.SortFunc(rest, func(x, y scored) int { return cmpU64(x.r, y.r) })
	for _, s := range rest[:min(k, len(rest))] {
		pick[s.i] = true
	}
	var out []sent
	for i, s := range all {
		if pick[i] {
			out = append(out, s)
		}
	}
	return out
}

// batchExtra orders the extra articles by a seeded hash over all sources
// (any prefix of batches is spread over the sources) and numbers them into
// batches of about extraBatchSize sentences, after the first batches
// already written, with keys "x<batch>-<line>", apart from the corpus's
// keys.
func batchExtra(arts []*sampled, first int) [][]*sampled {
	order := slices.Clone(arts)
	slices.SortFunc(order, func(x, y *sampled) int {
		return cmpU64(rank("extra-order|"+x.ID), rank("extra-order|"+y.ID))
	})
	out := chunkBySentences(order, extraBatchSize, 0)
	numberKeys(out, "x", first)
	return out
}

// writeExtra writes new extra batches, numbered after the first already
// written (which it never overwrites), and the rubric to dir.
func writeExtra(dir, rubric string, batches [][]*sampled, first int) error {
	if err := os.MkdirAll(filepath.Join(dir, "labels"), 0o755); err != nil {
		return err
	}
	for b, as := range batches {
		path := filepath.Join(dir, batchName(first+b))
		if _, err := os.Stat(path); err == nil {
			return fmt.Errorf("%s exists: a labelled batch is never redrawn", path)
		}
		if err := writeBatch(path, as); err != nil {
			return err
		}
	}
	r, err := os.ReadFile(rubric)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "RUBRIC.md"), r, 0o644)
}

// readExtraBatches reads the extra work files in dir (batch-NNN.tsv, as
// writeExtra wrote them) back into articles and sentences with their keys.
// Each sentence is found again in its article by its text, so the sample
// does not depend on the classifier that drew it (which changes when it is
// retrained): the work files are the record of what was labelled.
func readExtraBatches(dir string, all map[string][]labeldata.Article, t tuned, corpus []*sampled) ([][]*sampled, error) {
	byID := map[string]labeldata.Article{}
	index := map[string]int{}
	for _, as := range all {
		for i, a := range as {
			byID[a.ID] = a
			index[a.ID] = i
		}
	}
	inCorpus := map[string]bool{}
	for _, a := range corpus {
		inCorpus[a.ID] = true
	}
	files, err := filepath.Glob(filepath.Join(dir, "batch-*.tsv"))
	if err != nil {
		return nil, err
	}
	slices.Sort(files)
	var out [][]*sampled
	seen := map[string]bool{}
	for b, f := range files {
		if filepath.Base(f) != batchName(b) {
			return nil, fmt.Errorf("%s: batches must be numbered from 001 without gaps", f)
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var as []*sampled
		var cur *sampled
		var spans map[string][]sent // one-line text → the article's sentences with it, in order
		for n, line := range strings.Split(string(data), "\n") {
			switch {
			case strings.HasPrefix(line, "## "):
				id, _, _ := strings.Cut(strings.TrimPrefix(line, "## "), " | ")
				a, ok := byID[id]
				if !ok || inCorpus[id] || seen[id] {
					return nil, fmt.Errorf("%s:%d: article %s is unknown, in the corpus or in two batches", f, n+1, id)
				}
				seen[id] = true
				g := labeldata.Group(a)
				if splitOf(g) != "train" {
					return nil, fmt.Errorf("%s:%d: article %s is in the test split", f, n+1, id)
				}
				cur = &sampled{Article: a, Group: g, Split: "train", Overlap: t.overlap(a, index[id])}
				as = append(as, cur)
				spans = map[string][]sent{}
				for _, sp := range sentence.Split(a.Text) {
					txt := a.Text[sp.Start:sp.End]
					if hasLetter(txt) {
						k := oneLine(txt)
						spans[k] = append(spans[k], sent{Art: cur, Start: sp.Start, End: sp.End, SHA: sentHash(txt)})
					}
				}
			case line == "" || strings.HasPrefix(line, "#"):
			default:
				key, rest, _ := strings.Cut(line, "\t")
				_, text, _ := strings.Cut(rest, "\t")
				if cur == nil || len(spans[text]) == 0 {
					return nil, fmt.Errorf("%s:%d: sentence %s not found in its article", f, n+1, key)
				}
				s := spans[text][0]
				spans[text] = spans[text][1:]
				s.Key = key
				cur.Sents = append(cur.Sents, s)
			}
		}
		out = append(out, as)
	}
	return out, nil
}

// collectExtra reads the labelled extra batches in labelDir (a file per
// batch, named as the batch, with a line "key<TAB>label" for every
// sentence) and writes their label files, split train, and their article
// manifest to out. A batch without a file is not labelled yet and is left
// out; a key the file does not have is left out (unlabelled, not none) and
// counted in missing; a key that is not in the batch is an error.
func collectExtra(batches [][]*sampled, labelDir, out string) (done, missing, nbatches int, err error) {
	recs := map[string][]labelRecord{}
	var arts []articleRecord
	for b, as := range batches {
		got, err := readLabels(filepath.Join(labelDir, batchName(b)))
		switch {
		case os.IsNotExist(err):
			continue
		case err != nil:
			return 0, 0, 0, err
		}
		nbatches++
		keys := map[string]bool{}
		for _, a := range as {
			arts = append(arts, articleRecord{a.ID, a.Source, a.Lang, a.Group, a.Split, a.Overlap, len(a.Sents), "extra/" + batchName(b), false})
			for _, s := range a.Sents {
				keys[s.Key] = true
				l, ok := got[s.Key]
				if !ok {
					missing++
					continue
				}
				recs[a.Source] = append(recs[a.Source], labelRecord{a.ID, a.Source, s.Start, s.End, s.SHA, l, a.Split})
				done++
			}
		}
		for k := range got {
			if !keys[k] {
				return 0, 0, 0, fmt.Errorf("extra %s: key %s is not in the batch", batchName(b), k)
			}
		}
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return 0, 0, 0, err
	}
	for _, src := range sources {
		rs := recs[src]
		if len(rs) == 0 {
			continue
		}
		slices.SortFunc(rs, func(x, y labelRecord) int {
			if c := strings.Compare(x.Article, y.Article); c != 0 {
				return c
			}
			return x.Start - y.Start
		})
		if err := writeJSONL(filepath.Join(out, src+".jsonl"), rs); err != nil {
			return 0, 0, 0, err
		}
	}
	slices.SortFunc(arts, func(x, y articleRecord) int { return strings.Compare(x.Article, y.Article) })
	return done, missing, nbatches, writeJSONL(filepath.Join(out, "articles.jsonl"), arts)
}
