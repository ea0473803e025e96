package classify

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// sigNames are the features significanceFeatures may add.
var sigNames = []string{"sig:first-to", "sig:nth-time", "sig:since-year", "sig:all-time", "sig:extreme-frame",
	"sig:only-n", "sig:one-of-n", "sig:count-group", "sig:mass-of", "sig:sums-up",
	"sig:setoff-ing", "sig:setoff-a", "sig:setoff-the-most"}

func TestSignificanceFeatures(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Joe Biden has become the first US president to use the word.", []string{"sig:first-to"}},
		{"She is the country's only woman to hold the post.", []string{"sig:first-to"}},
		{"Villa suffered a third straight defeat.", []string{"sig:nth-time"}},
		{"He won for the 21st time.", []string{"sig:nth-time"}},
		{"Prices rose at the fastest pace since 1982.", []string{"sig:since-year", "sig:extreme-frame"}},
		{"The city matched its all-time high on Saturday.", []string{"sig:all-time"}},
		{"Only 40,000 qualified.", []string{"sig:only-n"}},
		{"The clinic is one of only two in the region.", []string{"sig:one-of-n", "sig:only-n"}},
		{"About 600 people were made homeless.", []string{"sig:count-group"}},
		{"Millions of homes lost power.", []string{"sig:mass-of", "sig:count-group"}},
		{"This is the lowest level in a decade.", []string{"sig:sums-up", "sig:extreme-frame"}},
		{"The storm cut power to the city, leaving 40,000 homes in the dark.", []string{"sig:setoff-ing", "sig:count-group"}},
		{"Claims fell again, a sign that layoffs are easing.", []string{"sig:setoff-a"}},
		{"Prices jumped 5% — the sharpest rise in years.", []string{"sig:extreme-frame", "sig:setoff-the-most"}},
		// Words of the patterns alone are no pattern.
		{"The first half ended goalless.", nil},
		{"He has lived there since the war, according to police.", nil},
		{"Protesters will protest the ruling since it was made in secret.", nil},
		{"The latest figures since the change were released, officials said.", nil},
		{"It rained.", nil},
		{"", nil},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			f := featureSet{mask: ^uint32(0)}
			significanceFeatures(&f, tokens(tc.text), tc.text)
			var got []string
			for _, n := range sigNames {
				if slices.Contains(f.idx, fnv32a(n)) {
					got = append(got, n)
				}
			}
			assert.ElementsMatch(t, tc.want, got)
			assert.Len(t, f.sorted(), len(got), "only the named features")
		})
	}
}

// TestSignificanceFeaturesOddCase is a panic the review found: a word that
// grows when lower-cased ("Ⱥ" is 2 bytes, "ⱥ" 3) set the offset of the
// word after it past the end of the text.
func TestSignificanceFeaturesOddCase(t *testing.T) {
	for _, text := range []string{"Prices rose, ȺȺȺȺ.", "It fell — İİİ the end.", ", Ⱥ"} {
		f := featureSet{mask: ^uint32(0)}
		assert.NotPanics(t, func() { significanceFeatures(&f, tokens(text), text) }, text)
	}
}
