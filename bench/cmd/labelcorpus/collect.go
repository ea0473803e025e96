package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// readLabels reads one labelled file: lines "key<TAB>label" or "key
// label" (further tab-separated columns, such as the sentence, are
// ignored); "#" lines, article headers and blank lines are skipped. Keys
// left out are none.
func readLabels(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.SplitN(l, "\t", 3)
		if len(f) == 1 {
			f = strings.Fields(l) // "key label", as typed by hand
		}
		if len(f) < 2 || !slices.Contains(labels, strings.TrimSpace(f[1])) {
			return nil, fmt.Errorf("%s:%d: want key<TAB>label with one of %v, have %q", path, n, labels, l)
		}
		if _, dup := out[f[0]]; dup {
			return nil, fmt.Errorf("%s:%d: key %s labelled twice", path, n, f[0])
		}
		out[f[0]] = strings.TrimSpace(f[1])
	}
	return out, sc.Err()
}

// labelRecord is one line of a committed label file: where the sentence
// is and its label, never its text.
type labelRecord struct {
	Article string `json:"article"`
	Source  string `json:"source"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	SHA     string `json:"sha"`
	Label   string `json:"label"`
	Split   string `json:"split"`
}

// articleRecord is one line of testdata/labels/articles.jsonl: every
// sampled article, its split group, split and overlap with tuning data.
type articleRecord struct {
	Article   string `json:"article"`
	Source    string `json:"source"`
	Lang      string `json:"lang"`
	Group     string `json:"group"`
	Split     string `json:"split"`
	Overlap   string `json:"overlap,omitempty"`
	Sentences int    `json:"sentences"`
	Batch     string `json:"batch"`
	Agreement bool   `json:"agreement,omitempty"`
}

// collect reads the labelled batches in labelDir (a file per batch, named
// as the batch) and writes the label files of every source, with the
// sentences of labelled batches only, and the article manifest, to out.
func collect(batches [][]*sampled, agree map[string]bool, labelDir, out string) (int, error) {
	recs := map[string][]labelRecord{}
	var arts []articleRecord
	done := 0
	for b, as := range batches {
		got, err := readLabels(filepath.Join(labelDir, batchName(b)))
		switch {
		case os.IsNotExist(err):
			got = nil
		case err != nil:
			return 0, err
		}
		keys := map[string]bool{}
		for _, a := range as {
			arts = append(arts, articleRecord{a.ID, a.Source, a.Lang, a.Group, a.Split, a.Overlap, len(a.Sents), batchName(b), agree[a.ID]})
			for _, s := range a.Sents {
				keys[s.Key] = true
				if got == nil {
					continue
				}
				l := got[s.Key]
				if l == "" {
					l = "none"
				}
				recs[a.Source] = append(recs[a.Source], labelRecord{a.ID, a.Source, s.Start, s.End, s.SHA, l, a.Split})
				done++
			}
		}
		for k := range got {
			if !keys[k] {
				return 0, fmt.Errorf("%s: key %s is not in the batch", batchName(b), k)
			}
		}
	}
	for _, src := range sources {
		rs := recs[src]
		slices.SortFunc(rs, func(x, y labelRecord) int {
			if c := strings.Compare(x.Article, y.Article); c != 0 {
				return c
			}
			return x.Start - y.Start
		})
		if err := writeJSONL(filepath.Join(out, src+".jsonl"), rs); err != nil {
			return 0, err
		}
	}
	slices.SortFunc(arts, func(x, y articleRecord) int { return strings.Compare(x.Article, y.Article) })
	return done, writeJSONL(filepath.Join(out, "articles.jsonl"), arts)
}

// writeJSONL writes one JSON object a line.
func writeJSONL[T any](path string, rs []T) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range rs {
		if err := enc.Encode(r); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
