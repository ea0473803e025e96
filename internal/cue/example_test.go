package cue_test

import (
	"fmt"

	"github.com/newsbrief/newsbrief/internal/cue"
)

func ExampleClassify() {
	for _, s := range []string{
		"The strike could delay deliveries of the new aircraft until spring.",
		"The strike delayed deliveries of the new aircraft last spring.",
		"The minister said the vote will not delay the budget.",
		"Financial terms of the deal were not disclosed.",
		"The new factory is expected to boost the region's economy.",
	} {
		r := cue.Classify(s, "en")
		fmt.Printf("%s %.2f %q\n", r.Label, r.Score, r.Cue)
	}
	r := cue.Classify("회사는 인수 금액을 밝히지 않았다.", "ko")
	fmt.Printf("%s %.2f %q\n", r.Label, r.Score, r.Cue)
	// Output:
	// risk 0.85 "could delay"
	// none 0.00 ""
	// none 0.00 ""
	// unknown 0.90 "not disclosed"
	// opportunity 0.72 "expected to boost"
	// unknown 0.90 "밝히지 않았다"
}
