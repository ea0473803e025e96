package server

import (
	"bytes"
	"context"
	"fmt"
	"net/http"

	"github.com/newsbrief/newsbrief/brief"
)

// parseBrief handles POST /v1/parse: a brief document (plain text,
// Markdown, HTML or JSON) read into a Brief, sent as JSON unless Accept or
// ?format= asks for another format.
func (s *Server) parseBrief(w http.ResponseWriter, r *http.Request, body []byte) error {
	in, err := inputFormat(r)
	if err != nil {
		return err
	}
	var b *brief.Brief
	err = s.withWorker(r.Context(), int64(len(body)), int64(len(body)) >= s.cfg.maxBody/4, func(context.Context) (err error) {
		b, err = brief.Parse(bytes.NewReader(body), brief.WithFormat(in), brief.WithMaxBytes(s.cfg.maxBody))
		return err
	})
	if err != nil {
		return err
	}
	return writeBrief(w, r, b, jsonFirst)
}

// contentFormats are the brief formats a Content-Type names.
var contentFormats = map[string]brief.Format{
	"text/markdown":         brief.Markdown,
	"text/x-markdown":       brief.Markdown,
	"text/html":             brief.HTML,
	"application/xhtml+xml": brief.HTML,
	"application/json":      brief.JSON,
}

// inputFormat is the format of the brief to parse: ?in= when given
// (auto, text, markdown, html or json), else the one the Content-Type
// names, else detected.
func inputFormat(r *http.Request) (brief.Format, error) {
	if name := r.URL.Query().Get("in"); name != "" {
		f, err := brief.ParseFormat(name)
		if err != nil || f == brief.JSONLD {
			return 0, fmt.Errorf("%w: in %q: want auto, text, markdown, html or json", ErrMalformedRequest, name)
		}
		return f, nil
	}
	return contentFormats[mediaType(r)], nil // brief.Auto when not listed
}
