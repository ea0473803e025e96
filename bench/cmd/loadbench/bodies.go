package main

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/newsbrief/newsbrief/internal/aeb"
	"github.com/newsbrief/newsbrief/server"
)

// loadBodies makes a POST /v1/briefs body of each AEB page in dir.
func loadBodies(dir string) ([][]byte, error) {
	pages, err := aeb.Load(dir)
	if err != nil {
		return nil, err
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("no pages in %s", dir)
	}
	bodies := make([][]byte, len(pages))
	for i, p := range pages {
		html, err := p.HTML()
		if err != nil {
			return nil, err
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false) // a page's < and > as they are, not \u003c
		if err := enc.Encode(server.BriefRequest{Articles: []server.Article{{HTML: string(html), URL: p.URL}}}); err != nil {
			return nil, err
		}
		bodies[i] = buf.Bytes()
	}
	return bodies, nil
}

func totalSize(bodies [][]byte) int {
	n := 0
	for _, b := range bodies {
		n += len(b)
	}
	return n
}
