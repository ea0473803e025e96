package compose

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/internal/cue"
	"github.com/newsbrief/newsbrief/internal/sentence"
	"github.com/newsbrief/newsbrief/internal/words"
)

// corpus holds the sentences of the documents a brief is built from.
type corpus struct {
	docs   []brief.Document
	langs  []string // each document's language
	titles []map[int]bool
	sents  []sent
	// confirmedBy lists, for each sentence, the sentences of other
	// sources that say the same (nil with one source).
	confirmedBy [][]int
}

// sent is one sentence of one document.
type sent struct {
	doc        int
	start, end int // byte offsets in docs[doc].Text
	text       string
	pos        int // index of the sentence in its document
	para       int // index of its paragraph in its document
	terms      []string
	ids        []int              // distinct terms as sorted ids
	vec        map[string]float64 // tf-idf, unit length
	lang       string
	candidate  bool // may be a point: a statement of sensible length
	score      float64
	cue        cue.Result
}

// newCorpus splits every document into sentences.
func newCorpus(docs []brief.Document) *corpus {
	c := &corpus{docs: docs}
	for i, d := range docs {
		lang := d.Language
		if lang == "" {
			lang = guessLanguage(d.Text)
		}
		c.langs = append(c.langs, lang)
		pos := 0
		for p, r := range paragraphs(d) {
			for _, sp := range sentence.Split(d.Text[r[0]:r[1]]) {
				s := sent{doc: i, start: r[0] + sp.Start, end: r[0] + sp.End, pos: pos, para: p, lang: lang}
				s.text = d.Text[s.start:s.end]
				s.terms = terms(s.text, lang)
				s.candidate = isCandidate(s.text, len(s.terms)) && (lang == "ko" || !isBareQuote(s.text))
				c.sents = append(c.sents, s)
				pos++
			}
		}
	}
	return c
}

// hasCandidate reports whether any sentence may become a point.
func (c *corpus) hasCandidate() bool {
	for i := range c.sents {
		if c.sents[i].candidate {
			return true
		}
	}
	return false
}

// paragraphs returns the byte ranges of a document's text paragraphs: its
// paragraph, quote and list item blocks, or its text split at blank lines.
func paragraphs(d brief.Document) [][2]int {
	var out [][2]int
	if len(d.Blocks) > 0 {
		for _, b := range d.Blocks {
			if b.Start < 0 || b.End > len(d.Text) || b.Start >= b.End || b.Kind == "heading" || b.Kind == "caption" {
				continue
			}
			out = append(out, [2]int{b.Start, b.End})
		}
		return out
	}
	start := 0
	for start < len(d.Text) {
		end := strings.Index(d.Text[start:], "\n\n")
		if end < 0 {
			end = len(d.Text) - start
		}
		if strings.TrimSpace(d.Text[start:start+end]) != "" {
			out = append(out, [2]int{start, start + end})
		}
		start += end + 2
	}
	return out
}

// terms returns the content words of a sentence, stemmed.
func terms(s, lang string) []string {
	var out []string
	for _, w := range words.Tokens(s) {
		if words.IsStop(w) {
			continue
		}
		if lang == "ko" {
			w = words.TrimParticle(w)
		} else {
			w = words.Stem(w)
		}
		out = append(out, w)
	}
	return out
}

// isCandidate reports whether a sentence may become a point: a statement
// of sensible length, not a question, not a fragment, not page furniture,
// and valid UTF-8 (so that its evidence quotes the source exactly).
func isCandidate(s string, nTerms int) bool {
	n := utf8.RuneCountInString(s)
	switch {
	case !utf8.ValidString(s):
		return false
	case n < 25 || n > 1500 || nTerms < 3:
		return false
	case strings.HasSuffix(s, "?") || strings.HasSuffix(s, "?”") || strings.HasSuffix(s, "?\""):
		return false
	case strings.HasSuffix(s, ":"):
		return false
	case isBoilerplate(s):
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return !unicode.IsLower(r)
}

// isBareQuote reports whether an English sentence is only a quotation
// with nobody named as saying it: no speech verb after it, or only a
// pronoun ("…," she said), whose antecedent the brief would not show.
func isBareQuote(s string) bool {
	for _, m := range [][2]string{{"“", "”"}, {"\"", "\""}} {
		if rest, ok := strings.CutPrefix(s, m[0]); ok {
			i := strings.Index(rest, m[1])
			return i < 0 || !namesSpeaker(rest[i+len(m[1]):])
		}
	}
	return false
}

// namesSpeaker reports whether the attribution after a quotation names
// someone: the words before its speech verb ("Jane Doe told reporters"),
// or after it ("said the mayor"), are not just a pronoun.
func namesSpeaker(after string) bool {
	ws := strings.Fields(strings.ToLower(clause(strings.TrimLeft(after, " ,"))))
	for i, w := range ws {
		if !slices.Contains(speechVerbs, w) {
			continue
		}
		who := ws[:i]
		if i == 0 {
			who = ws[1:]
		}
		return len(who) > 1 || len(who) == 1 && !isPronoun(who[0])
	}
	return false
}

// boilerplatePhrases mark sentences that are page furniture.
var boilerplatePhrases = []string{"click here", "sign up", "subscribe", "follow us", "all rights reserved",
	"read more", "advertisement", "newsletter", "cookie", "terms of use", "privacy policy", "share this",
	"this story has been", "contributed to this report", "this article was", "copyright"}

func isBoilerplate(s string) bool {
	l := strings.ToLower(s)
	for _, p := range boilerplatePhrases {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// guessLanguage tells Korean from other text by its share of Hangul.
func guessLanguage(s string) string {
	hangul, letters := 0, 0
	for _, r := range s[:min(len(s), 4000)] {
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Hangul, r) {
				hangul++
			}
		}
	}
	if letters > 0 && hangul*3 > letters {
		return "ko"
	}
	return "en"
}
