package extract

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzFromReader feeds arbitrary pages to FromReader: it must not panic,
// must fail only with the package's errors, and must return consistent
// blocks.
func FuzzFromReader(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`<meta property="og:image" content="javascript:alert(1)"><link rel=canonical href="data:text/html,x"><p>text`))
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","articleBody":"a\nb",}]}</script>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := FromReader(bytes.NewReader(data), WithURL("https://example.com/a/b"), WithMaxBytes(1<<20))
		if err != nil {
			for _, want := range []error{ErrEmpty, ErrNotHTML, ErrNoArticle, ErrTooLarge, ErrMalformed} {
				if errors.Is(err, want) {
					return
				}
			}
			t.Fatalf("untyped error: %v", err)
		}
		for _, b := range a.Blocks {
			if b.Start < 0 || b.End > len(a.Text) || a.Text[b.Start:b.End] != b.Text {
				t.Fatalf("block %+v does not match the text", b)
			}
		}
		urls := []string{a.Image, a.CanonicalURL}
		urls = append(urls, a.Credits...)
		for _, l := range a.Links {
			urls = append(urls, l.URL)
		}
		for _, u := range urls {
			if u != "" && !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
				t.Fatalf("URL %q is not absolute http(s)", u)
			}
		}
	})
}
