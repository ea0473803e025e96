package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"

	"github.com/newsbrief/newsbrief/brief"
)

// The media types a brief is sent as, and the format of each.
var briefTypes = map[string]brief.Format{
	"application/json":    brief.JSON,
	"text/html":           brief.HTML,
	"text/markdown":       brief.Markdown,
	"text/plain":          brief.Text,
	"application/ld+json": brief.JSONLD,
}

// jsonFirst and htmlFirst are the offers of the brief routes (JSON by
// default) and of render (HTML by default).
var (
	jsonFirst = []string{"application/json", "text/html", "text/markdown", "text/plain", "application/ld+json"}
	htmlFirst = []string{"text/html", "application/json", "text/markdown", "text/plain", "application/ld+json"}
)

// htmlCSP is the Content-Security-Policy of a brief sent as HTML: a
// fragment to insert elsewhere, not a page to run anything in.
const htmlCSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox"

// responseFormat picks the format of a brief response: ?format= when
// given (json, html, markdown, text or jsonld), else by the Accept header
// among offers.
func responseFormat(r *http.Request, offers []string) (string, error) {
	name := r.URL.Query().Get("format")
	if name == "" {
		return negotiateType(r.Header.Get("Accept"), offers), nil
	}
	f, err := brief.ParseFormat(name)
	if err == nil {
		for mt, bf := range briefTypes {
			if bf == f {
				return mt, nil
			}
		}
	}
	return "", fmt.Errorf("%w: format %q: want json, html, markdown, text or jsonld", ErrMalformedRequest, name)
}

// htmlOptions reads ?theme=: with it, HTML is a <news-brief> element with
// a declarative shadow root (brief.AsElement).
func htmlOptions(r *http.Request) ([]brief.HTMLOption, error) {
	if !r.URL.Query().Has("theme") {
		return nil, nil
	}
	switch theme := r.URL.Query().Get("theme"); theme {
	case "light", "dark", "auto", "":
		return []brief.HTMLOption{brief.AsElement(theme)}, nil
	default:
		return nil, fmt.Errorf("%w: theme %q: want light, dark or auto", ErrMalformedRequest, theme)
	}
}

// writeBrief sends b in the format the request asks for.
func writeBrief(w http.ResponseWriter, r *http.Request, b *brief.Brief, offers []string) error {
	mt, err := responseFormat(r, offers)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if f := briefTypes[mt]; f == brief.HTML {
		opts, err := htmlOptions(r)
		if err != nil {
			return err
		}
		w.Header().Set("Content-Security-Policy", htmlCSP)
		err = brief.WriteHTML(&buf, b, opts...)
	} else {
		err = brief.Write(&buf, b, f)
	}
	if err != nil {
		return err
	}
	w.Header().Add("Vary", "Accept")
	send(w, mt, buf.Bytes())
	return nil
}

// writeJSON sends v as indented JSON.
func writeJSON(w http.ResponseWriter, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	send(w, "application/json", append(data, '\n'))
	return nil
}

// send writes a 200 response that is not to be cached.
func send(w http.ResponseWriter, mediaType string, data []byte) {
	h := w.Header()
	if mediaType != "application/json" && mediaType != "application/ld+json" {
		mediaType += "; charset=utf-8"
	}
	h.Set("Content-Type", mediaType)
	h.Set("Content-Length", strconv.Itoa(len(data)))
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	w.Write(data)
}
