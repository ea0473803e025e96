package main

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsbrief/newsbrief/bench/internal/labeldata"

	"github.com/newsbrief/newsbrief/internal/sentence"
)

// listPages prints, for every trafilatura page, what extract finds: the
// language, sentence count, URL and title, so that news articles can be
// chosen by reading the list (see pages.txt).
func listPages(w io.Writer, dir string) error {
	urls, err := labeldata.TrafilaturaURLs(dir)
	if err != nil {
		return err
	}
	names := make([]string, 0, len(urls))
	for n := range urls {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		a, err := labeldata.ExtractPage(filepath.Join(dir, "html", n), urls[n])
		if err != nil {
			fmt.Fprintf(w, "%s\terror\t%v\n", n, err)
			continue
		}
		fmt.Fprintf(w, "%s\t%s\t%d\t%s\t%s\n", n, a.Language, len(sentence.Split(a.Text)), urls[n], strings.TrimSpace(a.Title))
	}
	return nil
}
