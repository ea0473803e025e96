package source

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
)

// acceptEncoding is what Fetch asks for. Go's transport undoes gzip only
// when it chose the Accept-Encoding itself, so Fetch sets it and undoes
// gzip and deflate here. Brotli (br) is not asked for: the standard
// library has no decoder for it.
const acceptEncoding = "gzip, deflate"

// accept is the Accept header Fetch sends.
const accept = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"

// sniffLen is how much of a body http.DetectContentType looks at.
const sniffLen = 512

// pageTypes are the media types Fetch accepts.
var pageTypes = map[string]bool{"text/html": true, "application/xhtml+xml": true, "text/plain": true}

// mediaType returns the media type of a Content-Type header, lower-cased,
// or "" when it has none.
func mediaType(contentType string) string {
	t, _, err := mime.ParseMediaType(contentType)
	if t == "" && err != nil {
		t, _, _ = strings.Cut(contentType, ";")
	}
	return strings.ToLower(strings.TrimSpace(t))
}

// contentReader returns resp's body with its content encoding undone, and
// removes Content-Encoding and Content-Length from its header when it
// does.
func contentReader(resp *http.Response) (io.Reader, error) {
	enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding")))
	var open func(io.Reader) (io.Reader, error)
	switch enc {
	case "", "identity":
		return resp.Body, nil
	case "gzip", "x-gzip":
		open = func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) }
	case "deflate":
		open = openDeflate
	default:
		return nil, fmt.Errorf("%w: content encoding %q is not supported", ErrNotHTML, enc)
	}
	resp.Header.Del("Content-Encoding")
	resp.Header.Del("Content-Length")
	return &lazyReader{r: resp.Body, open: open, name: enc}, nil
}

// openDeflate reads "deflate" content, which is zlib as the standard says
// or raw deflate as some servers send it.
func openDeflate(r io.Reader) (io.Reader, error) {
	br := bufio.NewReader(r)
	head, err := br.Peek(2)
	if err != nil {
		return nil, err
	}
	if head[0]&0x0f == 8 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 {
		return zlib.NewReader(br)
	}
	return flate.NewReader(br), nil
}

// lazyReader opens its decoder on the first Read, so that reading the
// decoder's header is bounded by the request's context like the rest of
// the body.
type lazyReader struct {
	r    io.Reader
	open func(io.Reader) (io.Reader, error)
	name string
	dec  io.Reader
	err  error
}

func (l *lazyReader) Read(p []byte) (int, error) {
	if l.dec == nil && l.err == nil {
		l.dec, l.err = l.open(l.r)
		if l.err == io.EOF {
			l.dec, l.err = nil, io.EOF // an empty body
		} else if l.err != nil {
			l.err = fmt.Errorf("source: reading %s body: %w", l.name, l.err)
		}
	}
	if l.err != nil {
		return 0, l.err
	}
	return l.dec.Read(p)
}
