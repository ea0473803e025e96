package extract

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/newsbrief/newsbrief/internal/limit"
	"github.com/newsbrief/newsbrief/internal/textenc"
)

// readPage reads a page within the size limit and decodes it to UTF-8,
// within the limit too.
func readPage(r io.Reader, c config) ([]byte, error) {
	data, err := limit.ReadAll(r, c.maxBytes, func() error {
		return fmt.Errorf("%w: more than %d bytes", ErrTooLarge, c.maxBytes)
	})
	if err != nil {
		return nil, err
	}
	return decode(data, c.charset, c.maxBytes)
}

// decode returns a page as UTF-8 of at most max bytes (see
// textenc.DecodeMax); label, from WithCharset, is an HTTP Content-Type or
// a bare charset name.
func decode(data []byte, label string, max int64) ([]byte, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	if looksBinary(data) {
		return nil, ErrNotHTML
	}
	contentType := label
	if label != "" && !strings.Contains(label, "/") {
		contentType = "text/html; charset=" + label
	}
	text, _, err := textenc.DecodeMax(data, contentType, max)
	if err != nil {
		return nil, fmt.Errorf("%w: more than %d bytes once decoded to UTF-8", ErrTooLarge, max)
	}
	return text, nil
}

// looksBinary reports whether data starts like a binary file: NUL bytes or
// many control characters in the first 8 KiB (UTF-16 pages have a BOM and
// are decoded, not rejected).
func looksBinary(data []byte) bool {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return false
	}
	head := data[:min(len(data), 8192)]
	ctl := 0
	for _, c := range head {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl*20 > len(head)
}
