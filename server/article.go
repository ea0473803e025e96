package server

import (
	"context"
	"errors"
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
	// fetched is true for a page the server fetched, whose faults are the
	// upstream's (502), not the request's.
	fetched bool
	body    string
}

// extract finds the article in the page.
func (p page) extract(maxBytes int64) (*extract.Article, error) {
	opts := []extract.Option{extract.WithURL(p.URL), extract.WithMaxBytes(maxBytes)}
	var a *extract.Article
	var err error
	if p.isText {
		a, err = extract.FromText(strings.NewReader(p.body), opts...)
	} else {
		a, err = extract.FromReader(strings.NewReader(p.body), opts...)
	}
	if p.fetched && errors.Is(err, extract.ErrTooLarge) {
		err = &publicError{typ: ErrUpstream, detail: fmt.Sprintf("the page at %s is more than %d bytes", p.URL, maxBytes), err: err}
	}
	return a, err
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

// documents extracts every page's article, while ctx lasts.
func documents(ctx context.Context, pages []page, maxBytes int64) ([]brief.Document, error) {
	docs := make([]brief.Document, len(pages))
	for i, p := range pages {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d, err := p.document(maxBytes)
		if err != nil {
			if len(pages) > 1 {
				err = fmt.Errorf("articles[%d]: %w", i, err)
			}
			return nil, err
		}
		docs[i] = d
	}
	return docs, ctx.Err()
}

// inputSize is the bytes of a request's input: its body and the pages it
// fetched.
func inputSize(body []byte, pages []page) int64 {
	n := int64(len(body))
	for _, p := range pages {
		if p.fetched {
			n += int64(len(p.body))
		}
	}
	return n
}

// heavyText is the plain text, in bytes, from which a request counts as
// heavy: some 10,000 words, several times the longest news article, and
// the input whose building costs the most per byte.
const heavyText = 64 << 10

// isHeavy reports whether pages are a large input, which may hold only
// the workers that leave one for small requests (see limiter): plain
// text of heavyText bytes or more, or HTML of a quarter of maxBody or
// more (a page is mostly markup; its text is a small part of it).
func isHeavy(pages []page, maxBody int64) bool {
	var text, html int64
	for _, p := range pages {
		if p.isText {
			text += int64(len(p.body))
		} else {
			html += int64(len(p.body))
		}
	}
	return text >= heavyText || html >= maxBody/4
}
