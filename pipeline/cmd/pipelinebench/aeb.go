package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/newsbrief/newsbrief/internal/aeb"
	"github.com/newsbrief/newsbrief/internal/shared"
	"github.com/newsbrief/newsbrief/pipeline/warcpack"
)

var packDate = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// aebPages loads the AEB pages of the shared data.
func aebPages() ([]aeb.Page, error) {
	dir, err := shared.Dir()
	if err != nil {
		return nil, err
	}
	return aeb.Load(filepath.Join(dir, "data", "aeb"))
}

// copyURL is the URL of the copy-th copy of a page.
func copyURL(u string, copy int) string {
	if copy == 0 {
		return u
	}
	sep := "?"
	if strings.Contains(u, "?") {
		sep = "&"
	}
	return u + sep + "copy=" + strconv.Itoa(copy)
}

// packAEB writes the AEB pages ×copies as a WARC file and, when jsonl is
// not empty, as `newsbrief batch` input.
func packAEB(pages []aeb.Page, copies int, warc, jsonl string) error {
	wf, err := os.Create(warc)
	if err != nil {
		return err
	}
	defer wf.Close()
	wb := bufio.NewWriterSize(wf, 1<<20)
	w := warcpack.NewWriter(wb)
	var jb *bufio.Writer
	if jsonl != "" {
		jf, err := os.Create(jsonl)
		if err != nil {
			return err
		}
		defer jf.Close()
		jb = bufio.NewWriterSize(jf, 1<<20)
	}
	for c := range copies {
		for _, p := range pages {
			html, err := p.HTML()
			if err != nil {
				return err
			}
			u := copyURL(p.URL, c)
			if err := w.Page(u, packDate, html); err != nil {
				return err
			}
			if jb != nil {
				line, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("%s-%d", p.ID, c), "html": string(html), "url": u})
				jb.Write(append(line, '\n'))
			}
		}
	}
	if err := w.Close(); err != nil {
		return err
	}
	if jb != nil {
		if err := jb.Flush(); err != nil {
			return err
		}
	}
	return wb.Flush()
}
