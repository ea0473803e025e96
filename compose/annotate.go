package compose

import (
	"context"
	_ "embed"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/internal/classify"
	"github.com/newsbrief/newsbrief/internal/cue"
	"github.com/newsbrief/newsbrief/internal/langtag"
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
	nTerms      int // distinct terms, the range of sent.ids
	// leads holds, with several sources, each source's lead: the index of
	// its first sentence that may be a point, or -1.
	leads []int
	// df counts, for each term, the sentences that use it, and events
	// caches what sameEvent reads of each sentence (eventTerms).
	df     map[string]int
	events []*eventInfo
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
	anchors    []int              // the ids of its numbers and names, sorted (see anchorIDs)
	logLen     float64            // log of len(terms), 0 when empty
	vec        map[string]float64 // tf-idf, unit length
	lang       string
	candidate  bool    // may be a point: a statement of sensible length
	needsPrev  bool    // opens by pointing back: a point only right after the sentence before it
	centrality float64 // TextRank centrality, normalised to [0, 1]
	score      float64
	cue        cue.Result // risk, opportunity or unknown (candidates only)
	// significance counts the cues that the sentence states why the story
	// matters (candidates only); where the classifier decides
	// significance, it is 1 when sigProb reaches the label's threshold.
	significance int
	// sigProb is the classifier's probability that the sentence states
	// why the story matters, where it decides significance; 0 elsewhere.
	sigProb float64
	// labelledWhy says the article's writer set the sentence off as their
	// statement of why the story matters (significanceLabel), a label the
	// sentence is shown without.
	labelledWhy bool
	// next counts the cues that it names a scheduled or expected next step
	// (candidates only).
	next int
	// cues is what the cue rules read in it, kept until judge has used it
	// (candidates only).
	cues *classify.Cues
}

// checkEvery is how many sentences the stages handle between looks at
// their context.
const checkEvery = 64

// annotate splits every document into sentences, at most limits.Sentences
// in all, and marks each one's language, terms, whether it may be a point,
// its risk, opportunity or unknown cue and its significance cues.
func annotate(ctx context.Context, docs []brief.Document, limits Limits) (*corpus, error) {
	c := &corpus{docs: docs}
	perDoc := max(limits.Sentences/max(len(docs), 1), MinSentencesPerDocument)
	model, _ := classify.Default() // damaged embedded weights fail classify's tests; here the rules remain
	for i, d := range docs {
		first := len(c.sents)
		lang := langtag.Of(d.Language, d.Text)
		c.langs = append(c.langs, lang)
		pos := 0
	doc:
		for p, r := range paragraphs(d) {
			for _, sp := range splitGlued(d.Text[r[0]:r[1]], sentence.Split(d.Text[r[0]:r[1]])) {
				if pos == perDoc {
					break doc
				}
				if pos%checkEvery == 0 {
					if err := ctx.Err(); err != nil {
						return nil, err
					}
				}
				s := newSent(d, i, r[0], sp, pos, p, lang)
				if lang != "ko" && insideQuotation(d.Text[r[0]:r[0]+sp.Start]) {
					s.candidate = false // a speaker's words go on from an earlier sentence, which names the speaker
				}
				if s.needsPrev && (len(c.sents) == 0 || c.sents[len(c.sents)-1].doc != i || c.sents[len(c.sents)-1].para != p) {
					s.candidate = false // nothing before it in its paragraph to lean on
				}
				c.sents = append(c.sents, s)
				pos++
			}
		}
		c.judge(model, first, pos)
	}
	if len(docs) > 1 {
		c.leads = slices.Repeat([]int{-1}, len(docs))
		for i := len(c.sents) - 1; i >= 0; i-- {
			if c.sents[i].candidate && !c.sents[i].needsPrev {
				c.leads[c.sents[i].doc] = i
			}
		}
	}
	return c, nil
}

// newSent annotates the sentence sp of paragraph p (at byte off) of
// document d.
func newSent(d brief.Document, doc, off int, sp sentence.Span, pos, p int, lang string) sent {
	s := sent{doc: doc, start: off + sp.Start, end: off + sp.End, pos: pos, para: p, lang: lang}
	lo, hi := shownSpan(d.Text[s.start:s.end])
	s.start, s.end = s.start+lo, s.start+hi
	if n := significanceLabel(d.Text[s.start:s.end], lang); n > 0 {
		s.start, s.labelledWhy = s.start+n, true
	}
	s.text = d.Text[s.start:s.end]
	s.terms = terms(s.text, lang)
	s.candidate = isCandidate(s.text, len(s.terms)) && whole(s.text) &&
		(lang == "ko" || !isBareQuote(s.text) && !endsQuotation(s.text) && !opensFirstPerson(s.text)) && !isFurniture(s.text, lang)
	s.needsPrev = needsPrevious(s.text, lang)
	if s.candidate {
		s.cues = classify.ReadCues(s.text, lang)
		s.cue = s.cues.Evidence.Result
		s.significance = len(s.cues.Significance)
		s.next = len(s.cues.Next)
	}
	return s
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
	}
	r, _ := utf8.DecodeRuneInString(s)
	return !unicode.IsLower(r)
}

// isBareQuote reports whether an English sentence is only a quotation
// with nobody named as saying it: no speech verb after it, or only a
// pronoun ("…," she said), whose antecedent the brief would not show.
//
// In single marks (‘…’, '…') the closing mark is the one after the
// quotation's last stop or comma (",' she said"), so that an apostrophe
// inside it ("don't") does not end it.
func isBareQuote(s string) bool {
	for _, m := range [][2]string{{"“", "”"}, {"\"", "\""}} {
		if rest, ok := strings.CutPrefix(s, m[0]); ok {
			i := strings.Index(rest, m[1])
			return i < 0 || !namesSpeaker(rest[i+len(m[1]):])
		}
	}
	for _, m := range []string{"‘", "'"} {
		rest, ok := strings.CutPrefix(s, m)
		if !ok {
			continue
		}
		if m == "'" && cue.Has("en", cue.Elisions, strings.ToLower(firstWord(rest))) {
			return false // 'til, 'em: an apostrophe, no quotation
		}
		end := -1
		for _, stop := range []string{",", ".", "?", "!"} {
			for _, close := range []string{"'", "’"} {
				if i := strings.Index(rest, stop+close); i >= 0 && (end < 0 || i < end) {
					end = i + len(stop+close)
				}
			}
		}
		return end < 0 || !namesSpeaker(rest[end:])
	}
	return false
}

// firstWord returns the letters that open s.
func firstWord(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return s
	}
	return s[:end]
}

// namesSpeaker reports whether the attribution after a quotation names
// someone: the words before its speech verb ("Jane Doe told reporters"),
// or after it ("said the mayor"), are not just a pronoun.
func namesSpeaker(after string) bool {
	ws := strings.Fields(strings.ToLower(clause(strings.TrimLeft(after, " ,"))))
	for i, w := range ws {
		if !cue.Has("en", cue.SpeechVerbs, w) {
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
