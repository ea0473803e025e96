package compose

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/cue"
	"github.com/newsbrief/newsbrief/internal/sentence"
)

// pronounSpeaker returns whom "he" or "she" (a) in the attribution of
// the quotation opening at open means, or "": after a quoted question,
// the person asked; else the last person the text
// before it reports as speaking ("Jane Doe says …"); else the speaker of
// the last quotation (which ended at lastEnd), if near and nobody else is
// named since (a sentence opening with another's surname tells of the
// subject it names, read as below); else the person named as the subject a few sentences
// before, the sentences since telling of them by pronoun or description
// ("Jane Doe was angry. She left early. 'We …,' she said").
func pronounSpeaker(text string, open int, a attribution, lastSpeaker string, lastEnd int) string {
	from := max(0, open-followOnGap)
	if lastSpeaker != "" {
		from = max(from, lastEnd)
	}
	from = wordStart(text, from, open)
	gap := text[from:open]
	if win := text[wordStart(text, max(0, open-followOnGap), open):open]; asksQuestion(win) {
		// the answer to a quoted question: "… asked Jane Doe, "…?"" "…,"
		// she replied
		if spans := sentence.Split(win); len(spans) > 0 {
			n := askedPerson(win[spans[max(0, len(spans)-2)].Start:], runeSuffix(text[:open], nameWindow))
			if n == "" || !agrees(n, a) {
				return ""
			}
			return n
		}
	}
	if n := reportedSpeaker(runeSuffix(text[:from], attributionWindow), gap, runeSuffix(text[:open], nameWindow)); n != "" {
		return n
	}
	if lastSpeaker != "" && open-lastEnd <= followOnGap {
		if !isPerson(lastSpeaker) || namesOther(gap, lastSpeaker) {
			return ""
		}
		if surnameOpens(gap, lastSpeaker, runeSuffix(text[:open], nameWindow)) {
			return previousSubject(text, from, open, a) // "Federer dropped a set. '…,' he said": not the last speaker
		}
		return lastSpeaker
	}
	from = max(0, open-3*followOnGap)
	if lastSpeaker != "" {
		from = max(from, lastEnd)
	}
	return previousSubject(text, wordStart(text, from, open), open, a)
}

// wordStart returns from, or, when from is inside text, the start of the
// next word before open.
func wordStart(text string, from, open int) int {
	if k := strings.IndexAny(text[from:open], " \n"); from > 0 && k >= 0 {
		return from + k
	}
	return from
}

// maxBackSentences bounds how many sentences back a pronoun's person is
// looked for.
const maxBackSentences = 3

// previousSubject returns the person named as the subject of a sentence
// of text[from:open], before the quotation opening at open: the last full
// sentence ("Jane Doe was angry. 'We …,' she said"), or one of the few
// before it when those since open with a pronoun agreeing with a's or
// with a description ("Ms Moon sings. This year, she auditioned. The
// triple threat performed. ' Acting's …,' she told NT News"). It returns
// "" when a sentence on the way quotes someone or opens with another name.
func previousSubject(text string, from, open int, a attribution) string {
	gap := text[from:open]
	spans := sentence.Split(gap)
	if len(spans) > 0 && !endsSentence(gap) {
		spans = spans[:len(spans)-1] // the quotation's own sentence ("She said:")
	}
	whole := from == 0 || endsSentence(strings.TrimRightFunc(text[:from], func(r rune) bool { return unicode.IsSpace(r) || markFamily(r) >= 0 }))
	for k := len(spans) - 1; k >= 0 && k >= len(spans)-maxBackSentences; k-- {
		if k == 0 && !whole {
			return "" // it may open before the window
		}
		prev := gap[spans[k].Start:spans[k].End]
		if hasQuotation(prev) {
			return "" // a sentence with a quotation of its own
		}
		ws := strings.Fields(prev)
		r, _ := utf8.DecodeRuneInString(prev)
		korean := isKoreanSyllable(r)
		var s attribution
		if korean {
			// the topic that opens the sentence: 하지만 엘제이는 … 보였다. 그는
			// "…"고 말했다 (not a verb's 는 later: 비용이 떨어지는 만큼)
			s = koreanSubject(ws[:min(len(ws), 3)])
		} else {
			s = clauseSubject(ws)
		}
		if s.speaker == "" && !korean {
			if n := titledSubject(ws, runeSuffix(text[:open], nameWindow)); n != "" {
				return n // "On Friday, the cardinal will ask …": Cardinal Jane Doe
			}
		}
		if s.speaker == "" {
			if s.pronoun && s.personal && (s.she == a.she && a.personal || a == attribution{}) || isDescriptionSubject(ws) {
				continue // "She left early", "The triple threat performed"
			}
			return ""
		}
		if korean && !isNameless(s.speaker) {
			return s.speaker
		}
		if korean || !isPerson(s.speaker) || namesOther(prev, s.speaker) || !isFullName(s.speaker, runeSuffix(text[:open], nameWindow)) {
			return ""
		}
		return s.speaker
	}
	return ""
}

// hasQuotation reports whether a sentence quotes someone: a quotation in
// double marks of minQuoteWords words or more, or a mark left unpaired
// (not a term or a title in marks: "work-shy William", the "Protect Our
// Elections Rally"). Single marks are read as apostrophes here, as they
// were before.
func hasQuotation(s string) bool {
	marks := 0
	for _, r := range s {
		if markFamily(r) >= 0 && r != '\'' && r != '’' {
			marks++
		}
	}
	qs := quotations(s)
	for _, q := range qs {
		if !q.ownSingle && (quoteWordCount(s[q.start:q.end]) >= minQuoteWords || q.unclosed) {
			return true
		}
	}
	return marks > 0 && len(qs) == 0
}

// isDescriptionSubject reports a sentence whose subject describes a person
// already named: an article and lower-case words, an age or a people's
// adjective ("The triple threat performed …", "But the Moroccan, who …").
func isDescriptionSubject(ws []string) bool {
	ws = dropLeads(ws)
	if len(ws) < 3 || !strings.EqualFold(ws[0], "the") {
		return false
	}
	for _, w := range ws[1:4] {
		t := strings.TrimSuffix(w, ",")
		if !startsLower(t) && !isAgeWord(t) && !is(cue.Demonyms, strings.ToLower(t)) || strings.ContainsAny(t, "'’") {
			return false
		}
		if t != w {
			break // "the Moroccan, who has not raced …"
		}
	}
	return true
}

// descriptionSpeaker returns whom a speaker given as a description ("the
// Tottenham striker", "the 25-year-old") means: the person whose name
// opens the sentence before the quotation ("Matchwinner Keane was full of
// praise. '…,' said the Tottenham striker"), or "" when none does or
// the quotation's words (said) name that person.
func descriptionSpeaker(text string, open int, speaker, said string) string {
	switch hs := titleHolders(speaker, runeSuffix(text[:open], nameWindow)); {
	case len(hs) == 1:
		return hs[0] // "…," the cardinal said: Cardinal Jane Doe, named before
	case len(hs) > 1:
		return "" // "the mayor" of two named mayors: either
	}
	if !isDescription(speaker) {
		return ""
	}
	n := previousSubject(text, wordStart(text, max(0, open-3*followOnGap), open), open, attribution{})
	if n != "" && strings.Contains(said, trimName(lastWord(n))) {
		return "" // "'Benzema is not available …,' added the Italian": a speaker is not who his words name
	}
	return n
}

// isDescription reports a speaker named by the description news writing
// gives a person it has just named: an age ("the 25-year-old") or an
// affiliation, a year or a title before a noun ("the Tottenham striker",
// "the world indoor champion"); not a body ("the ministry", "the
// group"), a possessive ("the magazine's columnist") or a name ("the
// Ministry of Defence").
func isDescription(speaker string) bool {
	ws := strings.Fields(speaker)
	if len(ws) < 2 || len(ws) > 5 || !strings.EqualFold(ws[0], "the") || strings.ContainsAny(speaker, "'’,(") {
		return false
	}
	if len(ws) == 2 {
		// an age, a person's title or a people ("the 25-year-old", "the
		// striker", "the American"), not a body ("the company")
		w := strings.ToLower(ws[1])
		return strings.HasSuffix(w, "-year-old") || (is(cue.NameTitles, w) || is(cue.Demonyms, w)) && !is(cue.OrgHeads, w) && !is(cue.NotSpeakers, w) && !is(cue.Anaphors, w)
	}
	// an affiliation, an age or a title among the words before a noun:
	// "the Tottenham striker", "the world indoor champion", "the
	// 2014 Amateur champion"
	head := ws[len(ws)-1]
	if !startsLower(head) || is(cue.OrgHeads, head) || is(cue.NotSpeakers, head) {
		return false // a body or a document: "The GAO report", "the company"
	}
	for _, m := range ws[1 : len(ws)-1] {
		if capitalized(m) || strings.HasSuffix(m, "-year-old") || hasDigit(m) || is(cue.NameTitles, m) {
			return true
		}
	}
	return false
}

// isFullName reports whether name reads as a person's name in text: two
// or more words, or a surname that text gives with a first name ("Carver"
// after "John Carver"). A lone capitalised word opening a sentence is as
// often a place or an adverb.
func isFullName(name, text string) bool {
	if strings.ContainsAny(name, "().") {
		return false
	}
	if len(strings.Fields(name)) >= 2 {
		return true
	}
	for _, run := range capitalRuns(text) {
		var ws []string
		for _, w := range strings.Fields(run) {
			if !isAgeWord(w) {
				ws = append(ws, w) // "One-year-old Rex" gives no first name
			}
		}
		if len(ws) >= 2 && trimName(ws[len(ws)-1]) == name && !isLeadWord(ws[0]) {
			return true
		}
	}
	return agedName(name, text)
}

// agedName reports whether text gives a lone name an age set off by
// commas ("Umma, 25, was forced …"), the way news writing introduces a
// person it names by one name only: a person, not a place or an adverb.
func agedName(name, text string) bool {
	for at := 0; ; {
		i := strings.Index(text[at:], name+", ")
		if i < 0 {
			return false
		}
		at += i + len(name) + 2
		if r, _ := utf8.DecodeLastRuneInString(text[:at-len(name)-2]); at-len(name)-2 > 0 && isWordRune(r) {
			continue // part of a longer word
		}
		age, _, ok := strings.Cut(text[at:], ",")
		if ok && len(age) <= 3 && strings.TrimLeftFunc(age, unicode.IsDigit) == "" && age != "" {
			return true
		}
	}
}

// agrees reports whether speaker may be who an English pronoun means: a
// woman's title ("Mrs", "Lady") is no "he", a man's ("Mr", "Sir") no
// "she". Korean pronouns carry no such title here.
func agrees(speaker string, a attribution) bool {
	if speaker == "" {
		return false
	}
	for _, w := range strings.Fields(speaker) {
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if a.she && cue.Has("en", cue.MaleTitles, lw) || !a.she && cue.Has("en", cue.FemaleTitles, lw) {
			return false
		}
	}
	return true
}

// reportedSpeaker returns the last person gap reports as speaking
// ("Jane Doe says the plan will fail"), whom a pronoun after it means, or
// "". before is the text before gap, where the subject of a speech verb
// near gap's start may begin; names is the text before the quotation, for
// the person a title stands for ("The cardinal said …": Cardinal Jane Doe).
func reportedSpeaker(before, gap, names string) string {
	text := before + gap
	ws := strings.Fields(text)
	for i := len(ws) - 1; i > 0; i-- {
		if !isSpeechVerb(ws[i]) || isParticiple(ws[i]) {
			continue
		}
		pos := wordOffset(text, ws, i)
		if pos < len(before) {
			return ""
		}
		lc := lastClause(text[:pos])
		if reportsWithin(lc) {
			continue // "Jane Doe said John Roe claimed …": she is speaking
		}
		a := subjectOf(lc, ws[i])
		if a.speaker == "" {
			continue // "she said", the quotation's own attribution
		}
		if src, ok := strings.CutPrefix(strings.TrimSpace(lc), "According to "); ok {
			// "According to Jane Doe, John Roe vowed …": she tells it
			if name, _, ok := strings.Cut(src, ","); ok && cleanName(strings.Fields(name)) != "" {
				a.speaker = cleanName(strings.Fields(name))
			}
		}
		rest := text[pos:]
		if spans := sentence.Split(rest); len(spans) > 0 {
			// the sentences after the reported speech, but not the
			// quotation's own lead-in ("Speaking on BBC Radio 4, he
			// said:"), whose subject is the pronoun
			end := len(rest)
			if len(spans) > 1 && !endsSentence(rest) {
				end = spans[len(spans)-1].Start
			}
			rest = rest[spans[0].End:max(end, spans[0].End)]
		}
		if n := titledPerson(a.speaker, names); n != "" && !namesOther(rest, n) {
			return n
		}
		if isPerson(a.speaker) && !startsRole(strings.Fields(a.speaker)) && !namesOther(rest, a.speaker) {
			return a.speaker
		}
		return ""
	}
	return ""
}

// reportsWithin reports whether the last part of a speech verb's subject
// holds a speech verb of its own, so that it is reported speech nested in
// another's ("Jane Doe, his mother, said John Roe claimed"; not "Jane Doe
// says …, but John Roe added").
func reportsWithin(subject string) bool {
	ws := strings.Fields(subject[strings.LastIndex(subject, ",")+1:])
	for _, w := range ws {
		if isSpeechVerb(w) && !isParticiple(w) {
			return true
		}
	}
	return false
}

// wordOffset returns the byte offset in text of word i of ws, the fields
// of text.
func wordOffset(text string, ws []string, i int) int {
	pos := 0
	for k := 0; k <= i; k++ {
		pos += strings.Index(text[pos:], ws[k])
		if k < i {
			pos += len(ws[k])
		}
	}
	return pos
}

// isPerson reports whether a speaker may be who "he" or "she" means: its
// name does not end with an acronym ("the IAAF", "NASA").
func isPerson(speaker string) bool {
	name, _, _ := strings.Cut(speaker, ",")
	ws := strings.Fields(name)
	w := ws[len(ws)-1]
	return strings.ToUpper(w) != w || strings.ToLower(w) == w
}

// namesOther reports whether a sentence of text opens with another
// person's full name (two or more capitalised words, none of them the
// speaker's), whom a pronoun after it might mean instead. A name later in
// a sentence ("… at Old Trafford") is seldom who speaks next.
func namesOther(text, speaker string) bool {
	for _, sp := range sentence.Split(text) {
		ws := dropLeads(strings.Fields(text[sp.Start:sp.End]))
		run := 0
		for run < len(ws) && capitalized(ws[run]) && !isLeadWord(ws[run]) {
			run++
		}
		if run < 2 {
			continue
		}
		other := true
		for _, w := range ws[:run] {
			if strings.Contains(speaker, trimName(w)) {
				other = false
			}
		}
		if other {
			return true
		}
	}
	return false
}

// surnameOpens reports whether a sentence of gap opens with another
// person's surname, one that context gives with a first name ("Federer
// dropped a set", after "Roger Federer"): a pronoun after it means that
// person rather than the last speaker.
func surnameOpens(gap, speaker, context string) bool {
	for _, sp := range sentence.Split(gap) {
		ws := dropLeads(strings.Fields(gap[sp.Start:sp.End]))
		if len(ws) < 2 || !capitalized(ws[0]) || isLeadWord(ws[0]) || !startsLower(ws[1]) {
			continue
		}
		if w := trimName(ws[0]); !strings.Contains(speaker, w) && isFullName(w, context) {
			return true
		}
	}
	return false
}

// capitalRuns returns the runs of capitalised words in a sentence, but not
// a lone common word: the candidates for a full name that a lone surname
// may stand for.
func capitalRuns(s string) []string {
	var out, run []string
	flush := func() {
		if len(run) > 0 && !(len(run) == 1 && isCommonWord(run[0])) {
			out = append(out, strings.Join(run, " "))
		}
		run = run[:0]
	}
	for i, t := range tokenize(s) {
		w := s[t.start:t.end]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || utf8.RuneCountInString(w) < 2 || (i == 0 && isCommonWord(w)) {
			flush()
			continue
		}
		run = append(run, w)
		if t.trailing {
			flush()
		}
	}
	flush()
	return out
}
