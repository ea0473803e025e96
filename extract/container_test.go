package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
)

// texts returns the text of each block.
func texts(cs []candidate) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.text
	}
	return out
}

func TestWithContainer(t *testing.T) {
	el := func(name string) *html.Node { return &html.Node{Type: html.ElementNode, Data: name} }
	page, article, body, more, bio := el("div"), el("article"), el("div"), el("div"), el("div")
	sentence := func(s string) string {
		return s + " " + strings.Repeat("The council met again on Thursday and voted to extend the line. ", 3)
	}
	ancs := map[string][]*html.Node{}
	block := func(kind BlockKind, text string, links int, anc ...*html.Node) candidate {
		ancs[text] = anc
		return candidate{kind: kind, text: text, linkText: links}
	}
	layout := func(blocks []candidate) *pageLayout {
		p := &pageLayout{blocks: blocks}
		for _, c := range blocks {
			p.anc = append(p.anc, ancs[c.text])
		}
		return p
	}
	lead := block(Paragraph, sentence("A standfirst."), 0, page, article)
	p1 := block(Paragraph, sentence("One."), 0, page, article, body)
	p2 := block(Paragraph, sentence("Two."), 0, page, article, body)
	sub := block(Heading, "What comes next", 0, page, article, more)
	p3 := block(Paragraph, sentence("Three."), 0, page, article, more)
	nav := block(ListItem, "Home News Sport", 15, page)
	related := block(ListItem, "Other story one Other story two Other story three", 49, page, article)
	box := block(Paragraph, "Sign up for our morning briefing.", 0, page, article, bio)

	tests := []struct {
		name       string
		picked     []candidate
		page, want []candidate
	}{
		{"later section and standfirst in the same article",
			[]candidate{p1, p2}, []candidate{nav, lead, p1, p2, sub, p3, nav},
			[]candidate{lead, p1, p2, sub, p3}},
		{"a link list in the article stops the climb",
			[]candidate{p1, p2}, []candidate{nav, p1, p2, sub, p3, related, related, related, nav},
			[]candidate{p1, p2}},
		{"a short box with no running text is not the article",
			[]candidate{p1, p2}, []candidate{p1, p2, box},
			[]candidate{p1, p2}},
		{"never the page's outermost element",
			[]candidate{lead}, []candidate{lead, block(Paragraph, sentence("Elsewhere."), 0, page)},
			[]candidate{lead}},
		{"a pick not found in the page stays as it is",
			[]candidate{block(Paragraph, "Rewritten by readability.", 0)}, []candidate{p1, p2},
			[]candidate{block(Paragraph, "Rewritten by readability.", 0)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, texts(tt.want), texts(withContainer(tt.picked, layout(tt.page))))
		})
	}
}

func TestPickSpan(t *testing.T) {
	b := func(s string) candidate { return candidate{text: s} }
	page := []candidate{b("NEWS WEB EASY | Tram line approved"), b("Menu"), b("Tram line approved"), b("The council voted."), b("Share")}
	first, last := pickSpan([]candidate{b("Tram line approved"), b("The council voted.")}, page)
	assert.Equal(t, []int{2, 3}, []int{first, last}, "a block that starts with the key comes before one that holds it")
	first, last = pickSpan([]candidate{b("line approved"), b("The council voted.")}, page)
	assert.Equal(t, []int{0, 3}, []int{first, last}, "else a block that holds it")
	first, last = pickSpan([]candidate{b("Not on the page")}, page)
	assert.Equal(t, []int{-1, -1}, []int{first, last})
	first, last = pickSpan([]candidate{b("Sign in"), b("Tram line approved"), b("The council voted."), b("Latest news")}, page)
	assert.Equal(t, []int{2, 3}, []int{first, last}, "edge blocks the page's blocks lack are passed over")
	first, last = pickSpan([]candidate{b("Log in"), b("Sign up"), b("Search"), b("Close"), b("Tram line approved")}, page)
	assert.Equal(t, []int{-1, -1}, []int{first, last}, "at most maxSpanSkip of them")
}

func TestWithLeadPastStrayLines(t *testing.T) {
	b := func(s string) candidate { return candidate{kind: Paragraph, text: s} }
	cookies, skip := b("Cookies"), candidate{kind: ListItem, text: "Skip to content", linkText: 15}
	lead := b("Despite supply problems and a shortage of parts, the heating industry had a good year: it sold 807,500 new boilers and heat pumps by October, 3 percent more.")
	body := b("The council voted. " + strings.Repeat("The council met again on Thursday and voted to extend the line. ", 3))
	label, cell := b("At a glance"), b("Price")
	tests := []struct {
		name               string
		picked, page, want []candidate
	}{
		{"stray lines from the page's top: the lead before the running text",
			[]candidate{cookies, skip, body}, []candidate{cookies, skip, b("Menu"), b("Shop"), lead, body},
			[]candidate{cookies, skip, lead, body}},
		{"short lines right over the running text are the pick's own",
			[]candidate{label, cell, body}, []candidate{lead, label, cell, body},
			[]candidate{lead, label, cell, body}},
		{"a pick that starts with running text",
			[]candidate{body}, []candidate{cookies, lead, body},
			[]candidate{lead, body}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, texts(tt.want), texts(withLead(tt.picked, tt.page)))
		})
	}
}

func TestIsArticleLike(t *testing.T) {
	b := func(kind BlockKind, s string, links int) candidate {
		return candidate{kind: kind, text: s, linkText: links}
	}
	step := func(s string) candidate { return b(ListItem, s+"\u2063", 0) } // an invisible mark after the full stop
	tests := []struct {
		name   string
		blocks []candidate
		want   bool
	}{
		{"nothing", nil, true},
		{"a recipe's steps under their heading",
			[]candidate{b(Heading, "Directions", 0),
				step("Dice the tofu and pat it dry with paper towels, then fry it in hot oil until golden."),
				step("With two spoons of oil left in the wok, fry the minced garlic until fragrant."),
				step("Add the noodles and the seasoning, and stir fry to mix well before serving.")}, true},
		{"a box of one short paragraph", []candidate{b(Paragraph, "Sign up for our morning briefing.", 0)}, false},
		{"a list of linked headlines",
			[]candidate{b(ListItem, "Council approves tram line.", 26), b(ListItem, "Mayor opens bridge.", 18), b(ListItem, "Port strike ends.", 16)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, isArticleLike(tt.blocks))
		})
	}
}

func TestEndsSentence(t *testing.T) {
	for s, want := range map[string]bool{
		"It opened in May.":              true,
		"It opened in May.\u2063 \u2063": true,
		"It opened in May.\u200b":        true,
		`He said: "It opened."`:          true,
		"Read more":                      false,
		"Read more\u2063":                false,
	} {
		assert.Equal(t, want, endsSentence(s), "%q", s)
	}
}
