//go:build !js

package textenc

import (
	"bytes"
	"mime"
	"regexp"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// decodeLegacy decodes a page in a legacy character set: the one the
// Content-Type header names, else the page's <meta> declaration, else the
// one sniffing finds.
func decodeLegacy(data []byte, contentType string) ([]byte, string, bool) {
	if !hasCharset(contentType) {
		if name := declaredCharset(data); name != "" {
			contentType = "text/html; charset=" + name
		}
	}
	enc, name, _ := charset.DetermineEncoding(data, contentType)
	if enc != nil && name != "utf-8" {
		if out, err := enc.NewDecoder().Bytes(data); err == nil && utf8.Valid(out) {
			return bytes.TrimPrefix(out, utf8BOM), name, true
		}
	}
	return nil, "", false
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
