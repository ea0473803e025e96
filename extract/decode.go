package extract

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// readLimited reads all of r, failing with ErrTooLarge past max bytes.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, errors.Join(ErrTooLarge, errors.New("more than "+strconv.FormatInt(max, 10)+" bytes"))
	}
	return data, nil
}

// decode returns a page as UTF-8. The charset comes from label (an HTTP
// Content-Type or a bare name) when given, else from a byte order mark, a
// <meta> declaration, or sniffing, as browsers do.
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
	enc, name, _ := charset.DetermineEncoding(data, contentType)
	if name == "utf-8" || enc == nil {
		if !utf8.Valid(data) {
			return bytes.ToValidUTF8(data, []byte("\uFFFD")), nil
		}
		return data, nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return bytes.ToValidUTF8(data, []byte("\uFFFD")), nil
	}
	return out, nil
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
