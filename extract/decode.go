package extract

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// readPage reads a page within the size limit and decodes it to UTF-8.
func readPage(r io.Reader, c config) ([]byte, error) {
	data, err := readLimited(r, c.maxBytes)
	if err != nil {
		return nil, err
	}
	return decode(data, c.charset)
}

// readLimited reads all of r, failing with ErrTooLarge past max bytes.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	return data, nil
}

// decode returns a page as UTF-8. The charset comes from label (an HTTP
// Content-Type or a bare name) when given; otherwise a page that is valid
// UTF-8 is UTF-8, whatever it declares (a wrong declaration is common, a
// legacy page that happens to be valid UTF-8 is not); otherwise its byte
// order mark or <meta> declaration decides, anywhere in its head, then
// sniffing as browsers do.
func decode(data []byte, label string) ([]byte, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	if looksBinary(data) {
		return nil, ErrNotHTML
	}
	if label == "" && utf8.Valid(data) && !bytes.HasPrefix(data, []byte{0xfe, 0xff}) && !bytes.HasPrefix(data, []byte{0xff, 0xfe}) {
		return data, nil
	}
	contentType := label
	switch {
	case label != "" && !strings.Contains(label, "/"):
		contentType = "text/html; charset=" + label
	case label == "":
		if name := declaredCharset(data); name != "" {
			contentType = "text/html; charset=" + name
		}
	}
	enc, name, _ := charset.DetermineEncoding(data, contentType)
	if name == "utf-8" || enc == nil {
		return bytes.ToValidUTF8(data, []byte("\uFFFD")), nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return bytes.ToValidUTF8(data, []byte("\uFFFD")), nil
	}
	return out, nil
}

var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?([a-z0-9_.:-]+)`)

// declaredCharset finds a <meta> charset declaration in the first 64 KiB,
// which browsers' 1 KiB prescan misses on pages with long heads.
func declaredCharset(data []byte) string {
	if m := metaCharset.FindSubmatch(data[:min(len(data), 64<<10)]); m != nil {
		return string(m[1])
	}
	return ""
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
