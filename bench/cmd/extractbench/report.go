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

// printTable writes the Markdown summary, best F1 first. MB are 10^6 bytes.
func printTable(w io.Writer, results []*result, pages, runs int) {
	rows := slices.Clone(results)
	slices.SortStableFunc(rows, func(a, b *result) int { return cmp.Compare(b.F1, a.F1) })

	fmt.Fprintln(w, "| extractor | P | R | F1 | pages/s (CPU) | MB alloc/page | allocs/page |")
	fmt.Fprintln(w, "|---|--:|--:|--:|--:|--:|--:|")
	var walls, errs []string
	for _, r := range rows {
		cpu, wall, alloc, mallocs := r.totals()
		n := float64(pages * runs)
		fmt.Fprintf(w, "| %s | %.3f | %.3f | %.3f | %.1f | %.2f | %.0f |\n",
			r.Name, r.Precision, r.Recall, r.F1,
			n/cpu.Seconds(), float64(alloc)/n/1e6, float64(mallocs)/n)
		walls = append(walls, fmt.Sprintf("%s %.1f", r.Name, n/wall.Seconds()))
		if r.Errors > 0 {
			errs = append(errs, fmt.Sprintf("%s %d", r.Name, r.Errors))
		}
	}
	fmt.Fprintf(w, "\n%d AEB pages, %d run(s), %s, %s %s/%s, GOMAXPROCS=%d.\n",
		pages, runs, time.Now().Format("2006-01-02"),
		runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0))
	fmt.Fprintf(w, "Wall-clock pages/s: %s.\n", strings.Join(walls, ", "))
	if len(errs) > 0 {
		fmt.Fprintf(w, "Pages with an error (scored as empty): %s.\n", strings.Join(errs, ", "))
	}
}

// printPages writes each page's F1 per extractor, worst first for the
// first extractor, so its weakest pages come to the top.
func printPages(w io.Writer, results []*result) {
	order := make([]int, len(results[0].Pages))
	for i := range order {
		order[i] = i
	}
	first := results[0].Pages
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(first[a].F1, first[b].F1) })

	fmt.Fprint(w, "\n| page | host |")
	for _, r := range results {
		fmt.Fprintf(w, " %s |", r.Name)
	}
	fmt.Fprint(w, "\n|---|---|", strings.Repeat("--:|", len(results)), "\n")
	for _, i := range order {
		host := first[i].URL
		if u, err := url.Parse(host); err == nil && u.Host != "" {
			host = u.Host
		}
		fmt.Fprintf(w, "| %s | %s |", first[i].ID[:min(12, len(first[i].ID))], host)
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
// format, per page: CPU ns/op, B/op, allocs/op, wall-ns/op and the F1.
// benchstat compares two such files.
func writeBench(path string, results []*result, pages int) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "goos: %s\ngoarch: %s\npkg: github.com/newsbrief/newsbrief/bench/cmd/extractbench\n", runtime.GOOS, runtime.GOARCH)
	n := float64(pages)
	for _, r := range results {
		for _, s := range r.Runs {
			fmt.Fprintf(&sb, "BenchmarkExtract/extractor=%s-%d\t%d\t%.0f ns/op\t%.0f B/op\t%.0f allocs/op\t%.0f wall-ns/op\t%.4f F1\n",
				r.Name, runtime.GOMAXPROCS(0), pages,
				float64(s.CPU)/n, float64(s.AllocBytes)/n, float64(s.Mallocs)/n, float64(s.Wall)/n, r.F1)
		}
	}
	return os.WriteFile(path, []byte(sb.String()), 0o644)
}
