package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
)

func TestDropCapJoinsItsParagraph(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string
	}{
		{"a drop cap in a span before its paragraph",
			`<div><span class="dropcap">T</span><p><a href="/t">urkey</a>, Poland and Saba were removed from the list.</p><p>Second.</p></div>`,
			[]string{"Turkey, Poland and Saba were removed from the list.", "Second."}},
		{"a drop cap in a block of its own",
			`<div><div class="initial">Ü</div><p>ber den Fluss führt eine Brücke.</p></div>`,
			[]string{"Über den Fluss führt eine Brücke."}},
		{"a letter before a paragraph starting with a capital stays apart",
			`<div><span>A</span><p>Apples grow on trees.</p></div>`,
			[]string{"A", "Apples grow on trees."}},
		{"an index letter set as a heading stays apart",
			`<div><h2>A</h2><p>abandon: to leave behind.</p></div>`,
			[]string{"A", "abandon: to leave behind."}},
		{"a lower-case letter is no drop cap",
			`<div><span>a</span><p>nd so on.</p></div>`,
			[]string{"a", "nd so on."}},
		{"a word before a paragraph is no drop cap",
			`<div><span>To</span><p>day it rained.</p></div>`,
			[]string{"To", "day it rained."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.page))
			assert.NoError(t, err)
			assert.Equal(t, tt.want, texts(contentBlocks(doc, nil)))
		})
	}
}

func TestDropCapKeepsTheParagraphsContainers(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div id="a"><span>T</span><section id="b"><p>he rest of the word.</p></section></div>`))
	assert.NoError(t, err)
	p := pageBlocks(doc, nil)
	assert.Equal(t, []string{"The rest of the word."}, texts(p.blocks))
	if assert.Len(t, p.anc, 1) {
		var ids []string
		for _, n := range p.anc[0] {
			ids = append(ids, attr(n, "id"))
		}
		assert.Equal(t, []string{"a", "b", ""}, ids, "the joined block sits where its paragraph sits")
	}
}
