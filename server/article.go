package server

import (
	"fmt"
	"strings"

	"github.com/newsbrief/newsbrief"
	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/extract"
)

// page is an article ready to extract: HTML or plain text, and the
// address it came from.
type page struct {
	Article
	isText bool
	body   string
}

// extract finds the article in the page.
func (p page) extract(maxBytes int64) (*extract.Article, error) {
	opts := []extract.Option{extract.WithURL(p.URL), extract.WithMaxBytes(maxBytes)}
	if p.isText {
		return extract.FromText(strings.NewReader(p.body), opts...)
	}
	return extract.FromReader(strings.NewReader(p.body), opts...)
}

// document extracts the article and makes its brief.Document, with what
// the request says about it.
func (p page) document(maxBytes int64) (brief.Document, error) {
	a, err := p.extract(maxBytes)
	if err != nil {
		return brief.Document{}, err
	}
	return newsbrief.Document(a, newsbrief.Meta{Title: p.Title, Outlet: p.Outlet, Published: p.Published}), nil
}

// documents extracts every page's article.
func documents(pages []page, maxBytes int64) ([]brief.Document, error) {
	docs := make([]brief.Document, len(pages))
	for i, p := range pages {
		d, err := p.document(maxBytes)
		if err != nil {
			if len(pages) > 1 {
				err = fmt.Errorf("articles[%d]: %w", i, err)
			}
			return nil, err
		}
		docs[i] = d
	}
	return docs, nil
}
