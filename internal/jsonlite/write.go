package jsonlite

import (
	"strconv"
	"unicode/utf8"
)

// Writer writes indented JSON (two spaces, no prefix), byte for byte as
// json.MarshalIndent does. Call the methods in the order of the document:
// Key before each member's value; values inside arrays directly.
type Writer struct {
	buf   []byte
	count []int // elements written so far in each open array or object
	key   bool  // a key was written; its value comes next
}

// Bytes returns the JSON written so far.
func (w *Writer) Bytes() []byte { return w.buf }

// BeginObject opens an object.
func (w *Writer) BeginObject() { w.open('{') }

// EndObject closes the innermost object.
func (w *Writer) EndObject() { w.close('}') }

// BeginArray opens an array.
func (w *Writer) BeginArray() { w.open('[') }

// EndArray closes the innermost array.
func (w *Writer) EndArray() { w.close(']') }

// Key writes the name of the next object member.
func (w *Writer) Key(name string) {
	w.element()
	w.buf = appendString(w.buf, name)
	w.buf = append(w.buf, ':', ' ')
	w.key = true
}

// String writes a string value.
func (w *Writer) String(s string) {
	w.element()
	w.buf = appendString(w.buf, s)
}

// Int writes an integer value.
func (w *Writer) Int(n int) {
	w.element()
	w.buf = strconv.AppendInt(w.buf, int64(n), 10)
}

// Raw writes a value already encoded as compact JSON, such as the result
// of a MarshalJSON method that has no white space.
func (w *Writer) Raw(v []byte) {
	w.element()
	w.buf = append(w.buf, v...)
}

func (w *Writer) open(c byte) {
	w.element()
	w.buf = append(w.buf, c)
	w.count = append(w.count, 0)
}

func (w *Writer) close(c byte) {
	n := w.count[len(w.count)-1]
	w.count = w.count[:len(w.count)-1]
	if n > 0 {
		w.newline()
	}
	w.buf = append(w.buf, c)
}

// element starts a value or key: after a key nothing, else a comma and a
// new line inside a container.
func (w *Writer) element() {
	if w.key {
		w.key = false
		return
	}
	if len(w.count) == 0 {
		return
	}
	if w.count[len(w.count)-1] > 0 {
		w.buf = append(w.buf, ',')
	}
	w.count[len(w.count)-1]++
	w.newline()
}

func (w *Writer) newline() {
	w.buf = append(w.buf, '\n')
	for range w.count {
		w.buf = append(w.buf, ' ', ' ')
	}
}

const hexDigits = "0123456789abcdef"

// appendString appends s quoted as encoding/json quotes it with HTML
// escaping on: <, > and & as \u003c, \u003e and \u0026, U+2028 and U+2029
// escaped, invalid UTF-8 as U+FFFD.
func appendString(buf []byte, s string) []byte {
	buf = append(buf, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			buf = appendByte(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			buf = append(buf, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			buf = append(buf, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			buf = append(buf, s[i:i+size]...)
		}
		i += size
	}
	return append(buf, '"')
}

// appendByte appends one ASCII byte of a string, escaped when needed.
func appendByte(buf []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(buf, '\\', c)
	case '\b':
		return append(buf, '\\', 'b')
	case '\f':
		return append(buf, '\\', 'f')
	case '\n':
		return append(buf, '\\', 'n')
	case '\r':
		return append(buf, '\\', 'r')
	case '\t':
		return append(buf, '\\', 't')
	}
	if c < ' ' || c == '<' || c == '>' || c == '&' {
		return append(buf, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
	}
	return append(buf, c)
}
