package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/newsbrief/newsbrief/compose"
)

// BriefRequest is the body of POST /v1/briefs: the articles about one
// story, and options for the brief.
type BriefRequest struct {
	// Articles are one or more articles (at most WithMaxArticles).
	Articles []Article `json:"articles"`
	// Options tune the brief; the zero value takes the defaults.
	Options BriefOptions `json:"options,omitzero"`
}

// Article is one article of a request: a URL to fetch, a page's HTML
// (with the URL it came from, if known) or plain text. It is also the
// JSON body of POST /v1/extract.
type Article struct {
	// URL is fetched when there is no HTML or Text; otherwise it is the
	// page's address, used to resolve links and name the outlet.
	URL string `json:"url,omitempty"`
	// HTML is the page's HTML.
	HTML string `json:"html,omitempty"`
	// Text is the article as plain text: a short first line is its
	// title, blank lines separate paragraphs.
	Text string `json:"text,omitempty"`
	// Title, Outlet and Published, when given, replace what the page
	// says.
	Title     string    `json:"title,omitempty"`
	Outlet    string    `json:"outlet,omitempty"`
	Published time.Time `json:"published,omitzero"`
}

// BriefOptions tune a brief.
type BriefOptions struct {
	// MaxPoints is the most points a section gets, 1 to MaxPoints
	// (compose.DefaultMaxPoints when 0).
	MaxPoints int `json:"maxPoints,omitempty"`
	// Order is "source" (the default: the order the articles tell
	// them) or "importance" (the most important point first).
	Order string `json:"order,omitempty"`
}

// buildOptions checks the options and returns them as brief options.
func (o BriefOptions) buildOptions() ([]compose.Option, error) {
	if o.MaxPoints < 0 || o.MaxPoints > MaxPoints {
		return nil, fmt.Errorf("%w: options.maxPoints %d: want 1 to %d", ErrMalformedRequest, o.MaxPoints, MaxPoints)
	}
	opts := []compose.Option{compose.WithMaxPoints(o.MaxPoints)}
	switch o.Order {
	case "", "source":
	case "importance":
		opts = append(opts, compose.WithOrder(compose.ByImportance))
	default:
		return nil, fmt.Errorf("%w: options.order %q: want \"source\" or \"importance\"", ErrMalformedRequest, o.Order)
	}
	return opts, nil
}

// check reports what is wrong with an article, if anything.
func (a Article) check() error {
	switch {
	case a.HTML != "" && a.Text != "":
		return errors.New(`give "html" or "text", not both`)
	case a.HTML == "" && a.Text == "" && a.URL == "":
		return errors.New(`needs "url", "html" or "text"`)
	}
	return nil
}

// check reports what is wrong with a brief request, if anything.
func (q BriefRequest) check(maxArticles int) error {
	if len(q.Articles) == 0 {
		return fmt.Errorf(`%w: "articles" is empty`, ErrMalformedRequest)
	}
	if len(q.Articles) > maxArticles {
		return fmt.Errorf("%w: %d articles, more than %d", ErrMalformedRequest, len(q.Articles), maxArticles)
	}
	for i, a := range q.Articles {
		if err := a.check(); err != nil {
			return fmt.Errorf("%w: articles[%d]: %w", ErrMalformedRequest, i, err)
		}
	}
	return nil
}

// The shapes of the JSON bodies, which a malformed body's problem shows.
const (
	articleShape = `{"url": "…"} or {"html": "…", "url": "…"} or {"text": "…"}, with "title", "outlet" and "published" if you ` +
		`want to replace what the page says`
	briefRequestShape = `{"articles": [{"url": "…"} or {"html": "…", "url": "…"} or {"text": "…"}, …], ` +
		`"options": {"maxPoints": 1 to 10, "order": "source" or "importance"}}`
)

// decodeJSON decodes a JSON body into v strictly: unknown fields and
// trailing data are errors, reported with where they are and, for JSON of
// the wrong shape, the shape the route takes.
func decodeJSON(data []byte, v any, shape string) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return fmt.Errorf("%w: the body is empty; send %s", ErrMalformedRequest, shape)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) || errors.Is(err, io.ErrUnexpectedEOF) {
			return fmt.Errorf("%w: %s", ErrMalformedRequest, jsonError(err)) // not JSON: its shape is not the point
		}
		return fmt.Errorf("%w: %s; send %s", ErrMalformedRequest, jsonError(err), shape)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("%w: data after the JSON value at byte %d", ErrMalformedRequest, dec.InputOffset())
	}
	return nil
}

// jsonError describes a decoding error with its byte offset.
func jsonError(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("invalid JSON at byte %d: %v", syn.Offset, strings.TrimPrefix(syn.Error(), "json: "))
	case errors.As(err, &typ):
		return fmt.Sprintf("%s at byte %d: want %s, not %s", typ.Field, typ.Offset, typ.Type, typ.Value)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "the JSON ends too soon"
	}
	return "invalid JSON: " + strings.TrimPrefix(err.Error(), "json: ")
}
