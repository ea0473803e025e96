package brief

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/bom"
	"github.com/newsbrief/newsbrief/internal/limit"
)

// Parse reads a brief written as plain text (the layout of brief pages),
// Markdown, HTML or newsbrief JSON. The format is detected unless
// WithFormat forces one. Headings are matched to sections by their usual
// names in any case; sections it does not know are kept in Brief.Extra.
//
// The returned brief is in canonical form (see Brief.Normalize). Errors wrap
// ErrEmpty, ErrTooLarge, ErrBinary, ErrMalformed or ErrVersion.
func Parse(r io.Reader, opts ...Option) (*Brief, error) {
	c := newConfig(opts)
	data, err := limit.ReadAll(r, c.maxBytes, func() error { return tooLarge(c.maxBytes) })
	if err != nil {
		return nil, err
	}
	return parseBytes(data, c)
}

// ParseString is Parse for a brief held in a string.
func ParseString(s string, opts ...Option) (*Brief, error) {
	c := newConfig(opts)
	if int64(len(s)) > c.maxBytes {
		return nil, tooLarge(c.maxBytes)
	}
	return parseBytes([]byte(s), c)
}

// tooLarge is the error for input over max bytes.
func tooLarge(max int64) error {
	return wrapErr(ErrTooLarge, errors.New("more than "+formatBytes(max)))
}

func parseBytes(data []byte, c config) (*Brief, error) {
	text, err := decodeText(data)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(text) == "" {
		return nil, ErrEmpty
	}
	f := c.format
	if f == Auto {
		head := strings.TrimLeft(text, " \t\r\n\ufeff") // Detect reads 4 KiB: copy no more
		f = Detect([]byte(head[:min(len(head), 4096)]))
	}
	if err := checkShape(text, f); err != nil {
		return nil, err
	}
	switch f {
	case JSON:
		return readJSON([]byte(text))
	case HTML:
		return readHTML(text)
	case Markdown:
		return readMarkdown(text), nil
	case Text:
		return readText(text), nil
	}
	return nil, &ParseError{Format: f, Err: wrapErr(ErrUnknownFormat, errors.New("cannot read "+f.String()))}
}

// decodeText returns data as UTF-8 text with line breaks as "\n": a UTF-16
// byte order mark is honoured, a UTF-8 one removed, invalid UTF-8 replaced.
// Data with NUL bytes or many control characters is binary.
func decodeText(data []byte) (string, error) {
	data, _, _ = bom.DecodeUTF16(data)
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if isBinary(data) {
		return "", ErrBinary
	}
	s := string(data)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n"), nil
}

// isBinary reports whether data holds NUL bytes or more than 1 in 10
// control characters other than white space in its first 8 KiB.
func isBinary(data []byte) bool {
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	head := data[:min(len(data), 8192)]
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl*10 > len(head)
}

func formatBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return itoa64(n>>20) + " MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return itoa64(n>>10) + " KiB"
	}
	return itoa64(n) + " bytes"
}

// Bounds on the shape of a brief: far beyond any brief, and reading more
// would take seconds.
const (
	maxLines = 200_000 // of a brief in text or Markdown
	maxTags  = 500_000 // of a brief in HTML
)

// checkShape refuses, as malformed, text with more lines or tags than a
// brief could have.
func checkShape(text string, f Format) error {
	switch {
	case (f == Text || f == Markdown) && strings.Count(text, "\n") > maxLines:
		return &ParseError{Format: f, Err: wrapErr(ErrMalformed, errors.New("more than 200,000 lines"))}
	case f == HTML && strings.Count(text, "<") > maxTags:
		return &ParseError{Format: f, Err: wrapErr(ErrMalformed, errors.New("more than 500,000 tags"))}
	}
	return nil
}
