package brief

// Document is one source article as plain data: the input of building a
// brief (package compose). newsbrief.Document makes one from an extracted
// page; any other source of text can fill it directly.
//
// Safe for concurrent reads; not for a change concurrent with any other use.
type Document struct {
	// URL is the article's address.
	URL string
	// Outlet and Domain name the publisher, such as "Yonhap" and "yna.co.kr".
	Outlet string
	Domain string
	// Title is the article's headline.
	Title string
	// Published is when the article was published; zero when unknown.
	Published Date
	// Language is a BCP 47 tag such as "en" or "ko"; guessed when empty.
	Language string
	// Text is the article's plain text. Evidence offsets point into it.
	Text string
	// Blocks, when given, divide Text into paragraphs, headings, quotes,
	// list items and captions; without them, Text is split at blank lines.
	Blocks []Block
	// Links are the links in the article.
	Links []Link
	// Credits are URLs of reports the article says it is based on, from
	// its metadata; building takes the report they name as the original.
	Credits []string
	// PressRelease says the article is a press release (a newswire or a
	// company newsroom) rather than a news report: when no report credits
	// another, a press release is taken as the original. Whoever makes the
	// Document sets it (newsbrief.Document asks source.IsPressRelease).
	PressRelease bool
}

// WithMeta returns d with its title, outlet and publication time replaced
// by those given that are not zero: what a caller (a request, a batch
// line) knows of an article better than its page says.
func (d Document) WithMeta(title, outlet string, published Date) Document {
	if title != "" {
		d.Title = title
	}
	if outlet != "" {
		d.Outlet = outlet
	}
	if !published.IsZero() {
		d.Published = published
	}
	return d
}

// Block is a part of a Document's text: Text[Start:End].
//
// Safe for concurrent reads; not for a change concurrent with any other use.
type Block struct {
	// Kind is "paragraph", "heading", "quote", "list item" or "caption".
	Kind  string
	Start int
	End   int
}

// Link is a link inside a Document.
//
// Safe for concurrent reads; not for a change concurrent with any other use.
type Link struct {
	URL  string
	Text string
}
