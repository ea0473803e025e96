// Package labeldata loads the articles of the labelled sentence corpus
// (testdata/labels in the main module) from the shared data directory and
// joins them with the committed label files, which hold offsets and
// hashes but no text.
package labeldata

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsbrief/newsbrief/bench/internal/jsonl"
	"github.com/newsbrief/newsbrief/extract"
)

// An Article is one text to split and label. Text is exactly the text the
// dataset gives (for HTML pages: the text extract returns), so that the
// byte offsets of its sentences can be found again.
type Article struct {
	ID     string // "<source>:<id in the source>", unique over the corpus
	Source string // bbc, cnndm, xsum, allsides, multiling, trafilatura, kr50, aeb
	Title  string
	Text   string
	Lang   string // "en" or "ko"
}

// Group is the unit of the labelled corpus's split: all outlets' articles
// of an AllSides story, all articles of a MultiLing topic, otherwise the
// article.
func Group(a Article) string {
	id := strings.TrimPrefix(a.ID, a.Source+":")
	switch a.Source {
	case "allsides":
		id, _, _ = strings.Cut(id, "/")
	case "multiling":
		id = id[:min(4, len(id))] // M000 of M0000.english
	}
	return a.Source + ":" + id
}

// summLine is a line of a shared/data/summ set.
type summLine struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Text    string `json:"text"`
	Sources []struct {
		ID    string `json:"id"`
		Title string `json:"title"`
		Text  string `json:"text"`
	} `json:"sources"`
}

// allsidesLine is a story of shared/data/multi/allsides_neus.jsonl.
type allsidesLine struct {
	ID       string `json:"id"`
	Articles []struct {
		Outlet string `json:"outlet"`
		Title  string `json:"title"`
		Text   string `json:"text"`
	} `json:"articles"`
}

// loadSumm reads one summarisation set as articles of the given source.
func loadSumm(path, source, lang string) ([]Article, error) {
	var out []Article
	err := jsonl.Each(path, func(b []byte) error {
		var l summLine
		if err := json.Unmarshal(b, &l); err != nil {
			return err
		}
		out = append(out, Article{ID: source + ":" + l.ID, Source: source, Title: l.Title, Text: l.Text, Lang: lang})
		return nil
	})
	return out, err
}

// loadMultiLing reads each topic's source articles (not the topic's
// concatenated text).
func loadMultiLing(path string) ([]Article, error) {
	var out []Article
	err := jsonl.Each(path, func(b []byte) error {
		var l summLine
		if err := json.Unmarshal(b, &l); err != nil {
			return err
		}
		for _, s := range l.Sources {
			out = append(out, Article{ID: "multiling:" + s.ID, Source: "multiling", Title: s.Title, Text: s.Text, Lang: "en"})
		}
		return nil
	})
	return out, err
}

// loadAllSides reads each outlet's article of each story; its id is the
// story id and the article's index in the story.
func loadAllSides(path string) ([]Article, error) {
	var out []Article
	err := jsonl.Each(path, func(b []byte) error {
		var l allsidesLine
		if err := json.Unmarshal(b, &l); err != nil {
			return err
		}
		for i, a := range l.Articles {
			out = append(out, Article{
				ID: fmt.Sprintf("allsides:%s/%d", l.ID, i), Source: "allsides",
				Title: a.Title + " (" + a.Outlet + ")", Text: a.Text, Lang: "en",
			})
		}
		return nil
	})
	return out, err
}

// loadPages extracts the named HTML pages of a directory with package
// extract. pages maps file name to the page's URL ("" when unknown).
func loadPages(dir, source string, pages map[string]string, lang string) ([]Article, error) {
	names := make([]string, 0, len(pages))
	for n := range pages {
		names = append(names, n)
	}
	sort.Strings(names)
	var out []Article
	for _, n := range names {
		a, err := ExtractPage(filepath.Join(dir, n), pages[n])
		if err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		out = append(out, Article{ID: source + ":" + n, Source: source, Title: a.Title, Text: a.Text, Lang: lang})
	}
	return out, nil
}

// ExtractPage runs extract on one HTML file.
func ExtractPage(path, url string) (*extract.Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var opts []extract.Option
	if url != "" {
		opts = append(opts, extract.WithURL(url))
	}
	return extract.FromReader(f, opts...)
}
