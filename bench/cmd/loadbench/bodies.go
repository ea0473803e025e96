package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

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

// smallTextSize is about how long a small brief's article is.
const smallTextSize = 3000

// loadSmall makes a small POST /v1/briefs body of each AEB page in dir:
// the first paragraphs of its ground-truth text, about smallTextSize
// bytes, as {"articles": [{"text", "url"}]}.
func loadSmall(dir string) ([][]byte, error) {
	pages, err := aeb.Load(dir)
	if err != nil {
		return nil, err
	}
	var bodies [][]byte
	for _, p := range pages {
		text := p.Truth
		if len(text) > smallTextSize {
			cut := strings.LastIndex(text[:smallTextSize], "\n")
			if cut < smallTextSize/3 {
				cut = smallTextSize
				for cut < len(text) && !utf8.RuneStart(text[cut]) {
					cut++
				}
			}
			text = text[:cut]
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		data, err := json.Marshal(server.BriefRequest{Articles: []server.Article{{Text: text, URL: p.URL}}})
		if err != nil {
			return nil, err
		}
		bodies = append(bodies, data)
	}
	if len(bodies) == 0 {
		return nil, fmt.Errorf("no page with text in %s", dir)
	}
	return bodies, nil
}
