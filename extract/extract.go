package extract

import (
	"bytes"
	"fmt"
	"io"
	"net/url"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// FromReader extracts the article from a page's HTML. The page is decoded
// to UTF-8, parsed once, and the same tree serves the metadata, the
// readability pass and newsbrief's own cleaning.
func FromReader(r io.Reader, opts ...Option) (*Article, error) {
	c := newConfig(opts)
	data, err := readPage(r, c)
	if err != nil {
		return nil, err
	}
	doc, err := html.Parse(bytes.NewReader(compact(data)))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return fromDoc(doc, c, true)
}

// FromNode extracts the article from a parsed page. The tree is not
// changed. When the page holds no article text, FromNode (like FromReader)
// returns ErrNoArticle together with an Article that carries the page's
// metadata.
func FromNode(doc *html.Node, opts ...Option) (*Article, error) {
	return fromDoc(doc, newConfig(opts), false)
}

// minText is the least text an article has; less is not an article.
const minText = 50

// fromDoc runs the passes over doc; mutate says whether doc may be changed.
func fromDoc(doc *html.Node, c config, mutate bool) (*Article, error) {
	base, _ := url.Parse(c.url)
	meta := readMeta(doc, base)
	parser := readability.NewParser()
	parser.Logger = c.logger
	parser.KeepClasses = true
	var ra readability.Article
	var err error
	if mutate {
		ra, err = parser.ParseAndMutate(doc, base)
	} else {
		ra, err = parser.ParseDocument(doc, base)
	}
	a := &Article{URL: c.url}
	if err == nil && ra.Node != nil {
		a.setContent(ra.Node, base, ra.Title())
	}
	if len(a.Text) < minArticleText && len(meta.body) > len(a.Text) {
		a.setText(meta.body)
	}
	a.setMeta(meta, ra)
	if len(a.Text) < minText {
		return a, ErrNoArticle
	}
	return a, nil
}
