// Package warcpack writes WARC files of HTML pages, one gzip member per
// record, to make test and measurement data for the pipeline:
//
//	w := warcpack.NewWriter(f)
//	err := w.Page("https://example.com/a", crawled, html)
//	err = w.Close()
//
// Record ids are derived from the file's record count and the URL, so the
// same pages always give the same bytes.
package warcpack

import (
	"compress/gzip"
	"crypto/sha256"
	"fmt"
	"html"
	"io"
	"strings"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// Writer writes WARC records to an io.Writer.
type Writer struct {
	w   io.Writer
	m   gowarc.Marshaler
	n   int
	err error
}

// NewWriter returns a Writer that writes to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: w, m: gowarc.NewMarshaler()}
}

// Page writes a response record of an HTML page fetched from url at
// crawled, with status 200 and Content-Type text/html (no charset: the
// page says its own).
func (w *Writer) Page(url string, crawled time.Time, page []byte) error {
	return w.Response(url, crawled, 200, "text/html", page)
}

// Response writes a response record with the given HTTP status and
// Content-Type.
func (w *Writer) Response(url string, crawled time.Time, status int, contentType string, body []byte) error {
	head := fmt.Sprintf("HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", status, statusText(status), contentType, len(body))
	return w.Record(gowarc.Response, url, crawled, "application/http;msgtype=response", append([]byte(head), body...))
}

// Record writes a record of any type with the given block.
func (w *Writer) Record(t gowarc.RecordType, url string, crawled time.Time, contentType string, block []byte) error {
	if w.err != nil {
		return w.err
	}
	w.n++
	rb := gowarc.NewRecordBuilder(t, gowarc.WithAddMissingDigest(true))
	if _, err := rb.Write(block); err != nil {
		return w.fail(err)
	}
	rb.AddWarcHeader(gowarc.WarcRecordID, "<urn:uuid:"+recordID(w.n, url)+">")
	rb.AddWarcHeaderTime(gowarc.WarcDate, crawled.UTC())
	rb.AddWarcHeader(gowarc.ContentType, contentType)
	if url != "" {
		rb.AddWarcHeader(gowarc.WarcTargetURI, url)
	}
	rec, _, err := rb.Build()
	if err != nil {
		return w.fail(fmt.Errorf("warcpack: record %d (%s): %w", w.n, url, err))
	}
	defer rec.Close()
	gz := gzip.NewWriter(w.w)
	if _, _, err := w.m.Marshal(gz, rec, 0); err != nil {
		return w.fail(err)
	}
	return w.fail(gz.Close())
}

// Raw writes bytes as they are, such as a damaged record for tests.
func (w *Writer) Raw(b []byte) error {
	if w.err != nil {
		return w.err
	}
	_, err := w.w.Write(b)
	return w.fail(err)
}

// Close reports the first error of the writes; it does not close the
// underlying writer.
func (w *Writer) Close() error { return w.err }

func (w *Writer) fail(err error) error {
	if w.err == nil {
		w.err = err
	}
	return err
}

// recordID is a UUID-shaped id made from the record's number and URL.
func recordID(n int, url string) string {
	s := sha256.Sum256(fmt.Appendf(nil, "%d %s", n, url))
	return fmt.Sprintf("%x-%x-%x-%x-%x", s[0:4], s[4:6], s[6:8], s[8:10], s[10:16])
}

func statusText(code int) string {
	switch code {
	case 200:
		return "OK"
	case 404:
		return "Not Found"
	case 301:
		return "Moved Permanently"
	}
	return "Status"
}

// TextPage renders an article given as plain text as a minimal HTML page:
// the title as <title> and <h1>, the outlet and publication time as
// meta tags, each blank-line-separated paragraph as <p>. All text is
// escaped.
func TextPage(title, outlet string, published time.Time, text string) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
	b.WriteString(html.EscapeString(title))
	b.WriteString("</title>\n")
	if outlet != "" {
		fmt.Fprintf(&b, "<meta property=\"og:site_name\" content=\"%s\">\n", html.EscapeString(outlet))
	}
	if !published.IsZero() {
		fmt.Fprintf(&b, "<meta property=\"article:published_time\" content=\"%s\">\n", published.UTC().Format(time.RFC3339))
	}
	b.WriteString("</head><body><article>\n<h1>")
	b.WriteString(html.EscapeString(title))
	b.WriteString("</h1>\n")
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			b.WriteString("<p>")
			b.WriteString(html.EscapeString(p))
			b.WriteString("</p>\n")
		}
	}
	b.WriteString("</article></body></html>\n")
	return []byte(b.String())
}
