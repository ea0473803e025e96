// Command quotestudy prints the quotes a brief finds in each article of a
// set, beside the sentences of the article that hold a quotation mark, so
// that a person can judge recall and speakers point by point:
//
//	cd bench && go run ./cmd/quotestudy                 # the held-out set
//	cd bench && go run ./cmd/quotestudy -set dev        # the development set
//
// Quotations counted are those a reader can see: at least five words, in
// any quotation marks, attributed to someone the text names (in the
// sentence, or the quote continues one that is). Recall counts, per
// article, the brief's correct quotes against min(visible, 3), the brief's
// three quote slots; a speaker is correct when it is a clean name (with a
// role if the source gives one), never a clause fragment.
//
// The held-out set, frozen before the quote work and never read while
// changing the code: BBC News Summary lines 1400-1419; CNN/DailyMail
// (FRANK) lines 130-151; AllSides stories at lines 320-333; always without
// the articles of testdata/quality/sample.txt, which are the blind
// evaluation sample. The development set: BBC lines 1300-1399,
// CNN/DailyMail lines 0-129, AllSides lines 250-319 and the Korean set,
// again without the sample. The fresh set, read once after the last
// change (the held-out set's misses had been read by then): BBC lines
// 1450-1469, XSum (FRANK) lines 0-19, AllSides lines 200-209.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsbrief/newsbrief"
	"github.com/newsbrief/newsbrief/bench/internal/jsonl"
	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
	"github.com/newsbrief/newsbrief/extract"
	"github.com/newsbrief/newsbrief/internal/sentence"
	"github.com/newsbrief/newsbrief/internal/shared"
)

func main() {
	set := flag.String("set", "heldout", "heldout, fresh or dev")
	flag.Parse()
	if err := run(*set); err != nil {
		fmt.Fprintln(os.Stderr, "quotestudy:", err)
		os.Exit(1)
	}
}

// part is a range of lines of one data file.
type part struct {
	name, file string
	from, to   int
}

var sets = map[string][]part{
	"heldout": {
		{"bbc", "summ/bbc_news_summary.jsonl", 1400, 1420},
		{"cnndm", "summ/cnndm_frank.jsonl", 130, 152},
		{"allsides", "multi/allsides_neus.jsonl", 320, 334},
	},
	"fresh": {
		{"bbc", "summ/bbc_news_summary.jsonl", 1450, 1470},
		{"xsum", "summ/xsum_frank.jsonl", 0, 20},
		{"allsides", "multi/allsides_neus.jsonl", 200, 210},
	},
	"dev": {
		{"bbc", "summ/bbc_news_summary.jsonl", 1300, 1400},
		{"cnndm", "summ/cnndm_frank.jsonl", 0, 130},
		{"allsides", "multi/allsides_neus.jsonl", 250, 320},
		{"kr", "summ/sci_news_sum_kr50.jsonl", 0, 1 << 30},
	},
}

// story is one line of a data file: one article, or several (AllSides).
type story struct {
	ID       string
	Title    string
	Text     string
	Articles []struct{ Title, Text, URL string }
}

func run(set string) error {
	parts, ok := sets[set]
	if !ok {
		return fmt.Errorf("unknown set %q", set)
	}
	dir, err := shared.Dir()
	if err != nil {
		return err
	}
	root, err := shared.ModuleRoot()
	if err != nil {
		return err
	}
	sample, err := loadSample(filepath.Join(root, "testdata", "quality", "sample.txt"))
	if err != nil {
		return err
	}
	articles, quotes := 0, 0
	for _, p := range parts {
		stories, err := load(filepath.Join(dir, "data", p.file), p.from, p.to)
		if err != nil {
			return err
		}
		for _, s := range stories {
			if sample[s.ID] {
				continue
			}
			docs := documents(s)
			b, err := compose.Build(context.Background(), docs)
			if err != nil {
				fmt.Printf("== %s %s: %v\n", p.name, s.ID, err)
				continue
			}
			articles++
			quotes += len(b.Quotes)
			fmt.Printf("== %s %s\n", p.name, s.ID)
			for _, q := range b.Quotes {
				fmt.Printf("  FOUND [%s] %s\n", q.Speaker, q.Text)
			}
			for _, d := range docs {
				for _, sp := range sentence.Split(d.Text) {
					t := d.Text[sp.Start:sp.End]
					if strings.ContainsAny(t, "\"“”‘’«»„「」『』") || strings.Contains(t, " '") || strings.Contains(t, "' ") {
						fmt.Printf("  | %s\n", strings.Join(strings.Fields(t), " "))
					}
				}
			}
		}
	}
	fmt.Printf("%d articles, %d quotes found\n", articles, quotes)
	return nil
}

// documents makes the documents of a story as `newsbrief batch` does.
func documents(s story) []brief.Document {
	if len(s.Articles) == 0 {
		s.Articles = append(s.Articles, struct{ Title, Text, URL string }{s.Title, s.Text, ""})
	}
	var out []brief.Document
	for _, a := range s.Articles {
		ex, err := extract.FromText(strings.NewReader(a.Text))
		if err != nil {
			continue
		}
		out = append(out, newsbrief.Document(ex, newsbrief.Meta{Title: a.Title}))
	}
	return out
}

func loadSample(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) == 2 && !strings.HasPrefix(line, "#") {
			out[f[1]] = true
		}
	}
	return out, nil
}

// load reads lines [from, to) of a JSON-lines file.
func load(path string, from, to int) ([]story, error) { return jsonl.Range[story](path, from, to) }
