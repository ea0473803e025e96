package compose

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/cue"
	"github.com/newsbrief/newsbrief/internal/sentence"
)

// An attribution says who said a quotation: a name, or a pronoun whose
// antecedent is whoever the text last quoted.
type attribution struct {
	speaker string
	pronoun bool // attributed to a pronoun
	// personal: the pronoun is he or she (그, 그녀), so it may mean the
	// speaker the text quoted last; "they" or "we" may be others.
	personal bool
	// she: the pronoun is "she" (he: false), for agreeing with a title
	// ("Mr", "Mrs") of the speaker it may mean.
	she bool
	// subject: the speaker is read from a lead-in sentence's subject, with
	// no speech verb ("Jane Doe was unrepentant:"), so it must read as a
	// person's name in the text (not "Wales:", "Fans:").
	subject bool
}

// pronounAttribution is the attribution of a pronoun.
func pronounAttribution(w string) attribution {
	lw := strings.ToLower(w)
	return attribution{pronoun: true, personal: lw == "he" || lw == "she", she: lw == "she"}
}

func (a attribution) ok() bool { return a.speaker != "" || a.pronoun }

// attributionWindow bounds how far from a quotation its attribution is
// read, in bytes.
const attributionWindow = 400

// maxSetOffSubject bounds the words of a subject after a quotation that
// is a name with a long role set off by commas ("…," Dr. Jane Doe, former
// president of the association and chief executive of a telehealth
// company, told Fox News).
const maxSetOffSubject = 30

// attributionAfter reads the attribution that follows a quotation in the
// same sentence: ", said Jane Doe", " Jane Doe said", ", according to Jane
// Doe". A quotation that ends with a full stop ended its sentence, so the
// words after it are not its attribution.
func attributionAfter(inner, tail string) attribution {
	if strings.HasSuffix(strings.TrimSpace(inner), ".") {
		return attribution{}
	}
	c := firstClause(tail)
	ws := strings.Fields(c)
	if len(ws) == 0 {
		return attribution{}
	}
	if isSpeechVerb(ws[0]) {
		return afterVerb(strings.Join(ws[1:], " "))
	}
	if isOtherSpeechVerb(ws[0]) {
		return otherAfter(afterVerb(strings.Join(ws[1:], " ")))
	}
	if len(ws) > 2 && strings.EqualFold(ws[0], "according") && strings.EqualFold(ws[1], "to") {
		return afterVerb(strings.Join(ws[2:], " "))
	}
	for i, w := range ws {
		if i > maxSetOffSubject || i > 14 && !capitalized(ws[0]) {
			break
		}
		if i > 0 && isSpeechVerb(w) {
			if i > 14 && !strings.HasSuffix(ws[i-1], ",") {
				break // a long subject is a name with a role set off by commas
			}
			// The subject right after a quotation opens with a name, a
			// role or a pronoun ("…," the mayor said), and a participle
			// ("…," adding) has its subject elsewhere.
			subj := ws[:i]
			if n := len(subj); n > 3 && strings.EqualFold(subj[n-2], "quoted") && strings.EqualFold(subj[n-1], "as") && cue.Has("en", cue.Auxiliaries, strings.ToLower(subj[n-3])) {
				subj = subj[:n-3] // "Jane Doe was quoted as saying"
			} else if len(subj) > 1 && cue.Has("en", cue.Auxiliaries, strings.ToLower(subj[len(subj)-1])) {
				subj = subj[:len(subj)-1] // "Jane Doe was saying"
			} else if isParticiple(w) {
				return attribution{}
			}
			if startsLower(ws[0]) && !isPronoun(ws[0]) && !cue.Has("en", cue.RoleLeads, strings.ToLower(ws[0])) && !capitalized(subj[len(subj)-1]) {
				return attribution{}
			}
			return subjectOf(strings.Join(subj, " "), w)
		}
		if i > 0 && isOtherSpeechVerb(w) {
			return otherSubject(ws[:i])
		}
	}
	return attribution{}
}

// cutAttribution reads the speaker of a quotation whose attribution an
// excerpt cuts off before its speech verb: "“…,” Sen. Jane Doe, a New
// Jersey Democrat who joined the talks for..." (a news teaser or a
// page's first paragraphs ending in an ellipsis). The quotation ends with
// a comma, so words that name its speaker follow, and nothing but a name
// and its role stands between it and the cut.
func cutAttribution(inner, tail string) attribution {
	t := strings.TrimSpace(tail)
	if !strings.HasSuffix(strings.TrimSpace(inner), ",") || !strings.HasSuffix(t, "...") && !strings.HasSuffix(t, "…") {
		return attribution{}
	}
	t = strings.TrimSpace(strings.TrimRight(t, ".…"))
	ws := strings.Fields(t)
	if len(ws) == 0 || len(ws) > maxSetOffSubject || strings.IndexFunc(t, func(r rune) bool { return markFamily(r) >= 0 && r != '\'' && r != '’' }) >= 0 {
		return attribution{}
	}
	if !capitalized(ws[0]) || isPronoun(ws[0]) || isLeadWord(ws[0]) {
		return attribution{}
	}
	return afterVerb(t)
}

// attributionBefore reads the attribution that leads into a quotation:
// "Jane Doe said:", "Jane Doe told the BBC:", "Jane Doe said", "…,
// adding:". The words between the speech verb and the quotation are few.
func attributionBefore(head string) attribution {
	h := lastClause(head)
	h = strings.TrimRightFunc(h, unicode.IsSpace)
	if h == "" || endsSentence(h) {
		return attribution{}
	}
	ws := strings.Fields(h)
	last := strings.ToLower(strings.Trim(ws[len(ws)-1], ",:;—–-"))
	leads := strings.HasSuffix(h, ":") || strings.HasSuffix(h, ",") || isSpeechVerb(last)
	for i := len(ws) - 1; i > 0 && i >= len(ws)-12; i-- {
		if isOtherSpeechVerb(ws[i]) && leads && i >= len(ws)-8 {
			if a := otherSubject(ws[:i]); a.ok() {
				return a
			}
			break // "Jane Doe, der Vorsitzende …, sagte:" is read below as a colon lead-in
		}
		if isSpeechVerb(ws[i]) {
			// "Jane Doe said:", or a quotation in reported speech: "Jane
			// Doe said on Monday that the plan “…”"
			if leads && i >= len(ws)-8 || hasWord(ws[i+1:], "that") {
				if !strings.EqualFold(ws[i-1], "to") {
					return subjectOf(strings.Join(ws[:i], " "), ws[i])
				}
				break // an infinitive attributes nothing: "Jane Doe was at a loss to explain it:", read below
			}
			return attribution{}
		}
	}
	if strings.HasSuffix(h, ":") {
		// "- Manchester United boss Sir Alex Ferguson:", a name heading
		// what the person said
		ws = strings.Fields(strings.TrimRight(strings.TrimLeft(h, "-–—•* "), ":"))
		if len(ws) >= 2 && len(ws) <= 8 && capitalized(ws[len(ws)-2]) && cleanName(ws) == strings.Join(ws, " ") && !isLeadWord(ws[0]) {
			return attribution{speaker: strings.Join(ws, " ")}
		}
		return colonSubject(strings.Fields(h))
	}
	return attribution{}
}

// maxColonLeadIn bounds the words of a sentence that leads into a
// quotation with a colon and no speech verb.
const maxColonLeadIn = 16

// colonSubject reads the speaker of a quotation that a short sentence
// about its subject leads into with a colon, no speech verb between ("Jane
// Doe was at a loss to explain it: "…"", "He was unrepentant: "…""): that
// subject, a name or a pronoun, or nobody when the sentence opens
// otherwise ("The sign read: "…"").
func colonSubject(ws []string) attribution {
	for len(ws) > 0 && !hasCasedLetter(ws[0]) {
		ws = ws[1:] // the full stop after a quotation that closed the sentence before
	}
	if len(ws) < 3 || len(ws) > maxColonLeadIn || !startsLower(ws[len(ws)-1]) {
		return attribution{} // not a name heading: "- Acme boss Jane Doe:"
	}
	for _, w := range ws[:len(ws)-1] {
		if strings.ContainsAny(w, ":;") || cue.Has("en", cue.RelativeWords, strings.ToLower(w)) {
			return attribution{} // "… from her daughter Jane Doe, who sings:": another subject
		}
	}
	a := clauseSubject(ws)
	a.subject = a.speaker != ""
	return a
}

// hasWord reports whether ws holds w, in any case.
func hasWord(ws []string, w string) bool {
	for _, x := range ws {
		if strings.EqualFold(x, w) {
			return true
		}
	}
	return false
}

// firstClause returns the words after a quotation up to the end of their
// sentence or the next quotation mark.
func firstClause(tail string) string {
	tail = runePrefix(tail, attributionWindow)
	tail = strings.TrimLeft(tail, " ,—–-")
	if spans := sentence.Split(tail); len(spans) > 0 {
		tail = tail[:spans[0].End]
	}
	if i := strings.IndexFunc(tail, func(r rune) bool { return markFamily(r) == famDouble || r == '‘' || r == '(' }); i >= 0 {
		tail = tail[:i]
	}
	if i := strings.Index(tail, " '"); i >= 0 {
		tail = tail[:i]
	}
	return strings.TrimRight(strings.TrimSpace(tail), ".!?;")
}

// lastClause returns the words before a quotation since the end of the
// sentence or quotation before them.
func lastClause(head string) string {
	head = runeSuffix(head, attributionWindow)
	if i := strings.LastIndexFunc(head, func(r rune) bool { return markFamily(r) >= 0 && r != '\'' && r != '’' }); i >= 0 {
		_, w := utf8.DecodeRuneInString(head[i:])
		head = head[i+w:]
	}
	if i := strings.LastIndex(head, "' "); i > 0 && strings.ContainsAny(head[i-1:i], ",.!?") {
		head = head[i+2:] // a quotation in ' marks closed there
	}
	if endsSentence(head) {
		return head
	}
	if spans := sentence.Split(head); len(spans) > 1 {
		head = head[spans[len(spans)-1].Start:]
	}
	return head
}

// afterVerb reads the speaker named after a speech verb: "Jane Doe",
// "Jane Doe, the company's chief executive", "the mayor, Lena Brandt",
// "Mayor Lena Brandt after the vote" (up to the words that start another
// phrase).
func afterVerb(s string) attribution {
	segs := strings.Split(s, ",")
	var parts []string
	for _, seg := range segs {
		ws := strings.Fields(seg)
		for i, w := range ws {
			if cue.Has("en", cue.SpeakerEnds, strings.ToLower(w)) || isSpeechVerb(w) {
				ws = ws[:i]
				break
			}
		}
		if len(ws) == 0 || len(ws) > 8 || !(startsRole(ws) || capitalized(ws[0]) || rolePrefixedName(ws)) {
			if len(parts) == 0 && len(segs) > 1 && len(ws) <= 5 && isFullNameSeg(segs[1]) {
				parts = append(parts, strings.TrimSpace(segs[1]), strings.Join(ws, " ")) // "said one of their lawyers, Jane Doe"
			}
			break
		}
		parts = append(parts, strings.Join(ws, " "))
		if len(ws) < len(strings.Fields(seg)) || len(parts) == 2 {
			break
		}
	}
	if len(parts) == 0 {
		return attribution{}
	}
	if len(parts) == 1 && len(strings.Fields(parts[0])) == 1 && isPronoun(parts[0]) {
		return pronounAttribution(parts[0])
	}
	return joinSpeaker(parts)
}

// isFullNameSeg reports whether a part set off by commas is a person's
// name in full and nothing else: "Jane Doe", "Michalis Dimitrakopoulos".
func isFullNameSeg(seg string) bool {
	ws := strings.Fields(seg)
	return len(ws) >= 2 && len(ws) <= 4 && cleanName(ws) == strings.Join(ws, " ") && hasCapital(ws[:1]) && !isLeadWord(ws[0])
}

// rolePrefixedName reports words that are a role in lower case before a
// person's full name ("goalkeeping coach Tony Parks"), as news writing
// sets them after a speech verb.
func rolePrefixedName(ws []string) bool {
	n := len(ws)
	return n >= 3 && n <= 6 && capitalized(ws[n-1]) && capitalized(ws[n-2]) && !capitalized(ws[0]) && cleanName(ws) == strings.Join(ws, " ")
}

// isSpeechVerb reports a verb that attributes a quotation.
func isSpeechVerb(w string) bool {
	w = strings.ToLower(strings.Trim(w, ",:;.—–-"))
	return cue.Has("en", cue.SpeechVerbs, w) || cue.Has("en", cue.AttributionVerbs, w)
}

// isOtherSpeechVerb reports a verb that attributes a quotation in another
// language written in Latin script: "“…”, dijo Jane Doe", "Jane Doe
// sagte: „…“", as news in Spanish, Portuguese, German, French or Italian
// writes. The English rules know none of those languages' pronouns,
// adverbs, articles or prepositions, so its speaker is read as a name in
// capitals only (otherName).
func isOtherSpeechVerb(w string) bool {
	return cue.Has("en", cue.OtherSpeechVerbs, strings.ToLower(strings.Trim(w, ",:;.—–-")))
}

// otherAfter keeps the speaker read after another language's speech verb
// when it is a name in capitals ("dijo Murátov"; not "Scott en un
// comunicado", "er").
func otherAfter(a attribution) attribution {
	if a.pronoun || !otherName(a.speaker) {
		return attribution{}
	}
	return attribution{speaker: a.speaker}
}

// otherSubject reads the speaker before another language's speech verb:
// the part set off by commas nearest the verb that is a name in capitals
// ("Julian Fürholzer, Landesvorstand der JBN, erklärt"; "Die
// Bürgermeisterin von Reichenbach, Carina Dittrich, sagte"; not the
// opening phrase of "En Madrid, Ana Pérez dijo"). It must be a name in
// capitals (otherName) and then pass the tests of an English speaker's
// name, for a word opening such a sentence is as often an adverb or a
// pronoun ("Dann sagte er", "Sie sagte", "Entonces dijo").
func otherSubject(ws []string) attribution {
	parts := strings.Split(strings.Join(ws, " "), ",")
	for k := len(parts) - 1; k >= 0; k-- {
		if name := strings.TrimSpace(parts[k]); otherName(name) {
			return attribution{speaker: name, subject: true}
		}
	}
	return attribution{}
}

// otherName reports one to four words, each capitalised, with no
// punctuation but a hyphen or an apostrophe inside a word.
func otherName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if !capitalized(w) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' }) >= 0 {
			return false
		}
	}
	return true
}

// runePrefix returns at most n bytes of s, cut at a rune boundary.
func runePrefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// runeSuffix returns at most the last n bytes of s, cut at a rune
// boundary.
func runeSuffix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}
