package source

import (
	"net/http"
	"time"
)

// Page is a fetched web page.
//
// A Page is plain data: safe for concurrent reads, not for a change
// concurrent with any other use.
type Page struct {
	// URL is the page's final address, after redirects.
	URL string `json:"url"`
	// Status is the HTTP status code, 2xx.
	Status int `json:"status"`
	// ContentType is the media type, such as "text/html", from the
	// Content-Type header or, when the server sends none, from sniffing.
	ContentType string `json:"contentType"`
	// Charset is the character set Body was decoded from, such as
	// "utf-8", "windows-1252" or "euc-kr".
	Charset string `json:"charset"`
	// Body is the page, decoded to UTF-8.
	Body []byte `json:"-"`
	// Header is the response's header. When Fetch undid a gzip or deflate
	// content encoding, Content-Encoding and Content-Length are removed.
	Header http.Header `json:"-"`
	// FetchedAt is when the response's body was read.
	FetchedAt time.Time `json:"fetchedAt"`
}
