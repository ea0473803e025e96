//go:build !nonewsbrief

package main

import (
	"context"
	"time"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
)

func init() {
	systems = append(systems, system{"newsbrief", newsbrief})
	checkStories = checkBriefs
}

// newsbrief is the brief's key insights, at most three, built from the
// article alone, or from all the articles of a story.
func newsbrief(a article, lang string) ([]string, error) {
	b, err := compose.Build(context.Background(), documents(a, lang), compose.WithMaxPoints(3))
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(b.KeyInsights))
	for _, p := range b.KeyInsights {
		out = append(out, p.Text)
	}
	return out, nil
}

// documents are Build's input: the article, or each article of a story
// with its outlet, URL and date.
func documents(a article, lang string) []brief.Document {
	if len(a.Docs) == 0 {
		return []brief.Document{{Title: a.Title, Text: a.Text, Language: lang}}
	}
	docs := make([]brief.Document, len(a.Docs))
	for i, d := range a.Docs {
		docs[i] = brief.Document{Title: d.Title, Text: d.Text, Outlet: d.Outlet, Domain: d.Domain, URL: d.URL, Language: lang}
		if t, err := time.Parse(time.DateOnly, d.Date); err == nil {
			docs[i].Published = brief.UnixDate(t.Unix(), 0, 0)
		}
	}
	return docs
}
