package main

import (
	"cmp"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/newsbrief/newsbrief/bench/internal/referents"
	"github.com/newsbrief/newsbrief/internal/rouge"
)

// result is one system's scores and costs on one set.
type result struct {
	name      string
	mean      rouge.Scores
	full      rouge.Scores  // against article.Full, where the set has it
	sentences float64       // mean summary sentences per article
	wall      time.Duration // summarising only, all articles
	errors    int
	articles  []articleScore
	// unintroduced counts the summary sentences that refer to a person or
	// thing neither the title nor an earlier sentence of the summary
	// names (referents.Unintroduced), of all the summary sentences.
	unintroduced, points int
}

type articleScore struct {
	scores rouge.Scores
	err    error
}

// measure runs sys over the articles, timing only the summarising, then
// scores each summary against its reference, or the mean over its
// references, and against Full where the set gives it.
func measure(sys system, ds dataset, arts []article) *result {
	preds := make([][]string, len(arts))
	errs := make([]error, len(arts))
	res := &result{name: sys.name}

	safeRun(sys, arts[0], ds.lang) // warm-up, untimed
	runtime.GC()
	for i, a := range arts {
		t := time.Now()
		preds[i], errs[i] = safeRun(sys, a, ds.lang)
		res.wall += time.Since(t)
	}

	var mean, full rouge.Mean
	nsent := 0
	for i, a := range arts {
		if errs[i] != nil {
			preds[i] = nil
			res.errors++
		}
		var perRef rouge.Mean
		for _, ref := range references(a) {
			perRef.Add(rouge.Score(preds[i], ref))
		}
		s := perRef.Result()
		mean.Add(s)
		if len(a.Full) > 0 {
			full.Add(rouge.Score(preds[i], a.Full))
		}
		nsent += len(preds[i])
		res.points += len(preds[i])
		shown := titles(a)
		for _, p := range preds[i] {
			if referents.Unintroduced(p, shown) != "" {
				res.unintroduced++
			}
			shown += " " + p
		}
		res.articles = append(res.articles, articleScore{s, errs[i]})
	}
	res.mean = mean.Result()
	res.full = full.Result()
	res.sentences = float64(nsent) / float64(len(arts))
	return res
}

// printTable writes one set's Markdown table, systems in the order they
// ran, and a line with the set's size. Scores are F1 × 100. Where the set
// has a Full reference, three more columns score against it.
func printTable(w io.Writer, ds dataset, arts []article, total int, results []*result, digits int) {
	f := fmt.Sprintf(" %%.%df |", digits)
	unit, full := "article", len(arts[0].Full) > 0
	if ds.multi {
		unit = "story"
	}
	fmt.Fprintf(w, "### %s (%s)\n\n", ds.name, ds.file)
	fmt.Fprint(w, "| system | R-1 | R-2 | R-L |")
	if full {
		fmt.Fprint(w, " R-1 full | R-2 full | R-L full |")
	}
	fmt.Fprintf(w, " sentences/summary | ms/%s |\n|---|--:|--:|--:|", unit)
	if full {
		fmt.Fprint(w, "--:|--:|--:|")
	}
	fmt.Fprintln(w, "--:|--:|")
	var errs, unintroduced []string
	for _, r := range results {
		fmt.Fprintf(w, "| %s |"+f+f+f, r.name, 100*r.mean.R1, 100*r.mean.R2, 100*r.mean.RL)
		if full {
			fmt.Fprintf(w, f+f+f, 100*r.full.R1, 100*r.full.R2, 100*r.full.RL)
		}
		fmt.Fprintf(w, " %.2f | %.3f |\n", r.sentences, float64(r.wall.Microseconds())/1000/float64(len(arts)))
		unintroduced = append(unintroduced, fmt.Sprintf("%s %d of %d", r.name, r.unintroduced, r.points))
		if r.errors > 0 {
			errs = append(errs, fmt.Sprintf("%s %d", r.name, r.errors))
		}
	}
	refSents, refs, docs := 0, 0, 0
	for _, a := range arts {
		for _, ref := range references(a) {
			refSents += len(ref)
			refs++
		}
		docs += len(a.Docs)
	}
	if ds.multi {
		fmt.Fprintf(w, "\n%d of %d stories, %.2f articles per story. %s, %.2f sentences per reference.\n",
			len(arts), total, float64(docs)/float64(len(arts)), ds.about, float64(refSents)/float64(refs))
	} else {
		fmt.Fprintf(w, "\n%d of %d articles. %s, %.2f sentences per reference.\n",
			len(arts), total, ds.about, float64(refSents)/float64(refs))
	}
	if full {
		fmt.Fprintln(w, "The full columns score against the whole summary, every paragraph (how coverage differed, too).")
	}
	fmt.Fprintf(w, "Summary sentences that refer to a person or thing neither the title nor an earlier sentence names (referents): %s.\n",
		strings.Join(unintroduced, ", "))
	if len(errs) > 0 {
		fmt.Fprintf(w, "Articles with an error (scored as empty): %s.\n", strings.Join(errs, ", "))
	}
	fmt.Fprintln(w)
}

// printWorst writes the k articles with the lowest R-2 for the first
// system, with every system's R-2 on them.
func printWorst(w io.Writer, arts []article, results []*result, k int) {
	order := make([]int, len(arts))
	for i := range order {
		order[i] = i
	}
	first := results[0].articles
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(first[a].scores.R2, first[b].scores.R2) })
	order = order[:min(k, len(order))]

	fmt.Fprintf(w, "Worst %d articles by %s R-2:\n\n| article |", len(order), results[0].name)
	for _, r := range results {
		fmt.Fprintf(w, " %s R-2 |", r.name)
	}
	fmt.Fprint(w, "\n|---|", strings.Repeat("--:|", len(results)), "\n")
	for _, i := range order {
		fmt.Fprintf(w, "| %s |", arts[i].ID)
		for _, r := range results {
			if r.articles[i].err != nil {
				fmt.Fprint(w, " error |")
				continue
			}
			fmt.Fprintf(w, " %.1f |", 100*r.articles[i].scores.R2)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w)
}

// printFooter writes how the scores were computed and where.
func printFooter(w io.Writer) {
	fmt.Fprintf(w, "ROUGE-1/2/Lsum F1 × 100, mean over articles (stories), of the mean over references where there are several; lower-cased \\w+ tokens, no stemming, no stop words. %s, %s %s/%s.\n",
		time.Now().Format("2006-01-02"), runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

// titles returns the article's title, or its story's articles' titles: the
// headline a reader meets before the summary.
func titles(a article) string {
	t := a.Title
	for _, d := range a.Docs {
		t += " " + d.Title
	}
	return t
}
