// Package bom decodes text that starts with a UTF-16 byte order mark, the
// one way for brief (briefs read from files) and textenc (pages):
//
//	if text, name, ok := bom.DecodeUTF16(data); ok { … }
//
// It uses only the standard library, so brief stays light.
package bom

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"
)

// DecodeUTF16 decodes data that starts with a UTF-16 byte order mark (FE
// FF big-endian, FF FE little-endian) to UTF-8 without the mark, and names
// the encoding ("utf-16be" or "utf-16le"). ok is false, and data untouched,
// without a mark. As in browsers (WHATWG Encoding), an unpaired surrogate
// and a trailing odd byte each become U+FFFD.
func DecodeUTF16(data []byte) (text []byte, name string, ok bool) {
	var big bool
	switch {
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		big, name = true, "utf-16be"
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		name = "utf-16le"
	default:
		return data, "", false
	}
	units := make([]uint16, 0, len(data)/2)
	for i := 2; i+1 < len(data); i += 2 {
		if big {
			units = append(units, uint16(data[i])<<8|uint16(data[i+1]))
		} else {
			units = append(units, uint16(data[i+1])<<8|uint16(data[i]))
		}
	}
	if len(data)%2 == 1 {
		units = append(units, utf8.RuneError)
	}
	out := make([]byte, 0, len(units)*3/2)
	for _, r := range utf16.Decode(units) {
		out = utf8.AppendRune(out, r)
	}
	return out, name, true
}
