//go:build !nonewsbrief

package main

import "github.com/newsbrief/newsbrief/brief"

func init() {
	systems = append(systems, system{"newsbrief", newsbrief})
}

// newsbrief is the brief's key insights, at most three, built from the
// article alone.
func newsbrief(a article, lang string) ([]string, error) {
	b, err := brief.Build([]brief.Document{{Title: a.Title, Text: a.Text, Language: lang}}, brief.WithMaxPoints(3))
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(b.KeyInsights))
	for _, p := range b.KeyInsights {
		out = append(out, p.Text)
	}
	return out, nil
}
