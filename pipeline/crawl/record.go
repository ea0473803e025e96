package crawl

import "time"

// Kind is what a record holds.
type Kind int

const (
	// Page is an HTML page to extract (Record.Body).
	Page Kind = iota
	// Text is an article as plain text (Record.Body).
	Text
	// Skipped is a record that holds no article to brief, such as a WARC
	// request or a PDF response; Record.Reason says which.
	Skipped
	// Failed is a record that could not be read; Record.Reason says why.
	Failed
)

// String names the kind.
func (k Kind) String() string {
	switch k {
	case Page:
		return "page"
	case Text:
		return "text"
	case Skipped:
		return "skipped"
	case Failed:
		return "failed"
	}
	return "unknown"
}

// Record is one record of an input file.
type Record struct {
	// Key identifies the record in the corpus: the file name the reader
	// was given and the record's byte offset (WARC) or line number
	// (JSONL), such as "crawl/1.warc.gz@1234" or "articles.jsonl:17". A
	// JSONL line with several articles gives keys such as
	// "articles.jsonl:17#2".
	Key string
	// ID is the record's own id when it has one: the WARC-Record-ID, or
	// the "id" of a JSONL line.
	ID   string
	Kind Kind
	// Reason says why a record was skipped or failed.
	Reason string
	// URL is the page's address (WARC-Target-URI or the line's "url").
	URL string
	// Charset is the page's encoding as its HTTP Content-Type names it.
	Charset string
	// Body is the page's HTML or the article's text.
	Body []byte
	// Crawled is when the page was fetched (WARC-Date); zero for JSONL.
	Crawled time.Time
	// Title, Outlet and Published are what a JSONL line says about its
	// article, zero when it says nothing.
	Title, Outlet string
	Published     time.Time
	// Story, for the articles of a JSONL line with "articles", is the key
	// of the line: they are one story, as in `newsbrief batch`.
	Story string
}
