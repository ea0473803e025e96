package compose

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/internal/cue"
)

// quotes finds direct quotations whose speaker the text names, verbatim,
// from the best paragraphs first.
func (c *corpus) quotes(n int) []brief.Quote {
	var out []brief.Quote
	seen := map[string]bool{}
	for di, d := range c.docs {
		for _, r := range paragraphs(d) {
			para := d.Text[r[0]:r[1]]
			for _, q := range findQuotes(para) {
				text := para[q.start:q.end]
				if len(out) == n || seen[text] || !utf8.ValidString(text) {
					continue
				}
				seen[text] = true
				start := r[0] + q.start
				out = append(out, brief.Quote{Text: text, Speaker: q.speaker,
					Evidence: []brief.Evidence{{Source: di, Start: start, End: start + len(text), Quote: text}}})
			}
		}
	}
	return out
}

type quoteSpan struct {
	start, end int // the quotation without its marks
	speaker    string
}

// findQuotes finds “…” and "…" quotations of at least five words with a
// named speaker: “…,” said Jane Doe / “…,” Jane Doe said / Jane Doe said:
// “…”.
func findQuotes(p string) []quoteSpan {
	var out []quoteSpan
	for i := 0; i < len(p); {
		open, close, width := nextQuote(p, i)
		if open < 0 {
			break
		}
		inner := strings.TrimSpace(strings.TrimRight(p[open:close], ",. "))
		start := open + strings.Index(p[open:close], inner)
		if len(strings.Fields(inner)) >= 5 {
			speaker := speakerAfter(p[close+width:])
			if speaker == "" {
				speaker = speakerBefore(p[:max(open-width, 0)])
			}
			if speaker != "" {
				out = append(out, quoteSpan{start: start, end: start + len(inner), speaker: speaker})
			}
		}
		i = close + width
	}
	return out
}

// nextQuote finds the next quotation from i: the offsets of its text and
// the width of its closing mark, or open < 0.
func nextQuote(p string, i int) (open, close, width int) {
	for _, m := range [][2]string{{"“", "”"}, {"\"", "\""}} {
		o := strings.Index(p[i:], m[0])
		if o < 0 {
			continue
		}
		o += i + len(m[0])
		c := strings.Index(p[o:], m[1])
		if c < 0 {
			continue
		}
		if open < 0 || o < open || open == 0 {
			open, close, width = o, o+c, len(m[1])
		}
	}
	if close == 0 {
		return -1, 0, 0
	}
	return open, close, width
}

// speakerAfter reads ", said Jane Doe" or " Jane Doe said" after a quote.
func speakerAfter(s string) string {
	s = strings.TrimLeft(s, " ,")
	for _, v := range cue.Phrases("en", cue.SpeechVerbs) {
		if rest, ok := strings.CutPrefix(s, v+" "); ok {
			return name(clause(rest))
		}
	}
	c := clause(s)
	for _, v := range cue.Phrases("en", cue.SpeechVerbs) {
		if before, ok := strings.CutSuffix(c, " "+v); ok {
			return name(before)
		}
	}
	return ""
}

// speakerBefore reads "Jane Doe said:" or "Jane Doe said," before a quote.
func speakerBefore(s string) string {
	s = strings.TrimRight(s, " :,")
	for _, v := range cue.Phrases("en", cue.SpeechVerbs) {
		if before, ok := strings.CutSuffix(s, " "+v); ok {
			if i := strings.LastIndexAny(before, ".!?;”\""); i >= 0 {
				before = before[i+1:]
			}
			return name(before)
		}
	}
	return ""
}

// clause returns s up to its first punctuation mark.
func clause(s string) string {
	if i := strings.IndexAny(s, ",.;:!?“\"("); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// name accepts a speaker of at most eight words that names someone: a
// capitalised word, not a pronoun.
func name(s string) string {
	s = strings.TrimSpace(s)
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 8 {
		return ""
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			if w == "The" || isPronoun(w) {
				continue
			}
			return s
		}
	}
	return ""
}

// isPronoun reports a personal pronoun that can say a quotation ("she
// said"), in any case: it names nobody a brief shows.
func isPronoun(w string) bool {
	switch strings.ToLower(w) {
	case "he", "she", "they", "it", "i", "we", "you":
		return true
	}
	return false
}
