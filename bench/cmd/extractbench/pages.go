package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsbrief/newsbrief/internal/aeb"
	"github.com/newsbrief/newsbrief/internal/devsplit"
	"github.com/newsbrief/newsbrief/internal/shared"
	"github.com/newsbrief/newsbrief/internal/shingle"
	"github.com/newsbrief/newsbrief/internal/trafeval"
)

// The data sets extractbench knows.
const (
	setAEB         = "aeb"
	setTrafilatura = "trafilatura"
)

var setNames = []string{setAEB, setTrafilatura}

// page is one page of a data set, read into memory, with the way to score
// an extraction of it.
type page struct {
	set, id, url string
	part         devsplit.Part
	html         []byte
	aeb          *aeb.Page      // set "aeb"
	traf         *trafeval.Page // set "trafilatura"
}

// score is one extraction's outcome: shingle counts on AEB pages, snippet
// counts on trafilatura pages.
type score struct {
	shingle shingle.Match
	snippet trafeval.Counts
}

// f1 is the page's own F1.
func (p *page) f1(s score) float64 {
	if p.aeb != nil {
		return pageF1(s.shingle)
	}
	_, _, _, f := s.snippet.Result()
	return f
}

// score scores text, the extraction of p.
func (p *page) score(text string) score {
	if p.aeb != nil {
		return score{shingle: shingle.Compare(text, p.aeb.Truth)}
	}
	return score{snippet: p.traf.Score(text)}
}

// loadSets reads the named data sets (comma-separated; all when empty).
// aebDir and trafDir override their default places beside the module.
func loadSets(names, aebDir, trafDir string) ([]*page, error) {
	want := setNames
	if names != "" {
		want = nil
		for n := range strings.SplitSeq(names, ",") {
			n = strings.TrimSpace(n)
			if !slices.Contains(setNames, n) {
				return nil, fmt.Errorf("unknown data set %q (have %s)", n, strings.Join(setNames, ", "))
			}
			want = append(want, n)
		}
	}
	var pages []*page
	for _, set := range want {
		var err error
		switch set {
		case setAEB:
			pages, err = loadAEB(pages, aebDir)
		case setTrafilatura:
			pages, err = loadTrafilatura(pages, trafDir)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", set, err)
		}
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("no pages in %s", strings.Join(want, ", "))
	}
	return pages, nil
}

func loadAEB(pages []*page, dir string) ([]*page, error) {
	if dir == "" {
		var err error
		if dir, err = sharedData("aeb"); err != nil {
			return nil, err
		}
	}
	ps, err := aeb.Load(dir)
	if err != nil {
		return nil, err
	}
	for i := range ps {
		p := &ps[i]
		data, err := p.HTML()
		if err != nil {
			return nil, err
		}
		pages = append(pages, &page{set: setAEB, id: p.ID, url: p.URL, part: devsplit.Of(p.ID), html: data, aeb: p})
	}
	return pages, nil
}

func loadTrafilatura(pages []*page, dir string) ([]*page, error) {
	if dir == "" {
		var err error
		if dir, err = sharedData("trafilatura"); err != nil {
			return nil, err
		}
	}
	ps, err := trafeval.Load(dir)
	if err != nil {
		return nil, err
	}
	for i := range ps {
		p := &ps[i]
		data, err := p.HTML()
		if err != nil {
			return nil, err
		}
		pages = append(pages, &page{set: setTrafilatura, id: p.ID, url: p.URL, part: devsplit.Of(p.ID), html: data, traf: p})
	}
	return pages, nil
}

// sharedData returns shared/data/name beside the main module's root.
func sharedData(name string) (string, error) {
	dir, err := shared.Dir()
	if err != nil {
		return "", fmt.Errorf("%w; pass -data or -traf", err)
	}
	return filepath.Join(dir, "data", name), nil
}
