package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestRenamedElementKeepsItsNewKind(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<p>子どもへの<a class="dicWin">虐待</a>をなくすための法律ができました。</p>`))
	assert.NoError(t, err)
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			n.Data, n.DataAtom = "span", 0 // as readability makes a <span> of a link without href
		}
	}
	blocks := contentBlocks(doc, nil)
	assert.Equal(t, []string{"子どもへの虐待をなくすための法律ができました。"}, texts(blocks), "an inline element renamed by readability stays inline")
}
