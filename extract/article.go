package extract

import (
	"time"
)

// Article is the article found in a news page: its text in blocks, its
// links, and the metadata the page gives about it.
//
// An Article is plain data: safe for concurrent reads, not for a change
// concurrent with any other use.
type Article struct {
	// URL is the address the page was fetched from (see WithURL).
	URL string `json:"url"`
	// CanonicalURL is the page's own canonical address, when it names one.
	CanonicalURL string `json:"canonicalUrl"`
	// Title is the article's headline.
	Title string `json:"title"`
	// Authors are the article's authors, in the page's order.
	Authors []string `json:"authors"`
	// Outlet is the site's name, such as "The Korea Herald".
	Outlet string `json:"outlet"`
	// Published and Modified are zero when the page does not say.
	Published time.Time `json:"published,omitzero"`
	Modified  time.Time `json:"modified,omitzero"`
	// Language is a BCP 47 tag such as "en" or "ko"; empty when unknown.
	Language string `json:"language"`
	// Description is the page's summary of the article.
	Description string `json:"description"`
	// Image is the URL of the article's lead image.
	Image string `json:"image"`
	// Text is the article's plain text, blocks separated by blank lines.
	Text string `json:"text"`
	// Blocks are the paragraphs, headings, quotes, list items and captions
	// of Text, with their byte offsets in it.
	Blocks []Block `json:"blocks"`
	// Links are the links in the article's text, with absolute URLs.
	Links []Link `json:"links"`
	// HTML is the article's content as clean HTML.
	HTML string `json:"html"`
	// Credits are the URLs of reports the page says it is based on
	// (<meta name="original-source">, "syndication-source", JSON-LD
	// isBasedOn).
	Credits []string `json:"credits,omitempty"`
}

// Block is one block of an article's text.
//
// Safe for concurrent reads; not for a change concurrent with any other use.
type Block struct {
	// Kind says what the block is.
	Kind BlockKind `json:"kind"`
	// Text is the block's text; Article.Text[Start:End] == Text.
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Link is a link inside the article.
//
// Safe for concurrent reads; not for a change concurrent with any other use.
type Link struct {
	// URL is absolute.
	URL string `json:"url"`
	// Text is the link's text.
	Text string `json:"text"`
}

// BlockKind says what a block of text is.
//
// A BlockKind is a plain value, safe for concurrent use.
type BlockKind int

// Kinds of block.
const (
	Paragraph BlockKind = iota
	Heading
	Quote
	ListItem
	Caption
)

var kindNames = [...]string{"paragraph", "heading", "quote", "list item", "caption"}

// String returns the kind's name: "paragraph", "heading", "quote",
// "list item" or "caption".
func (k BlockKind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return "unknown"
	}
	return kindNames[k]
}

// MarshalText writes the kind's name.
func (k BlockKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a kind's name.
func (k *BlockKind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = BlockKind(i)
			return nil
		}
	}
	return &kindError{string(b)}
}

type kindError struct{ name string }

func (e *kindError) Error() string { return "extract: unknown block kind " + e.name }
