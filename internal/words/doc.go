// Package words holds the tokenisation helpers that ranking and scoring
// share: lower-case word tokens, English and Korean stop words, a light
// English stemmer and the removal of Korean particles.
//
//	for _, w := range words.Tokens("The governments’ plans: 정부는 시장에서") {
//		if !words.IsStop(w) {
//			terms = append(terms, words.Stem(words.TrimParticle(w)))
//		}
//	}
//
// gives the terms "government", "plan", "정부" and "시장".
//
// The package uses only the standard library, so the browser (WASM) build
// can import it.
package words
