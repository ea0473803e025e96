package words_test

import (
	"fmt"

	"github.com/newsbrief/newsbrief/internal/words"
)

func Example() {
	var terms []string
	for _, w := range words.Tokens("The governments’ plans: 정부는 시장에서") {
		if !words.IsStop(w) {
			terms = append(terms, words.Stem(words.TrimParticle(w)))
		}
	}
	fmt.Println(terms)
	// Output: [government plan 정부 시장]
}
