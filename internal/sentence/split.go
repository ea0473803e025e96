package sentence

import "unicode/utf8"

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
