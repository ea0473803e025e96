package aeb

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
)

// Page is one benchmark page.
type Page struct {
	// ID names the page; its HTML is html/<ID>.html.
	ID string
	// URL is the page's address.
	URL string
	// Truth is the annotated article body.
	Truth string
	// Path is the file holding the page's HTML.
	Path string
}

// HTML reads the page's HTML.
func (p Page) HTML() ([]byte, error) { return os.ReadFile(p.Path) }

// Load reads ground-truth.json in dir and returns the pages in ID order.
func Load(dir string) ([]Page, error) {
	data, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(data, &truth); err != nil {
		return nil, err
	}
	pages := make([]Page, 0, len(truth))
	for id, t := range truth {
		pages = append(pages, Page{ID: id, URL: t.URL, Truth: t.ArticleBody, Path: filepath.Join(dir, "html", id+".html")})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}
