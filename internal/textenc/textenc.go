// Package textenc decodes web pages to UTF-8, the one way newsbrief does it
// for fetched pages (source) and pages handed to the extractor (extract):
//
//	text, charsetName := textenc.Decode(body, resp.Header.Get("Content-Type"))
package textenc

import (
	"bytes"
	"mime"
	"regexp"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

var utf8BOM = []byte{0xef, 0xbb, 0xbf}

// Decode returns a page as UTF-8 and the name of the character set it
// was decoded from. A UTF-16 byte order mark decides first; then a page
// that is valid UTF-8 is UTF-8, whatever its header or <meta> declares (a
// wrong declaration is common, a legacy page that happens to be valid
// UTF-8 is not); then the Content-Type header's charset, the page's
// <meta> declaration (looked for in its first 64 KiB, as long heads are
// common), and sniffing as browsers do. The result is always valid UTF-8.
func Decode(data []byte, contentType string) ([]byte, string) {
	utf16 := bytes.HasPrefix(data, []byte{0xfe, 0xff}) || bytes.HasPrefix(data, []byte{0xff, 0xfe})
	if !utf16 && utf8.Valid(data) {
		return bytes.TrimPrefix(data, utf8BOM), "utf-8"
	}
	if !utf16 && !hasCharset(contentType) {
		if name := declaredCharset(data); name != "" {
			contentType = "text/html; charset=" + name
		}
	}
	enc, name, _ := charset.DetermineEncoding(data, contentType)
	if enc != nil && name != "utf-8" {
		if out, err := enc.NewDecoder().Bytes(data); err == nil && utf8.Valid(out) {
			return bytes.TrimPrefix(out, utf8BOM), name
		}
	}
	return bytes.ToValidUTF8(bytes.TrimPrefix(data, utf8BOM), []byte("\uFFFD")), "utf-8"
}

// hasCharset reports whether a Content-Type names a known character set.
func hasCharset(contentType string) bool {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	enc, _ := charset.Lookup(params["charset"])
	return enc != nil
}

var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?([a-z0-9_.:-]+)`)

// declaredCharset finds a known <meta> charset declaration in the first
// 64 KiB of a page.
func declaredCharset(data []byte) string {
	if m := metaCharset.FindSubmatch(data[:min(len(data), 64<<10)]); m != nil {
		if enc, _ := charset.Lookup(string(m[1])); enc != nil {
			return string(m[1])
		}
	}
	return ""
}
