package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
)

func TestDropOutsideTail(t *testing.T) {
	section := &html.Node{Data: "section"}
	body, box := &html.Node{Data: "div", Parent: section}, &html.Node{Data: "div", Parent: section}
	in := func(parent *html.Node, kind BlockKind, s string) candidate {
		return candidate{kind: kind, text: s, elem: &html.Node{Data: "p", Parent: parent}}
	}
	prose := proseLine
	tests := []struct {
		name string
		in   []candidate
		want int // blocks kept
	}{
		{"a bio in a box after the body", []candidate{in(body, Paragraph, prose), in(body, Paragraph, prose),
			in(box, Paragraph, "Ann Lee covers city hall for the Post. She lives in Riverside with her two dogs.")}, 2},
		{"a disclaimer and a prompt after the body", []candidate{in(body, Paragraph, prose), in(body, Paragraph, prose),
			in(box, Paragraph, "We may earn a commission."), in(box, Paragraph, "Join our forum")}, 2},
		{"a section with a heading after the body", []candidate{in(body, Paragraph, prose), in(body, Paragraph, prose),
			in(box, Heading, "What comes next"), in(box, Paragraph, "A vote in May.")}, 4},
		{"two paragraphs of running text after the body", []candidate{in(body, Paragraph, prose), in(body, Paragraph, prose),
			in(box, Paragraph, prose), in(box, Paragraph, prose)}, 4},
		{"more than maxOutsideTail after the body", []candidate{in(body, Paragraph, prose), in(body, Paragraph, prose),
			in(box, Paragraph, strings.Repeat("a note ", 70))}, 3},
		{"the body last", []candidate{in(box, Paragraph, "Kicker"), in(body, Paragraph, prose)}, 2},
	}
	for _, tt := range tests {
		assert.Equal(t, texts(tt.in[:tt.want]), texts(dropOutsideTail(tt.in, body)), tt.name)
	}
}

func TestDropInlineBoxes(t *testing.T) {
	prose := proseLine
	main := &html.Node{Data: "div"}
	own := func(kind BlockKind, s string) candidate {
		return candidate{kind: kind, text: s, elem: &html.Node{Data: "p", Parent: main}}
	}
	boxed := func(box *html.Node, kind BlockKind, s string) candidate {
		return candidate{kind: kind, text: s, elem: &html.Node{Data: "p", Parent: box}}
	}
	child := func(tag string) *html.Node {
		return &html.Node{Type: html.ElementNode, Data: tag, Parent: main}
	}
	poll, list, subhead, table, cardBox := child("div"), child("ul"), child("div"), child("div"), child("div")
	cell := &html.Node{Type: html.ElementNode, Data: "table", Parent: table}
	in := []candidate{
		own(Paragraph, prose),
		boxed(poll, Paragraph, "Did you like this article?"), boxed(poll, Paragraph, "Yes No"),
		own(Paragraph, prose),
		boxed(list, ListItem, "flour"), boxed(list, ListItem, "eggs"),
		boxed(subhead, Heading, "What comes next"),
		boxed(cell, Paragraph, "12 €"),
		boxed(cardBox, Paragraph, prose),
		own(Paragraph, "A short line of main's own"),
	}
	want := []string{prose, prose, "flour", "eggs", "What comes next", "12 €", prose, "A short line of main's own"}
	assert.Equal(t, want, texts(dropInlineBoxes(in, main)))
}
