package sentence

import (
	"unicode"
	"unicode/utf8"
)

// Kinds of terminal punctuation.
const (
	kindPeriod   = iota // a single "."
	kindEllipsis        // "..." or "…"
	kindBang            // a run with "!" or "?"
	kindCJK             // a run with "。", "！", "？" or "．"
)

// unspaced decides whether the terminator run starting at i, followed by
// closers up to j and then directly by a non-space, ends a sentence.
func (s *splitter) unspaced(i, j, kind int, prev rune, closed bool) bool {
	t := s.text[:s.end]
	if kind == kindCJK {
		// 「終わった。」と言った — a Japanese quotation goes on with と or って.
		r := firstRune(t[j:])
		return !closed || r != 'と' && r != 'っ'
	}
	if kind == kindEllipsis || s.url {
		return false
	}
	next, nw := decode(t, j)
	if isCJKLetter(prev) {
		// 발표했다.그는 — but not 한.미 (Korea–US) nor 말했다.”고 밝혔다.
		if !isCJKLetter(lastRune(t[s.lineStart : i-utf8.RuneLen(prev)])) {
			return false
		}
		if closed && isHangul(next) && quotative(t[j:]) {
			return false
		}
		if next == '(' || next == '[' || next == '（' {
			return false // 나옵니다.”(유룡 KAIST 교수) — an attribution
		}
		return unicode.IsLetter(next) && !unicode.IsLower(next) ||
			unicode.IsDigit(next) || isOpener(next) || unicode.Is(unicode.So, next)
	}
	// said.The — glued English sentences, but not john.Smith@example.com.
	if unicode.IsUpper(next) && unicode.IsLower(firstRune(t[j+nw:])) && wordThenBreak(t[j:]) {
		word, ok := lowerWordBefore(t[s.lineStart:i])
		return ok && abbreviations[word] == 0
	}
	return false
}

// spaced decides whether the terminator run starting at i, followed by
// closers up to j and then by white space, ends a sentence.
func (s *splitter) spaced(i, j, kind int, closed bool) bool {
	t := s.text[:s.end]
	k := j
	for k < len(t) {
		r, w := decode(t, k)
		if !isSpace(r) {
			break
		}
		k += w
	}
	if k >= len(t) {
		return false // only white space follows; the line ends the sentence
	}
	m := k
	for m < len(t) {
		r, w := decode(t, m)
		if !isOpener(r) {
			break
		}
		m += w
	}
	switch kind {
	case kindCJK:
		return true
	case kindBang:
		return s.startsSentence(m)
	case kindEllipsis:
		if p := lastRune(t[s.lineStart:i]); i == s.lineStart || isSpace(p) || isOpener(p) {
			return false // a leading or bracketed ellipsis: "[...] the"
		} else if isCJKLetter(p) && isCJKLetter(firstRune(t[m:])) && !sentenceFinal(p) {
			return false // 화석 분석… 뇌조직 판명 — a headline's pause
		}
		return s.startsSentence(m)
	}

	if kind == kindPeriod && closed && quotativeWord(t[k:]) {
		return false // 그는 "이겼다." 라고 말했다
	}
	if i-s.tok > maxWord {
		return s.startsSentence(m)
	}
	word := lastWord(t[s.tok:i])
	if word == "" {
		return s.startsSentence(m)
	}
	if s.first == s.tok && isEnumerator(trimPunct(t[s.tok:i])) {
		return false // "1. First item"
	}
	next := firstRune(t[m:])
	class := abbreviations[lowerASCII(word)]
	if len(word) == 2 && isUpperASCII(word) {
		class = abbrNone // an acronym: "patients with MS. Final approval"
	}
	switch class {
	case abbrTitle:
		return false
	case abbrNumber:
		if isDigit(next) {
			return false
		}
	case abbrFinal:
		return s.starterAt(m)
	}
	if isInitialism(word) {
		return s.starterAt(m)
	}
	if r, w := utf8.DecodeRuneInString(word); w == len(word) && unicode.IsUpper(r) &&
		!closed && word == trimPunct(t[s.tok:i]) {
		// An initial, as in "J. K. Rowling", unless a sentence clearly
		// starts: "vitamin C. It".
		return !isInitialAt(t[m:]) && s.starterAt(m)
	}
	if isDigits(word) && (isDigitsThenDot(t[m:]) || len(word) <= 2 && s.dateBefore(s.tok)) {
		return false // 2016. 11. 14.
	}
	if closed && isDottedDate(word) {
		return false // 작은달(2016.4.22.) 비교
	}
	if !closed && isOrdinalDay(word) && isMonthName(t[m:]) {
		return false // am 31. Oktober, vom 5. bis 11. Februar 2022
	}
	if !closed && len(word) <= 3 && isDigits(word) && ordinalNouns[leadingWord(t[m:])] {
		return false // des 19. Jahrhunderts, zum 90. Geburtstag
	}
	return s.startsSentence(m)
}

// dateBefore reports whether the token before the one starting at tok is
// a number of 1 to 4 digits with a period, as in "2016. 11".
func (s *splitter) dateBefore(tok int) bool {
	t := s.text[s.lineStart:tok]
	n := len(t)
	for n > 0 && len(t)-n < 4 && (t[n-1] == ' ' || t[n-1] == '\t') {
		n--
	}
	if n == len(t) || n == 0 || t[n-1] != '.' {
		return false
	}
	n--
	d := n
	for d > 0 && n-d <= 4 && '0' <= t[d-1] && t[d-1] <= '9' {
		d--
	}
	return d < n && n-d <= 4 && (d == 0 || !isAlnum(lastRune(t[:d])))
}

// startsSentence reports whether the text at m (after white space and
// opening punctuation) can start a sentence.
func (s *splitter) startsSentence(m int) bool {
	t := s.text[:s.end]
	if m >= len(t) {
		return true
	}
	r, w := decode(t, m)
	switch {
	case unicode.IsLower(r):
		// Lower case continues the sentence, except in names like iPhone.
		return unicode.IsUpper(firstRune(t[m+w:]))
	case unicode.IsLetter(r) || unicode.IsNumber(r):
		return true
	case isCloser(r) || isTerminator(r) || r == ',' || r == ';' || r == ':' || r == '%':
		return false
	}
	return true
}

// starterAt reports whether the word at m is one that commonly starts a
// sentence ("The", "He", "But"), which after an abbreviation like "Inc."
// or "U.S." is the evidence that the sentence ended.
func (s *splitter) starterAt(m int) bool {
	t := s.text[:s.end]
	n := m
	for n < len(t) && n-m <= maxStarter && isASCIILetter(t[n]) {
		n++
	}
	if n == m || n-m > maxStarter || t[m] < 'A' || t[m] > 'Z' {
		return false
	}
	if n < len(t) && t[n] >= utf8.RuneSelf && isAlnum(firstRune(t[n:])) {
		return false
	}
	return starters[lowerASCII(t[m:n])]
}
