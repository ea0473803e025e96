package jsonlite

import (
	"errors"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxDepth is how deeply arrays and objects may nest.
const MaxDepth = 1000

// ErrSyntax is wrapped by every error Parse returns.
var ErrSyntax = errors.New("jsonlite: invalid JSON")

// SyntaxError is a JSON syntax error at a byte offset.
type SyntaxError struct {
	// Msg says what is wrong, as encoding/json would.
	Msg string
	// Offset is the byte offset in the document where it went wrong.
	Offset int
}

// Error returns the message with its offset.
func (e *SyntaxError) Error() string {
	return e.Msg + " at offset " + strconv.Itoa(e.Offset)
}

// Unwrap returns ErrSyntax.
func (e *SyntaxError) Unwrap() error { return ErrSyntax }

// Parse reads one JSON value, with optional white space around it. Strings
// are decoded as encoding/json decodes them: invalid UTF-8 and unpaired
// surrogates become U+FFFD.
func Parse(data []byte) (Value, error) {
	p := parser{data: data}
	p.space()
	v, err := p.value(0)
	if err != nil {
		return Value{}, err
	}
	p.space()
	if p.pos < len(p.data) {
		return Value{}, p.fail("invalid character " + quoteByte(p.data[p.pos]) + " after top-level value")
	}
	return v, nil
}

type parser struct {
	data []byte
	pos  int
}

func (p *parser) fail(msg string) error { return &SyntaxError{Msg: msg, Offset: p.pos} }

func (p *parser) space() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) value(depth int) (Value, error) {
	if p.pos >= len(p.data) {
		return Value{}, p.fail("unexpected end of JSON input")
	}
	start := p.pos
	switch c := p.data[p.pos]; {
	case c == '{' || c == '[':
		if depth >= MaxDepth {
			return Value{}, p.fail("exceeded max depth")
		}
		if c == '{' {
			return p.object(depth + 1)
		}
		return p.array(depth + 1)
	case c == '"':
		s, err := p.string()
		return Value{Kind: String, Offset: start, Str: s}, err
	case c == '-' || c >= '0' && c <= '9':
		n, err := p.number()
		return Value{Kind: Number, Offset: start, Str: n}, err
	}
	for _, lit := range [...]struct {
		word string
		v    Value
	}{{"true", Value{Kind: Bool, Bool: true}}, {"false", Value{Kind: Bool}}, {"null", Value{Kind: Null}}} {
		if p.literal(lit.word) {
			lit.v.Offset = start
			return lit.v, nil
		}
	}
	return Value{}, p.fail("invalid character " + quoteByte(p.data[p.pos]) + " looking for beginning of value")
}

func (p *parser) literal(word string) bool {
	if len(p.data)-p.pos < len(word) || string(p.data[p.pos:p.pos+len(word)]) != word {
		return false
	}
	p.pos += len(word)
	return true
}

func (p *parser) object(depth int) (Value, error) {
	v := Value{Kind: Object, Offset: p.pos}
	p.pos++ // {
	p.space()
	if p.peek() == '}' {
		p.pos++
		return v, nil
	}
	for {
		if p.peek() != '"' {
			return Value{}, p.expected("beginning of object key string")
		}
		name, err := p.string()
		if err != nil {
			return Value{}, err
		}
		p.space()
		if p.peek() != ':' {
			return Value{}, p.expected("':' after object key")
		}
		p.pos++
		p.space()
		elem, err := p.value(depth)
		if err != nil {
			return Value{}, err
		}
		v.Members = append(v.Members, Member{Name: name, Value: elem})
		if done, err := p.next('}', "object key:value pair"); done || err != nil {
			return v, err
		}
	}
}

func (p *parser) array(depth int) (Value, error) {
	v := Value{Kind: Array, Offset: p.pos}
	p.pos++ // [
	p.space()
	if p.peek() == ']' {
		p.pos++
		return v, nil
	}
	for {
		elem, err := p.value(depth)
		if err != nil {
			return Value{}, err
		}
		v.Elems = append(v.Elems, elem)
		if done, err := p.next(']', "array element"); done || err != nil {
			return v, err
		}
	}
}

// next reads the comma or the closing bracket after an element.
func (p *parser) next(closing byte, what string) (done bool, err error) {
	p.space()
	switch p.peek() {
	case ',':
		p.pos++
		p.space()
		return false, nil
	case closing:
		p.pos++
		return true, nil
	}
	return false, p.expected("after " + what)
}

func (p *parser) peek() byte {
	if p.pos < len(p.data) {
		return p.data[p.pos]
	}
	return 0
}

func (p *parser) expected(what string) error {
	if p.pos >= len(p.data) {
		return p.fail("unexpected end of JSON input")
	}
	return p.fail("invalid character " + quoteByte(p.data[p.pos]) + " " + what)
}

func quoteByte(c byte) string {
	if c < ' ' || c >= utf8.RuneSelf {
		return "'\\x" + strconv.FormatUint(uint64(c)>>4, 16) + strconv.FormatUint(uint64(c)&15, 16) + "'"
	}
	return "'" + string(rune(c)) + "'"
}

// number reads a number literal as JSON's grammar defines it.
func (p *parser) number() (string, error) {
	start := p.pos
	p.accept('-')
	switch {
	case p.accept('0'):
	case p.digits() == 0:
		return "", p.expected("in numeric literal")
	}
	if p.accept('.') && p.digits() == 0 {
		return "", p.expected("after decimal point in numeric literal")
	}
	if p.accept('e') || p.accept('E') {
		if !p.accept('+') {
			p.accept('-')
		}
		if p.digits() == 0 {
			return "", p.expected("in exponent of numeric literal")
		}
	}
	return string(p.data[start:p.pos]), nil
}

func (p *parser) accept(c byte) bool {
	if p.peek() == c && p.pos < len(p.data) {
		p.pos++
		return true
	}
	return false
}

func (p *parser) digits() int {
	n := 0
	for p.pos < len(p.data) && p.data[p.pos] >= '0' && p.data[p.pos] <= '9' {
		p.pos++
		n++
	}
	return n
}

// string reads a string literal and decodes it.
func (p *parser) string() (string, error) {
	p.pos++ // "
	var out []byte
	for {
		if p.pos >= len(p.data) {
			return "", p.fail("unexpected end of JSON input")
		}
		c := p.data[p.pos]
		switch {
		case c == '"':
			p.pos++
			return string(out), nil
		case c == '\\':
			var err error
			if out, err = p.escape(out); err != nil {
				return "", err
			}
		case c < ' ':
			return "", p.fail("invalid character " + quoteByte(c) + " in string literal")
		case c < utf8.RuneSelf:
			out = append(out, c)
			p.pos++
		default:
			r, size := utf8.DecodeRune(p.data[p.pos:])
			out = utf8.AppendRune(out, r) // U+FFFD for invalid UTF-8
			p.pos += size
		}
	}
}

// escape decodes the escape sequence at p.pos.
func (p *parser) escape(out []byte) ([]byte, error) {
	if p.pos+1 >= len(p.data) {
		p.pos = len(p.data)
		return nil, p.fail("unexpected end of JSON input")
	}
	p.pos++
	c := p.data[p.pos]
	p.pos++
	switch c {
	case '"', '\\', '/':
		return append(out, c), nil
	case 'b':
		return append(out, '\b'), nil
	case 'f':
		return append(out, '\f'), nil
	case 'n':
		return append(out, '\n'), nil
	case 'r':
		return append(out, '\r'), nil
	case 't':
		return append(out, '\t'), nil
	case 'u':
		return p.unicode(out)
	}
	p.pos--
	return nil, p.fail("invalid character " + quoteByte(c) + " in string escape code")
}

// unicode decodes \uXXXX, after the u, pairing surrogates.
func (p *parser) unicode(out []byte) ([]byte, error) {
	r, ok := p.hex4()
	if !ok {
		return nil, p.fail("invalid character in \\u hexadecimal character escape")
	}
	if utf16.IsSurrogate(r) {
		save := p.pos
		if p.accept('\\') && p.accept('u') {
			if r2, ok := p.hex4(); ok {
				if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
					return utf8.AppendRune(out, d), nil
				}
			}
		}
		p.pos = save
		r = utf8.RuneError
	}
	return utf8.AppendRune(out, r), nil
}

func (p *parser) hex4() (rune, bool) {
	if len(p.data)-p.pos < 4 {
		return 0, false
	}
	var r rune
	for _, c := range p.data[p.pos : p.pos+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	p.pos += 4
	return r, true
}
