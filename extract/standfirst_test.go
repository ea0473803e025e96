package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWithStandfirst(t *testing.T) {
	b := func(kind BlockKind, s string) candidate { return candidate{kind: kind, text: s} }
	long := func(s string) candidate {
		return b(Paragraph, s+" "+strings.Repeat("The council met again on Thursday and voted to extend the line. ", 2))
	}
	desc := "Heat pumps are booming as heating with gas gets dearer, but many households still wait."
	stand := b(Paragraph, desc)
	p1, p2, other := long("One."), long("Two."), long("Other.")
	date := b(Paragraph, "6 December 2022")
	tests := []struct {
		name         string
		blocks, page []candidate
		description  string
		want         []candidate
	}{
		{"the declared standfirst above the pick goes in front",
			[]candidate{p1, p2}, []candidate{stand, date, other, p1, p2}, desc,
			[]candidate{stand, p1, p2}},
		{"a description cut short still finds its paragraph",
			[]candidate{p1, p2}, []candidate{stand, p1, p2}, desc[:70] + "…",
			[]candidate{stand, p1, p2}},
		{"a standfirst already in the article is not repeated",
			[]candidate{stand, p1, p2}, []candidate{stand, p1, p2}, desc,
			[]candidate{stand, p1, p2}},
		{"text after the article's start is not a standfirst",
			[]candidate{p1, p2}, []candidate{p1, p2, stand}, desc,
			[]candidate{p1, p2}},
		{"a heading repeating the description is not taken",
			[]candidate{p1, p2}, []candidate{b(Heading, desc), p1, p2}, desc,
			[]candidate{p1, p2}},
		{"a short description finds nothing",
			[]candidate{p1, p2}, []candidate{b(Paragraph, "Heat pumps are booming."), p1, p2}, "Heat pumps are booming.",
			[]candidate{p1, p2}},
		{"no description",
			[]candidate{p1, p2}, []candidate{stand, p1, p2}, "",
			[]candidate{p1, p2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, texts(tt.want), texts(withStandfirst(tt.blocks, tt.page, tt.description, "")))
		})
	}
}

func TestStandfirstFromDescription(t *testing.T) {
	stand := "Heat pumps are booming as heating with gas gets dearer, but many households still wait."
	page := `<html><head><meta name="description" content="` + stand + `"></head><body>
<div class="teaser"><h1>Heat pump sales up 42 percent</h1><p>` + stand + `</p><p>6 December 2022</p></div>
<div class="gallery"><p>Photo one</p><p>Photo two</p><p>Photo three</p></div>
<div class="main"><div class="article-body">` + para(1) + para(2) + para(3) + para(4) + para(5) + para(6) + para(7) + `</div></div>
</body></html>`
	a, err := FromReader(strings.NewReader(page))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(a.Text, stand), a.Text)
}
