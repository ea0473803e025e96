package extract

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// compact returns the page without the tokens that cannot hold article
// text: comments, and elements that are empty — a start tag followed,
// after white space at most, by its own end tag, or a <p> followed by
// another <p>, which closes it; the white space stays. Pages of a million empty elements
// otherwise become a million nodes in every copy of the tree readability
// makes. The rest of the page is kept byte for byte (tokens' raw bytes),
// so parsing the result gives the tree the page gives, less those nodes.
func compact(data []byte) []byte {
	z := html.NewTokenizer(bytes.NewReader(data))
	out := make([]byte, 0, len(data))
	// open is a start tag not yet written, with the white space after it,
	// while it may still turn out to be empty.
	var open, space []byte
	var openAtom atom.Atom
	flush := func() {
		out = append(append(out, open...), space...)
		open, space, openAtom = open[:0], space[:0], 0
	}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			flush()
			return append(out, z.Raw()...) // an unterminated token's bytes
		}
		raw := z.Raw()
		switch tt {
		case html.CommentToken:
			continue
		case html.TextToken:
			if openAtom != 0 && len(bytes.TrimSpace(raw)) == 0 {
				space = append(space, raw...)
				continue
			}
		case html.EndTagToken:
			if openAtom != 0 {
				if tagAtom(raw) == openAtom {
					// An empty element: its white space still parts
					// the words around it ("term,<b> </b>which").
					out = append(out, space...)
					open, space, openAtom = open[:0], space[:0], 0
					continue
				}
			}
		case html.StartTagToken:
			a := tagAtom(raw)
			if openAtom == atom.P && a == atom.P {
				out = append(out, space...)
				open, space = append(open[:0], raw...), space[:0] // the open <p> was empty
				continue
			}
			flush()
			if canBeEmpty(a) {
				open, openAtom = append(open, raw...), a
				continue
			}
		}
		flush()
		out = append(out, raw...)
	}
}

// canBeEmpty reports elements whose empty form holds nothing for the
// article: the block and inline containers of text. Elements that stand
// for something without content (img, iframe, video, td in a table's
// grid, …) are never dropped, nor are raw-text elements.
func canBeEmpty(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Span, atom.Section, atom.Article, atom.Li, atom.Ul, atom.Ol, atom.B, atom.I,
		atom.Em, atom.Strong, atom.Font, atom.Center, atom.Small, atom.U, atom.H1, atom.H2, atom.H3, atom.H4,
		atom.H5, atom.H6, atom.Blockquote, atom.Dl, atom.Dd, atom.Dt:
		return true
	}
	return false
}

// tagAtom returns the atom of the tag whose raw bytes are raw ("<P
// class=x>", "</p>"), or 0 for a name that is no atom: the name as the
// tokenizer reads it, up to white space, "/" or ">", in lower case. It
// allocates nothing, unlike Tokenizer.TagName, which copies every name.
func tagAtom(raw []byte) atom.Atom {
	name := bytes.TrimPrefix(bytes.TrimPrefix(raw, []byte("<")), []byte("/"))
	var buf [maxAtomLen]byte
	n := 0
	for _, c := range name {
		if c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '/' || c == '>' {
			break
		}
		if n == len(buf) {
			return 0 // longer than any atom
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return atom.Lookup(buf[:n])
}

// maxAtomLen is longer than the longest tag name with an atom.
const maxAtomLen = 32
