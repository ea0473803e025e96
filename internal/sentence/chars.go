package sentence

import (
	"unicode"
	"unicode/utf8"
)

// decode returns the rune at t[i:] and its width; invalid UTF-8 decodes
// as utf8.RuneError of width 1.
func decode(t string, i int) (rune, int) {
	if c := t[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(t[i:])
}

// firstRune returns the first rune of t, or -1 if t is empty.
func firstRune(t string) rune {
	if t == "" {
		return -1
	}
	r, _ := decode(t, 0)
	return r
}

// lastRune returns the last rune of t, or -1 if t is empty.
func lastRune(t string) rune {
	if t == "" {
		return -1
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return r
}

// isSpace reports white space, counting the zero-width space and the byte
// order mark, which pasted news text often holds.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', '\u200b', '\ufeff':
		return true
	}
	return r >= utf8.RuneSelf && unicode.IsSpace(r)
}

// isLineBreak reports the runes that end a line, and with it a sentence.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return true
	}
	return false
}

// isTerminator reports sentence-ending punctuation.
func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '‼', '⁇', '⁈', '⁉', '。', '｡', '！', '？', '．':
		return true
	}
	return false
}

// isCloser reports closing quotes and brackets, which after terminal
// punctuation belong to the sentence. Straight quotes are handled by the
// caller.
func isCloser(r rune) bool {
	switch r {
	case ')', ']', '}', '”', '’', '»', '›', '」', '』', '）', '］', '｝',
		'〉', '》', '】', '〕', '〗', '〙', '〛', '｣', '⟩', '＂', '＇':
		return true
	}
	return false
}

// isOpener reports opening quotes and brackets, which may precede the first
// word of a sentence.
func isOpener(r rune) bool {
	switch r {
	case '(', '[', '{', '"', '\'', '`', '“', '‘', '„', '‚', '«', '‹', '「', '『',
		'（', '［', '｛', '〈', '《', '【', '〔', '〖', '〘', '〚', '｢', '⟨', '＂', '＇':
		return true
	}
	return false
}

// continuesWord reports whether t starts with a letter or digit, which makes
// a straight quote before it an opening one or an apostrophe.
func continuesWord(t string) bool {
	return isAlnum(firstRune(t))
}

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && isASCIILetter(byte(r)) || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}

func isASCIILetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// isHangul reports Hangul syllables and jamo.
func isHangul(r rune) bool {
	return r >= 0x1100 && unicode.Is(unicode.Hangul, r)
}

// isCJKLetter reports letters of scripts written without spaces after a
// full stop: Hangul, Han, Hiragana and Katakana.
func isCJKLetter(r rune) bool {
	if r < 0x1100 {
		return false
	}
	return unicode.In(r, unicode.Hangul, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

func hasPrefix(t, prefix string) bool {
	return len(t) >= len(prefix) && t[:len(prefix)] == prefix
}

// hasPrefixFold is hasPrefix ignoring ASCII case; prefix is lower case.
func hasPrefixFold(t, prefix string) bool {
	if len(t) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := t[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// lowerASCII lower-cases the ASCII letters of t.
func lowerASCII(t string) string {
	for i := 0; i < len(t); i++ {
		if 'A' <= t[i] && t[i] <= 'Z' {
			b := []byte(t)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return t
}
