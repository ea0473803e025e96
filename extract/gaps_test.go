package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWithGaps(t *testing.T) {
	b := func(kind BlockKind, s string, links int) candidate {
		return candidate{kind: kind, text: s, linkText: links}
	}
	long := func(s string) candidate {
		return b(Paragraph, s+" "+strings.Repeat("The council met again on Thursday and voted to extend the line. ", 2), 0)
	}
	p1, p2, p3, dropped := long("One."), long("Two."), long("Three."), long("Dropped.")
	label := b(Paragraph, "Read more", 0)
	links := b(ListItem, "Council approves tram line", 26)
	notice := b(Paragraph, "Already a subscriber? Log in to continue reading the rest of this story and every other story on the site today.", 0)
	tests := []struct {
		name               string
		picked, page, want []candidate
	}{
		{"a paragraph readability dropped between two of its blocks",
			[]candidate{p1, p2, p3}, []candidate{p1, p2, dropped, p3},
			[]candidate{p1, p2, dropped, p3}},
		{"furniture inside the pick stays out",
			[]candidate{p1, p2, p3}, []candidate{p1, label, links, notice, p2, p3},
			[]candidate{p1, p2, p3}},
		{"prose after the pick's last running text is not a gap",
			[]candidate{p1, p2, label}, []candidate{p1, p2, dropped, label},
			[]candidate{p1, p2, label}},
		{"a pick of one block has no gaps",
			[]candidate{p1}, []candidate{p1, dropped}, []candidate{p1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, texts(tt.want), texts(withGaps(tt.picked, tt.page)))
		})
	}
}
