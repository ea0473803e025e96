package compose

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/brief"
)

// longText is about n bytes of the solar story's paragraphs, each made
// distinct by a number, so that the text has many sentences that share
// words, the shape that makes a sentence graph dense.
func longText(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		for _, p := range strings.Split(solar, "\n\n") {
			b.WriteString(strings.Replace(p, "the ", "the "+strconv.Itoa(i)+" ", 1))
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1 << 20} {
		text := longText(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := Build(context.Background(), []brief.Document{{Title: "Solar", Text: text}}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
