//go:build js

package textenc

// decodeLegacy decodes no legacy character set on js/wasm: a browser hands
// Go pages it has already decoded, and the x/text tables would add about
// 650 KB (250 KB with brotli) to the WebAssembly build. Bytes that are not
// UTF-8 become U+FFFD.
func decodeLegacy(data []byte, contentType string) ([]byte, string, bool) {
	return nil, "", false
}

// decodeLegacyMax decodes no legacy character set on js/wasm either.
func decodeLegacyMax(data []byte, contentType string, max int64) ([]byte, string, bool, error) {
	return nil, "", false, nil
}
