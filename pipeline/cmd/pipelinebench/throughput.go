package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// throughput compares the pipeline on Prism with newsbrief batch on the
// same pages.
func throughput(dir string, args []string) error {
	fs := flag.NewFlagSet("throughput", flag.ContinueOnError)
	copies := fs.Int("copies", 10, "how many times the AEB pages are packed")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *newsbriefBin == "" {
		return fmt.Errorf("throughput needs -newsbrief")
	}
	pages, err := aebPages()
	if err != nil {
		return err
	}
	warc, jsonl := filepath.Join(dir, "aeb.warc.gz"), filepath.Join(dir, "aeb.jsonl")
	if err := packAEB(pages, *copies, warc, jsonl); err != nil {
		return err
	}
	n := len(pages) * *copies
	fmt.Printf("%d AEB pages ×%d = %d articles\n", len(pages), *copies, n)
	b, _, err := runChild(*newsbriefBin, "batch", "-workers", "2", "-in", jsonl, "-out", filepath.Join(dir, "batch.jsonl"))
	if err != nil && !strings.Contains(err.Error(), "exit status") {
		return err
	}
	fmt.Printf("newsbrief batch -workers 2: %s, %.1f articles/s\n", b, float64(n)/b.wall.Seconds())
	for _, perArticle := range []bool{false, true} {
		out := filepath.Join(dir, "out-"+strconv.FormatBool(perArticle))
		p, stderr, err := runChild(*pipelineBin, "-input", warc, "-output", out, "-per-article="+strconv.FormatBool(perArticle))
		if err != nil {
			return err
		}
		fmt.Printf("pipeline (prism, -per-article=%v): %s, %.1f articles/s = %.2f× batch (by CPU time %.2f×); %s", perArticle, p,
			float64(n)/p.wall.Seconds(), b.wall.Seconds()/p.wall.Seconds(), b.cpu.Seconds()/p.cpu.Seconds(), lastLine(stderr))
		os.RemoveAll(out)
	}
	return nil
}

// lastLine is the last line of a command's stderr (the counts).
func lastLine(s string) string {
	s = strings.TrimRight(s, "\n")
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		s = s[i+1:]
	}
	return s + "\n"
}

// rss runs the pipeline at each number of copies and reports its peak
// RSS.
func rss(dir string, args []string) error {
	fs := flag.NewFlagSet("rss", flag.ContinueOnError)
	list := fs.String("copies", "2,8,32", "numbers of copies, comma-separated")
	if err := fs.Parse(args); err != nil {
		return err
	}
	pages, err := aebPages()
	if err != nil {
		return err
	}
	for _, c := range strings.Split(*list, ",") {
		copies, err := strconv.Atoi(c)
		if err != nil {
			return err
		}
		warc := filepath.Join(dir, "rss.warc.gz")
		if err := packAEB(pages, copies, warc, ""); err != nil {
			return err
		}
		st, _ := os.Stat(warc)
		out := filepath.Join(dir, "out-rss")
		p, stderr, err := runChild(*pipelineBin, "-input", warc, "-output", out)
		if err != nil {
			return err
		}
		fmt.Printf("×%d (%d articles, WARC %d MiB): %s; %s", copies, copies*len(pages), st.Size()>>20, p, lastLine(stderr))
		os.RemoveAll(out)
		os.Remove(warc)
	}
	return nil
}
