package words

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TrimParticle removes a common Korean particle suffix from a word (e.g. "정부는" → "정부", "시장에서" → "시장") when what remains has at least 2 syllables; other words are returned unchanged.
// Syllables are counted as runes, so "AI는" gives "AI", but a particle is
// removed after a Hangul syllable or a letter only ("10만" stays). Particles
// that depend on the sound before them are removed only after the right
// sound: 은, 이, 을, 과 and 으로 after a final consonant (받침), 는, 가, 를, 와
// and 로 after a vowel (로 also after ㄹ), so "전문가" and "디스플레이" stay
// while "소비자가" → "소비자" and "기업이" → "기업". The plural marker 들
// before a particle, or at the end of a word, is removed too: "기업들은" →
// "기업". The rule is lexical and light: nouns that end in a particle-like
// syllable after two others are cut ("고양이" → "고양").
func TrimParticle(w string) string {
	for _, p := range particles {
		stem, ok := strings.CutSuffix(w, p.suffix)
		if !ok || utf8.RuneCountInString(stem) < 2 {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(stem)
		if !p.after.allows(last) || keeps(stem, p.suffix, last) {
			continue
		}
		return trimPlural(stem)
	}
	return trimPlural(w)
}

// trimPlural removes a final 들 if at least 2 syllables remain.
func trimPlural(w string) string {
	if stem, ok := strings.CutSuffix(w, "들"); ok && utf8.RuneCountInString(stem) >= 2 && isHangulSyllable(lastRune(stem)) {
		return stem
	}
	return w
}

// sound is the condition a particle puts on the syllable before it.
type sound uint8

const (
	anySound  sound = iota
	consonant       // a syllable with a final consonant (받침), or a non-Hangul rune
	vowel           // a syllable without one, or a non-Hangul rune
	vowelOrL        // a syllable without one or with ㄹ, or a non-Hangul rune
	consNotL        // a syllable with a final consonant other than ㄹ, or a non-Hangul rune
)

// allows reports whether r may precede a particle with condition s. Other
// letters than Hangul syllables (AI, 5G) allow every particle, since their
// pronunciation is unknown; other runes allow none.
func (s sound) allows(r rune) bool {
	if !isHangulSyllable(r) {
		return unicode.IsLetter(r)
	}
	final := (r - 0xAC00) % 28 // 0: none, 8: ㄹ
	switch s {
	case consonant:
		return final != 0
	case vowel:
		return final == 0
	case vowelOrL:
		return final == 0 || final == 8
	case consNotL:
		return final != 0 && final != 8
	}
	return true
}

// keeps reports the words that end in a particle-like syllable which is
// part of the noun: -주의 (-ism: 민주주의, but 광주의 → 광주) and numbers
// in 만 (수백만, 3천만).
func keeps(stem, suffix string, last rune) bool {
	switch suffix {
	case "의":
		return last == '주' && utf8.RuneCountInString(stem) >= 3
	case "만":
		return last == '십' || last == '백' || last == '천' || last == '억'
	}
	return false
}

func isHangulSyllable(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// particle is a suffix that TrimParticle removes.
type particle struct {
	suffix string
	after  sound
}

// particles are the common Korean particles and particle compounds,
// longest first so that "에서는" is removed whole.
var particles = []particle{
	{"으로부터", consNotL}, {"로부터", vowelOrL}, {"에서부터", anySound},
	{"에서는", anySound}, {"에서도", anySound}, {"에서의", anySound},
	{"에게서", anySound}, {"에게는", anySound}, {"으로는", consNotL},
	{"으로도", consNotL}, {"으로서", consNotL}, {"으로써", consNotL},
	{"이라는", consonant}, {"이라고", consonant}, {"이라며", consonant},
	{"까지는", anySound}, {"까지도", anySound}, {"부터는", anySound},
	{"에서", anySound}, {"에게", anySound}, {"한테", anySound}, {"께서", anySound},
	{"으로", consNotL}, {"로는", vowelOrL}, {"로도", vowelOrL},
	{"로서", vowelOrL}, {"로써", vowelOrL}, {"라는", vowel}, {"라고", vowel},
	{"라며", vowel}, {"에는", anySound}, {"에도", anySound}, {"에의", anySound},
	{"와의", vowel}, {"과의", consonant}, {"까지", anySound}, {"부터", anySound},
	{"보다", anySound}, {"처럼", anySound}, {"만큼", anySound}, {"마다", anySound},
	{"조차", anySound}, {"마저", anySound}, {"이나", consonant}, {"이며", consonant},
	{"하고", anySound}, {"은", consonant}, {"는", vowel}, {"이", consonant},
	{"가", vowel}, {"을", consonant}, {"를", vowel}, {"과", consonant},
	{"와", vowel}, {"로", vowelOrL}, {"의", anySound}, {"에", anySound},
	{"도", anySound}, {"만", anySound},
}
