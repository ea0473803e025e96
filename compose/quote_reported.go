package compose

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/cue"
	"github.com/newsbrief/newsbrief/internal/sentence"
)

// reportedBefore returns the speaker of a quotation that stands as its
// own sentence with no attribution, opening at open in text: the person
// the sentence right before reports as speaking, the way news writing
// sets a quotation after a line of reported speech ("The chief inspector,
// Paul Wilson, said the work was a 'wasted opportunity'. 'Although we
// found …'"). It returns "" when that sentence reports nobody by name,
// or names someone else after the speech verb; a speech verb inside a
// quotation of that sentence reports no one.
func reportedBefore(text string, open int) string {
	from := wordStart(text, max(0, open-followOnGap), open)
	gap := text[from:open]
	if !endsSentence(strings.TrimRightFunc(gap, func(r rune) bool { return unicode.IsSpace(r) || markFamily(r) >= 0 })) {
		return ""
	}
	spans := sentence.Split(gap)
	if len(spans) == 0 || len(spans) == 1 && from > 0 {
		return "" // the sentence before may open outside the window
	}
	s := from + spans[len(spans)-1].Start
	if n := koreanLeadIn(text[s:open]); n != "" {
		return n
	}
	if asksQuestion(text[s:open]) {
		return askedPerson(text[s:open], runeSuffix(text[:open], nameWindow)) // "… asked Jane Doe, "…?"" "…": her answer
	}
	n := reportedSpeaker(runeSuffix(text[:s], attributionWindow), withoutQuotations(text[s:open]), runeSuffix(text[:open], nameWindow))
	if n == "" || isNameless(n) || !isFullName(n, runeSuffix(text[:open], nameWindow)) {
		return ""
	}
	return n
}

// asksQuestion reports whether a sentence ends on a quoted question
// ("… a reporter asked her, "What do you see …?""): a quotation standing
// alone after it is the answer, someone else's words.
func asksQuestion(sent string) bool {
	sent = strings.TrimRightFunc(sent, unicode.IsSpace)
	r, w := utf8.DecodeLastRuneInString(sent)
	if markFamily(r) < 0 {
		return false
	}
	q, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(sent[:len(sent)-w], unicode.IsSpace))
	return q == '?'
}

// askedPerson returns the person a sentence says was asked ("a reporter
// asked Jane Doe, "…?""), named in full in context, or "".
func askedPerson(sent, context string) string {
	ws := strings.Fields(sent)
	for i, w := range ws {
		if strings.ToLower(w) != "asked" || i+1 == len(ws) {
			continue
		}
		var name []string
		for _, n := range ws[i+1:] {
			name = append(name, n)
			if !capitalized(n) || strings.ContainsAny(n, ",:") {
				break
			}
		}
		if n := cleanName(name); n != "" && n == trimName(strings.Join(name, " ")) && isFullName(n, context) {
			return n
		}
	}
	return ""
}

// standsAlone reports whether a quotation opening at open in paragraph p,
// with words inner, is a sentence of its own: it opens the paragraph or
// follows a full stop, and its words end a sentence (a Korean sentence
// may end without a stop, on its verb ending: …입니다, …해요).
func standsAlone(p string, open int, inner string, unclosed bool) bool {
	before := strings.TrimRightFunc(p[:open], unicode.IsSpace)
	if before != "" && !endsSentence(strings.TrimRightFunc(before, func(r rune) bool { return markFamily(r) >= 0 })) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(inner))
	return unclosed || endsSentence(inner) || last == '다' || last == '요' || last == '죠'
}

// koreanLeadIn returns the speaker of a Korean sentence that leads into
// the quotation after it, ending with a speech verb ("미카 엔즐리는 이렇게
// 말한다." — "Mica Endsley says this:"), or "". A group or document noun
// alone names no one.
func koreanLeadIn(sent string) string {
	ws := strings.Fields(strings.TrimRightFunc(sent, func(r rune) bool { return unicode.IsSpace(r) || r == '.' || r == ':' }))
	if len(ws) < 2 || !cue.Has("ko", cue.SpeechVerbs, ws[len(ws)-1]) || !isKoreanSyllable([]rune(ws[0])[0]) {
		return ""
	}
	a := koreanSubject(ws[:len(ws)-1])
	if a.speaker == "" || isNameless(a.speaker) {
		return ""
	}
	return a.speaker
}

// withoutQuotations returns s with the words of each quotation of five
// words or more left out, its marks kept, so that a speech verb quoted
// ("' They have told me …") is not read as the sentence's own; a shorter
// one, or one after an article (a term in marks), keeps its words and
// loses its marks, so that it ends no clause ("Jane Doe said the
// "bonfire" he had promised …").
func withoutQuotations(s string) string {
	var b strings.Builder
	at := 0
	for _, q := range quotations(s) {
		if q.open < at {
			continue
		}
		if quoteWordCount(s[q.start:q.end]) < minQuoteWords || afterArticle(s, q.open) {
			b.WriteString(s[at:q.open])
			b.WriteString(s[q.start:q.end])
			at = q.close
			continue
		}
		b.WriteString(s[at:q.start])
		b.WriteString("…")
		at = q.end
	}
	b.WriteString(s[at:])
	return b.String()
}
