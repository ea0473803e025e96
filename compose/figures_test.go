package compose

import (
	"context"
	"testing"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/stretchr/testify/assert"
)

func TestFindFigures(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     []string
	}{
		{"Ostra will build a 240-megawatt floating solar farm on the reservoir.", []string{"240-megawatt floating solar farm"}},
		{"The city sold a $62 million bond on Monday.", []string{"$62 million bond"}},
		{"The farm will supply about 90,000 homes.", []string{"90,000 homes"}},
		{"Ostra Energy shares rose 4% in Madrid.", []string{"Ostra Energy shares rose 4%"}},
		{"The water keeps panels cool, which raises their output by up to 10%.", []string{"output by up to 10%"}},
		{"It plans 200 MW by 2028.", []string{"200 MW by 2028"}},
		{"Sales grew 19%, and margins 3 percent.", []string{"Sales grew 19%", "margins 3 percent"}},
		{"The hearing is on 12 March 2026 at 10:30.", nil},
	} {
		var got []string
		for _, f := range findFigures(tc.sentence) {
			got = append(got, tc.sentence[f[0]:f[1]])
		}
		assert.Equal(t, tc.want, got, tc.sentence)
	}
}

func TestFiguresFollowTheOrderOption(t *testing.T) {
	for _, order := range []Order{SourceOrder, ByImportance} {
		b, err := Build(context.Background(), []brief.Document{solarDoc()}, WithOrder(order))
		if !assert.NoError(t, err) {
			continue
		}
		sorted := true
		for i := 1; i < len(b.Figures); i++ {
			sorted = sorted && b.Figures[i-1].Evidence[0].Start < b.Figures[i].Evidence[0].Start
		}
		assert.Equal(t, order == SourceOrder, sorted, "order %v: %v", order, b.Figures)
	}
}
