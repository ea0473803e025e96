package compose

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsbrief/newsbrief/brief"
)

// figures finds the numbers the sources give, with their unit and what
// they measure ("$62 million bond", "an 82 kWh battery", "shares rose
// 4%", "output of 200 MW by 2028"), in English and Korean sentences, from
// the best sentences first, and lists them in order. Each figure is a span
// of its sentence; a number whose sentence does not say what it counts is
// left out, so a brief shows fewer figures rather than bad ones.
func (c *corpus) figures(n int, order Order) []brief.Point {
	return c.figuresBesides(n, order, nil)
}

// figuresBesides is figures without those a shown point already states in
// full (a key insight that is the figure's sentence, say): the hook for
// assemble to pass the points the brief shows.
func (c *corpus) figuresBesides(n int, order Order, shown []brief.Point) []brief.Point {
	out := c.bestFigures(n, shown)
	if order == SourceOrder {
		sort.SliceStable(out, func(a, b int) bool {
			ea, eb := out[a].Evidence[0], out[b].Evidence[0]
			return ea.Source < eb.Source || ea.Source == eb.Source && ea.Start < eb.Start
		})
	}
	return out
}

// bestFigures finds up to n figures, from the best sentences first, none
// a repeat of another, none that a shown point states (statedIn) and none
// giving the amount of one a shown point states ("200,000 people were
// killed" after "killed about 200,000 people", which a key insight gives).
func (c *corpus) bestFigures(n int, shown []brief.Point) []brief.Point {
	var out, stated []brief.Point // stated: figures a shown point gives
	for _, i := range c.byScore(nil) {
		s := &c.sents[i]
		var find func(string) [][2]int
		switch s.lang {
		case "ko":
			find = findKoreanFigures
		case "en", "":
			find = findFigures
		default:
			continue // the figure rules read English and Korean only
		}
		for _, f := range find(s.text) {
			text := s.text[f[0]:f[1]]
			if len(out) == n || overlapsFigure(out, text) || repeatsNumber(out, text) || repeatsStated(stated, text) {
				continue
			}
			if statedIn(shown, text) {
				stated = append(stated, brief.Point{Text: text})
				continue
			}
			start := s.start + f[0]
			out = append(out, brief.Point{Text: text, Evidence: []brief.Evidence{{Source: s.doc, Start: start, End: start + len(text), Quote: text}}})
		}
	}
	return out
}

// overlapsFigure reports whether text is, or is part of, a figure already
// found ("50%-52%" after "50%-52% reduction"), or contains one, spaces
// aside ("14million homes" after "14 million homes").
func overlapsFigure(found []brief.Point, text string) bool {
	t := squeeze(text)
	for _, p := range found {
		f := squeeze(p.Text)
		if strings.Contains(f, t) || strings.Contains(t, f) {
			return true
		}
	}
	return false
}

// repeatsNumber reports whether text gives the same amount as a figure
// already found ("£85 charge" after "£85 fine").
func repeatsNumber(found []brief.Point, text string) bool {
	n := amount(text)
	if n == "" {
		return false
	}
	for _, p := range found {
		if amount(p.Text) == n {
			return true
		}
	}
	return false
}

// repeatsStated reports whether text gives the number of a figure a shown
// point states (stated) and of the same thing: a per cent, a decimal or a
// sum of money alone, another number with the same word after it ("200,000
// people were killed" after "killed about 200,000 people"; not "stopped 30
// shots" after "made 30 saves").
func repeatsStated(stated []brief.Point, text string) bool {
	n := number(text)
	for _, p := range stated {
		if n != "" && number(p.Text) == n && (namesOneFact(n) || wordAfterNumber(p.Text) == wordAfterNumber(text)) {
			return true
		}
	}
	return false
}

// wordAfterNumber returns the word after the first word of text that
// holds a digit, in lower case without its punctuation, or "".
func wordAfterNumber(text string) string {
	f := strings.Fields(text)
	for k, w := range f {
		if hasDigit(w) && k+1 < len(f) {
			return strings.ToLower(strings.Trim(f[k+1], ".,;:!?\"'“”‘’()"))
		}
	}
	return ""
}

// amount returns the first number of a figure with its currency sign and
// what is glued to it ("£85", "20", "30%의"), or "".
func amount(text string) string {
	for _, f := range strings.Fields(text) {
		if hasDigit(f) {
			return strings.TrimRight(f, ".,;:")
		}
	}
	return ""
}

// statedIn reports whether a shown point states the figure text in full,
// or gives its number: a per cent, a decimal or a sum of money names one
// fact ("rate fell to 5.2%" after "… dropped to 5.2% from 5.4%"); another
// number must come with the figure's last word ("9-8 lead" after "Italy
// led 9-8 … a lead"; not "30-minute drive" after "a 30 minute activity",
// nor "50 lakh masks" after "… as smoking 50 cigarettes").
func statedIn(shown []brief.Point, text string) bool {
	num := number(text)
	words := wordList(text)
	for _, p := range shown {
		if strings.Contains(p.Text, text) {
			return true
		}
		if num == "" || len(words) == 0 || !slices.Contains(numbers(p.Text), num) {
			continue
		}
		if namesOneFact(num) || slices.Contains(wordList(p.Text), words[len(words)-1]) {
			return true
		}
	}
	return false
}

// namesOneFact reports a number, as numbers reads it, that names one fact
// on its own: a per cent, a decimal or a sum of money. Another number
// needs the word that says what it counts.
func namesOneFact(n string) bool { return strings.ContainsAny(n, ".%") || !isDigit(n[0]) }

// number returns the first number of a figure as numbers reads it, or "".
func number(text string) string {
	if ns := numbers(text); len(ns) > 0 {
		return ns[0]
	}
	return ""
}

// currencySigns are the signs numbers keeps before a number.
var currencySigns = [...]string{"$", "£", "€", "¥", "₩"}

// numbers returns the numbers of text with their currency sign and a per
// cent sign ("per cent" and "percent" read as one), without thousands
// separators or what is glued after them: "£18.7" for "£18.7million",
// "5.2%" for "5.2 per cent", "9-8" for "9-8 lead", "10:30" for a time.
func numbers(text string) []string {
	var out []string
	for i := 0; i < len(text); {
		if !isDigit(text[i]) || i > 0 && strings.ContainsRune("0123456789.,:", rune(text[i-1])) {
			i++
			continue
		}
		j := i
		for j < len(text) && (isDigit(text[j]) || strings.IndexByte(".,-:", text[j]) >= 0 && j+1 < len(text) && isDigit(text[j+1])) {
			j++
		}
		n := strings.ReplaceAll(text[i:j], ",", "")
		for _, sign := range currencySigns {
			if strings.HasSuffix(text[:i], sign) {
				n = sign + n
			}
		}
		rest := strings.ToLower(text[j:])
		for _, pc := range [...]string{"%", " per cent", " percent"} {
			if strings.HasPrefix(rest, pc) {
				n += "%"
			}
		}
		out = append(out, n)
		i = j
	}
	return out
}

// squeeze returns s in lower case without spaces.
func squeeze(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), ""))
}
