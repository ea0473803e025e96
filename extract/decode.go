package extract

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/newsbrief/newsbrief/internal/limit"
	"github.com/newsbrief/newsbrief/internal/textenc"
)

// readPage reads a page within the size limit and decodes it to UTF-8.
func readPage(r io.Reader, c config) ([]byte, error) {
	data, err := limit.ReadAll(r, c.maxBytes, func() error {
		return fmt.Errorf("%w: more than %d bytes", ErrTooLarge, c.maxBytes)
	})
	if err != nil {
		return nil, err
	}
	return decode(data, c.charset)
}

// decode returns a page as UTF-8 (see textenc.Decode); label, from
// WithCharset, is an HTTP Content-Type or a bare charset name.
func decode(data []byte, label string) ([]byte, error) {
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
	text, _ := textenc.Decode(data, contentType)
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
