package brief

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/htmlparse"
)

// link is a hyperlink inside a block's text: text[start:end] links to url.
type link struct {
	start, end int
	url        string
}

// maxLinkSpan bounds how far the inline parser looks for the destination of
// a link or the end of an autolink.
const maxLinkSpan = 2048

// inline parses Markdown inline syntax. Every lookahead is cached, so
// parsing is linear in the input even when it is hostile.
type inline struct {
	s      string
	b      strings.Builder
	links  []link
	closer map[int]int // '[' offset → matching ']' offset
	nextGT int         // offset of the next '>' at or after the cursor, or len(s)
}

// parseInline turns Markdown inline syntax into plain text and its links:
// escapes, entities, code spans, links, autolinks and images (as their
// text); emphasis markers and inline tags are dropped.
func parseInline(s string) (string, []link) {
	p := inline{s: s, nextGT: -1}
	if strings.IndexByte(s, '[') >= 0 {
		p.closer = matchBrackets(s)
	}
	p.run(0, len(s), true)
	return p.b.String(), p.links
}

func (p *inline) run(i, end int, links bool) {
	s := p.s
	for i < end {
		c := s[i]
		switch {
		case c == '\\' && i+1 < end && isASCIIPunct(s[i+1]):
			p.b.WriteByte(s[i+1])
			i += 2
		case c == '&' && entityLen(s[i:end]) > 0:
			n := entityLen(s[i:end])
			p.b.WriteString(htmlparse.Unescape(s[i:i+n], false))
			i += n
		case c == '`':
			i = p.code(i, end)
		case links && (c == '[' || c == '!' && i+1 < end && s[i+1] == '['):
			i = p.link(i, end)
		case c == '<':
			i = p.angle(i, end)
		case c == '*' || c == '~' && i+1 < end && s[i+1] == '~':
			i += runLen(s[i:end], c)
		case c == '_':
			n := runLen(s[i:end], c)
			if intraword(s[:end], i, n) {
				p.b.WriteString(s[i : i+n])
			}
			i += n
		default:
			p.b.WriteByte(c)
			i++
		}
	}
}

// code writes the code span starting at s[i] and returns the offset after it.
func (p *inline) code(i, end int) int {
	n := runLen(p.s[i:end], '`')
	close := strings.Index(p.s[i+n:min(end, i+n+maxLinkSpan)], p.s[i:i+n])
	if close < 0 {
		p.b.WriteString(p.s[i : i+n])
		return i + n
	}
	p.b.WriteString(strings.TrimSpace(p.s[i+n : i+n+close]))
	return i + n + close + n
}

// link writes [text](url) or ![alt](src) starting at s[i] as its text and
// records the link; anything else is written as it stands.
func (p *inline) link(i, end int) int {
	open := i
	if p.s[i] == '!' {
		open++
	}
	close, ok := p.closer[open]
	if !ok || close+1 >= end || p.s[close+1] != '(' {
		p.b.WriteString(p.s[i : open+1])
		return open + 1
	}
	dest, after, ok := linkDest(p.s[close+2 : min(end, close+2+maxLinkSpan)])
	if !ok {
		p.b.WriteString(p.s[i : open+1])
		return open + 1
	}
	start := p.b.Len()
	p.run(open+1, close, false)
	p.links = append(p.links, link{start: start, end: p.b.Len(), url: dest})
	return close + 2 + after
}

// linkDest reads "url)" or "<url> "title")" and returns the URL and the
// length read.
func linkDest(rest string) (dest string, n int, ok bool) {
	if strings.HasPrefix(rest, "<") {
		gt := strings.IndexByte(rest, '>')
		if gt < 0 {
			return "", 0, false
		}
		paren := strings.IndexByte(rest[gt:], ')')
		if paren < 0 {
			return "", 0, false
		}
		return rest[1:gt], gt + paren + 1, true
	}
	paren := strings.IndexByte(rest, ')')
	if paren < 0 {
		return "", 0, false
	}
	dest, _, _ = strings.Cut(strings.TrimSpace(rest[:paren]), " ")
	return dest, paren + 1, true
}

// angle reads an autolink <https://…> (written as its URL) or an inline
// HTML tag (dropped) at s[i]; a lone '<' is text.
func (p *inline) angle(i, end int) int {
	if p.nextGT < i {
		gt := strings.IndexByte(p.s[i:], '>')
		p.nextGT = len(p.s)
		if gt >= 0 {
			p.nextGT = i + gt
		}
	}
	gt := p.nextGT
	if gt >= end || gt-i > maxLinkSpan || gt-i < 2 {
		p.b.WriteByte('<')
		return i + 1
	}
	inner := p.s[i+1 : gt]
	if isURL(inner) && !strings.ContainsAny(inner, " <") {
		p.links = append(p.links, link{start: p.b.Len(), end: p.b.Len() + len(inner), url: inner})
		p.b.WriteString(inner)
		return gt + 1
	}
	if isTag(inner) {
		return gt + 1
	}
	p.b.WriteByte('<')
	return i + 1
}

func isURL(s string) bool {
	l := asciiLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "mailto:")
}

func isTag(inner string) bool {
	t := strings.TrimPrefix(inner, "/")
	return t != "" && (t[0] >= 'a' && t[0] <= 'z' || t[0] >= 'A' && t[0] <= 'Z') && !strings.Contains(inner, "<")
}

// matchBrackets pairs every '[' with its ']' in one pass, honouring
// backslash escapes.
func matchBrackets(s string) map[int]int {
	m := make(map[int]int)
	var stack []int
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '[':
			stack = append(stack, i)
		case ']':
			if n := len(stack); n > 0 {
				m[stack[n-1]] = i
				stack = stack[:n-1]
			}
		}
	}
	return m
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

func runLen(s string, c byte) int {
	n := 0
	for n < len(s) && s[n] == c {
		n++
	}
	return n
}

func intraword(s string, i, n int) bool {
	return i > 0 && isWordByte(s[i-1]) && i+n < len(s) && isWordByte(s[i+n])
}

func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// entityLen returns the length of an HTML entity such as "&amp;" or
// "&#8627;" at the start of s, or 0.
func entityLen(s string) int {
	for i := 1; i < len(s) && i < 34; i++ {
		c := s[i]
		if c == ';' {
			if i == 1 {
				return 0
			}
			return i + 1
		}
		if !(isWordByte(c) && c < 0x80 || c == '#') {
			return 0
		}
	}
	return 0
}
