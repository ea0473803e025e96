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
	data = compact(data)
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	// Readability changes doc; the baseline, when it is needed, reads a
	// fresh tree of the same page.
	fresh := func() *html.Node {
		d, _ := html.Parse(bytes.NewReader(data)) // parsed once already
		return d
	}
	return fromDoc(doc, c, fresh, len(data))
}

// FromNode extracts the article from a parsed page. The tree is not
// changed. When the page holds no article text, FromNode (like FromReader)
// returns ErrNoArticle together with an Article that carries the page's
// metadata.
func FromNode(doc *html.Node, opts ...Option) (*Article, error) {
	return fromDoc(doc, newConfig(opts), nil, 0)
}

// minText is the least text an article has; less is not an article.
const minText = 50

// maxReadabilityNodes is the most elements a page may have for
// readability to run: it copies the tree several times, and a page of a
// million elements is no article page. Larger pages get the baseline only.
const maxReadabilityNodes = 50_000

// maxLeadPage is the largest page (in bytes of HTML) whose blocks are all
// collected before readability runs, to give back the lead it leaves out;
// larger pages skip that second copy of their text.
const maxLeadPage = 2 << 20

// fromDoc runs the passes over doc. fresh, when not nil, says that doc may
// be changed, and parses the page again when an unchanged tree is needed;
// size is the page's size in bytes, when known.
func fromDoc(doc *html.Node, c config, fresh func() *html.Node, size int) (*Article, error) {
	base, _ := url.Parse(c.url)
	meta := readMeta(doc, base)
	var ra readability.Article
	var err error
	var page *pageLayout
	if fresh != nil && meta.elements <= maxReadabilityNodes && size <= maxLeadPage {
		page = pageBlocks(doc, base) // for the lead; before readability changes doc
	}
	var controls map[*html.Node]bool
	if page != nil {
		controls = controlBoxes(doc) // the page's own nodes, as the page's blocks hold
	}
	if meta.elements <= maxReadabilityNodes {
		parser := readability.NewParser()
		parser.Logger = c.logger
		parser.KeepClasses = true
		if fresh != nil {
			ra, err = parser.ParseAndMutate(doc, base)
		} else {
			ra, err = parser.ParseDocument(doc, base)
		}
	}
	a := &Article{URL: c.url}
	var picked []candidate
	title := ""
	if err == nil && ra.Node != nil {
		picked, title = contentBlocks(ra.Node, base), ra.Title()
		if page != nil {
			picked = withContainer(withLead(withGaps(picked, page.blocks), page.blocks), page)
			picked = withoutComments(withoutTail(picked, page), page)
		}
	}
	blocks := keepContent(dropControlBoxes(picked, controls), title)
	if page != nil {
		blocks = withStandfirst(blocks, page.blocks, meta.description(), title)
	}
	if goodText(blocks) < minPickedText {
		page := doc
		if fresh != nil && ra.Node != nil {
			page = fresh() // readability changed doc
		}
		blocks = fallback(blocks, keepContent(mainRun(bodyBlocks(page, base)), title))
	}
	if textLen(blocks) < minText {
		blocks = picked // the cleaning left nothing: readability's pick is better than no article
	}
	if textLen(blocks) < minText && len(meta.body) < minText {
		page := doc
		if fresh != nil && ra.Node != nil {
			page = fresh() // readability changed doc
		}
		blocks = lastResort(blocks, page, base, title)
	}
	a.setBlocks(blocks)
	if len(a.Text) < minArticleText && len(meta.body) > len(a.Text) {
		a.setText(meta.body)
	}
	a.setMeta(meta, ra, base)
	if len(a.Text) < minText {
		return a, ErrNoArticle
	}
	return a, nil
}
