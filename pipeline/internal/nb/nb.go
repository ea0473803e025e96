// Package nb is the pipeline's one door into the newsbrief library:
// extraction, building and clustering are called here and nowhere else in
// the module, so that a change of the library's entry points touches this
// file only.
package nb

import (
	"bytes"
	"context"
	"io"
	"time"

	"github.com/newsbrief/newsbrief"
	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
	"github.com/newsbrief/newsbrief/extract"
)

// Meta is what an input says of an article better than its page: zero
// fields are left as the page gives them.
type Meta struct {
	Title, Outlet string
	Published     time.Time
}

// FromHTML extracts the article of a page and makes its document with
// newsbrief.Document (outlet, canonical URL, press release), then m.
// charset, when not empty, is the page's encoding as its HTTP headers
// name it.
func FromHTML(page []byte, pageURL, charset string, m Meta) (brief.Document, error) {
	opts := []extract.Option{extract.WithURL(pageURL)}
	if charset != "" {
		opts = append(opts, extract.WithCharset(charset))
	}
	a, err := extract.FromReader(bytes.NewReader(page), opts...)
	if err != nil {
		return brief.Document{}, err
	}
	return newsbrief.Document(a, newsbrief.Meta(m)), nil
}

// FromText makes the document of an article given as plain text: a short
// first line is its title, blank lines separate its paragraphs.
func FromText(text io.Reader, pageURL string, m Meta) (brief.Document, error) {
	a, err := extract.FromText(text, extract.WithURL(pageURL))
	if err != nil {
		return brief.Document{}, err
	}
	return newsbrief.Document(a, newsbrief.Meta(m)), nil
}

// Build makes the brief of one story's documents, at most maxPoints points
// a section (the library's default when 0).
func Build(ctx context.Context, docs []brief.Document, maxPoints int) (*brief.Brief, error) {
	return compose.Build(ctx, docs, compose.WithMaxPoints(maxPoints))
}

// Cluster is the in-memory story clustering, the quality reference for
// the pipeline's grouping: the indexes of each story's documents.
func Cluster(docs []brief.Document) [][]int { return compose.Cluster(docs) }

// TermCounts and StoryVector are a document's terms and its tf-idf
// vector as the in-memory clustering sees them (compose.StoryTerms).
type (
	TermCounts  = compose.TermCounts
	StoryVector = compose.StoryVector
)

// StoryTerms counts the terms of a document as the in-memory clustering
// does.
func StoryTerms(d brief.Document) TermCounts { return compose.StoryTerms(d) }

// Linked is the least similarity of two documents for the in-memory
// clustering to consider them together (compose.ClusterSimilarity).
const Linked = compose.ClusterSimilarity

// ClusterVectors is the in-memory clustering's merge over documents whose
// vectors were weighed over a whole corpus; a zero time is unknown.
func ClusterVectors(vecs []StoryVector, published []time.Time, window time.Duration) [][]int {
	dates := make([]brief.Date, len(published))
	for i, t := range published {
		dates[i] = Date(t)
	}
	return compose.ClusterVectors(vecs, dates, window)
}

// WriteJSON writes a brief as JSON.
func WriteJSON(w io.Writer, b *brief.Brief) error { return brief.WriteJSON(w, b) }

// ErrNoText is the error of Build when the documents hold nothing to
// brief.
var ErrNoText = compose.ErrNoText

// Date is newsbrief.Date: t as the brief.Date a document holds.
func Date(t time.Time) brief.Date { return newsbrief.Date(t) }

// Time is newsbrief.Time: a document's date as a time.Time.
func Time(d brief.Date) time.Time { return newsbrief.Time(d) }
