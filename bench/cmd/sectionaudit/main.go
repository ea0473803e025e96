// Command sectionaudit measures the precision of the Risks, Opportunities
// and Unknowns sections out of sample: every point those sections held in
// briefs of 601 articles was judged by hand against the label definitions
// in ../shared/README.md, and the module's testdata/section-audit.jsonl
// keeps the verdicts (keyed by a hash of the point's text, so no article
// text is copied). It builds the briefs as `newsbrief batch` does and
// prints precision over the judged points, and how many points nobody has
// judged yet (-v lists them):
//
//	cd bench && go run ./cmd/sectionaudit
//
// Three groups: "first", BBC politics articles 1000-1299, whose errors
// were read while changing the cue rules; "second", CNN/DailyMail and
// XSum, held out for two rounds of changes and read for the third;
// "fresh", BBC business and entertainment articles 300-709, judged only
// after the last change.
package main

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsbrief/newsbrief"
	"github.com/newsbrief/newsbrief/bench/internal/jsonl"
	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
	"github.com/newsbrief/newsbrief/extract"
	"github.com/newsbrief/newsbrief/internal/shared"
)

func main() {
	verbose := flag.Bool("v", false, "list the points nobody has judged yet")
	work := flag.String("work", "", "write the points nobody has judged yet to DIR/judge.tsv, for a blind judgement")
	collect := flag.String("collect", "", "append the verdicts of DIR/labels/judge.tsv (on DIR/judge.tsv) to testdata/section-audit.jsonl")
	flag.Parse()
	if err := run(*verbose, *work, *collect); err != nil {
		fmt.Fprintln(os.Stderr, "sectionaudit:", err)
		os.Exit(1)
	}
}

// tally counts the verdicts on one group's section.
type tally struct{ correct, judged, unjudged int }

func run(verbose bool, work, collect string) error {
	dir, err := shared.Dir()
	if err != nil {
		return err
	}
	root, err := shared.ModuleRoot()
	if err != nil {
		return err
	}
	verdicts, err := loadVerdicts(filepath.Join(root, "testdata", "section-audit.jsonl"))
	if err != nil {
		return err
	}
	sets := []struct {
		name, file, group string
		from, to          int
	}{
		{"cnndm", "cnndm_frank.jsonl", "second", 0, 1 << 30},
		{"xsum", "xsum_frank.jsonl", "second", 0, 1 << 30},
		{"bbc", "bbc_news_summary.jsonl", "first", 1000, 1300},
		{"bbc", "bbc_news_summary.jsonl", "fresh", 300, 710},
	}
	tallies := map[string]*tally{}
	var unjudged []pending
	for _, s := range sets {
		articles, err := loadArticles(filepath.Join(dir, "data", "summ", s.file), s.from, s.to)
		if err != nil {
			return err
		}
		for _, a := range articles {
			b, err := auditBrief(a.Title, a.Text)
			if err != nil {
				continue
			}
			for section, points := range map[string][]brief.Point{"risks": b.Risks, "opportunities": b.Opportunities, "unknowns": b.Unknowns} {
				key := s.group + " " + section
				if tallies[key] == nil {
					tallies[key] = &tally{}
				}
				tl := tallies[key]
				for _, p := range points {
					v, ok := verdicts[s.name+"|"+a.ID+"|"+section+"|"+textHash(p.Text)]
					switch {
					case !ok:
						tl.unjudged++
						unjudged = append(unjudged, pending{s.name, a.ID, a.Title, section, p.Text})
						if verbose {
							fmt.Printf("not judged yet: %s %s %s: %s\n", s.name, a.ID, section, p.Text)
						}
					case v == "correct":
						tl.correct++
						tl.judged++
					default:
						tl.judged++
					}
				}
			}
		}
	}
	slices.SortFunc(unjudged, func(a, b pending) int {
		return cmp.Or(strings.Compare(a.set, b.set), strings.Compare(a.id, b.id), strings.Compare(a.section, b.section), strings.Compare(a.text, b.text))
	})
	switch {
	case work != "":
		fmt.Printf("%d points to judge in %s\n", len(unjudged), filepath.Join(work, "judge.tsv"))
		return writeJudging(work, unjudged)
	case collect != "":
		n, err := collectJudging(collect, filepath.Join(root, "testdata", "section-audit.jsonl"))
		fmt.Printf("%d verdicts added; run again for the precision\n", n)
		return err
	}
	for _, group := range []string{"first", "second", "fresh"} {
		for _, section := range []string{"risks", "opportunities", "unknowns"} {
			if tl := tallies[group+" "+section]; tl != nil {
				fmt.Printf("%-6s %-13s precision %.3f (%d/%d), %d not judged\n", group, section,
					float64(tl.correct)/float64(max(tl.judged, 1)), tl.correct, tl.judged, tl.unjudged)
			}
		}
	}
	return nil
}

// auditBrief builds a brief as `newsbrief batch` does for a line with
// "text" and "title".
func auditBrief(title, text string) (*brief.Brief, error) {
	a, err := extract.FromText(strings.NewReader(text))
	if err != nil {
		return nil, err
	}
	return compose.Build(context.Background(), []brief.Document{newsbrief.Document(a, newsbrief.Meta{Title: title})})
}

func textHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:8])
}

// loadVerdicts reads the judged points, keyed by set, id, section and hash.
func loadVerdicts(path string) (map[string]string, error) {
	out := map[string]string{}
	type verdict struct{ Set, ID, Section, SHA256, Verdict string }
	vs, err := jsonl.Read[verdict](path)
	for _, v := range vs {
		out[v.Set+"|"+v.ID+"|"+v.Section+"|"+v.SHA256] = v.Verdict
	}
	return out, err
}

type auditArticle struct{ ID, Title, Text string }

// loadArticles reads lines [from, to) of a summarisation set.
func loadArticles(path string, from, to int) ([]auditArticle, error) {
	return jsonl.Range[auditArticle](path, from, to)
}
