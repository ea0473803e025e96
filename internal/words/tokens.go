package words

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// softHyphen is U+00AD, an invisible hyphenation hint inside words.
const softHyphen = '\u00ad'

// Tokens returns the words of s in lower case: runs of letters, digits, marks and '_' (Unicode \w+), soft hyphens (U+00AD) removed.
// Digits are all Unicode numbers (unicode.IsNumber), as in
// internal/shingle. A soft hyphen inside a word joins its parts: "co\u00adop"
// gives "coop". Invalid UTF-8 separates words.
func Tokens(s string) []string {
	var out []string
	start, soft := -1, false
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case r == softHyphen:
			if start < 0 {
				start = i
			}
			soft = true
		default:
			if start >= 0 {
				out = appendToken(out, s[start:i], soft)
				start, soft = -1, false
			}
		}
		i += w
	}
	if start >= 0 {
		out = appendToken(out, s[start:], soft)
	}
	return out
}

// isWordRune reports the runes of \w: letters, numbers, marks and '_'.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

// appendToken appends tok in lower case, without soft hyphens, unless
// nothing is left.
func appendToken(out []string, tok string, soft bool) []string {
	if soft {
		tok = strings.ReplaceAll(tok, string(softHyphen), "")
		if tok == "" {
			return out
		}
	}
	return append(out, strings.ToLower(tok))
}
