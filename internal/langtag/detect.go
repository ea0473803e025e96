package langtag

import (
	"strings"
	"unicode"
)

// Detect guesses the language of text, for pages and callers that do not say:
// by script for the languages that have their own (Korean, Japanese,
// Chinese, Greek, Hebrew, Arabic, Persian, Thai, Hindi, Russian,
// Ukrainian), by the most frequent function words for languages written in
// Latin letters. It returns "" when the text is too short or no language
// stands out. It reads at most the first detectSample bytes.
func Detect(text string) string {
	if len(text) > detectSample {
		text = text[:detectSample]
	}
	if lang := byScript(text); lang != "" {
		return lang
	}
	return byFunctionWords(text)
}

// detectSample is how much text Detect reads.
const detectSample = 4096

// byScript returns the language of the script most letters of text are
// in, when that script is not Latin.
func byScript(text string) string {
	var letters, hangul, kana, han, cyr, ukr, greek, hebrew, arabic, persian, thai, deva int
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
			if strings.ContainsRune("іїєґІЇЄҐ", r) {
				ukr++
			}
		case unicode.Is(unicode.Greek, r):
			greek++
		case unicode.Is(unicode.Hebrew, r):
			hebrew++
		case unicode.Is(unicode.Arabic, r):
			arabic++
			if strings.ContainsRune("پچژگک", r) {
				persian++
			}
		case unicode.Is(unicode.Thai, r):
			thai++
		case unicode.Is(unicode.Devanagari, r):
			deva++
		}
	}
	if letters < minLetters {
		return ""
	}
	half := letters / 2
	switch {
	case hangul > letters/4:
		return "ko"
	case kana > letters/20 && kana+han > half:
		return "ja"
	case han > half:
		return "zh"
	case cyr > half && ukr > cyr/50:
		return "uk"
	case cyr > half:
		return "ru"
	case greek > half:
		return "el"
	case hebrew > half:
		return "he"
	case arabic > half && persian > arabic/50:
		return "fa"
	case arabic > half:
		return "ar"
	case thai > half:
		return "th"
	case deva > half:
		return "hi"
	}
	return ""
}

// minLetters is the least text, in letters, a language is guessed from.
const minLetters = 40

// functionWords are frequent words that tell languages in Latin script
// apart; a word shared by two languages counts for both.
var functionWords = map[string][]string{
	"en": {"the", "and", "of", "to", "is", "that", "for", "with", "was", "on", "are", "this", "have", "from", "by"},
	"de": {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "sich", "auf", "für", "ein", "eine", "auch", "dem"},
	"fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "pas", "sur", "qui", "du", "au"},
	"es": {"el", "la", "los", "las", "y", "que", "del", "en", "por", "con", "una", "para", "es", "se", "fue"},
	"it": {"il", "di", "che", "la", "è", "per", "del", "della", "una", "con", "sono", "gli", "non", "anche", "nel"},
	"pt": {"o", "os", "que", "da", "do", "em", "uma", "para", "com", "não", "são", "dos", "das", "foi", "pelo"},
	"nl": {"de", "het", "een", "van", "en", "is", "dat", "niet", "op", "met", "voor", "zijn", "ook", "er", "maar"},
	"pl": {"i", "w", "nie", "na", "się", "z", "jest", "do", "że", "to", "jak", "od", "po", "oraz", "dla"},
	"sv": {"och", "att", "det", "som", "en", "på", "är", "för", "med", "har", "inte", "av", "till", "den", "om"},
	"da": {"og", "at", "det", "som", "en", "på", "er", "for", "med", "har", "ikke", "af", "til", "den", "de"},
	"cs": {"a", "v", "se", "na", "je", "že", "s", "z", "do", "to", "jako", "pro", "by", "ale", "jsou"},
	"tr": {"ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "çok", "daha", "gibi", "olan", "ama", "en", "kadar"},
	"id": {"dan", "yang", "di", "ini", "itu", "dengan", "untuk", "dari", "tidak", "akan", "pada", "adalah", "ke", "juga", "dalam"},
	"fi": {"ja", "on", "ei", "että", "se", "oli", "ovat", "mutta", "kun", "myös", "tai", "hän", "joka", "sen", "kuin"},
	"ro": {"și", "în", "de", "la", "cu", "că", "nu", "pe", "o", "din", "este", "pentru", "mai", "un", "sunt"},
	"hu": {"a", "az", "és", "hogy", "nem", "is", "egy", "meg", "van", "volt", "de", "ez", "csak", "már", "mint"},
}

// wordLangs maps each function word to its languages.
var wordLangs = func() map[string][]string {
	m := map[string][]string{}
	for lang, ws := range functionWords {
		for _, w := range ws {
			m[w] = append(m[w], lang)
		}
	}
	return m
}()

// byFunctionWords returns the language whose function words are the most
// frequent in text, when they are frequent enough (minFunctionWords) and
// clearly ahead of the runner-up.
func byFunctionWords(text string) string {
	counts := map[string]int{}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	for _, w := range words {
		for _, lang := range wordLangs[w] {
			counts[lang]++
		}
	}
	best, bestN, second := "", 0, 0
	for lang, n := range counts {
		switch {
		case n > bestN || (n == bestN && lang < best):
			best, bestN, second = lang, n, max(bestN, second)
		case n > second:
			second = n
		}
	}
	if bestN < minFunctionWords || bestN*4 < second*5 || bestN*minDensity < len(words) {
		return ""
	}
	return best
}

// minDensity is the inverse of the least share of a text's words that its
// language's function words make up: one in minDensity. Real text has
// two or three times that; Latin placeholder text ("lorem ipsum") less.
const minDensity = 8

// minFunctionWords is the least count of function words a language is
// guessed from.
const minFunctionWords = 5
