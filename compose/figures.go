package compose

import (
	"sort"
	"strings"
	"unicode"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/internal/cue"
)

// figures finds the numbers the sources give, with their unit and what
// they measure ("$62 million bond", "55 MW", "shares rose 4%", "200 MW by
// 2028"), from the best sentences first, and lists them in order. Each
// figure is a span of its sentence.
func (c *corpus) figures(n int, order Order) []brief.Point {
	out := c.bestFigures(n)
	if order == SourceOrder {
		sort.SliceStable(out, func(a, b int) bool {
			ea, eb := out[a].Evidence[0], out[b].Evidence[0]
			return ea.Source < eb.Source || ea.Source == eb.Source && ea.Start < eb.Start
		})
	}
	return out
}

func (c *corpus) bestFigures(n int) []brief.Point {
	var out []brief.Point
	for _, i := range c.byScore(nil) {
		s := &c.sents[i]
		for _, f := range findFigures(s.text) {
			text := s.text[f[0]:f[1]]
			if len(out) == n || overlapsFigure(out, text) {
				continue
			}
			start := s.start + f[0]
			out = append(out, brief.Point{Text: text, Evidence: []brief.Evidence{{Source: s.doc, Start: start, End: start + len(text), Quote: text}}})
		}
	}
	return out
}

// overlapsFigure reports whether text is, or is part of, a figure already
// found ("50%-52%" after "50%-52% reduction"), or contains one.
func overlapsFigure(found []brief.Point, text string) bool {
	t := strings.ToLower(text)
	for _, p := range found {
		f := strings.ToLower(p.Text)
		if strings.Contains(f, t) || strings.Contains(t, f) {
			return true
		}
	}
	return false
}

// token is a word of a sentence with its byte offsets.
type token struct {
	start, end int
	word       string // the word without surrounding punctuation, lower case
	trailing   bool   // punctuation follows the word
}

func tokenize(s string) []token {
	var out []token
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if j > i {
			raw := s[i:j]
			core := strings.TrimRight(raw, ",.;:!?)”\"'’")
			if strings.Count(core, ".") > 0 && strings.HasPrefix(raw[len(core):], ".") {
				core += "." // an abbreviation such as "U.S."
			}
			lead := len(core) - len(strings.TrimLeft(core, "(“\"‘'"))
			out = append(out, token{start: i + lead, end: i + len(core), word: strings.ToLower(core[lead:]), trailing: len(core) < len(raw)})
		}
		i = j
	}
	return out
}

// is reports whether w is a word of English list l (figures are found in
// English text only).
func is(l cue.List, w string) bool { return cue.Has("en", l, w) }

// isScale reports a word that multiplies a number or makes it a share.
func isScale(w string) bool { return w == "%" || is(cue.Scales, w) }

// findFigures returns the byte ranges of figures in a sentence.
func findFigures(s string) [][2]int {
	toks := tokenize(s)
	var out [][2]int
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !hasDigit(t.word) || isDateOrTime(toks, i) {
			continue
		}
		currency := strings.ContainsAny(t.word, "$€£¥₩") || i > 0 && isCurrencyWord(toks[i-1].word)
		start, end, j := t.start, t.end, i
		if i > 0 && isCurrencyWord(toks[i-1].word) {
			start = toks[i-1].start
		}
		unit := strings.HasSuffix(t.word, "%") || hasUnitSuffix(t.word)
		measured := false
		for !toks[j].trailing && j+1 < len(toks) && (isScale(toks[j+1].word) || is(cue.Units, toks[j+1].word)) {
			j++
			unit = true
			measured = measured || is(cue.Units, toks[j].word)
			end = toks[j].end
		}
		for k := 0; k < 3 && !toks[j].trailing && j+1 < len(toks) && isMeasureWord(toks[j+1].word); k++ {
			j++
			unit, measured = true, true
			end = toks[j].end
		}
		if !measured {
			start = toks[measureBefore(toks, i)].start
		}
		if !toks[j].trailing && j+2 < len(toks) && toks[j+1].word == "by" && isYear(toks[j+2].word) {
			j += 2
			end = toks[j].end
		}
		if (unit || currency) && !isYear(t.word) {
			out = append(out, [2]int{start, end})
		}
		i = j
	}
	return out
}

// maxWordsBefore is how many words before a figure may say what it
// measures when no word after it does ("shares rose 4%").
const maxWordsBefore = 5

// measureBefore returns the first token of the words before toks[i] that
// say what it measures: back to a punctuation mark or a clause word, at
// most maxWordsBefore.
func measureBefore(toks []token, i int) int {
	first := i
	if i > 0 && isCurrencyWord(toks[i-1].word) {
		first = i - 1
	}
	for k := 0; k < maxWordsBefore && first > 0; k++ {
		prev := toks[first-1]
		if prev.trailing || is(cue.ClauseWords, prev.word) || hasDigit(prev.word) {
			break
		}
		first--
	}
	for first < i && is(cue.FigureLeads, toks[first].word) {
		first++
	}
	return first
}

func hasDigit(w string) bool { return strings.IndexFunc(w, unicode.IsDigit) >= 0 }

func hasUnitSuffix(w string) bool {
	for _, u := range []string{"mw", "gw", "km", "kg", "bn", "m", "k"} {
		if strings.HasSuffix(w, u) && len(w) > len(u) && unicode.IsDigit(rune(w[len(w)-len(u)-1])) {
			return true
		}
	}
	return false
}

func isCurrencyWord(w string) bool {
	switch w {
	case "$", "us$", "€", "£", "¥", "₩", "usd", "eur", "gbp", "krw", "jpy", "rs", "rs.":
		return true
	}
	return false
}

func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == ""
}

// isDateOrTime reports a number that is part of a date or a clock time.
func isDateOrTime(toks []token, i int) bool {
	w := toks[i].word
	if strings.ContainsAny(w, ":/") || strings.Count(w, "-") > 1 {
		return true
	}
	return i > 0 && is(cue.Months, toks[i-1].word) || i+1 < len(toks) && is(cue.Months, toks[i+1].word)
}

// isMeasureWord reports a lower-case noun-like word that can say what a
// number measures ("bond", "containers").
func isMeasureWord(w string) bool {
	if len(w) < 3 || isScale(w) || is(cue.Months, w) || is(cue.NotMeasures, w) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ed")
}
