package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/internal/allsides"
	"github.com/newsbrief/newsbrief/internal/shared"
	"github.com/newsbrief/newsbrief/pipeline/internal/nb"
	"github.com/newsbrief/newsbrief/pipeline/warcpack"
)

// grouping scores the pipeline's stories and the in-memory clustering on
// the AllSides articles, all packed, shuffled, into one WARC file.
func grouping(dir string) error {
	sd, err := shared.Dir()
	if err != nil {
		return err
	}
	f, err := os.Open(filepath.Join(sd, "data", "multi", "allsides_neus.jsonl"))
	if err != nil {
		return err
	}
	all, err := allsides.Read(f)
	f.Close()
	if err != nil {
		return err
	}
	arts := allsides.Shuffle(all)
	warc := filepath.Join(dir, "allsides.warc.gz")
	wf, err := os.Create(warc)
	if err != nil {
		return err
	}
	wb := bufio.NewWriter(wf)
	w := warcpack.NewWriter(wb)
	// The same pages, extracted here, are the in-memory clustering's input
	// and map the pipeline's (canonical) URLs back to their stories.
	var docs []brief.Document
	var gold []int
	index := map[string]int{}
	dupes, failed := 0, 0
	for _, a := range arts {
		page := warcpack.TextPage(a.Title, a.Outlet, a.Published, a.Text)
		if err := w.Page(a.URL, packDate, page); err != nil {
			return err
		}
		d, err := nb.FromHTML(page, a.URL, "", nb.Meta{})
		if err != nil {
			failed++
			continue
		}
		if _, ok := index[d.URL]; ok {
			dupes++
			continue
		}
		index[d.URL] = len(docs)
		docs = append(docs, d)
		gold = append(gold, a.Story)
	}
	if err := w.Close(); err != nil {
		return err
	}
	if err := wb.Flush(); err != nil {
		return err
	}
	wf.Close()
	fmt.Printf("%d AllSides articles of %d stories in one WARC; %d do not extract, %d repeat a URL (left out of the scores)\n",
		len(arts), all[len(all)-1].Story+1, failed, dupes)

	out := filepath.Join(dir, "out-allsides")
	p, stderr, err := runChild(*pipelineBin, "-input", warc, "-output", out)
	if err != nil {
		return err
	}
	fmt.Printf("pipeline: %s; %s", p, lastLine(stderr))
	groups, missing, err := readGroups(out, index)
	if err != nil {
		return err
	}
	// An article in no story brief (one whose brief failed) is left out
	// of both scores, so that both score the same articles.
	briefed := map[int]bool{}
	for _, g := range groups {
		for _, i := range g {
			briefed[i] = true
		}
	}
	if missing > 0 {
		fmt.Printf("%d articles are in no story brief (their brief failed): left out of both scores\n", missing)
	}
	var clusters [][]int
	for _, c := range nb.Cluster(docs) {
		var k []int
		for _, i := range c {
			if briefed[i] {
				k = append(k, i)
			}
		}
		if len(k) > 0 {
			clusters = append(clusters, k)
		}
	}
	for _, part := range []struct {
		name string
		keep func(int) bool
	}{
		{"tuning half", allsides.Tuning},
		{"frozen half", func(s int) bool { return !allsides.Tuning(s) }},
		{"all", func(int) bool { return true }},
	} {
		pp, pi := allsides.Score(filter(groups, gold, part.keep), gold)
		cp, ci := allsides.Score(filter(clusters, gold, part.keep), gold)
		fmt.Printf("%-11s pipeline purity %.3f inverse purity %.3f | in-memory Cluster purity %.3f inverse purity %.3f\n", part.name, pp, pi, cp, ci)
	}
	return nil
}

// readGroups reads the story briefs' article lists as groups of document
// indexes.
func readGroups(out string, index map[string]int) ([][]int, int, error) {
	files, err := filepath.Glob(filepath.Join(out, "briefs-*.jsonl"))
	if err != nil {
		return nil, 0, err
	}
	var groups [][]int
	seen := map[int]bool{}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, 0, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<26)
		for sc.Scan() {
			var line struct{ Articles []string }
			if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
				f.Close()
				return nil, 0, err
			}
			var g []int
			for _, u := range line.Articles {
				if i, ok := index[u]; ok && !seen[i] {
					seen[i] = true
					g = append(g, i)
				}
			}
			if len(g) > 0 {
				groups = append(groups, g)
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, 0, err
		}
	}
	return groups, len(index) - len(seen), nil
}

// filter keeps the members of each group whose story keep accepts.
func filter(groups [][]int, gold []int, keep func(int) bool) [][]int {
	var out [][]int
	for _, g := range groups {
		var k []int
		for _, i := range g {
			if keep(gold[i]) {
				k = append(k, i)
			}
		}
		if len(k) > 0 {
			out = append(out, k)
		}
	}
	return out
}
