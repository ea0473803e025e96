// Package nb is the pipeline's one door into the newsbrief library:
// extraction, building and clustering are called here and nowhere else in
// the module, so that a change of the library's entry points (building is
// moving from package brief to package compose) touches this file only.
package nb

import (
	"bytes"
	"context"
	"io"
	"time"

	"github.com/newsbrief/newsbrief"
	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/extract"
)

// FromHTML extracts the article of a page and makes its document, with the
// outlet and canonical URL that newsbrief.Document gives. charset, when not
// empty, is the page's encoding as its HTTP headers name it.
func FromHTML(page []byte, pageURL, charset string) (brief.Document, error) {
	opts := []extract.Option{extract.WithURL(pageURL)}
	if charset != "" {
		opts = append(opts, extract.WithCharset(charset))
	}
	a, err := extract.FromReader(bytes.NewReader(page), opts...)
	if err != nil {
		return brief.Document{}, err
	}
	return newsbrief.Document(a), nil
}

// FromText makes the document of an article given as plain text: a short
// first line is its title, blank lines separate its paragraphs.
func FromText(text io.Reader, pageURL string) (brief.Document, error) {
	a, err := extract.FromText(text, extract.WithURL(pageURL))
	if err != nil {
		return brief.Document{}, err
	}
	return newsbrief.Document(a), nil
}

// WithMeta returns d with the title, outlet and publication time given
// that are not zero.
func WithMeta(d brief.Document, title, outlet string, published time.Time) brief.Document {
	return d.WithMeta(title, outlet, published)
}

// Build makes the brief of one story's documents, at most maxPoints points
// a section (the library's default when 0).
func Build(ctx context.Context, docs []brief.Document, maxPoints int) (*brief.Brief, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return brief.Build(docs, brief.WithMaxPoints(maxPoints))
}

// Cluster is the in-memory story clustering, the quality reference for
// the pipeline's grouping: the indexes of each story's documents.
func Cluster(docs []brief.Document) [][]int { return brief.Cluster(docs) }

// WriteJSON writes a brief as JSON.
func WriteJSON(w io.Writer, b *brief.Brief) error { return brief.WriteJSON(w, b) }

// ErrNoText is the error of Build when the documents hold nothing to
// brief.
var ErrNoText = brief.ErrNoText
