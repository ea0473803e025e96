package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsbrief/newsbrief/internal/sentence"
)

// trafilaturaURLs maps each page file of shared/data/trafilatura/html to
// its URL, from evaldata.json.
func trafilaturaURLs(dir string) (map[string]string, error) {
	b, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return nil, err
	}
	var m map[string]struct {
		File string `json:"file"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	out := map[string]string{}
	for url, e := range m {
		out[e.File] = url
	}
	return out, nil
}

// listPages prints, for every trafilatura page, what extract finds: the
// language, sentence count, URL and title, so that news articles can be
// chosen by reading the list (see pages.txt).
func listPages(w io.Writer, dir string) error {
	urls, err := trafilaturaURLs(dir)
	if err != nil {
		return err
	}
	names := make([]string, 0, len(urls))
	for n := range urls {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		a, err := extractPage(filepath.Join(dir, "html", n), urls[n])
		if err != nil {
			fmt.Fprintf(w, "%s\terror\t%v\n", n, err)
			continue
		}
		fmt.Fprintf(w, "%s\t%s\t%d\t%s\t%s\n", n, a.Language, len(sentence.Split(a.Text)), urls[n], strings.TrimSpace(a.Title))
	}
	return nil
}
