package server

import (
	"context"
	"fmt"
	"sync"

	"github.com/newsbrief/newsbrief/source"
)

// fetchAll turns articles into pages, fetching the URLs of those that
// have no HTML or text, all at once, once the limiter has room for the
// pages. The first failure, by article order, is returned. The caller
// calls done when it no longer holds the pages.
func (s *Server) fetchAll(ctx context.Context, arts []Article) (pages []page, done func(), err error) {
	done, err = s.lim.reserve(toFetch(arts))
	if err != nil {
		return nil, nil, err
	}
	pages, err = s.fetchPages(ctx, arts)
	if err != nil {
		done()
		return nil, nil, err
	}
	return pages, done, nil
}

// toFetch counts the articles given by URL alone.
func toFetch(arts []Article) int {
	n := 0
	for _, a := range arts {
		if a.HTML == "" && a.Text == "" {
			n++
		}
	}
	return n
}

// fetchPages makes the pages of articles, fetching URLs at once.
func (s *Server) fetchPages(ctx context.Context, arts []Article) ([]page, error) {
	pages := make([]page, len(arts))
	errs := make([]error, len(arts))
	var wg sync.WaitGroup
	for i, a := range arts {
		switch {
		case a.HTML != "":
			pages[i] = page{Article: a, body: a.HTML}
		case a.Text != "":
			pages[i] = page{Article: a, isText: true, body: a.Text}
		default:
			wg.Go(func() { pages[i], errs[i] = s.fetch(ctx, a) })
		}
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			if len(arts) > 1 {
				err = fmt.Errorf("articles[%d]: %w", i, err)
			}
			return nil, err
		}
	}
	return pages, nil
}

// fetch fetches an article's URL with source.Fetch and its guard.
func (s *Server) fetch(ctx context.Context, a Article) (page, error) {
	p, err := source.Fetch(ctx, a.URL, s.fetchOpts...)
	if err != nil {
		return page{}, upstreamError(a.URL, err)
	}
	a.URL = p.URL
	return page{Article: a, isText: p.ContentType == "text/plain", fetched: true, body: string(p.Body)}, nil
}
