// Command extractbench compares article extractors side by side on the
// article extraction benchmark (AEB) pages: shingle precision, recall and
// F1 against the ground truth, plus CPU time and allocations per page.
//
// Run it from the bench module:
//
//	cd bench && go run ./cmd/extractbench
//	cd bench && go run ./cmd/extractbench -only newsbrief,readeck -runs 5 -v
//
// Flags:
//
//	-data DIR     AEB directory (default: shared/data/aeb beside the main module)
//	-only a,b     run only these extractors: newsbrief, readeck, go-shiori, go-trafilatura
//	-runs N       timing repetitions per extractor (default 1)
//	-v            print each page's F1 per extractor, worst first
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
	"path/filepath"
	"runtime"
	"syscall"
	"time"

	"github.com/newsbrief/newsbrief/internal/aeb"
	"github.com/newsbrief/newsbrief/internal/shared"
	"github.com/newsbrief/newsbrief/internal/shingle"
)

func main() {
	dataDir := flag.String("data", "", "AEB directory holding ground-truth.json and html/ (default: shared/data/aeb beside the main module)")
	only := flag.String("only", "", "comma-separated extractors to run (default: all)")
	runs := flag.Int("runs", 1, "timing repetitions per extractor")
	verbose := flag.Bool("v", false, "print per-page F1 per extractor")
	jsonFile := flag.String("json", "", "write per-page results to this JSON file")
	benchFile := flag.String("bench", "", "write Go benchmark lines (one per extractor and run) to this file, for benchstat")
	flag.Parse()
	if err := run(*dataDir, *only, *runs, *verbose, *jsonFile, *benchFile); err != nil {
		fmt.Fprintln(os.Stderr, "extractbench:", err)
		os.Exit(1)
	}
}

func run(dataDir, only string, runs int, verbose bool, jsonFile, benchFile string) error {
	if runs < 1 {
		return errors.New("-runs must be at least 1")
	}
	sel, err := selectExtractors(only)
	if err != nil {
		return err
	}
	if dataDir == "" {
		if dataDir, err = defaultDataDir(); err != nil {
			return err
		}
	}
	pages, err := aeb.Load(dataDir)
	if err != nil {
		return err
	}
	if len(pages) == 0 {
		return fmt.Errorf("no pages in %s", dataDir)
	}
	htmls := make([][]byte, len(pages))
	for i, p := range pages {
		if htmls[i], err = p.HTML(); err != nil {
			return err
		}
	}

	results := make([]*result, 0, len(sel))
	for _, ex := range sel {
		fmt.Fprintf(os.Stderr, "extractbench: %s on %d pages × %d run(s)…\n", ex.name, len(pages), runs)
		results = append(results, measure(ex, pages, htmls, runs))
	}

	w := bufio.NewWriter(os.Stdout)
	printTable(w, results, len(pages), runs)
	if verbose {
		printPages(w, results)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if jsonFile != "" {
		if err := writeJSON(jsonFile, results, len(pages), runs); err != nil {
			return err
		}
	}
	if benchFile != "" {
		if err := writeBench(benchFile, results, len(pages)); err != nil {
			return err
		}
	}
	return nil
}

// result is one extractor's scores and costs.
type result struct {
	Name      string      `json:"name"`
	Precision float64     `json:"precision"`
	Recall    float64     `json:"recall"`
	F1        float64     `json:"f1"`
	Errors    int         `json:"errors"`
	Runs      []runStats  `json:"runs"`
	Pages     []pageScore `json:"pages"`
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
	ID        string        `json:"id"`
	URL       string        `json:"url"`
	TP        int           `json:"tp"`
	FP        int           `json:"fp"`
	FN        int           `json:"fn"`
	Precision float64       `json:"precision"`
	Recall    float64       `json:"recall"`
	F1        float64       `json:"f1"`
	Wall      time.Duration `json:"wallNs"` // mean over runs
	Error     string        `json:"error,omitempty"`
}

// measure runs ex over all pages runs times, then scores the last run's
// predictions.
func measure(ex extractor, pages []aeb.Page, htmls [][]byte, runs int) *result {
	preds := make([]string, len(pages))
	errs := make([]error, len(pages))
	wall := make([]time.Duration, len(pages))
	res := &result{Name: ex.name}

	safeRun(ex, htmls[0], pages[0].URL) // warm-up, untimed
	for range runs {
		runtime.GC()
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		cpu0, start := cpuTime(), time.Now()
		for i, p := range pages {
			t := time.Now()
			preds[i], errs[i] = safeRun(ex, htmls[i], p.URL)
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

	var scores shingle.Scores
	for i, p := range pages {
		m := shingle.Compare(preds[i], p.Truth)
		scores.Add(m)
		ps := pageScore{
			ID: p.ID, URL: p.URL, TP: m.TP, FP: m.FP, FN: m.FN,
			Precision: m.Precision(), Recall: m.Recall(), F1: pageF1(m),
			Wall: wall[i] / time.Duration(runs),
		}
		if errs[i] != nil {
			ps.Error = errs[i].Error()
			res.Errors++
		}
		res.Pages = append(res.Pages, ps)
	}
	res.Precision, res.Recall, res.F1 = scores.Result()
	return res
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

// defaultDataDir returns shared/data/aeb beside the main module's root.
func defaultDataDir() (string, error) {
	dir, err := shared.Dir()
	if err != nil {
		return "", fmt.Errorf("%w; pass -data", err)
	}
	return filepath.Join(dir, "data", "aeb"), nil
}
