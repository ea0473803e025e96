package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"

	"github.com/nlnwa/gowarc/v3"

	"github.com/newsbrief/newsbrief/pipeline/warcpack"
)

// counts runs the pipeline over the AEB pages with records that hold no
// article, garbage pages, garbage bytes and a truncated last record mixed
// in, and prints what it expected next to the counts the run wrote.
func counts(dir string) error {
	pages, err := aebPages()
	if err != nil {
		return err
	}
	warc := filepath.Join(dir, "mixed.warc.gz")
	f, err := os.Create(warc)
	if err != nil {
		return err
	}
	b := bufio.NewWriter(f)
	w := warcpack.NewWriter(b)
	junk := 0
	for i, p := range pages {
		html, err := p.HTML()
		if err != nil {
			return err
		}
		if err := w.Page(p.URL, packDate, html); err != nil {
			return err
		}
		switch i % 5 {
		case 0:
			err = w.Record(gowarc.Request, p.URL, packDate, "application/http;msgtype=request", []byte("GET / HTTP/1.1\r\nHost: x\r\n\r\n"))
		case 1:
			err = w.Response(p.URL+".pdf", packDate, 200, "application/pdf", []byte("%PDF-1.4\n"))
		case 2:
			err = w.Page(p.URL+"/garbage", packDate, []byte("\x00\x01garbage\xff\xfe"))
		case 3:
			err = w.Raw([]byte("not a record\r\n"))
		case 4:
			err = w.Response(p.URL+"/404", packDate, 404, "text/html", []byte("<h1>Not found</h1>"))
		}
		if err != nil {
			return err
		}
		junk++
	}
	if err := w.Close(); err != nil {
		return err
	}
	html, err := pages[0].HTML()
	if err != nil {
		return err
	}
	// A truncated last record: half of one gzip member.
	tmp := filepath.Join(dir, "last.warc.gz")
	lf, err := os.Create(tmp)
	if err != nil {
		return err
	}
	lw := warcpack.NewWriter(lf)
	if err := lw.Page(pages[0].URL+"/cut", packDate, html); err != nil {
		return err
	}
	lf.Close()
	last, err := os.ReadFile(tmp)
	if err != nil {
		return err
	}
	b.Write(last[:len(last)/2])
	if err := b.Flush(); err != nil {
		return err
	}
	f.Close()
	os.Remove(tmp)
	fmt.Printf("WARC: %d AEB pages, %d junk records or chunks, 1 truncated last record: %d records expected\n", len(pages), junk, len(pages)+junk+1)
	out := filepath.Join(dir, "out-mixed")
	p, stderr, err := runChild(*pipelineBin, "-input", warc, "-output", out)
	if err != nil {
		return err
	}
	fmt.Printf("pipeline: %s; %s", p, lastLine(stderr))
	c, err := os.ReadFile(filepath.Join(out, "counts.json"))
	if err != nil {
		return err
	}
	fmt.Printf("%s", c)
	return nil
}
