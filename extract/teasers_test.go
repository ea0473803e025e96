package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDropTailSection(t *testing.T) {
	prose := candidate{kind: Paragraph, text: proseLine}
	head := func(s string) candidate { return candidate{kind: Heading, text: s} }
	para := func(s string) candidate { return candidate{kind: Paragraph, text: s} }
	item := func(s string) candidate { return candidate{kind: ListItem, text: s} }
	tests := []struct {
		name string
		in   []candidate
		want int // blocks kept
	}{
		{"teaser box after the text", []candidate{prose, prose, head("Mehr zum Thema"), para("Brücke gesperrt"), para("Neue Fähre")}, 2},
		{"comment box after the text", []candidate{prose, head("3 Kommentare"), para("Sie sind nicht eingeloggt.")}, 1},
		{"heading last: no section under it", []candidate{prose, head("Contact")}, 2},
		{"section of running text", []candidate{prose, head("What comes next"), prose}, 3},
		{"long list under the heading", []candidate{prose, head("Steps"), item("one"), item("two"), item("three"), item("four"), item("five")}, 7},
		{"long block under the heading", []candidate{prose, head("About the book"), para(strings.Repeat("word ", 60))}, 3},
		{"a later heading over the box", []candidate{prose, head("Steps"), item("one"), item("two"), item("three"), item("four"),
			item("five"), head("Read next"), para("Bridge closed")}, 7},
		{"a label over the box goes too", []candidate{prose, para("Contact"), head("More"), para("Bridge closed")}, 1},
		{"no running text at all", []candidate{head("Menu"), para("Home"), para("News")}, 3},
	}
	for _, tt := range tests {
		got := dropTailSection(tt.in)
		assert.Equal(t, texts(tt.in[:tt.want]), texts(got), tt.name)
	}
}

func TestDropTailLinks(t *testing.T) {
	prose := candidate{kind: Paragraph, text: proseLine}
	linked := func(s string, n int) candidate { return candidate{kind: Paragraph, text: s, linkText: n} }
	tests := []struct {
		name string
		in   []candidate
		want []string
	}{
		{"a linked headline after the text", []candidate{prose, linked("Ferry service to resume in May", 30)}, []string{prose.text}},
		{"a line half links after the text", []candidate{prose, linked("More at example.com/bridge", 15)}, []string{prose.text}},
		{"a linked sentence after the text", []candidate{prose, linked("Read the council's report here.", 20)}, []string{prose.text, "Read the council's report here."}},
		{"a line with a short link after the text", []candidate{prose, linked("Photos by Ann Lee", 3)}, []string{prose.text, "Photos by Ann Lee"}},
		{"a linked line before the text", []candidate{linked("Ferry service to resume in May", 30), prose}, []string{"Ferry service to resume in May", prose.text}},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range dropTailLinks(tt.in) {
			got = append(got, c.text)
		}
		assert.Equal(t, tt.want, got, tt.name)
	}
}

// proseLine is a block of running text for the tests of the cleaning
// passes.
const proseLine = "The council voted on Tuesday to close the old bridge to cars, after an inspection found cracks in two of its piers."
