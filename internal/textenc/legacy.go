//go:build !js

package textenc

import (
	"bytes"
	"errors"
	"mime"
	"regexp"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/limit"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
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

// decodeLegacyMax is decodeLegacy with the limit of DecodeMax: it decodes
// as a stream and stops once the result passes max bytes.
func decodeLegacyMax(data []byte, contentType string, max int64) ([]byte, string, bool, error) {
	if !hasCharset(contentType) {
		if name := declaredCharset(data); name != "" {
			contentType = "text/html; charset=" + name
		}
	}
	enc, name, _ := charset.DetermineEncoding(data, contentType)
	if enc == nil || name == "utf-8" {
		return nil, "", false, nil
	}
	r := transform.NewReader(bytes.NewReader(data), enc.NewDecoder())
	out, err := limit.ReadAll(r, max+int64(len(utf8BOM)), func() error { return ErrTooLarge })
	if errors.Is(err, ErrTooLarge) {
		return nil, "", false, err
	}
	if err != nil || !utf8.Valid(out) {
		return nil, "", false, nil
	}
	out = bytes.TrimPrefix(out, utf8BOM)
	if int64(len(out)) > max {
		return nil, "", false, ErrTooLarge
	}
	return out, name, true, nil
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
