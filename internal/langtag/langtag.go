// Package langtag is newsbrief's one language normaliser: it turns the
// language tags pages and callers give ("ko-KR", "en_US", "EN") into the
// primary subtag the word lists are keyed by ("ko", "en"), and guesses a
// text's language (Detect) when no tag is given. extract and compose both
// use it.
package langtag

import (
	"strings"
	"unicode"
)

// Base returns the primary subtag of a BCP 47 tag in lower case: "ko-KR"
// → "ko", "en_US" → "en", " EN " → "en". It returns "" for an empty tag or
// one whose primary subtag is not 2 to 8 ASCII letters.
func Base(tag string) string {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) < 2 || len(tag) > 8 {
		return ""
	}
	for i := 0; i < len(tag); i++ {
		if c := tag[i] | 0x20; c < 'a' || c > 'z' {
			return ""
		}
	}
	return strings.ToLower(tag)
}

// Guess names the language of a text as Detect does, falling back on
// "en", the language newsbrief's word lists default to, when no language
// stands out.
//
// Text too short for Detect (a single sentence, say) is still Korean when
// more than a third of its letters are Hangul.
func Guess(text string) string {
	if lang := Detect(text); lang != "" {
		return lang
	}
	hangul, letters := 0, 0
	for _, r := range text[:min(len(text), detectSample)] {
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Hangul, r) {
				hangul++
			}
		}
	}
	if letters > 0 && hangul*3 > letters {
		return "ko"
	}
	return "en"
}

// Of returns Base(tag), or Guess(text) when the tag gives no language.
func Of(tag, text string) string {
	if b := Base(tag); b != "" {
		return b
	}
	return Guess(text)
}
