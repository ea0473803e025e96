// Command namestudy prints what a brief's "Who's involved" and "Key
// figures" sections hold, article by article, and scores them against
// verdicts judged by hand (testdata/names-audit.jsonl, keyed by a hash of
// the name or figure, so no article text is copied):
//
//	cd bench && go run ./cmd/namestudy -group held   # precision on the held-out group
//	cd bench && go run ./cmd/namestudy -group dev -v # print every name and figure
//
// A name is correct when it is a clean name of a person, organisation or
// place of the story and not a variant of one listed before it (so a
// verdict may name, as "before", the hash of the names listed before it;
// named competitions count as organisations); a figure
// is correct when it says what it counts (a number with its unit and the
// noun phrase it measures, not a date, a year or a list position).
//
// Six groups, none of them in the brief-quality sample
// (testdata/quality/sample.txt): "dev", read while changing the rules
// (BBC lines 1300-1359, CNN/DailyMail and XSum lines 0-29, AllSides lines
// 0-29, Korean lines 0-19); "held", judged before the work and after its
// first round (BBC lines 1400-1429, AllSides lines 300-311, CNN/DailyMail
// lines 140-151, Korean lines 33-38), whose errors were then read;
// "fresh", judged before the work and after its second round (BBC lines
// 1450-1479, AllSides lines 320-331, CNN/DailyMail lines 120-131, Korean
// lines 20-32), whose errors were then read too; "final", judged before
// the work and after its third round (BBC lines 1700-1719, XSum lines
// 60-74, AllSides lines 200-211, CNN/DailyMail lines 60-71), whose errors
// were read for a fourth; and "last", judged before the work and after
// its last change only (BBC lines 1760-1779, XSum lines 100-114, AllSides
// lines 240-251, CNN/DailyMail lines 90-101), whose errors were read for
// a fifth round; and "extra", judged before the work and after that round
// only (BBC lines 1800-1823, XSum lines 120-134, AllSides lines 260-271,
// CNN/DailyMail lines 30-41). No Korean articles were left for the last
// three, so Korean rules there are checked by tests only.
package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsbrief/newsbrief"
	"github.com/newsbrief/newsbrief/bench/internal/jsonl"
	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
	"github.com/newsbrief/newsbrief/extract"
	"github.com/newsbrief/newsbrief/internal/shared"
)

// span is a range of lines of one data set.
type span struct {
	set, file string
	from, to  int
}

var groups = map[string][]span{
	"dev": {
		{"bbc", "summ/bbc_news_summary.jsonl", 1300, 1360},
		{"cnndm", "summ/cnndm_frank.jsonl", 0, 30},
		{"xsum", "summ/xsum_frank.jsonl", 0, 30},
		{"allsides", "multi/allsides_neus.jsonl", 0, 30},
		{"kr", "summ/sci_news_sum_kr50.jsonl", 0, 20},
	},
	"held": {
		{"bbc", "summ/bbc_news_summary.jsonl", 1400, 1430},
		{"allsides", "multi/allsides_neus.jsonl", 300, 312},
		{"cnndm", "summ/cnndm_frank.jsonl", 140, 152},
		{"kr", "summ/sci_news_sum_kr50.jsonl", 33, 39},
	},
	"fresh": {
		{"bbc", "summ/bbc_news_summary.jsonl", 1450, 1480},
		{"allsides", "multi/allsides_neus.jsonl", 320, 332},
		{"cnndm", "summ/cnndm_frank.jsonl", 120, 132},
		{"kr", "summ/sci_news_sum_kr50.jsonl", 20, 33},
	},
	"final": {
		{"bbc", "summ/bbc_news_summary.jsonl", 1700, 1720},
		{"xsum", "summ/xsum_frank.jsonl", 60, 75},
		{"allsides", "multi/allsides_neus.jsonl", 200, 212},
		{"cnndm", "summ/cnndm_frank.jsonl", 60, 72},
	},
	"last": {
		{"bbc", "summ/bbc_news_summary.jsonl", 1760, 1780},
		{"xsum", "summ/xsum_frank.jsonl", 100, 115},
		{"allsides", "multi/allsides_neus.jsonl", 240, 252},
		{"cnndm", "summ/cnndm_frank.jsonl", 90, 102},
	},
	"extra": {
		{"bbc", "summ/bbc_news_summary.jsonl", 1800, 1824},
		{"xsum", "summ/xsum_frank.jsonl", 120, 135},
		{"allsides", "multi/allsides_neus.jsonl", 260, 272},
		{"cnndm", "summ/cnndm_frank.jsonl", 30, 42},
	},
}

func main() {
	group := flag.String("group", "fresh", "dev, held, fresh, final, last or extra")
	verbose := flag.Bool("v", false, "print every name and figure, judged or not")
	flag.Parse()
	if err := run(*group, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "namestudy:", err)
		os.Exit(1)
	}
}

func run(group string, verbose bool) error {
	spans, ok := groups[group]
	if !ok {
		return fmt.Errorf("no group %q", group)
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
	verdicts, err := loadVerdicts(filepath.Join(root, "testdata", "names-audit.jsonl"))
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	type tally struct{ correct, judged, unjudged int }
	tallies := map[string]*tally{"names": {}, "figures": {}}
	for _, sp := range spans {
		err := jsonl.EachRange(filepath.Join(dir, "data", sp.file), sp.from, sp.to, func(raw []byte) error {
			id, docs, err := documents(sp.set, raw)
			if err != nil || sample[sp.set+" "+id] {
				return err
			}
			b, err := compose.Build(context.Background(), docs)
			if err != nil {
				return nil
			}
			var names, figures []string
			for _, e := range b.Entities {
				names = append(names, e.Name)
			}
			for _, f := range b.Figures {
				figures = append(figures, f.Text)
			}
			fmt.Printf("== %s %s: %s\n", sp.set, id, docs[0].Title)
			for _, sec := range []struct {
				name  string
				items []string
			}{{"names", names}, {"figures", figures}} {
				section, items := sec.name, sec.items
				tl := tallies[section]
				for k, it := range items {
					key := sp.set + "|" + id + "|" + section + "|" + textHash(it)
					// A name's verdict may depend on the names listed before
					// it (a variant of one of them is wrong): a verdict given
					// for that list wins.
					v, ok := verdicts[key+"|"+textHash(strings.Join(items[:k], "\n"))]
					if !ok {
						v, ok = verdicts[key]
					}
					switch {
					case !ok:
						tl.unjudged++
					case v == "correct":
						tl.correct++
						tl.judged++
					default:
						tl.judged++
					}
					if verbose || !ok {
						mark := map[bool]string{true: v, false: "?"}[ok]
						fmt.Printf("%s\t%s\t%s\t%s\t%s\t%s\n", sp.set, id, section, textHash(it), mark, it)
					}
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	for _, section := range []string{"names", "figures"} {
		tl := tallies[section]
		fmt.Printf("%s %-7s correct %.3f (%d/%d), %d not judged\n", group, section,
			float64(tl.correct)/float64(max(tl.judged, 1)), tl.correct, tl.judged, tl.unjudged)
	}
	return nil
}

// documents makes one line's documents as newsbrief batch would.
func documents(set string, raw []byte) (string, []brief.Document, error) {
	if set == "allsides" {
		var story struct {
			ID       string
			Articles []struct {
				URL, Outlet, Title, Text string
				Date                     string `json:"published_from_url"`
			}
		}
		if err := json.Unmarshal(raw, &story); err != nil {
			return "", nil, err
		}
		var docs []brief.Document
		for _, s := range story.Articles {
			a, err := extract.FromText(strings.NewReader(s.Text), extract.WithURL(s.URL))
			if err != nil {
				return "", nil, err
			}
			published, _ := time.Parse(time.DateOnly, s.Date)
			docs = append(docs, newsbrief.Document(a, newsbrief.Meta{Title: s.Title, Outlet: s.Outlet, Published: published}))
		}
		return story.ID, docs, nil
	}
	var art struct{ ID, Title, Text string }
	if err := json.Unmarshal(raw, &art); err != nil {
		return "", nil, err
	}
	a, err := extract.FromText(strings.NewReader(art.Text))
	if err != nil {
		return "", nil, err
	}
	return art.ID, []brief.Document{newsbrief.Document(a, newsbrief.Meta{Title: art.Title})}, nil
}

// loadSample reads the "set id" lines of the brief-quality sample.
func loadSample(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) == 2 && !strings.HasPrefix(line, "#") {
			out[f[0]+" "+f[1]] = true
		}
	}
	return out, nil
}

func textHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:8])
}

// loadVerdicts reads the judged names and figures.
func loadVerdicts(path string) (map[string]string, error) {
	out := map[string]string{}
	type verdict struct{ Set, ID, Section, SHA256, Before, Verdict string }
	vs, err := jsonl.Read[verdict](path)
	for _, v := range vs {
		key := v.Set + "|" + v.ID + "|" + v.Section + "|" + v.SHA256
		if v.Before != "" {
			key += "|" + v.Before // the hash of the names listed before it
		}
		out[key] = v.Verdict
	}
	return out, err
}
