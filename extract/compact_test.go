package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCompact(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"<p>a</p><!-- c --><p>b</p>", "<p>a</p><p>b</p>"},
		{"term,<b> </b>which", "term, which"},
		{"<p><p><p>x", "<p>x"},
		{"<div><span></span><img src=a.png></div>", "<div><img src=a.png></div>"},
		{"<p>keep <em>this</em></p>", "<p>keep <em>this</em></p>"},
		{"<script>if (a<b) {}</script>", "<script>if (a<b) {}</script>"},
		{"<p>unterminated <b", "<p>unterminated <b"},
	} {
		assert.Equal(t, tc.want, string(compact([]byte(tc.in))), tc.in)
	}
}
