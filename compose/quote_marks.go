package compose

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/cue"
)

// quotation is one quotation of a paragraph, found from its marks.
type quotation struct {
	open      int  // offset of the opening mark
	start     int  // first byte after the opening mark
	end       int  // offset of the closing mark, or where the quotation stops
	close     int  // first byte after the closing mark (end when unclosed)
	unclosed  bool // runs on without a closing mark: it continues after end
	ownSingle bool // in single marks (‘…’, '…')
}

// A quoteMark is one quotation mark of a paragraph and what it may do
// there: open a quotation, close one, or either.
type quoteMark struct {
	pos, width  int
	r           rune
	open, close bool
	possessive  bool // a plural possessive ("players' union") unless nothing else closes
}

// Mark families pair independently: double marks, single marks and the
// two kinds of corner brackets. A quotation in single marks inside one in
// double marks (or the reverse) is part of it, not a quotation of its own.
const (
	famDouble = iota
	famSingle
	famCorner
	famWhiteCorner
	nFamilies
)

// markFamily returns the family of a quotation mark, or -1.
func markFamily(r rune) int {
	switch r {
	case '"', '“', '”', '„', '«', '»':
		return famDouble
	case '\'', '‘', '’', '‚':
		return famSingle
	case '「', '」':
		return famCorner
	case '『', '』':
		return famWhiteCorner
	}
	return -1
}

// closes reports whether mark c closes a quotation opened by mark o:
// “…” and "…" (either closing form), „…“, «…», »…«, ‘…’, '…', ‚…‘, 「…」,
// 『…』.
func closes(o, c rune) bool {
	switch o {
	case '"', '“':
		return c == '"' || c == '”' || c == '“'
	case '„':
		return c == '“' || c == '”' || c == '"'
	case '«':
		return c == '»'
	case '»':
		return c == '«'
	case '\'', '‘':
		return c == '\'' || c == '’'
	case '‚':
		return c == '‘' || c == '’'
	case '「':
		return c == '」'
	case '『':
		return c == '』'
	}
	return false
}

// quotations finds the quotations of a paragraph in every style of mark.
// A quotation nested in another is left out; where quotations of two
// families overlap, the one in double marks or corner brackets wins.
func quotations(p string) []quotation {
	var all []quotation
	byFam := scanMarks(p)
	for f := range nFamilies {
		all = append(all, pairMarks(p, byFam[f], f == famSingle)...)
	}
	if len(all) > maxQuotations {
		all = all[:maxQuotations] // nesting is checked pair by pair
	}
	var out []quotation
	for i, q := range all {
		keep := true
		for j, o := range all {
			if i == j {
				continue
			}
			inside := o.open <= q.open && q.close <= o.close && (o.open != q.open || o.close != q.close)
			overlap := q.open < o.close && o.open < q.close
			if inside || overlap && !(q.open <= o.open && o.close <= q.close) && q.ownSingle && !o.ownSingle {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, q)
		}
	}
	slices.SortFunc(out, func(a, b quotation) int { return a.open - b.open })
	return out
}

// scanMarks returns the quotation marks of p by family, reading two
// straight single marks in a row as one double mark and leaving out
// apostrophes: inside a word (don't, O'Neill), eliding a year ('90s) or a
// clipped word ('em, rock 'n' roll).
func scanMarks(p string) [nFamilies][]quoteMark {
	var out [nFamilies][]quoteMark
	for i := 0; i < len(p); {
		r, w := utf8.DecodeRuneInString(p[i:])
		if strings.HasPrefix(p[i:], "''") {
			r, w = '"', 2 // two straight single marks typed for a double one: ''A law firm will …,'' said …
		}
		f := markFamily(r)
		if f < 0 {
			i += w
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(p[:i])
		next, _ := utf8.DecodeRuneInString(p[i+w:])
		if i == 0 {
			prev = ' '
		}
		if i+w == len(p) {
			next = ' '
		}
		if f == famSingle && isApostrophe(p, i, w, prev, next) {
			if strings.HasPrefix(p[i+w:], "n") && (strings.HasPrefix(p[i+w+1:], "'") || strings.HasPrefix(p[i+w+1:], "’")) {
				i += w + 1 + w // rock 'n' roll
				continue
			}
			i += w
			continue
		}
		m := quoteMark{pos: i, width: w, r: r}
		left, right := opensAfter(prev), closesBefore(next)
		switch r {
		case '“', '„', '‚', '「', '『', '‘':
			m.open = true
			if r == '“' && strings.ContainsRune(",.!?", prev) && unicode.IsSpace(next) {
				m.open, m.close = false, true // an opening mark typed for the closing one: "…consequences,“ the secretary said"
			}
		case '」', '』':
			m.close = true
		case '”', '’':
			m.close = !left || right
			m.open = left && !right && r == '”' // Swedish ”…”
		default: // " ' « »: by the characters on either side
			m.open = left && !unicode.IsSpace(next) || left && right || !left && !right
			m.close = !left && right || left && right || !left && !right
			if r == '«' && !left && right {
				m.open = false // »…« style closing
			}
			if r == '"' && !left && !right && isWordRune(prev) && unicode.IsUpper(next) {
				m.close = false // glued between a word and a capital: "…medallist Chris Boardman"We hardly …", paragraphs run together at an opening mark
			}
			if (r == '\'' || r == '"') && unicode.IsSpace(prev) && next == ' ' && opensSpaced(p[i+w:]) {
				m.close = false // spaced on both sides before a capital: "…no-brainer. ' We may …", a paragraph's opening mark
			}
		}
		m.possessive = f == famSingle && m.close && (prev == 's' || prev == 'S') && possessiveNext(p[i+w:])
		out[f] = append(out[f], m)
		i += w
	}
	return out
}

// opensSpaced reports whether the text after a straight mark that has a
// space on either side reads as a quotation's first words: a space, then
// a capital letter. Pages that run paragraphs together (Daily Mail style)
// write each paragraph's opening mark so, while a closing mark follows its
// last word straight away ("…years,' Julia explained. ' Which is …").
func opensSpaced(rest string) bool {
	rest = strings.TrimPrefix(rest, " ")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// isApostrophe reports whether the single mark at i is an apostrophe:
// between letters or digits, before a year's last two digits ('90s), or
// before a clipped word of the elision list ('em, 'til).
func isApostrophe(p string, i, w int, prev, next rune) bool {
	if isWordRune(prev) && isWordRune(next) && !isKoreanSyllable(prev) && !isKoreanSyllable(next) {
		return true // in a word, but not a Korean quotation closing before its ending ('…'고)
	}
	if !opensAfter(prev) {
		return false
	}
	rest := p[i+w:]
	if len(rest) >= 2 && isDigit(rest[0]) && isDigit(rest[1]) && (len(rest) == 2 || !isDigit(rest[2])) {
		return true
	}
	if p[i:i+w] == "‘" {
		return false
	}
	word := rest
	if k := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		word = rest[:k]
	}
	return word != "" && cue.Has("en", cue.Elisions, word)
}

// possessiveNext reports whether the text after a single mark reads as
// the noun of a plural possessive: a space and a lower-case word.
func possessiveNext(s string) bool {
	s, ok := strings.CutPrefix(s, " ")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// pairMarks pairs one family's marks into quotations. An opening mark met
// inside a quotation that has ended a sentence starts a new one and leaves
// the first unclosed: the way a quotation that runs on into a new
// paragraph is written, even when the paragraphs have been run together.
func pairMarks(p string, ms []quoteMark, single bool) []quotation {
	var out []quotation
	cur := -1
	for k, m := range ms {
		if cur < 0 {
			if m.open {
				cur = k
			}
			continue
		}
		o := ms[cur]
		if m.close && !m.possessive && closes(o.r, m.r) {
			out = append(out, quotation{open: o.pos, start: o.pos + o.width, end: m.pos, close: m.pos + m.width, ownSingle: single})
			cur = -1
			continue
		}
		if m.open && !m.possessive {
			if endsSentence(p[o.pos+o.width : m.pos]) {
				out = append(out, quotation{open: o.pos, start: o.pos + o.width, end: m.pos, close: m.pos, unclosed: true, ownSingle: single})
			}
			cur = k
		}
	}
	if cur >= 0 {
		o := ms[cur]
		if endsSentence(p[o.pos+o.width:]) {
			out = append(out, quotation{open: o.pos, start: o.pos + o.width, end: len(p), close: len(p), unclosed: true, ownSingle: single})
		}
	}
	return out
}

// endsSentence reports whether s ends a sentence: its last mark, before
// any space, is a full stop, question or exclamation mark.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…' || r == '。'
}

// opensAfter reports whether a quotation may open after r: a space, an
// opening bracket, a dash, a slash or a colon.
func opensAfter(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("([{—–-/:", r)
}

// closesBefore reports whether a quotation may close before r: a space or
// punctuation that follows words.
func closesBefore(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(",.;:!?)]}—–-…", r) || markFamily(r) >= 0 || isKoreanSyllable(r) || r == 'と'
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isKoreanSyllable(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }
