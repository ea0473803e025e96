package htmlparse

import "strings"

// htmlTokenKind is what an HTML htmlToken is.
type htmlTokenKind uint8

const (
	textToken htmlTokenKind = iota
	startTagToken
	endTagToken
)

// htmlToken is a start tag, an end tag or a run of text, with character
// references decoded.
type htmlToken struct {
	kind        htmlTokenKind
	data        string // the lower-case tag name, or the text
	attrs       []Attribute
	selfClosing bool
}

// tokenizer splits HTML into tokens as the HTML standard's tokenizer does
// for what briefs and news pages contain: tags with quoted, unquoted and
// bare attributes, comments, doctypes and processing instructions (both
// skipped), the raw text of script and style, and the escapable raw text
// of title and textarea. It is written for the browser build:
// x/net/html's tokenizer brings fmt and os with it.
type tokenizer struct {
	src string
	pos int
	raw string // the element whose raw text comes next, if any
}

// rawText lists the elements whose content is text up to their end tag,
// and whether character references in it are decoded.
var rawText = map[string]bool{"script": false, "style": false, "xmp": false, "iframe": false,
	"noembed": false, "noframes": false, "noscript": false, "title": true, "textarea": true}

// next returns the next htmlToken, or false at the end of the input.
func (z *tokenizer) next() (htmlToken, bool) {
	if z.raw != "" {
		name := z.raw
		z.raw = ""
		if t, ok := z.rawText(name); ok {
			return t, true
		}
	}
	for z.pos < len(z.src) {
		if z.src[z.pos] != '<' {
			return z.text(), true
		}
		if t, ok := z.markup(); ok {
			return t, true
		}
	}
	return htmlToken{}, false
}

// text reads text up to the next tag or the end.
func (z *tokenizer) text() htmlToken {
	start := z.pos
	for {
		i := strings.IndexByte(z.src[z.pos+1:], '<')
		if i < 0 {
			z.pos = len(z.src)
			break
		}
		z.pos += 1 + i
		if z.isMarkup() {
			break
		}
	}
	return htmlToken{kind: textToken, data: decodeHTMLText(z.src[start:z.pos])}
}

// isMarkup reports whether the < at z.pos starts markup rather than text.
func (z *tokenizer) isMarkup() bool {
	rest := z.src[z.pos+1:]
	if rest == "" {
		return false
	}
	c := rest[0]
	return isASCIILetter(c) || c == '!' || c == '?' || c == '/'
}

// markup reads the markup at z.pos: a tag, which it returns, or a comment,
// doctype or processing instruction, which it skips. A < that starts no
// markup is returned as text.
func (z *tokenizer) markup() (htmlToken, bool) {
	rest := z.src[z.pos+1:]
	switch {
	case strings.HasPrefix(rest, "!--"):
		z.skipComment()
		return htmlToken{}, false
	case rest != "" && (rest[0] == '!' || rest[0] == '?'):
		z.skipTo(">")
		return htmlToken{}, false
	case strings.HasPrefix(rest, "/"):
		return z.endTag()
	case rest != "" && isASCIILetter(rest[0]):
		return z.startTag()
	}
	z.pos++
	return htmlToken{kind: textToken, data: "<"}, true
}

// skipComment skips <!-- … -->, and the short forms <!--> and <!--->.
func (z *tokenizer) skipComment() {
	body := z.src[z.pos+4:]
	for _, short := range [...]string{">", "->"} {
		if strings.HasPrefix(body, short) {
			z.pos += 4 + len(short)
			return
		}
	}
	z.pos += 4
	z.skipTo("-->")
}

// skipTo moves past the next occurrence of end, or to the end of input.
func (z *tokenizer) skipTo(end string) {
	if i := strings.Index(z.src[z.pos:], end); i >= 0 {
		z.pos += i + len(end)
	} else {
		z.pos = len(z.src)
	}
}

func (z *tokenizer) endTag() (htmlToken, bool) {
	z.pos += 2 // </
	if z.pos == len(z.src) {
		return htmlToken{kind: textToken, data: "</"}, true
	}
	if z.src[z.pos] == '>' {
		z.pos++ // </> is nothing
		return htmlToken{}, false
	}
	if z.pos >= len(z.src) || !isASCIILetter(z.src[z.pos]) {
		z.skipTo(">") // a bogus comment
		return htmlToken{}, false
	}
	name := z.tagName()
	z.attributes() // an end tag's attributes are read and dropped
	if !z.closeTag() {
		return htmlToken{}, false
	}
	return htmlToken{kind: endTagToken, data: name}, true
}

func (z *tokenizer) startTag() (htmlToken, bool) {
	z.pos++ // <
	t := htmlToken{kind: startTagToken, data: z.tagName()}
	t.attrs, t.selfClosing = z.attributes()
	if !z.closeTag() {
		return htmlToken{}, false
	}
	if _, ok := rawText[t.data]; ok { // <script/> opens a script all the same
		z.raw = t.data
	}
	return t, true
}

// closeTag moves past the > that ends a tag; a tag the input ends inside
// is dropped, as the standard says.
func (z *tokenizer) closeTag() bool {
	if z.pos >= len(z.src) {
		return false
	}
	z.pos++ // >
	return true
}

// tagName reads a tag name, lower-cased.
func (z *tokenizer) tagName() string {
	start := z.pos
	for z.pos < len(z.src) && !isTagSpace(z.src[z.pos]) && z.src[z.pos] != '/' && z.src[z.pos] != '>' {
		z.pos++
	}
	return decodeName(z.src[start:z.pos])
}

// maxAttrs is how many attributes of one tag are kept; more are read and
// dropped (a brief needs a few, and keeping them all costs quadratic time).
const maxAttrs = 256

// attributes reads attributes up to the tag's >, leaving z.pos on it, and
// whether a / came right before the > (a self-closing tag); the first of
// two attributes with one name wins.
func (z *tokenizer) attributes() (attrs []Attribute, selfClosing bool) {
	for {
		selfClosing = false
		for z.pos < len(z.src) && (isTagSpace(z.src[z.pos]) || z.src[z.pos] == '/') {
			selfClosing = z.src[z.pos] == '/'
			z.pos++
		}
		if z.pos >= len(z.src) || z.src[z.pos] == '>' {
			return attrs, selfClosing
		}
		a := z.attribute()
		if len(attrs) < maxAttrs && !hasAttr(attrs, a.Key) {
			attrs = append(attrs, a)
		}
	}
}

func hasAttr(attrs []Attribute, key string) bool {
	for _, a := range attrs {
		if a.Key == key {
			return true
		}
	}
	return false
}

// attribute reads one attribute: a name, then optionally = and a quoted or
// unquoted value.
func (z *tokenizer) attribute() Attribute {
	start := z.pos
	z.pos++ // the first character may be =
	for z.pos < len(z.src) && !isTagSpace(z.src[z.pos]) && !strings.ContainsRune("/>=", rune(z.src[z.pos])) {
		z.pos++
	}
	a := Attribute{Key: decodeName(z.src[start:z.pos])}
	z.skipSpace()
	if z.pos >= len(z.src) || z.src[z.pos] != '=' {
		return a
	}
	z.pos++
	z.skipSpace()
	if z.pos >= len(z.src) {
		return a
	}
	if q := z.src[z.pos]; q == '"' || q == '\'' {
		end := strings.IndexByte(z.src[z.pos+1:], q)
		if end < 0 {
			z.pos = len(z.src)
			return a
		}
		a.Val = decodeAttr(z.src[z.pos+1 : z.pos+1+end])
		z.pos += end + 2
		return a
	}
	start = z.pos
	for z.pos < len(z.src) && !isTagSpace(z.src[z.pos]) && z.src[z.pos] != '>' {
		z.pos++
	}
	a.Val = decodeAttr(z.src[start:z.pos])
	return a
}

func (z *tokenizer) skipSpace() {
	for z.pos < len(z.src) && isTagSpace(z.src[z.pos]) {
		z.pos++
	}
}

// rawText reads the content of a script, style, title or the like: text up
// to its end tag, which is left for next.
func (z *tokenizer) rawText(name string) (htmlToken, bool) {
	start := z.pos
	for {
		i := strings.Index(z.src[z.pos:], "</")
		if i < 0 {
			z.pos = len(z.src)
			break
		}
		z.pos += i
		rest := z.src[z.pos+2:]
		if len(rest) >= len(name) && strings.EqualFold(rest[:len(name)], name) &&
			len(rest) > len(name) && (isTagSpace(rest[len(name)]) || rest[len(name)] == '/' || rest[len(name)] == '>') {
			break
		}
		z.pos += 2
	}
	text := z.src[start:z.pos]
	if text == "" {
		return htmlToken{}, false
	}
	if rawText[name] {
		return htmlToken{kind: textToken, data: decodeHTMLText(text)}, true
	}
	return htmlToken{kind: textToken, data: normalizeNewlines(text)}, true
}

// decodeHTMLText decodes character references and normalises newlines.
func decodeHTMLText(s string) string {
	s = normalizeNewlines(s)
	if strings.Contains(s, "\x00") {
		s = strings.ReplaceAll(s, "\x00", "\uFFFD")
	}
	return Unescape(s, false)
}

// decodeAttr decodes an attribute value: character references, with the
// rule for names without a semicolon that HTML has for attributes (see
// Unescape), and newlines.
func decodeAttr(s string) string {
	s = normalizeNewlines(s)
	if strings.Contains(s, "\x00") {
		s = strings.ReplaceAll(s, "\x00", "\uFFFD")
	}
	return Unescape(s, true)
}

// decodeName lower-cases the ASCII letters of a tag or attribute name.
func decodeName(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c == 0 {
			b := []byte(s)
			for j, c := range b {
				if c >= 'A' && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return strings.ReplaceAll(string(b), "\x00", "\uFFFD")
		}
	}
	return s
}

// normalizeNewlines turns CR LF and CR into LF, as HTML's input stream
// does.
func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isTagSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }
