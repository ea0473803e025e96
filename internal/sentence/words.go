package sentence

import (
	"unicode"
	"unicode/utf8"
)

// lastWord returns the word that ends token t before a period: the
// letters, digits and inner periods at its end after closing punctuation
// is dropped. “(U.S” → "U.S", "작은달(2016.4.22" → "2016.4.22",
// `"yes"` → "yes".
func lastWord(t string) string {
	t = trimPunct(t)
	n := len(t)
	for n > 0 {
		r, w := utf8.DecodeLastRuneInString(t[:n])
		if !isAlnum(r) && r != '.' {
			break
		}
		n -= w
	}
	return trimPunct(t[n:])
}

// isDottedDate reports numbers with two or more inner periods, such as
// the date "2016.11.14" or the version "1.26.0".
func isDottedDate(w string) bool {
	dots := 0
	for i := 0; i < len(w); i++ {
		switch {
		case w[i] == '.':
			if i == 0 || w[i-1] == '.' {
				return false
			}
			dots++
		case w[i] < '0' || w[i] > '9':
			return false
		}
	}
	return dots >= 2
}

// wordThenBreak reports whether t starts with a word of letters that is
// followed by white space, the end of t or punctuation that cannot be part
// of an address: "Then he" but not "Smith@example.com".
func wordThenBreak(t string) bool {
	for i := 0; i < len(t) && i <= maxWord; {
		r, w := decode(t, i)
		if unicode.IsLetter(r) {
			i += w
			continue
		}
		switch {
		case isSpace(r), r == ',', r == ';', r == '!', r == '?', isCloser(r):
			return true
		}
		return false
	}
	return len(t) <= maxWord
}

// trimPunct strips the runes that are neither letters nor digits from both
// ends of a token: “(U.S.” → "U.S".
func trimPunct(t string) string {
	for t != "" {
		r, w := decode(t, 0)
		if isAlnum(r) {
			break
		}
		t = t[w:]
	}
	for t != "" {
		r, w := utf8.DecodeLastRuneInString(t)
		if isAlnum(r) {
			break
		}
		t = t[:len(t)-w]
	}
	return t
}

// isEnumerator reports list numbering such as "1", "12" or "a", which
// before a period at the start of a sentence does not end it.
func isEnumerator(w string) bool {
	if len(w) == 1 {
		return isASCIILetter(w[0]) || '0' <= w[0] && w[0] <= '9'
	}
	return len(w) <= 3 && isDigits(w)
}

// isDigits reports whether w is a non-empty run of ASCII digits.
func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// isInitialism reports single letters joined by periods: "U.S", "a.m",
// "U.S.A" (the final period is not part of w).
func isInitialism(w string) bool {
	n := 0
	for i := 0; i < len(w); {
		r, sz := decode(w, i)
		if !unicode.IsLetter(r) {
			return false
		}
		i += sz
		n++
		if i == len(w) {
			break
		}
		if w[i] != '.' {
			return false
		}
		i++
	}
	return n >= 2 && w[len(w)-1] != '.'
}

// isInitialAt reports whether t starts with a capital initial: "K. Rowling".
func isInitialAt(t string) bool {
	r, w := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) && len(t) > w && t[w] == '.'
}

// isDigitsThenDot reports whether t starts with up to 4 digits and a period,
// as the parts of a Korean date like "2016. 11. 14." do.
func isDigitsThenDot(t string) bool {
	n := 0
	for n < len(t) && n <= 4 && '0' <= t[n] && t[n] <= '9' {
		n++
	}
	return n > 0 && n <= 4 && n < len(t) && t[n] == '.'
}

// lowerWordBefore returns the run of lower-case ASCII letters that ends t,
// if it has 2 to maxWord letters and is not preceded by another letter,
// digit or period (so not part of "e.g" or "example.com").
func lowerWordBefore(t string) (string, bool) {
	n := len(t)
	for n > 0 && len(t)-n <= maxWord && 'a' <= t[n-1] && t[n-1] <= 'z' {
		n--
	}
	w := t[n:]
	if len(w) < 2 || len(w) > maxWord {
		return "", false
	}
	if p := lastRune(t[:n]); isAlnum(p) || p == '.' {
		return "", false
	}
	return w, true
}

// quotative reports whether t starts with a Korean quotative particle
// followed by a non-Hangul rune, as in 말했다.”라고 밝혔다 or 했다.”고 말했다,
// where the quotation goes on as part of a longer sentence.
func quotative(t string) bool {
	for _, p := range quotativeParticles {
		if hasPrefix(t, p) && !isHangul(firstRune(t[len(p):])) {
			return true
		}
	}
	return false
}

// quotativeWord reports whether t starts with a quotative particle of two
// or more syllables standing as a word of its own, as after a closing quote
// in loosely spaced Korean text: "이겼다." 라고 말했다.
func quotativeWord(t string) bool {
	for _, p := range quotativeWords {
		if hasPrefix(t, p) && !isHangul(firstRune(t[len(p):])) {
			return true
		}
	}
	return false
}

// quotativeParticles are particles that attach a quotation to the sentence
// that reports it.
var quotativeParticles = []string{
	"이라고", "이라며", "이라는", "라면서", "면서",
	"라고", "라며", "라는", "하고", "하며", "하는", "이란", "이라",
	"고", "며", "는", "란", "라",
}

// quotativeWords are the quotative particles that are recognised after a
// closing quote and a space; shorter ones are too often words of their own.
var quotativeWords = []string{"이라고", "이라며", "이라는", "라면서", "라고", "라며", "라는"}

// sentenceFinal reports the syllables that end Korean sentences (했다,
// 해요, 할까, 하죠, 하오, 하네), after which an ellipsis ends one too;
// other scripts count as final.
func sentenceFinal(r rune) bool {
	switch r {
	case '다', '요', '까', '죠', '오', '네':
		return true
	}
	return !isHangul(r)
}

// isUpperASCII reports whether w has two or more bytes, all capital ASCII
// letters.
func isUpperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return len(w) >= 2
}

// isOrdinalDay reports a day of the month written as a number of one or
// two digits, 1 to 31, as German (and other languages that write a day
// as an ordinal number with a period) puts it before the month: "31."
// in "am 31. Oktober".
func isOrdinalDay(w string) bool {
	if len(w) == 0 || len(w) > 2 || !isDigits(w) {
		return false
	}
	d := int(w[0] - '0')
	if len(w) == 2 {
		d = d*10 + int(w[1]-'0')
	}
	return d >= 1 && d <= 31
}

// monthNames are the capitalised German month names (with the Austrian
// "Jänner" and "Feber"): a day written as an ordinal ("31.") before one
// does not end a sentence. Their abbreviations are left out: English
// writes "Dec. 31. Sept. 11 was …" with a sentence ending between. Of
// English month names only those German shares ("April", "August",
// "September", "November") can be met after a day's number and a period,
// which rarely ends an English sentence.
var monthNames = map[string]bool{
	"Januar": true, "Jänner": true, "Februar": true, "Feber": true, "März": true, "April": true,
	"Mai": true, "Juni": true, "Juli": true, "August": true, "September": true, "Oktober": true,
	"November": true, "Dezember": true,
}

// isMonthName reports whether t opens with a whole month name of
// monthNames.
func isMonthName(t string) bool {
	return monthNames[leadingWord(t)]
}

// ordinalNouns are German nouns that a number with a period before them
// makes an ordinal ("des 19. Jahrhunderts", "zum 90. Geburtstag", "am 10.
// Spieltag", "auf dem 3. Platz"): the period ends no sentence. None is an
// English word.
var ordinalNouns = map[string]bool{
	"Jahrhundert": true, "Jahrhunderts": true, "Jahrhunderte": true, "Jahrhunderten": true,
	"Jahrtausend": true, "Jahrtausends": true, "Geburtstag": true, "Geburtstages": true, "Geburtstags": true,
	"Jahrestag": true, "Jahrestages": true, "Jahrestags": true, "Spieltag": true, "Spieltages": true,
	"Spieltags": true, "Bundesliga": true, "Liga": true, "Platz": true, "Runde": true, "Etappe": true,
	"Klasse": true,
}

// leadingWord returns the letters that open t when a character that is no
// letter or digit, or the end of t, follows them; otherwise "".
func leadingWord(t string) string {
	n := 0
	for n < len(t) {
		r, w := utf8.DecodeRuneInString(t[n:])
		if !unicode.IsLetter(r) {
			break
		}
		n += w
	}
	if n < len(t) && isAlnum(firstRune(t[n:])) {
		return ""
	}
	return t[:n]
}
