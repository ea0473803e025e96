package compose

import (
	"context"
	"errors"
	"testing"

	"github.com/newsbrief/newsbrief/brief"
)

// FuzzBuild builds briefs from arbitrary text: Build must not panic, every
// point must be the source text its evidence points at, and no section of
// points (Key figures hold more) may hold more than DefaultMaxPoints.
func FuzzBuild(f *testing.F) {
	f.Add("Title", solar)
	f.Add("", "“Quote without end. He said, “nested” quotes,” said Jane Doe. $3.5 bn. by 2028. 55 MW.\n\n\nU.S. Gov. Kristi Noem (R) said Tuesday.")
	f.Add("제목", "부산항에 새 터미널이 문을 열었다. 노조는 우려를 밝혔다.")
	f.Fuzz(func(t *testing.T, title, text string) {
		docs := []brief.Document{{Title: title, Text: text}}
		b, err := Build(context.Background(), docs)
		if err != nil {
			if !errors.Is(err, ErrNoText) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		check := func(ev []brief.Evidence) {
			for _, e := range ev {
				if e.Source != 0 || e.Start < 0 || e.End > len(text) || e.Start > e.End || text[e.Start:e.End] != e.Quote {
					t.Fatalf("evidence %+v does not match the source", e)
				}
			}
		}
		for _, sec := range [][]brief.Point{b.KeyInsights, b.WhyItMatters, b.Summary, b.Risks, b.Opportunities, b.Unknowns, b.WhatsNext, b.Figures} {
			for _, p := range sec {
				check(p.Evidence)
			}
		}
		for _, sec := range [][]brief.Point{b.KeyInsights, b.WhyItMatters, b.Summary, b.Risks, b.Opportunities, b.Unknowns, b.WhatsNext} {
			if len(sec) > DefaultMaxPoints {
				t.Fatalf("a section holds %d points", len(sec))
			}
		}
		for _, q := range b.Quotes {
			check(q.Evidence)
		}
	})
}
