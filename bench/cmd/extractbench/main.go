// Command extractbench compares article extractors side by side on two
// development sets: the article extraction benchmark (AEB) pages, scored by
// 4-token shingle precision, recall and F1 against the annotated article
// body, and trafilatura's evaluation corpus (news, blogs, shops, government
// pages in many languages), scored as trafilatura's tests/evaluate.py does:
// snippets that must appear and snippets that must not. It also reports CPU
// time and allocations per page, over all pages of both sets.
//
// Every set is split into a tuning part and a frozen part by page, with the
// rule of internal/devsplit (a page is frozen when the FNV-1a hash of its
// ID is odd). Rules are tuned on the tuning part only; the frozen part says
// whether a change generalises. Both parts are reported.
//
// Run it from the bench module:
//
//	cd bench && go run ./cmd/extractbench
//	cd bench && go run ./cmd/extractbench -only newsbrief,readeck -sets trafilatura -v
//
// Flags:
//
//	-sets a,b     data sets: aeb, trafilatura (default both)
//	-data DIR     AEB directory (default: shared/data/aeb beside the main module)
//	-traf DIR     trafilatura directory (default: shared/data/trafilatura)
//	-only a,b     run only these extractors: newsbrief, readeck, go-shiori, go-trafilatura
//	-runs N       timing repetitions per extractor (default 1)
//	-v            print each page's F1 per extractor, worst first
//	-part P       with -v, print only the pages of part P (tuning or frozen)
//	-misses       print, page by page, the trafilatura snippets each
//	              extractor misses and the boilerplate snippets it lets in,
//	              on the tuning pages (or those of -part): the loop for
//	              diagnosing a rule; never read the frozen pages' misses
//	-json FILE    write per-page results as JSON
//	-bench FILE   write one Go benchmark line per extractor and run, for benchstat
//
// Extractors run one after another, never in parallel. Only the extraction
// is timed: pages are read into memory first and scored afterwards. Each
// extractor first extracts one page untimed, to warm up lazy
// initialisation. An error or a panic on a page counts as an empty
// prediction. CPU time is user+system from getrusage, so it includes the
// garbage collector's work on other threads; the command is Unix-only.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime"
	"syscall"
	"time"

	"github.com/newsbrief/newsbrief/internal/devsplit"
	"github.com/newsbrief/newsbrief/internal/shingle"
	"github.com/newsbrief/newsbrief/internal/trafeval"
)

type flags struct {
	sets, aebDir, trafDir, only, part, jsonFile, benchFile string
	runs                                                   int
	verbose, misses                                        bool
}

func main() {
	var f flags
	flag.StringVar(&f.sets, "sets", "", "comma-separated data sets: aeb, trafilatura (default: all)")
	flag.StringVar(&f.aebDir, "data", "", "AEB directory holding ground-truth.json and html/ (default: shared/data/aeb beside the main module)")
	flag.StringVar(&f.trafDir, "traf", "", "trafilatura directory holding evaldata.json and html/ (default: shared/data/trafilatura)")
	flag.StringVar(&f.only, "only", "", "comma-separated extractors to run (default: all)")
	flag.IntVar(&f.runs, "runs", 1, "timing repetitions per extractor")
	flag.BoolVar(&f.verbose, "v", false, "print per-page F1 per extractor")
	flag.StringVar(&f.part, "part", "", "with -v, print only this part's pages: tuning or frozen")
	flag.BoolVar(&f.misses, "misses", false, "print the trafilatura snippets missed and let in, page by page, on the tuning pages (or those of -part)")
	flag.StringVar(&f.jsonFile, "json", "", "write per-page results to this JSON file")
	flag.StringVar(&f.benchFile, "bench", "", "write Go benchmark lines (one per extractor and run) to this file, for benchstat")
	flag.Parse()
	if err := run(f); err != nil {
		fmt.Fprintln(os.Stderr, "extractbench:", err)
		os.Exit(1)
	}
}

func run(f flags) error {
	if f.runs < 1 {
		return errors.New("-runs must be at least 1")
	}
	if f.part != "" && f.part != string(devsplit.Tuning) && f.part != string(devsplit.Frozen) {
		return fmt.Errorf("-part %q: want tuning or frozen", f.part)
	}
	sel, err := selectExtractors(f.only)
	if err != nil {
		return err
	}
	pages, err := loadSets(f.sets, f.aebDir, f.trafDir)
	if err != nil {
		return err
	}

	results := make([]*result, 0, len(sel))
	for _, ex := range sel {
		fmt.Fprintf(os.Stderr, "extractbench: %s on %d pages × %d run(s)…\n", ex.name, len(pages), f.runs)
		results = append(results, measure(ex, pages, f.runs))
	}

	w := bufio.NewWriter(os.Stdout)
	printTable(w, results, pages, f.runs)
	if f.verbose {
		printPages(w, results, pages, devsplit.Part(f.part))
	}
	if f.misses {
		part := devsplit.Part(f.part)
		if part == "" {
			part = devsplit.Tuning
		}
		printMisses(w, results, pages, part)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if f.jsonFile != "" {
		if err := writeJSON(f.jsonFile, results, len(pages), f.runs); err != nil {
			return err
		}
	}
	if f.benchFile != "" {
		if err := writeBench(f.benchFile, results, len(pages)); err != nil {
			return err
		}
	}
	return nil
}

// result is one extractor's scores and costs.
type result struct {
	Name   string      `json:"name"`
	Scores []partScore `json:"scores"`
	Runs   []runStats  `json:"runs"`
	Pages  []pageScore `json:"pages"`
	texts  []string    // the last run's text per page
}

// partScore is one extractor's score on one part of one data set; part
// "all" is the whole set.
type partScore struct {
	Set       string  `json:"set"`
	Part      string  `json:"part"`
	Pages     int     `json:"pages"`
	Errors    int     `json:"errors"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// runStats are the costs of one pass over all pages.
type runStats struct {
	CPU        time.Duration `json:"cpuNs"`
	Wall       time.Duration `json:"wallNs"`
	AllocBytes uint64        `json:"allocBytes"`
	Mallocs    uint64        `json:"mallocs"`
}

// pageScore is one page's result for one extractor.
type pageScore struct {
	Set     string          `json:"set"`
	ID      string          `json:"id"`
	URL     string          `json:"url"`
	Part    string          `json:"part"`
	Shingle shingle.Match   `json:"shingle,omitzero"`
	Snippet trafeval.Counts `json:"snippet,omitzero"`
	F1      float64         `json:"f1"`
	Wall    time.Duration   `json:"wallNs"` // mean over runs
	Error   string          `json:"error,omitempty"`
}

// measure runs ex over all pages runs times, then scores the last run's
// predictions.
func measure(ex extractor, pages []*page, runs int) *result {
	preds := make([]string, len(pages))
	errs := make([]error, len(pages))
	wall := make([]time.Duration, len(pages))
	res := &result{Name: ex.name}

	safeRun(ex, pages[0].html, pages[0].url) // warm-up, untimed
	res.texts = preds
	for range runs {
		runtime.GC()
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		cpu0, start := cpuTime(), time.Now()
		for i, p := range pages {
			t := time.Now()
			preds[i], errs[i] = safeRun(ex, p.html, p.url)
			wall[i] += time.Since(t)
		}
		elapsed, cpu := time.Since(start), cpuTime()-cpu0
		runtime.ReadMemStats(&m1)
		res.Runs = append(res.Runs, runStats{
			CPU:        cpu,
			Wall:       elapsed,
			AllocBytes: m1.TotalAlloc - m0.TotalAlloc,
			Mallocs:    m1.Mallocs - m0.Mallocs,
		})
	}

	type key struct{ set, part string }
	shingles := map[key]*shingle.Scores{}
	snippets := map[key]*trafeval.Counts{}
	counts := map[key]*partScore{}
	var order []key
	for i, p := range pages {
		s := p.score(preds[i])
		ps := pageScore{Set: p.set, ID: p.id, URL: p.url, Part: string(p.part),
			Shingle: s.shingle, Snippet: s.snippet, F1: p.f1(s), Wall: wall[i] / time.Duration(runs)}
		if errs[i] != nil {
			ps.Error = errs[i].Error()
		}
		res.Pages = append(res.Pages, ps)
		for _, part := range []string{string(p.part), "all"} {
			k := key{p.set, part}
			if counts[k] == nil {
				counts[k] = &partScore{Set: p.set, Part: part}
				shingles[k], snippets[k] = &shingle.Scores{}, &trafeval.Counts{}
				order = append(order, k)
			}
			counts[k].Pages++
			if errs[i] != nil {
				counts[k].Errors++
			}
			shingles[k].Add(s.shingle)
			snippets[k].Add(s.snippet)
		}
	}
	for _, k := range order {
		ps := *counts[k]
		if k.set == setAEB {
			ps.Precision, ps.Recall, ps.F1 = shingles[k].Result()
		} else {
			ps.Precision, ps.Recall, _, ps.F1 = snippets[k].Result()
		}
		res.Scores = append(res.Scores, ps)
	}
	return res
}

// score returns the extractor's score on a set's part, and whether it has
// one.
func (r *result) score(set, part string) (partScore, bool) {
	for _, s := range r.Scores {
		if s.Set == set && s.Part == part {
			return s, true
		}
	}
	return partScore{}, false
}

// pageF1 is the harmonic mean of one page's precision and recall.
func pageF1(m shingle.Match) float64 {
	p, r := m.Precision(), m.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// cpuTime is the user plus system CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
