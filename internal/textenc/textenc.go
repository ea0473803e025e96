// Package textenc decodes web pages to UTF-8, the one way newsbrief does it
// for fetched pages (source) and pages handed to the extractor (extract):
//
//	text, charsetName := textenc.Decode(body, resp.Header.Get("Content-Type"))
//
// Legacy character sets (windows-1252, EUC-KR, Shift_JIS, GBK and the
// rest of the WHATWG list) are decoded on every platform but js/wasm: in a
// browser, pages reach Go as JavaScript strings the browser has already
// decoded, and the x/text tables would add about 650 KB (250 KB with
// brotli) to the WebAssembly build.
package textenc

import (
	"bytes"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/bom"
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
	if out, name, ok := bom.DecodeUTF16(data); ok {
		return out, name
	}
	if utf8.Valid(data) {
		return bytes.TrimPrefix(data, utf8BOM), "utf-8"
	}
	if out, name, ok := decodeLegacy(data, contentType); ok {
		return out, name
	}
	return bytes.ToValidUTF8(bytes.TrimPrefix(data, utf8BOM), []byte("\uFFFD")), "utf-8"
}
