package textenc

import (
	"errors"
	"unicode/utf16"
	"unicode/utf8"
)

// ErrTooLarge is the error of DecodeMax when a page's UTF-8 is longer than
// its limit; callers wrap it in their own too-large error.
var ErrTooLarge = errors.New("textenc: the decoded page is too large")

// DecodeMax is Decode with a limit on the result: a page whose UTF-8 is
// longer than max bytes fails with ErrTooLarge, so a limit on pages counts
// the bytes they decode to (a windows-1252 page can triple, UTF-16 grow by
// half). Decoding stops at the limit: it allocates about max bytes beyond
// data, never a multiple of the page.
func DecodeMax(data []byte, contentType string, max int64) ([]byte, string, error) {
	if len(data) >= 2 && (data[0] == 0xfe && data[1] == 0xff || data[0] == 0xff && data[1] == 0xfe) {
		return decodeUTF16Max(data, max)
	}
	if utf8.Valid(data) {
		out, name := Decode(data, contentType)
		if int64(len(out)) > max {
			return nil, "", ErrTooLarge
		}
		return out, name, nil
	}
	if out, name, ok, err := decodeLegacyMax(data, contentType, max); ok || err != nil {
		return out, name, err
	}
	out, name := Decode(data, contentType) // invalid bytes become U+FFFD: at most 3 bytes for 1
	if int64(len(out)) > max {
		return nil, "", ErrTooLarge
	}
	return out, name, nil
}

// decodeUTF16Max decodes data, which starts with a UTF-16 byte order mark,
// to UTF-8 of at most max bytes, in one pass without intermediate slices.
// As bom.DecodeUTF16 does, an unpaired surrogate and a trailing odd byte
// each become U+FFFD.
func decodeUTF16Max(data []byte, max int64) ([]byte, string, error) {
	big, name := data[0] == 0xfe, "utf-16le"
	if big {
		name = "utf-16be"
	}
	unit := func(i int) rune {
		if big {
			return rune(data[i])<<8 | rune(data[i+1])
		}
		return rune(data[i+1])<<8 | rune(data[i])
	}
	out := make([]byte, 0, min(int64(len(data)-2)*3/2+3, max+4))
	for i := 2; i < len(data); {
		if int64(len(out)) > max {
			return nil, "", ErrTooLarge
		}
		if i+1 >= len(data) {
			out = utf8.AppendRune(out, utf8.RuneError)
			break
		}
		r := unit(i)
		i += 2
		if utf16.IsSurrogate(r) {
			if r < 0xdc00 && i+1 < len(data) {
				if pair := utf16.DecodeRune(r, unit(i)); pair != utf8.RuneError {
					r, i = pair, i+2
				} else {
					r = utf8.RuneError
				}
			} else {
				r = utf8.RuneError
			}
		}
		out = utf8.AppendRune(out, r)
	}
	if int64(len(out)) > max {
		return nil, "", ErrTooLarge
	}
	return out, name, nil
}
