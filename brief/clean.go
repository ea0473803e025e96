package brief

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cleanText returns s as valid UTF-8 on one line: invalid bytes become
// U+FFFD, control and format characters are dropped, and runs of white space
// become one space, trimmed at both ends. A lone no-break space stays, so
// that quoted text still matches its source.
func cleanText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space, run := false, 0
	var lone rune
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case unicode.IsSpace(r) || r == '\u2028' || r == '\u2029':
			space = b.Len() > 0
			run++
			lone = r
			continue
		case r == utf8.RuneError && n == 1:
			r = unicode.ReplacementChar
		case unicode.IsControl(r) || r == '\ufeff' || r == '\u200b':
			continue
		}
		if space {
			if run == 1 && (lone == '\u00a0' || lone == '\u202f') {
				b.WriteRune(lone)
			} else {
				b.WriteByte(' ')
			}
			space = false
		}
		run = 0
		b.WriteRune(r)
	}
	return b.String()
}

// cleanQuote keeps a quote exactly, except that invalid UTF-8 becomes U+FFFD.
func cleanQuote(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// cleanLabel is cleanText for titles and outlet names, which must not start
// with the markers that begin list items, escapes or evidence lines.
func cleanLabel(s string) string {
	s = cleanText(s)
	for {
		t := strings.TrimLeft(s, "-*+•↳\\#>|=: ")
		t = trimOrdinal(t)
		if t == s {
			return s
		}
		s = t
	}
}

// trimOrdinal removes a leading list number such as "1. " or "2)".
func trimOrdinal(s string) string {
	n := ordinalLen(s)
	if n == 0 {
		return s
	}
	return strings.TrimLeft(s[n:], " ")
}

// ordinalLen returns the length of a leading "12." or "12)" followed by a
// space or the end of s, or 0.
func ordinalLen(s string) int {
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(s) || (s[i] != '.' && s[i] != ')') {
		return 0
	}
	if i+1 < len(s) && s[i+1] != ' ' {
		return 0
	}
	return i + 1
}

// cleanURL returns s if it is an absolute http or https URL, with spaces,
// control characters, non-ASCII bytes and characters unsafe in markup
// percent-encoded; otherwise it returns "".
func cleanURL(s string) string {
	s = strings.TrimSpace(cleanQuote(s))
	lower := strings.ToLower(s)
	var rest string
	switch {
	case strings.HasPrefix(lower, "https://"):
		rest = s[len("https://"):]
		s = "https://" + rest
	case strings.HasPrefix(lower, "http://"):
		rest = s[len("http://"):]
		s = "http://" + rest
	default:
		return ""
	}
	if rest == "" || rest[0] == '/' || rest[0] == '?' || rest[0] == '#' {
		return ""
	}
	return escapeURL(s)
}

func escapeURL(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte("\"'<>\\^`{|}", c) >= 0 {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// cleanDomain returns a host name in lower case without spaces, or "".
func cleanDomain(s string) string { return strings.ToLower(cleanToken(s)) }

// cleanToken is cleanText without any spaces, for codes such as "en-US".
func cleanToken(s string) string { return strings.ReplaceAll(cleanText(s), " ", "") }

// looksLikeDomain reports whether s reads as a host name such as
// "nvidianews.nvidia.com" rather than an outlet's display name.
func looksLikeDomain(s string) bool {
	if !strings.Contains(s, ".") || strings.HasPrefix(s, ".") || strings.HasSuffix(s, ".") {
		return false
	}
	for _, r := range s {
		if !(r == '.' || r == '-' || unicode.IsLetter(r) && unicode.IsLower(r) || unicode.IsDigit(r) || r > unicode.MaxASCII && unicode.IsLetter(r)) {
			return false
		}
	}
	return true
}
