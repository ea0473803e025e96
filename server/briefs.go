package server

import (
	"context"
	"fmt"
	"net/http"
	"strconv"

	"github.com/newsbrief/newsbrief/brief"
)

// briefs handles POST /v1/briefs: the brief of one or more articles.
func (s *Server) briefs(w http.ResponseWriter, r *http.Request, body []byte) error {
	q, err := briefRequest(r, body, s.cfg.maxArticles)
	if err != nil {
		return err
	}
	opts, err := q.Options.buildOptions()
	if err != nil {
		return err
	}
	pages, done, err := s.fetchAll(r.Context(), q.Articles)
	if err != nil {
		return err
	}
	defer done()
	var b *brief.Brief
	err = s.withWorker(r.Context(), inputSize(body, pages), isHeavy(pages, s.cfg.maxBody), func(ctx context.Context) error {
		docs, err := documents(ctx, pages, s.cfg.maxBody)
		if err != nil {
			return err
		}
		b, err = s.build(ctx, docs, opts...)
		return err
	})
	if err != nil {
		return err
	}
	return writeBrief(w, r, b, jsonFirst)
}

// briefRequest reads the request of POST /v1/briefs: a BriefRequest in
// JSON, or one article's HTML (text/html) or text (text/plain) with its
// URL and the options in the query (?url=, ?maxPoints=, ?order=).
func briefRequest(r *http.Request, body []byte, maxArticles int) (BriefRequest, error) {
	var q BriefRequest
	if mt := mediaType(r); !isJSON(mt) {
		a, err := rawArticle(r, mt, body)
		if err != nil {
			return q, err
		}
		q.Articles = []Article{a}
		q.Options.Order = r.URL.Query().Get("order")
		if n := r.URL.Query().Get("maxPoints"); n != "" {
			if q.Options.MaxPoints, err = strconv.Atoi(n); err != nil {
				return q, fmt.Errorf("%w: maxPoints %q is not a number", ErrMalformedRequest, n)
			}
		}
	} else if err := decodeJSON(body, &q, briefRequestShape); err != nil {
		return q, err
	}
	return q, q.check(maxArticles)
}

// rawArticle makes an Article of a body that is a page's HTML
// (text/html, application/xhtml+xml) or plain text (text/plain), with
// ?url= as its address.
func rawArticle(r *http.Request, mt string, body []byte) (Article, error) {
	a := Article{URL: r.URL.Query().Get("url")}
	switch mt {
	case "text/html", "application/xhtml+xml":
		a.HTML = string(body)
	case "text/plain":
		a.Text = string(body)
	default:
		return a, fmt.Errorf("%w: %s: send application/json, text/html or text/plain", ErrUnsupportedMediaType, mt)
	}
	if a.HTML == "" && a.Text == "" {
		return a, fmt.Errorf("%w: the body is empty", ErrMalformedRequest)
	}
	return a, nil
}
