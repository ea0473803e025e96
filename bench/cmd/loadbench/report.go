package main

import (
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"
	"time"
)

// targets of the load test (issue 7).
const (
	targetP99Ratio = 4.0
	targetRSS      = 200 << 20
	flatGrowth     = 0.10 // last 10 s over first 10 s (after warm-up) at most +10%
)

// report writes the results as Markdown.
func report(w io.Writer, levels []*result, soak *soakResult, srv *serverProcess) {
	fmt.Fprintf(w, "newsbrief serve under load: POST /v1/briefs with AEB pages; %s, %s/%s, %d CPUs, %s\n",
		runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), time.Now().Format(time.DateOnly))
	if srv.cmd != nil {
		fmt.Fprintf(w, "server: newsbrief %s\n", strings.Join(srv.args, " "))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| clients | requests | errors | req/s | mean ms | p50 ms | p99 ms | max ms | peak RSS MB |")
	fmt.Fprintln(w, "|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
	for _, r := range levels {
		row(w, r)
	}
	if soak != nil {
		row(w, soak.result)
	}
	fmt.Fprintln(w)
	targets(w, levels)
	if soak != nil {
		soakReport(w, soak)
	}
	if _, peak := srv.rss(); peak > 0 {
		fmt.Fprintf(w, "- server's peak RSS over the whole run (VmHWM): %.1f MB (target ≤ %d MB): %s\n", mb(peak), targetRSS>>20, verdict(peak <= targetRSS))
	}
	if srv.cmd != nil {
		fmt.Fprintf(w, "- server log lines at level ERROR: %d\n", srv.logErrors.Load())
	}
}

func row(w io.Writer, r *result) {
	fmt.Fprintf(w, "| %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s |\n", r.Clients, r.Requests, r.Errors, r.rate(),
		ms(r.mean()), ms(r.percentile(0.50)), ms(r.percentile(0.99)), ms(r.percentile(1)), rssCell(r.PeakRSS))
	if r.Errors > 0 {
		var kinds []string
		for k, n := range r.Statuses {
			kinds = append(kinds, fmt.Sprintf("%s ×%d", k, n))
		}
		sort.Strings(kinds)
		fmt.Fprintf(w, "|  | errors: %s |\n", strings.Join(kinds, ", "))
	}
}

// targets compares p99 at 8 clients with the single-request time and
// counts the errors.
func targets(w io.Writer, levels []*result) {
	var one, eight *result
	errs := 0
	for _, r := range levels {
		switch r.Clients {
		case 1:
			one = r
		case 8:
			eight = r
		}
		errs += r.Errors
	}
	fmt.Fprintf(w, "- errors: %d (target 0): %s\n", errs, verdict(errs == 0))
	if one == nil || eight == nil {
		return
	}
	p99 := eight.percentile(0.99)
	for _, ref := range []struct {
		name string
		d    time.Duration
	}{{"mean", one.mean()}, {"p50", one.percentile(0.5)}, {"p99", one.percentile(0.99)}} {
		ratio := float64(p99) / float64(ref.d)
		fmt.Fprintf(w, "- p99 at 8 clients / %s at 1 client: %.1f ms / %.1f ms = %.2f× (target ≤ %.0f×): %s\n",
			ref.name, ms(p99), ms(ref.d), ratio, targetP99Ratio, verdict(ratio <= targetP99Ratio))
	}
}

// soakReport says whether the RSS stayed flat.
func soakReport(w io.Writer, s *soakResult) {
	var marks []string
	for i := 0; i < len(s.RSS); i += 10 {
		marks = append(marks, fmt.Sprintf("%.0f", mb(s.RSS[i])))
	}
	fmt.Fprintf(w, "- soak, %d clients for %v: RSS MB every 10 s: %s\n", s.Clients, s.Duration, strings.Join(marks, ", "))
	first, last := s.window(10, 20), s.window(len(s.RSS)-10, len(s.RSS))
	if first > 0 && last > 0 {
		growth := float64(last-first) / float64(first)
		fmt.Fprintf(w, "- soak RSS, mean of seconds 10–20 → mean of the last 10 s: %.1f MB → %.1f MB (%+.1f%%; flat means ≤ %+.0f%%): %s\n",
			mb(first), mb(last), 100*growth, 100*flatGrowth, verdict(growth <= flatGrowth))
	}
	fmt.Fprintf(w, "- soak peak RSS: %.1f MB (target ≤ %d MB): %s\n", mb(s.PeakRSS), targetRSS>>20, verdict(s.PeakRSS <= targetRSS))
}

func verdict(ok bool) string {
	if ok {
		return "met"
	}
	return "NOT met"
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func mb(n int64) float64 { return float64(n) / (1 << 20) }

func rssCell(n int64) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f", mb(n))
}
