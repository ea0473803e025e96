// Command buildbench measures what building a brief costs as the text
// grows: it joins news articles from ../shared (CNN/DailyMail, then BBC)
// into plain texts of the sizes asked for, and times compose.Build on
// each, best of -runs runs. It also times a text of short, distinct
// sentences, the shape that makes a sentence graph largest, and checks
// that a cancelled context stops a build quickly.
//
//	cd bench && go run ./cmd/buildbench -sizes 100KB,1MiB -runs 3
//	cd bench && go run ./cmd/buildbench -aeb   # building against extracting, on the AEB pages
//
// It prints, per size, the best wall time and the best CPU time of the
// runs (CPU time counts every thread, the garbage collector's too, and is
// the steadier figure on a busy machine).
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/newsbrief/newsbrief"
	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
	"github.com/newsbrief/newsbrief/extract"
	"github.com/newsbrief/newsbrief/internal/aeb"
	"github.com/newsbrief/newsbrief/internal/shared"
)

func main() {
	sizes := flag.String("sizes", "10KB,100KB,1MiB", "comma-separated text `sizes` (KB = 1000 B, KiB/MiB = 1024-based)")
	runs := flag.Int("runs", 3, "runs per size; the best is reported")
	aebRatio := flag.Bool("aeb", false, "instead, compare building with extracting on the AEB news pages (target: build ≤ half of extract)")
	flag.Parse()
	run := run
	if *aebRatio {
		run = func(string, int) error { return compareWithExtract(*runs) }
	}
	if err := run(*sizes, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "buildbench:", err)
		os.Exit(1)
	}
}

func run(sizeList string, runs int) error {
	dir, err := shared.Dir()
	if err != nil {
		return err
	}
	articles, err := loadArticles(filepath.Join(dir, "data", "summ", "cnndm_frank.jsonl"), filepath.Join(dir, "data", "summ", "bbc_news_summary.jsonl"))
	if err != nil {
		return err
	}
	fmt.Printf("%-10s %-8s %10s %10s %10s %8s\n", "size", "text", "wall", "cpu", "sentences", "points")
	for _, f := range strings.Split(sizeList, ",") {
		n, err := parseSize(strings.TrimSpace(f))
		if err != nil {
			return err
		}
		for _, kind := range []string{"news", "short"} {
			text := newsText(articles, n)
			if kind == "short" {
				text = shortText(n)
			}
			wall, cpu, points, err := timeBuild(text, runs)
			if err != nil {
				return fmt.Errorf("%s %s: %w", f, kind, err)
			}
			fmt.Printf("%-10s %-8s %10s %10s %10d %8d\n", f, kind, wall.Round(time.Millisecond), cpu.Round(time.Millisecond), strings.Count(text, ". "), points)
		}
	}
	text := newsText(articles, 1<<20)
	ctx, cancel := context.WithCancel(context.Background())
	start := time.Now()
	time.AfterFunc(50*time.Millisecond, cancel)
	_, err = compose.Build(ctx, []brief.Document{{Title: "Cancelled", Text: text}})
	fmt.Printf("cancelled after 50 ms: returned after %s with %v\n", time.Since(start).Round(time.Millisecond), err)
	if !errors.Is(err, context.Canceled) {
		return fmt.Errorf("a cancelled build returned %v", err)
	}
	return nil
}

// timeBuild builds the brief of text runs times and returns the fastest
// run's wall time and CPU time (all threads: the garbage collector's too)
// and how many points the brief had. On a busy machine the CPU time is the
// steadier figure.
func timeBuild(text string, runs int) (wall, cpu time.Duration, points int, err error) {
	for i := range runs {
		start, cpuStart := time.Now(), cpuTime()
		b, err := compose.Build(context.Background(), []brief.Document{{Title: "A long text", Text: text}})
		d, c := time.Since(start), cpuTime()-cpuStart
		if err != nil {
			return 0, 0, 0, err
		}
		if i == 0 || d < wall {
			wall = d
		}
		if i == 0 || c < cpu {
			cpu = c
		}
		points = len(b.KeyInsights) + len(b.Summary) + len(b.Risks) + len(b.Opportunities) + len(b.Unknowns) + len(b.WhyItMatters)
	}
	return wall, cpu, points, nil
}

// cpuTime is the CPU time the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// newsText joins articles, blank-line separated, until the text is n bytes.
func newsText(articles []string, n int) string {
	var b strings.Builder
	for b.Len() < n {
		for _, a := range articles {
			b.WriteString(a)
			b.WriteString("\n\n")
			if b.Len() >= n {
				break
			}
		}
	}
	return b.String()[:n]
}

// shortText is n bytes of short sentences, each with its own words.
func shortText(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Officials in district %d said tram line %d will reopen. ", i, i*7)
		if i%5 == 4 {
			b.WriteString("\n\n")
		}
	}
	return b.String()[:n]
}

func loadArticles(paths ...string) ([]string, error) {
	var out []string
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			var a struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				f.Close()
				return nil, err
			}
			out = append(out, a.Text)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func parseSize(s string) (int, error) {
	for _, u := range []struct {
		suffix string
		mult   int
	}{{"MiB", 1 << 20}, {"KiB", 1 << 10}, {"MB", 1e6}, {"KB", 1e3}, {"B", 1}} {
		if num, ok := strings.CutSuffix(s, u.suffix); ok {
			v, err := strconv.Atoi(num)
			if err != nil || v <= 0 {
				return 0, fmt.Errorf("bad size %q", s)
			}
			return v * u.mult, nil
		}
	}
	return 0, fmt.Errorf("bad size %q: want e.g. 100KB or 1MiB", s)
}

// compareWithExtract times extracting each AEB page and building its brief,
// runs times over all pages, and prints the ratio of the CPU times: a brief
// should cost at most half what finding the article costs.
func compareWithExtract(runs int) error {
	dir, err := shared.Dir()
	if err != nil {
		return err
	}
	pages, err := aeb.Load(filepath.Join(dir, "data", "aeb"))
	if err != nil {
		return err
	}
	var extractCPU, buildCPU time.Duration
	for range runs {
		for _, p := range pages {
			data, err := p.HTML()
			if err != nil {
				return err
			}
			start := cpuTime()
			a, err := extract.FromReader(bytes.NewReader(data), extract.WithURL(p.URL))
			extractCPU += cpuTime() - start
			if err != nil {
				continue
			}
			start = cpuTime()
			_, _ = compose.Build(context.Background(), []brief.Document{newsbrief.Document(a, newsbrief.Meta{})})
			buildCPU += cpuTime() - start
		}
	}
	fmt.Printf("%d pages ×%d: extract %s CPU, build %s CPU, build/extract %.2f\n", len(pages), runs,
		extractCPU.Round(time.Millisecond), buildCPU.Round(time.Millisecond), float64(buildCPU)/float64(extractCPU))
	return nil
}
