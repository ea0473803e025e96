// Package trafeval loads the pages of trafilatura's evaluation corpus from
// the shared data directory and scores an extraction the way trafilatura's
// tests/evaluate.py does: per snippet, a "with" snippet found in the text
// is a true positive and a missed one a false negative; a "without"
// snippet found is a false positive and an absent one a true negative.
// Snippets and text are compared after collapsing white space.
//
//	pages, err := trafeval.Load(filepath.Join(sharedDir, "data", "trafilatura"))
//	var c trafeval.Counts
//	for _, p := range pages { c.Add(p.Score(text)) }
//	prec, rec, acc, f1 := c.Result()
package trafeval

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Page is one annotated page.
type Page struct {
	// ID is the page's file name in html/, such as "bmjv.de.konsum.html".
	ID string
	// URL is the page's address.
	URL string
	// With are snippets the article text must hold; Without are snippets
	// of boilerplate it must not hold.
	With, Without []string
	// Path is the file holding the page's HTML.
	Path string
}

// HTML reads the page's HTML.
func (p Page) HTML() ([]byte, error) { return os.ReadFile(p.Path) }

// Load reads evaldata.json in dir and returns the pages in ID order.
func Load(dir string) ([]Page, error) {
	data, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return nil, err
	}
	var eval map[string]struct {
		File    string   `json:"file"`
		With    []string `json:"with"`
		Without []string `json:"without"`
	}
	if err := json.Unmarshal(data, &eval); err != nil {
		return nil, err
	}
	pages := make([]Page, 0, len(eval))
	for u, e := range eval {
		pages = append(pages, Page{ID: e.File, URL: u, With: e.With, Without: e.Without,
			Path: filepath.Join(dir, "html", e.File)})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

// Counts are snippet outcomes over one or more pages.
type Counts struct {
	TP, FN, FP, TN int
}

// Score counts the page's snippets found and missed in text.
func (p Page) Score(text string) Counts {
	missed, found := p.Misses(text)
	return Counts{TP: len(p.With) - len(missed), FN: len(missed), FP: len(found), TN: len(p.Without) - len(found)}
}

// Misses returns the With snippets text lacks and the Without snippets it
// holds: what Score counts as false negatives and false positives.
func (p Page) Misses(text string) (missed, found []string) {
	text = collapse(text)
	for _, s := range p.With {
		if !strings.Contains(text, collapse(s)) {
			missed = append(missed, s)
		}
	}
	for _, s := range p.Without {
		if strings.Contains(text, collapse(s)) {
			found = append(found, s)
		}
	}
	return missed, found
}

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.TP += o.TP
	c.FN += o.FN
	c.FP += o.FP
	c.TN += o.TN
}

// Result returns precision, recall, accuracy and F1 (0 where undefined).
func (c Counts) Result() (precision, recall, accuracy, f1 float64) {
	precision = ratio(c.TP, c.TP+c.FP)
	recall = ratio(c.TP, c.TP+c.FN)
	accuracy = ratio(c.TP+c.TN, c.TP+c.TN+c.FP+c.FN)
	if precision+recall > 0 {
		f1 = 2 * precision * recall / (precision + recall)
	}
	return precision, recall, accuracy, f1
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
