package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"

	"github.com/newsbrief/newsbrief"
	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/extract"
)

// trafPages reads trafilatura's evaluation index: page file → URL.
func trafPages(dir string) (map[string]string, error) {
	data, err := os.ReadFile(filepath.Join(dir, "data", "trafilatura", "evaldata.json"))
	if err != nil {
		return nil, err
	}
	var eval map[string]struct{ File string }
	if err := json.Unmarshal(data, &eval); err != nil {
		return nil, err
	}
	pages := make(map[string]string, len(eval))
	for url, e := range eval {
		pages[e.File] = url
	}
	return pages, nil
}

// trafIDs lists the trafilatura pages (their file names), sorted.
func trafIDs(dir string) ([]string, error) {
	pages, err := trafPages(dir)
	if err != nil {
		return nil, err
	}
	var ids []string
	for f := range pages {
		ids = append(ids, f)
	}
	slices.Sort(ids)
	return ids, nil
}

// loadTraf makes the document of one trafilatura page, as newsbrief batch
// would.
func loadTraf(dir, id string) ([]brief.Document, error) {
	pages, err := trafPages(dir)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(filepath.Join(dir, "data", "trafilatura", "html", id))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	a, err := extract.FromReader(f, extract.WithURL(pages[id]))
	if err != nil {
		return nil, err
	}
	return []brief.Document{newsbrief.Document(a, newsbrief.Meta{})}, nil
}
