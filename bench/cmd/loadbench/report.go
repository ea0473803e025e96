package main

import (
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"
	"time"
)

// targets of the load test (issue 19).
const (
	targetP99Ratio    = 3.0       // p99 at 4 clients over p99 at 1; p99 under attack over p99 alone
	targetRSS         = 300 << 20 // at 64 clients, and in the soak
	targetAttackRSS   = 1 << 30   // under attack
	flatGrowth        = 0.10      // last 10 s over first 10 s (after warm-up) at most +10%
	targetLevelClient = 4
)

// report writes the results as Markdown.
func report(w io.Writer, levels []*result, soak *soakResult, srv *serverProcess) {
	fmt.Fprintf(w, "newsbrief serve under load: POST /v1/briefs with AEB pages; %s, %s/%s, %d CPUs, %s\n",
		runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), time.Now().Format(time.DateOnly))
	if srv.cmd != nil {
		fmt.Fprintf(w, "server: newsbrief %s\n", strings.Join(srv.args, " "))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| clients | requests | errors | 503+Retry-After | req/s | mean ms | p50 ms | p99 ms | max ms | peak RSS MB |")
	fmt.Fprintln(w, "|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
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
	fmt.Fprintf(w, "| %d | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s |\n", r.Clients, r.Requests, r.Errors, r.Busy, r.rate(),
		ms(r.mean()), ms(r.percentile(0.50)), ms(r.percentile(0.99)), ms(r.percentile(1)), rssCell(r.PeakRSS))
	if r.Errors+r.Busy > 0 {
		var kinds []string
		for k, n := range r.Statuses {
			kinds = append(kinds, fmt.Sprintf("%s ×%d", k, n))
		}
		sort.Strings(kinds)
		fmt.Fprintf(w, "|  | errors: %s |\n", strings.Join(kinds, ", "))
	}
}

// targets compares p99 at 4 clients with p99 at 1 client, and checks
// the errors and, at 64 clients, the RSS.
func targets(w io.Writer, levels []*result) {
	var one, four *result
	errs := 0
	for _, r := range levels {
		switch r.Clients {
		case 1:
			one = r
		case targetLevelClient:
			four = r
		}
		errs += r.Errors
		if r.Clients >= 64 && r.PeakRSS > 0 {
			fmt.Fprintf(w, "- %d clients: peak RSS %.1f MB (target ≤ %d MB): %s; 503 with Retry-After: %d (allowed)\n",
				r.Clients, mb(r.PeakRSS), targetRSS>>20, verdict(r.PeakRSS <= targetRSS), r.Busy)
		}
	}
	fmt.Fprintf(w, "- errors other than 503 with Retry-After: %d (target 0): %s\n", errs, verdict(errs == 0))
	if one == nil || four == nil {
		return
	}
	p99, ref := four.percentile(0.99), one.percentile(0.99)
	ratio := float64(p99) / float64(ref)
	fmt.Fprintf(w, "- p99 at %d clients / p99 at 1 client: %.1f ms / %.1f ms = %.2f× (target ≤ %.0f×): %s\n",
		targetLevelClient, ms(p99), ms(ref), ratio, targetP99Ratio, verdict(ratio <= targetP99Ratio))
	if four.Busy > 0 {
		fmt.Fprintf(w, "- %d clients got %d 503s (target 0): NOT met\n", targetLevelClient, four.Busy)
	}
}

// attackReport writes the attack run's results as Markdown.
func attackReport(w io.Writer, a *attackResult, srv *serverProcess) {
	fmt.Fprintf(w, "newsbrief serve under attack: small briefs (POST /v1/briefs, ~3 kB AEB texts) alone, then while %d clients post "+
		"%d-byte pathological texts in a loop and %d connections send their bodies a byte every 4 s; %s, %s/%s, %d CPUs, %s\n",
		a.PathoClients, a.PathoSize, a.Slow, runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), time.Now().Format(time.DateOnly))
	if srv.cmd != nil {
		fmt.Fprintf(w, "server: newsbrief %s\n", strings.Join(srv.args, " "))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| small briefs | requests | errors | 503+Retry-After | req/s | mean ms | p50 ms | p99 ms | max ms | peak RSS MB |")
	fmt.Fprintln(w, "|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
	for _, r := range []*result{a.Idle, a.Attacked} {
		row(w, r)
	}
	fmt.Fprintln(w)
	ok := a.Attacked.Errors == 0 && a.Attacked.Busy == 0
	fmt.Fprintf(w, "- small briefs under attack: %d of %d answered 200 (target all): %s\n",
		a.Attacked.Requests-a.Attacked.Errors-a.Attacked.Busy, a.Attacked.Requests, verdict(ok))
	p99, ref := a.Attacked.percentile(0.99), a.Idle.percentile(0.99)
	ratio := float64(p99) / float64(ref)
	fmt.Fprintf(w, "- p99 under attack / p99 alone: %.1f ms / %.1f ms = %.2f× (target ≤ %.0f×): %s\n",
		ms(p99), ms(ref), ratio, targetP99Ratio, verdict(ratio <= targetP99Ratio))
	if a.PeakRSS > 0 {
		fmt.Fprintf(w, "- server's peak RSS under attack: %.1f MB (target ≤ %d MB): %s\n", mb(a.PeakRSS), targetAttackRSS>>20, verdict(a.PeakRSS <= targetAttackRSS))
	}
	var kinds []string
	for k, n := range a.Patho {
		kinds = append(kinds, fmt.Sprintf("%s ×%d", k, n))
	}
	sort.Strings(kinds)
	fmt.Fprintf(w, "- pathological requests that ended: %s\n", strings.Join(kinds, ", "))
	fmt.Fprintf(w, "- slow-body connections opened %d, cut off by the server %d\n", a.SlowOpened.Load(), a.SlowCut.Load())
	if srv.cmd != nil {
		fmt.Fprintf(w, "- server log lines at level ERROR: %d\n", srv.logErrors.Load())
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
	fmt.Fprintf(w, "- soak errors other than 503 with Retry-After: %d (target 0): %s\n", s.Errors, verdict(s.Errors == 0))
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
