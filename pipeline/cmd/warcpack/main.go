// Command warcpack packs HTML pages into a WARC file (gzip members), to
// make input for newsbrief-pipeline:
//
//	go run ./cmd/warcpack -out pages.warc.gz -copies 10 ../extract/testdata/*.html
//
// Each page becomes a response record of https://pages.example/<file name>
// (with ?copy=N for copies after the first), crawled at -date. A .jsonl
// file given instead is read as `newsbrief batch` input: lines with
// "html" are packed as they are, lines with "text" as a minimal HTML page.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsbrief/newsbrief/pipeline/warcpack"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "warcpack:", err)
		os.Exit(1)
	}
}

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("warcpack", flag.ContinueOnError)
	out := fs.String("out", "", "output `FILE.warc.gz`")
	copies := fs.Int("copies", 1, "how many times to pack each page")
	base := fs.String("base", "https://pages.example/", "URL prefix of the pages' file names")
	date := fs.String("date", "2026-01-01T00:00:00Z", "WARC-Date of every record (RFC 3339)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" || fs.NArg() == 0 || *copies < 1 {
		return fmt.Errorf("usage: warcpack -out FILE.warc.gz [-copies N] PAGE.html|FILE.jsonl...")
	}
	crawled, err := time.Parse(time.RFC3339, *date)
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	w := warcpack.NewWriter(bw)
	n := 0
	for c := 0; c < *copies; c++ {
		for _, path := range fs.Args() {
			k, err := pack(w, path, *base, c, crawled)
			if err != nil {
				f.Close()
				return err
			}
			n += k
		}
	}
	if err := w.Close(); err != nil {
		f.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	fmt.Fprintf(stderr, "warcpack: %d records in %s\n", n, *out)
	return f.Close()
}

// pack writes the records of one file, the copy-th time.
func pack(w *warcpack.Writer, path, base string, copy int, crawled time.Time) (int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	suffix := ""
	if copy > 0 {
		suffix = fmt.Sprintf("?copy=%d", copy)
	}
	if !strings.HasSuffix(path, ".jsonl") {
		return 1, w.Page(base+filepath.Base(path)+suffix, crawled, data)
	}
	n := 0
	for i, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var a struct {
			ID, HTML, Text, URL, Title, Outlet string
			Published                          time.Time
		}
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			return n, fmt.Errorf("%s:%d: %w", path, i+1, err)
		}
		url := a.URL
		if url == "" {
			url = base + filepath.Base(path) + fmt.Sprintf("/%d", i+1)
		}
		page := []byte(a.HTML)
		if a.HTML == "" {
			page = warcpack.TextPage(a.Title, a.Outlet, a.Published, a.Text)
		}
		if err := w.Page(url+suffix, crawled, page); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
