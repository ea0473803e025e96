package compose

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/internal/cue"
	"github.com/newsbrief/newsbrief/internal/sentence"
	"github.com/newsbrief/newsbrief/internal/words"
)

// Quotation sizes.
const (
	minQuoteWords = 5   // a quotation shorter than this says too little
	maxQuoteWords = 150 // a longer one is most likely marks paired wrongly
	// followOnGap is how near (in bytes) to the last quotation a quotation
	// attributed to a pronoun must be for the pronoun to mean its speaker.
	followOnGap = 300
	// maxQuotations bounds the quotations read in one document and in one
	// paragraph, so the cost stays linear however many marks a text has.
	maxQuotations = 400
	// nameWindow is how far back (in bytes) a surname is looked for with
	// its first name.
	nameWindow = 4000
)

// quotes finds direct quotations whose speaker the text names, verbatim,
// in the order the sources tell them: first each quotation's opening part,
// then the parts that continue one ("…," she said. "…"; a quotation run
// on into a new paragraph), which a reader takes for the same quotation
// and which so fill only the places other quotations leave (inTextOrder
// puts the chosen ones back in the sources' order). It returns the
// quotations and how many of them, first, are openings.
func (c *corpus) quotes(n int) ([]brief.Quote, int) {
	var out, cont []brief.Quote
	seen := map[string]bool{}
	for di, d := range c.docs {
		for _, q := range docQuotations(d.Text, paragraphs(d)) {
			text := d.Text[q.start:q.end]
			if seen[text] {
				continue
			}
			seen[text] = true
			bq := brief.Quote{Text: text, Speaker: q.speaker,
				Evidence: []brief.Evidence{{Source: di, Start: q.start, End: q.end, Quote: text}}}
			if q.cont {
				cont = append(cont, bq)
			} else if len(out) < n {
				out = append(out, bq)
			}
		}
	}
	return append(out, cont[:min(len(cont), n-len(out))]...), len(out)
}

// inTextOrder sorts chosen quotations into the order their sources tell
// them, so that a quotation's continuing part never comes before its
// opening in a brief.
func inTextOrder(qs []brief.Quote) []brief.Quote {
	slices.SortStableFunc(qs, func(a, b brief.Quote) int {
		if len(a.Evidence) == 0 || len(b.Evidence) == 0 {
			return cmp.Compare(len(b.Evidence), len(a.Evidence)) // without evidence last
		}
		ea, eb := a.Evidence[0], b.Evidence[0]
		return cmp.Or(cmp.Compare(ea.Source, eb.Source), cmp.Compare(ea.Start, eb.Start))
	})
	return qs
}

// quoteSpan is an attributed quotation: the byte range of its words,
// without marks, and its speaker.
type quoteSpan struct {
	start, end int
	speaker    string
	cont       bool // continues the quotation before it, of the same speaker
}

// findQuotes finds the attributed quotations of one paragraph, with
// offsets into it.
func findQuotes(p string) []quoteSpan {
	return docQuotations(p, [][2]int{{0, len(p)}})
}

// docQuotations finds the attributed quotations of a text's paragraphs
// (byte ranges of text), with offsets into text. A quotation takes its
// speaker from its own sentence ("…," said Jane Doe; Jane Doe said: "…";
// 김 장관은 "…"라고 말했다); one with none takes the last speaker when the
// text reads so: it runs on from that speaker's quotation, left unclosed
// as a quotation that continues into a new paragraph is, or follows
// straight after that quotation's attribution, or names its speaker with
// a pronoun ("…," she said) right after it.
func docQuotations(text string, paras [][2]int) []quoteSpan {
	var out []quoteSpan
	var last struct {
		speaker          string
		end, attribEnd   int // where the last attributed quotation and its attribution end
		unclosed, inTail bool
	}
	seen := 0
	for _, r := range paras {
		p := text[r[0]:r[1]]
		for _, q := range quotations(p) {
			if seen++; seen > maxQuotations {
				return out
			}
			inner := p[q.start:q.end]
			if afterArticle(p, q.open) {
				continue // a term in marks ("the "bonfire of quangos" Labour had promised"): nobody speaks it
			}
			a := attributionOf(p, q, inner)
			cont := false
			open := r[0] + q.open
			if a.subject && (!isPerson(a.speaker) || !isFullName(a.speaker, runeSuffix(text[:open], nameWindow))) {
				a = attribution{} // "Wales:" heads no quotation
			}
			between := ""
			if last.speaker != "" && last.end <= open {
				between = text[last.end:open]
			}
			switch {
			case a.speaker != "":
			case a.personal:
				if n := pronounSpeaker(text, open, a, last.speaker, last.end); agrees(n, a) {
					a.speaker = n
				}
			case !a.ok() && last.speaker != "" && last.unclosed && strings.TrimSpace(between) == "":
				a.speaker, cont = last.speaker, true // the quotation runs on
			case !a.ok() && last.speaker != "" && last.inTail && last.attribEnd <= open && strings.TrimSpace(text[last.attribEnd:open]) == "":
				a.speaker, cont = last.speaker, true // "…," she said. "…"
			case !a.ok() && last.speaker != "" && chainsQuotation(between):
				a.speaker = last.speaker // 김 교수는 "…"이라며 "…"고 말했다
			case !a.ok() && last.speaker != "" && koreanFollowOn(between, p[q.close:]):
				a.speaker = last.speaker // 그는 "…"고 말했다. 또 "…"라거나 …
			case !a.ok() && standsAlone(p, q.open, inner, q.unclosed):
				a.speaker = reportedBefore(text, open) // Jane Doe said the plan would fail. "…"
			}
			if n := descriptionSpeaker(text, open, a.speaker, inner); n != "" {
				a.speaker = n // "…," said the Tottenham striker: the person named just before
			}
			a.speaker = namedSpeaker(trimSpeakerHead(trimAdverb(a.speaker)))
			if a.speaker == "" {
				if quoteWordCount(inner) >= minQuoteWords {
					last.speaker = "" // someone else may be speaking; a term in marks says nothing of that
				}
				continue
			}
			last.speaker, last.end, last.unclosed = a.speaker, r[0]+q.close, q.unclosed
			last.inTail, last.attribEnd = false, 0
			if e := tailAttributionEnd(p, q, inner); e > 0 {
				last.inTail, last.attribEnd = true, r[0]+e
			}
			if s, e, ok := quoteWords(p, q); ok {
				out = append(out, quoteSpan{start: r[0] + s, end: r[0] + e, speaker: a.speaker, cont: cont})
			}
		}
	}
	return out
}

// koreanFollowOn reports whether a Korean quotation, with a quotative
// ending after it (tail) but no subject of its own, goes on from the last
// quotation: the text between is that quotation's own attribution, a
// quotative ending and a short verb phrase ending the sentence, and only
// connectives that point back open the next ("그는
// "…"고 말했다. 또 "…"라거나 …").
func koreanFollowOn(between, tail string) bool {
	tok := strings.TrimSpace(runePrefix(tail, 40))
	if i := strings.IndexAny(tok, " ,."); i >= 0 {
		tok = tok[:i]
	}
	end := strings.LastIndexAny(between, ".")
	if !cue.Has("ko", cue.QuoteEndings, tok) || end < 0 {
		return false
	}
	prev, opening := strings.Fields(between[:end]), strings.Fields(between[end+1:])
	if len(prev) == 0 || len(prev) > 4 || !cue.Has("ko", cue.QuoteEndings, prev[0]) {
		return false // not the last quotation's own attribution ("…"고 말했다.)
	}
	for _, w := range opening {
		if !cue.Has("ko", cue.Referring, w) {
			return false
		}
	}
	return true
}

// afterArticle reports whether the quotation opening at open in p follows
// an article or a possessive on its line ("the "bonfire of quangos"", "a
// "total disregard for …""): a term or a phrase quoted inside a sentence,
// which no one is reported as saying.
func afterArticle(p string, open int) bool {
	line := p[:open]
	if i := strings.LastIndexByte(line, '\n'); i >= 0 {
		line = line[i+1:]
	}
	ws := strings.Fields(line)
	return len(ws) > 0 && isArticle(ws[len(ws)-1])
}

// trimAdverb drops an adverb set off after a speaker's name ("Lt. Col.
// Jonathan Conricus, initially said …"): it is no part of the name or role.
func trimAdverb(speaker string) string {
	name, tail, ok := strings.Cut(speaker, ", ")
	if ok && !strings.Contains(tail, " ") && strings.HasSuffix(tail, "ly") && startsLower(tail) {
		return name
	}
	return speaker
}

// trimSpeakerHead drops what comes before a speaker's name and is no part
// of it or of a role: an adjective of a people ("Russian Dmitriy
// Bogdanov"), a place before a title ("Harrogate Mr Kennedy"), and an
// article and adjectives before a surname ("A naturally disappointed
// Button").
func trimSpeakerHead(speaker string) string {
	ws := strings.Fields(speaker)
	if len(ws) < 2 || strings.Contains(speaker, ",") {
		return speaker
	}
	if len(ws) == 3 && is(cue.Demonyms, strings.ToLower(ws[0])) && capitalized(ws[1]) && capitalized(ws[2]) {
		return strings.Join(ws[1:], " ") // not "Turkish Foreign Minister Mevlut Cavusoglu"
	}
	for k := 1; k < len(ws)-1; k++ {
		if !capitalized(ws[k-1]) {
			break
		}
		switch strings.ToLower(strings.TrimSuffix(ws[k], ".")) {
		case "mr", "mrs", "ms", "miss", "dr":
			return strings.Join(ws[k:], " ")
		}
	}
	if (ws[0] == "A" || ws[0] == "An") && capitalized(ws[len(ws)-1]) && !capitalized(ws[len(ws)-2]) {
		for _, w := range ws[1 : len(ws)-1] {
			if capitalized(w) || words.IsStop(strings.ToLower(w)) {
				return speaker // "An expert on the subject of Mirreyes"
			}
		}
		return ws[len(ws)-1]
	}
	return speaker
}

// chainsQuotation reports whether the text between two quotations is only
// a Korean quotative connective ("이라며", "라면서"), which makes the
// second quotation its speaker's next words: 김 교수는 "…"이라며 "…"고
// 말했다.
func chainsQuotation(between string) bool {
	w := strings.TrimSpace(strings.TrimLeftFunc(between, func(r rune) bool { return markFamily(r) >= 0 }))
	w = strings.TrimSpace(strings.TrimSuffix(w, ","))
	return w != "" && cue.Has("ko", cue.QuoteEndings, w)
}

// attributionOf reads a quotation's attribution in its sentence: Korean
// and Japanese endings first, then English words after the quotation,
// then before it; a name glued to the opening mark comes before a
// pronoun after it. An unclosed quotation has nothing after it.
func attributionOf(p string, q quotation, inner string) attribution {
	head, tail := p[:q.open], p[q.close:]
	if q.unclosed {
		tail = ""
	}
	if r, _ := utf8.DecodeRuneInString(tail); isKoreanSyllable(r) {
		return attributionKorean(head, tail)
	}
	if a := attributionJapanese(head, tail); a.ok() {
		return a
	}
	a := attributionAfter(inner, tail)
	if r, _ := utf8.DecodeLastRuneInString(head); a.speaker == "" && isWordRune(r) && p[q.open] == '"' && startsUpper(inner) {
		// a name glued to the opening mark heads the quotation, as a name
		// and a colon do, where paragraphs were run together ("…
		// medallist Sir Chris Hoy"I don't think …," he said)
		if h := attributionBefore(head + ":"); h.speaker != "" && !h.subject {
			return h
		}
	}
	if a.ok() {
		return a
	}
	if a := cutAttribution(inner, tail); a.ok() {
		return a
	}
	return attributionBefore(head)
}

// tailAttributionEnd returns where the attribution after a quotation ends
// (the end of its sentence), or 0 when the quotation has none after it.
func tailAttributionEnd(p string, q quotation, inner string) int {
	if q.unclosed || !attributionAfter(inner, p[q.close:]).ok() {
		return 0
	}
	rest := p[q.close:]
	spans := sentence.Split(rest)
	if len(spans) == 0 {
		return len(p)
	}
	return q.close + spans[0].End // not at a decimal point: "said Scott, who won in 6.46secs."
}

// quoteWords returns the byte range of a quotation's words, trimmed of
// space and of the comma or full stop before its closing mark, if it has
// enough words to quote.
func quoteWords(p string, q quotation) (start, end int, ok bool) {
	inner := p[q.start:q.end]
	if cutOff(inner) && q.unclosed && strings.TrimSpace(p[q.end:]) == "" {
		inner = wholeSentences(inner) // "The buck stops with Mark. There...", where the excerpt ends
	}
	trimmed := strings.TrimRightFunc(inner, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '.' })
	trimmed = strings.TrimLeftFunc(trimmed, unicode.IsSpace)
	if trimmed == "" || !utf8.ValidString(trimmed) {
		return 0, 0, false
	}
	start = q.start + strings.Index(inner, trimmed)
	n := quoteWordCount(trimmed)
	if n < minQuoteWords || n > maxQuoteWords || isTitleQuote(trimmed) {
		return 0, 0, false
	}
	return start, start + len(trimmed), true
}

// cutOff reports whether a quotation's words end in an ellipsis ("… to
// ensure that nobody can force..."): left unclosed where a paragraph ends,
// it is an excerpt cut mid-quotation, no complete thought to quote. (One
// followed by a new opening mark, '… if the embargo is lifted... "It gives
// …', runs on, and a closed one trails off: both say their words whole.)
func cutOff(inner string) bool {
	s := strings.TrimRightFunc(inner, func(r rune) bool { return unicode.IsSpace(r) || r == ',' })
	return strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…")
}

// wholeSentences returns the sentences of a cut-off quotation before the
// one it cuts ("The buck stops with Mark. There..." → "The buck stops with
// Mark."), or "" when it cuts its first.
func wholeSentences(inner string) string {
	spans := sentence.Split(inner)
	if len(spans) < 2 {
		return ""
	}
	return inner[:spans[len(spans)-2].End]
}

// isTitleQuote reports whether quoted words are a title or a name, not
// speech: every word of four letters or more capitalised and no clause
// punctuation ("From the Desk of Donald J. Trump", "I Will Never Let You
// Down").
func isTitleQuote(s string) bool {
	if strings.ContainsAny(s, ",;:!?") {
		return false
	}
	long := 0
	for _, w := range strings.Fields(s) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		if !capitalized(w) {
			return false
		}
		long++
	}
	return long >= 2
}

// quoteWordCount counts words; in Chinese or Japanese, written without
// spaces, two characters count as a word.
func quoteWordCount(s string) int {
	n := len(strings.Fields(s))
	cjk := 0
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			cjk++
		}
	}
	return max(n, cjk/2)
}

// clause returns s up to its first punctuation mark.
func clause(s string) string {
	if i := strings.IndexAny(s, ",.;:!?“\"("); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// isPronoun reports whether w is a personal pronoun that can say a
// quotation ("she said"), in any case: it names nobody a brief shows.
func isPronoun(w string) bool {
	switch strings.ToLower(w) {
	case "he", "she", "they", "it", "i", "we", "you":
		return true
	}
	return false
}

// startsUpper reports whether s opens with a capital letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
