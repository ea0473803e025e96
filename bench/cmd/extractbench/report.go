package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/newsbrief/newsbrief/internal/devsplit"
)

// totals sums an extractor's runs.
func (r *result) totals() (cpu, wall time.Duration, allocBytes, mallocs uint64) {
	for _, s := range r.Runs {
		cpu += s.CPU
		wall += s.Wall
		allocBytes += s.AllocBytes
		mallocs += s.Mallocs
	}
	return cpu, wall, allocBytes, mallocs
}

// setsOf returns the data sets present in pages, in load order.
func setsOf(pages []*page) []string {
	var sets []string
	for _, p := range pages {
		if !slices.Contains(sets, p.set) {
			sets = append(sets, p.set)
		}
	}
	return sets
}

// printTable writes the Markdown summary: F1 per set and part, best frozen
// F1 on the first set first, then P/R/F1 per set and the costs. MB are
// 10^6 bytes.
func printTable(w io.Writer, results []*result, pages []*page, runs int) {
	sets := setsOf(pages)
	rows := slices.Clone(results)
	slices.SortStableFunc(rows, func(a, b *result) int {
		x, _ := a.score(sets[0], string(devsplit.Frozen))
		y, _ := b.score(sets[0], string(devsplit.Frozen))
		return cmp.Compare(y.F1, x.F1)
	})

	fmt.Fprint(w, "| extractor |")
	for _, s := range sets {
		fmt.Fprintf(w, " %s tuning F1 | %s frozen F1 |", s, s)
	}
	fmt.Fprintln(w, " pages/s (CPU) | MB alloc/page | allocs/page |")
	fmt.Fprintln(w, "|---|"+strings.Repeat("--:|", 2*len(sets)+3))
	var walls, errs []string
	for _, r := range rows {
		fmt.Fprintf(w, "| %s |", r.Name)
		for _, s := range sets {
			t, _ := r.score(s, string(devsplit.Tuning))
			f, _ := r.score(s, string(devsplit.Frozen))
			fmt.Fprintf(w, " %.3f | %.3f |", t.F1, f.F1)
			if all, _ := r.score(s, "all"); all.Errors > 0 {
				errs = append(errs, fmt.Sprintf("%s %s %d/%d", r.Name, s, all.Errors, all.Pages))
			}
		}
		cpu, wall, alloc, mallocs := r.totals()
		n := float64(len(pages) * runs)
		fmt.Fprintf(w, " %.1f | %.2f | %.0f |\n", n/cpu.Seconds(), float64(alloc)/n/1e6, float64(mallocs)/n)
		walls = append(walls, fmt.Sprintf("%s %.1f", r.Name, n/wall.Seconds()))
	}

	fmt.Fprintln(w, "\n| extractor | set | part | pages | P | R | F1 |")
	fmt.Fprintln(w, "|---|---|---|--:|--:|--:|--:|")
	for _, r := range rows {
		for _, s := range sets {
			for _, part := range []string{string(devsplit.Tuning), string(devsplit.Frozen), "all"} {
				if ps, ok := r.score(s, part); ok {
					fmt.Fprintf(w, "| %s | %s | %s | %d | %.3f | %.3f | %.3f |\n", r.Name, s, part, ps.Pages, ps.Precision, ps.Recall, ps.F1)
				}
			}
		}
	}

	var counts []string
	for _, s := range sets {
		t, f := 0, 0
		for _, p := range pages {
			if p.set == s && p.part == devsplit.Frozen {
				f++
			} else if p.set == s {
				t++
			}
		}
		counts = append(counts, fmt.Sprintf("%s %d (%d tuning, %d frozen)", s, t+f, t, f))
	}
	fmt.Fprintf(w, "\nPages: %s; %d run(s), %s, %s %s/%s, GOMAXPROCS=%d.\n",
		strings.Join(counts, ", "), runs, time.Now().Format("2006-01-02"),
		runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0))
	fmt.Fprintf(w, "Wall-clock pages/s: %s.\n", strings.Join(walls, ", "))
	if len(errs) > 0 {
		fmt.Fprintf(w, "Pages with an error (scored as empty): %s.\n", strings.Join(errs, ", "))
	}
}

// printPages writes each page's F1 per extractor, per set, worst first for
// the first extractor, so its weakest pages come to the top. A non-empty
// part limits the list to that part's pages.
func printPages(w io.Writer, results []*result, pages []*page, part devsplit.Part) {
	first := results[0].Pages
	for _, set := range setsOf(pages) {
		var order []int
		for i, p := range pages {
			if p.set == set && (part == "" || p.part == part) {
				order = append(order, i)
			}
		}
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(first[a].F1, first[b].F1) })
		fmt.Fprintf(w, "\n| %s page | part | host |", set)
		for _, r := range results {
			fmt.Fprintf(w, " %s |", r.Name)
		}
		fmt.Fprint(w, "\n|---|---|---|", strings.Repeat("--:|", len(results)), "\n")
		for _, i := range order {
			host := first[i].URL
			if u, err := url.Parse(host); err == nil && u.Host != "" {
				host = u.Host
			}
			fmt.Fprintf(w, "| %s | %s | %s |", first[i].ID[:min(40, len(first[i].ID))], first[i].Part, host)
			for _, r := range results {
				p := r.Pages[i]
				if p.Error != "" {
					fmt.Fprint(w, " error |")
					continue
				}
				fmt.Fprintf(w, " %.3f |", p.F1)
			}
			fmt.Fprintln(w)
		}
	}
}

// printMisses prints, for each trafilatura page of part where an
// extractor misses a snippet or lets one in, the snippets, extractor by
// extractor.
func printMisses(w io.Writer, results []*result, pages []*page, part devsplit.Part) {
	fmt.Fprintf(w, "\nSnippets missed (-) and let in (+) on the %s trafilatura pages:\n", part)
	for i, p := range pages {
		if p.traf == nil || p.part != part {
			continue
		}
		header := false
		for _, r := range results {
			missed, found := p.traf.Misses(r.texts[i])
			if len(missed)+len(found) == 0 {
				continue
			}
			if !header {
				fmt.Fprintf(w, "\n%s\n", p.id)
				header = true
			}
			for _, s := range missed {
				fmt.Fprintf(w, "  %s - %q\n", r.Name, s)
			}
			for _, s := range found {
				fmt.Fprintf(w, "  %s + %q\n", r.Name, s)
			}
		}
	}
}

// writeJSON writes every extractor's scores, run costs and pages to path.
func writeJSON(path string, results []*result, pages, runs int) error {
	data, err := json.MarshalIndent(struct {
		Date       string    `json:"date"`
		GoVersion  string    `json:"goVersion"`
		Pages      int       `json:"pages"`
		Runs       int       `json:"runs"`
		Extractors []*result `json:"extractors"`
	}{time.Now().Format(time.RFC3339), runtime.Version(), pages, runs, results}, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// writeBench writes one line per extractor and run in the Go benchmark
// format, per page: CPU ns/op, B/op, allocs/op, wall-ns/op and the F1 on
// every set's frozen part. benchstat compares two such files.
func writeBench(path string, results []*result, pages int) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "goos: %s\ngoarch: %s\npkg: github.com/newsbrief/newsbrief/bench/cmd/extractbench\n", runtime.GOOS, runtime.GOARCH)
	n := float64(pages)
	for _, r := range results {
		var f1s strings.Builder
		for _, s := range r.Scores {
			if s.Part == string(devsplit.Frozen) {
				fmt.Fprintf(&f1s, "\t%.4f %s-frozen-F1", s.F1, s.Set)
			}
		}
		for _, s := range r.Runs {
			fmt.Fprintf(&sb, "BenchmarkExtract/extractor=%s-%d\t%d\t%.0f ns/op\t%.0f B/op\t%.0f allocs/op\t%.0f wall-ns/op%s\n",
				r.Name, runtime.GOMAXPROCS(0), pages,
				float64(s.CPU)/n, float64(s.AllocBytes)/n, float64(s.Mallocs)/n, float64(s.Wall)/n, f1s.String())
		}
	}
	return os.WriteFile(path, []byte(sb.String()), 0o644)
}
