package sentence

import (
	"unicode"
	"unicode/utf8"
)

// Span is one sentence: text[Start:End], with surrounding white space excluded.
type Span struct{ Start, End int }

// Split returns the sentences of text in order, as byte offsets into text.
// Every span is non-empty and neither starts nor ends with white space;
// text outside the spans is white space only. Split never panics, whatever
// the bytes of text.
func Split(text string) []Span {
	s := splitter{text: text}
	start := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c >= utf8.RuneSelf {
			r, w := utf8.DecodeRuneInString(text[i:])
			if isLineBreak(r) {
				s.line(start, i)
				start = i + w
			}
			i += w
			continue
		}
		if c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			s.line(start, i)
			start = i + 1
		}
		i++
	}
	s.line(start, len(text))
	return s.spans
}

// splitter holds the state of one Split call. The fields after spans
// describe the line being scanned.
type splitter struct {
	text  string
	spans []Span

	lineStart, end int  // the line is text[lineStart:end]
	sent           int  // start of the current sentence
	first          int  // first non-space byte of the sentence, or -1
	tok            int  // start of the current white-space delimited token
	url            bool // the token is a URL or an e-mail address
	quote          bool // inside a straight double quote
	parens         int  // depth of round brackets
	paren          int  // position of the last opening round bracket
}

// maxParen is how far back in bytes an open round bracket keeps a period
// from ending the sentence: (“장애물입니다. 멈추십시오.” 같은). The bound keeps
// an unbalanced bracket from joining the rest of the line.
const maxParen = 120

// line splits text[start:end], which holds no line break.
func (s *splitter) line(start, end int) {
	s.lineStart, s.end = start, end
	s.sent, s.first, s.tok, s.url, s.quote = start, -1, start, false, false
	s.parens = 0
	t := s.text[:end]
	for i := start; i < end; {
		r, w := decode(t, i)
		if isSpace(r) {
			s.tok, s.url = i+w, false
			i += w
			continue
		}
		if s.first < 0 {
			s.first = i
		}
		if isTerminator(r) {
			i = s.terminal(i)
			continue
		}
		switch r {
		case '"':
			s.quote = !s.quote
		case '(', '（':
			s.parens, s.paren = s.parens+1, i
		case ')', '）':
			s.parens = max(s.parens-1, 0)
		case '@':
			s.url = true
		case ':':
			s.url = s.url || hasPrefix(t[i:], "://")
		case 'w', 'W':
			if i == s.tok || !isAlnum(lastRune(t[s.lineStart:i])) {
				s.url = s.url || hasPrefixFold(t[i:], "www.")
			}
		}
		i += w
	}
	s.emit(s.sent, end)
}

// terminal handles the terminal punctuation at i: it consumes the run of
// terminators and the closing quotes and brackets after it, ends the
// sentence there if the context says so, and returns where to go on.
func (s *splitter) terminal(i int) int {
	t := s.text[:s.end]
	var dots, ellipses, bangs, cjk, fullStops int
	j := i
scan:
	for j < len(t) {
		r, w := decode(t, j)
		switch r {
		case '.':
			dots++
		case '…':
			ellipses++
		case '!', '?', '‼', '⁇', '⁈', '⁉':
			bangs++
		case '。', '｡', '！', '？':
			cjk++
		case '．':
			fullStops++
		default:
			break scan
		}
		j += w
	}
	prev := lastRune(t[s.lineStart:i])
	if fullStops == 1 && j-i == len("．") && isDigit(prev) && isDigit(firstRune(t[j:])) {
		return j // full-width decimal point: ３．５
	}
	kind := kindPeriod
	switch {
	case cjk > 0 || fullStops > 0:
		kind = kindCJK
	case bangs > 0:
		kind = kindBang
	case dots > 1 || ellipses > 0:
		kind = kindEllipsis
	}

	// Closing quotes and brackets, and further terminators (“….”.), belong
	// to the sentence.
	closed := false
closers:
	for j < len(t) {
		r, w := decode(t, j)
		switch {
		case isTerminator(r):
		case isCloser(r):
			if r == ')' || r == '）' {
				s.parens = max(s.parens-1, 0)
			}
			closed = true
		case r == '"' && (s.quote || !continuesWord(t[j+w:])):
			s.quote, closed = false, true
		case r == '\'' && !continuesWord(t[j+w:]):
			closed = true
		default:
			break closers
		}
		j += w
	}
	if j >= len(t) || s.parens > 0 && i-s.paren <= maxParen {
		return j // the line ends the sentence, or a bracket is open
	}
	var split bool
	if r, _ := decode(t, j); isSpace(r) {
		split = s.spaced(i, j, kind, closed)
	} else {
		split = s.unspaced(i, j, kind, prev, closed)
		if split {
			s.tok, s.url = j, false
		}
	}
	if split {
		s.emit(s.sent, j)
		s.sent, s.first = j, -1
	}
	return j
}

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

// emit appends text[a:b] without its surrounding white space, if anything
// is left.
func (s *splitter) emit(a, b int) {
	for a < b {
		r, w := decode(s.text[:b], a)
		if !isSpace(r) {
			break
		}
		a += w
	}
	for a < b {
		r, w := utf8.DecodeLastRuneInString(s.text[a:b])
		if !isSpace(r) {
			break
		}
		b -= w
	}
	if a < b {
		s.spans = append(s.spans, Span{a, b})
	}
}
