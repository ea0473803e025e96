package htmlparse

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:generate go run gen_entities.go

// entityData (entities_gen.go) replaces the standard library's html
// package, whose table and escaper cost the browser build 16 KB with
// brotli. It is a generated constant rather than an embedded file because
// package embed imports io/fs and so time, which costs the browser build
// as much again.

// longestLegacyName is the longest name valid without its semicolon.
const longestLegacyName = 6

var (
	entityOnce sync.Once
	entities   map[string]string // name → the text it stands for
)

// entityTable returns the named references, parsing entityData on first
// use.
func entityTable() map[string]string {
	entityOnce.Do(func() {
		entities = make(map[string]string, strings.Count(entityData, "\n"))
		for line := range strings.Lines(entityData) {
			fields := strings.Fields(line)
			var text []byte
			for _, hex := range fields[1:] {
				r, _ := strconv.ParseUint(hex, 16, 32)
				text = utf8.AppendRune(text, rune(r))
			}
			entities[fields[0]] = string(text)
		}
	})
	return entities
}

// windows1252 gives the characters that numeric references to 0x80–0x9F
// stand for, as HTML says.
var windows1252 = [32]rune{
	'\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
	'\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
	'\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
	'\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
}

// Unescape decodes the character references in s, as
// html.UnescapeString does. In an attribute value (attr), a name without
// its semicolon stays as written when a letter, a digit or = follows it, as
// HTML says, so that a link such as ?a=1&copy=2 keeps its query.
func Unescape(s string, attr bool) string {
	i := strings.IndexByte(s, '&')
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i >= 0 {
		b.WriteString(s[:i])
		text, n := reference(s[i:], attr)
		b.WriteString(text)
		s = s[i+n:]
		i = strings.IndexByte(s, '&')
	}
	b.WriteString(s)
	return b.String()
}

// reference decodes the reference at the start of s (which starts with &)
// and returns its text and length; a lone & is itself, length 1.
func reference(s string, attr bool) (string, int) {
	if strings.HasPrefix(s, "&#") {
		return numericReference(s)
	}
	n := 1
	for n < len(s) && isASCIIAlnum(s[n]) {
		n++
	}
	if n < len(s) && s[n] == ';' {
		n++
	}
	name := s[1:n]
	if name == "" {
		return "&", 1
	}
	if text, ok := entityTable()[name]; ok && !(attr && !strings.HasSuffix(name, ";") && strings.HasPrefix(s[n:], "=")) {
		return text, n
	}
	if attr {
		return s[:n], n // a legacy name's prefix stands for nothing here
	}
	for j := min(len(name)-1, longestLegacyName); j > 1; j-- {
		if text, ok := entityTable()[name[:j]]; ok {
			return text, 1 + j
		}
	}
	return s[:n], n
}

// numericReference decodes &#…; or &#x…; at the start of s, as HTML says
// and as html.UnescapeString does, except where that differs from HTML: a
// value past U+10FFFF is U+FFFD, a one-digit decimal reference without its
// semicolon counts, and "&#x;" is no reference.
func numericReference(s string) (string, int) {
	i, base := 2, rune(10)
	if i < len(s) && s[i]|0x20 == 'x' {
		i, base = 3, 16
	}
	start := i
	var r rune
	for ; i < len(s); i++ {
		d := digitValue(s[i], base)
		if d < 0 {
			break
		}
		r = min(r*base+d, 0x110000) // no overflow: anything above is invalid anyway
	}
	if i == start {
		return "&", 1 // no digits: not a reference
	}
	if i < len(s) && s[i] == ';' {
		i++
	}
	switch {
	case r >= 0x80 && r <= 0x9F:
		r = windows1252[r-0x80]
	case r == 0 || r >= 0xD800 && r <= 0xDFFF || r > 0x10FFFF:
		r = utf8.RuneError
	}
	return string(r), i
}

// digitValue returns the value of c as a digit in base 10 or 16, or -1.
func digitValue(c byte, base rune) rune {
	switch {
	case c >= '0' && c <= '9':
		return rune(c - '0')
	case base == 16 && c|0x20 >= 'a' && c|0x20 <= 'f':
		return rune(c|0x20-'a') + 10
	}
	return -1
}

// Escape escapes <, >, &, ' and ", as html.EscapeString does.
func Escape(s string) string {
	if !strings.ContainsAny(s, `<>&'"`) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '\'':
			b.WriteString("&#39;")
		case '"':
			b.WriteString("&#34;")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isASCIIAlnum(c byte) bool { return isASCIILetter(c) || c >= '0' && c <= '9' }
