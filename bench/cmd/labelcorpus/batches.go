package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// batchSize is the number of sentences a batch aims at; an article is
// never split over two batches.
const batchSize = 200

// labels are the six labels of RUBRIC.md.
var labels = []string{"risk", "opportunity", "unknown", "significance", "next", "none"}

// agreementShare is the share of each source's articles that a second
// annotator labels too.
const agreementShare = 0.10

// agreement picks the agreement sample: per source, the first tenth
// (rounded up) of its articles in an order seeded apart from the
// sample's.
func agreement(arts []*sampled) map[string]bool {
	by := map[string][]*sampled{}
	for _, a := range arts {
		by[a.Source] = append(by[a.Source], a)
	}
	out := map[string]bool{}
	for _, src := range sources {
		as := slices.Clone(by[src])
		slices.SortFunc(as, func(x, y *sampled) int {
			return cmpU64(rank("agree|"+x.ID), rank("agree|"+y.ID))
		})
		n := int(math.Ceil(agreementShare * float64(len(as))))
		for _, a := range as[:n] {
			out[a.ID] = true
		}
	}
	return out
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// batch orders the articles (the agreement sample first, then by seeded
// hash over all sources, so that any prefix of batches is spread over the
// sources) and numbers them into batches, setting each sentence's key.
func batch(arts []*sampled, agree map[string]bool) [][]*sampled {
	order := slices.Clone(arts)
	slices.SortFunc(order, func(x, y *sampled) int {
		if agree[x.ID] != agree[y.ID] {
			if agree[x.ID] {
				return -1
			}
			return 1
		}
		return cmpU64(rank("order|"+x.ID), rank("order|"+y.ID))
	})
	out := chunkBySentences(order, batchSize, batchSize+batchSize/4)
	numberKeys(out, "", 0)
	return out
}

// chunkBySentences cuts order into batches of about size sentences: a
// batch closes once it holds size, and, when most > 0, before an article
// that would take it past most.
func chunkBySentences(order []*sampled, size, most int) [][]*sampled {
	var out [][]*sampled
	var cur []*sampled
	n := 0
	for _, a := range order {
		if most > 0 && n > 0 && n+len(a.Sents) > most {
			out = append(out, cur)
			cur, n = nil, 0
		}
		cur = append(cur, a)
		n += len(a.Sents)
		if n >= size {
			out = append(out, cur)
			cur, n = nil, 0
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// batchName is the file name of batch b (0-based).
func batchName(b int) string { return fmt.Sprintf("batch-%03d.tsv", b+1) }

// writeBatch writes one work file: a header, then per article a line
// "## <id> | <title>" and one line per sentence: key, a "_" placeholder
// for the label and the sentence, separated by tabs.
func writeBatch(path string, as []*sampled) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "# %s: one label per sentence (risk, opportunity, unknown, significance, next, none), see RUBRIC.md\n", filepath.Base(path))
	fmt.Fprintf(w, "# format: key<TAB>label<TAB>sentence; articles start with '## <article id> | <title>'\n")
	for _, a := range as {
		fmt.Fprintf(w, "\n## %s | %s\n", a.ID, oneLine(a.Title))
		for _, s := range a.Sents {
			fmt.Fprintf(w, "%s\t_\t%s\n", s.Key, oneLine(a.Text[s.Start:s.End]))
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// oneLine keeps a text on one line of a work file.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// writeWork writes every batch to dir/batches and the agreement sample's
// articles, with the same keys, to dir/second-pass, with the rubric.
func writeWork(dir, rubric string, batches [][]*sampled, agree map[string]bool) error {
	for _, d := range []string{"batches", "second-pass", "labels-A"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			return err
		}
	}
	var second []*sampled
	for b, as := range batches {
		if err := writeBatch(filepath.Join(dir, "batches", batchName(b)), as); err != nil {
			return err
		}
		for _, a := range as {
			if agree[a.ID] {
				second = append(second, a)
			}
		}
	}
	n := 0
	for i := 0; len(second) > 0; i++ {
		var cur []*sampled
		for n = 0; len(second) > 0 && n < batchSize; second = second[1:] {
			cur = append(cur, second[0])
			n += len(second[0].Sents)
		}
		if err := writeBatch(filepath.Join(dir, "second-pass", fmt.Sprintf("agree-%02d.tsv", i+1)), cur); err != nil {
			return err
		}
	}
	r, err := os.ReadFile(rubric)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "second-pass", "RUBRIC.md"), r, 0o644)
}

// numberKeys gives each sentence of the batches its work-file key:
// prefix, the batch's number (after first) and the sentence's line in it,
// as in "007-012" or "x031-004".
func numberKeys(batches [][]*sampled, prefix string, first int) {
	for b, as := range batches {
		line := 0
		for _, a := range as {
			for i := range a.Sents {
				line++
				a.Sents[i].Key = fmt.Sprintf("%s%03d-%03d", prefix, first+b+1, line)
			}
		}
	}
}
