package server

import (
	"context"
	"fmt"
	"net/http"

	"github.com/newsbrief/newsbrief/extract"
)

// extractArticle handles POST /v1/extract: the article in a page, as the
// JSON of extract.Article. The body is an Article in JSON, or a page's
// HTML or text with ?url=.
func (s *Server) extractArticle(w http.ResponseWriter, r *http.Request, body []byte) error {
	a, err := articleRequest(r, body)
	if err != nil {
		return err
	}
	pages, done, err := s.fetchAll(r.Context(), []Article{a})
	if err != nil {
		return err
	}
	defer done()
	var art *extract.Article
	err = s.withWorker(r.Context(), inputSize(body, pages), isHeavy(pages, s.cfg.maxBody), func(ctx context.Context) (err error) {
		art, err = pages[0].extract(s.cfg.maxBody)
		return err
	})
	if err != nil {
		return err
	}
	return writeJSON(w, art)
}

// articleRequest reads the request of POST /v1/extract.
func articleRequest(r *http.Request, body []byte) (Article, error) {
	if mt := mediaType(r); !isJSON(mt) {
		return rawArticle(r, mt, body)
	}
	var a Article
	if err := decodeJSON(body, &a, articleShape); err != nil {
		return a, err
	}
	if err := a.check(); err != nil {
		return a, fmt.Errorf("%w: %w", ErrMalformedRequest, err)
	}
	return a, nil
}
