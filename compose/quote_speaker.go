package compose

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/cue"
	"github.com/newsbrief/newsbrief/internal/sentence"
	"github.com/newsbrief/newsbrief/internal/words"
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
	if len(ws) > 2 && strings.EqualFold(ws[0], "according") && strings.EqualFold(ws[1], "to") {
		return afterVerb(strings.Join(ws[2:], " "))
	}
	for i, w := range ws {
		if i > 14 {
			break
		}
		if i > 0 && isSpeechVerb(w) {
			// The subject right after a quotation opens with a name, a
			// role or a pronoun ("…," the mayor said), and a participle
			// ("…," adding) has its subject elsewhere.
			subj := ws[:i]
			if len(subj) > 1 && cue.Has("en", cue.Auxiliaries, strings.ToLower(subj[len(subj)-1])) {
				subj = subj[:len(subj)-1] // "Jane Doe was saying"
			} else if isParticiple(w) {
				return attribution{}
			}
			if startsLower(ws[0]) && !isPronoun(ws[0]) && !cue.Has("en", cue.RoleLeads, strings.ToLower(ws[0])) && !capitalized(subj[len(subj)-1]) {
				return attribution{}
			}
			return subjectOf(strings.Join(subj, " "), w)
		}
	}
	return attribution{}
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
		if isSpeechVerb(ws[i]) {
			// "Jane Doe said:", or a quotation in reported speech: "Jane
			// Doe said on Monday that the plan “…”"
			if leads && i >= len(ws)-8 || hasWord(ws[i+1:], "that") {
				return subjectOf(strings.Join(ws[:i], " "), ws[i])
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
	}
	return attribution{}
}

// endsWithOrganisation reports whether words end with a name after a
// preposition or article, as a role does ("chief executive of the
// Taxpayers' Alliance"), rather than with a person's name.
func endsWithOrganisation(ws []string) bool {
	run := len(ws)
	for run > 0 && capitalized(ws[run-1]) {
		run--
	}
	if run == 0 || run == len(ws) {
		return false
	}
	w := strings.ToLower(ws[run-1])
	return cue.Has("en", cue.RoleLeads, w) || cue.Has("en", cue.SpeakerLeads, w)
}

// hasAuxiliary reports whether words hold a verb ("the job is not
// clear"), so they are a clause, not a role.
func hasAuxiliary(ws []string) bool {
	for _, w := range ws {
		if cue.Has("en", cue.Auxiliaries, strings.ToLower(w)) {
			return true
		}
	}
	return false
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
		if len(ws) == 0 || len(ws) > 8 || !(startsRole(ws) || capitalized(ws[0])) {
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

// subjectOf reads the speaker in the subject of a speech verb: "Jane
// Doe", "Mayor Lena Brandt", "the company's chief executive, Jane Doe",
// "Jane Doe, 45,", "But Williams", "After the match, Williams", "an IAAF
// spokesman", or a pronoun ("she", "He then turned and added"). verb is
// the speech verb: after a participle ("…, adding:") the subject is the
// name that opens the clause.
func subjectOf(s, verb string) attribution {
	if i := strings.LastIndex(s, ": "); i >= 0 {
		s = s[i+2:] // "Feminist icon: Patsy Kensit", a caption run into the text
	}
	s = dropParentheses(s)
	var segs [][]string
	parts := strings.Split(s, ",")
	for k, seg := range parts {
		ws := strings.Fields(seg)
		final := k == len(parts)-1 || k == len(parts)-2 && strings.TrimSpace(parts[k+1]) == ""
		if len(ws) == 0 || isAge(ws) || len(ws) == 1 && (ws[0] == "—" || ws[0] == "-") {
			continue
		}
		if cue.Has("en", cue.RelativeWords, strings.ToLower(ws[0])) || !final && len(segs) > 0 && startsLower(ws[0]) && !cue.Has("en", cue.RoleLeads, strings.ToLower(ws[0])) {
			continue // "Jane Doe, who led the talks, said", "Her lawsuit, filed in May, said"
		}
		segs = append(segs, ws)
	}
	if len(segs) == 0 {
		return attribution{}
	}
	last := segs[len(segs)-1]
	for len(last) > 1 && cue.Has("en", cue.Auxiliaries, strings.ToLower(last[len(last)-1])) {
		last = last[:len(last)-1] // "he will say", "Jane Doe was saying"
		segs[len(segs)-1] = last
	}
	if w := last[len(last)-1]; isPronoun(w) {
		return pronounAttribution(w) // "she said", "But she said", "… the bills He said"
	}
	if isParticiple(verb) {
		// A whole clause before the verb ("Jane Doe admitted that …,
		// adding:", "He taunted them on Facebook, telling them:"): its
		// subject opens it.
		if a := clauseSubject(segs[0]); a.ok() {
			return a
		}
	}
	if len(segs) > 1 && startsLower(last[0]) && !isLeadWord(last[0]) && !startsRole(last) {
		// "Jane Doe, chief executive of Acme, said": a role after the
		// name; "Her lawsuit, filed in May, said": an aside
		aside := strings.HasSuffix(last[0], "ed") || strings.HasSuffix(last[0], "ing")
		if n := cleanName(segs[len(segs)-2]); n != "" && !aside && len(last) <= 8 && (cleanName(last) == "" || endsWithOrganisation(last)) {
			return joinSpeaker([]string{n, strings.Join(last, " ")})
		}
		if aside || cleanName(last) == "" {
			segs = segs[:len(segs)-1]
			last = segs[len(segs)-1]
		}
	}
	// The name is the last part, or the part before a role set off after
	// it ("Jane Doe, the company's chief executive, said").
	if len(segs) > 1 && startsRole(last) && len(last) <= 8 {
		if n := cleanName(segs[len(segs)-2]); n != "" {
			return joinSpeaker([]string{n, strings.Join(last, " ")})
		}
	}
	if n := cleanName(last); n != "" {
		if len(segs) == 2 && startsRole(segs[0]) && len(segs[0]) <= 8 {
			return joinSpeaker([]string{n, strings.Join(segs[0], " ")})
		}
		return joinSpeaker([]string{n})
	}
	if len(segs) == 1 {
		if ws := dropLeads(segs[0]); isPronoun(ws[0]) {
			return pronounAttribution(ws[0]) // "He then turned to them and added:"
		}
	}
	// A role without a name: "an IAAF spokesman", "the retired charity
	// worker".
	for k := len(last) - 1; k >= 0 && k >= len(last)-5; k-- {
		if cue.Has("en", cue.RoleLeads, strings.ToLower(last[k])) {
			role := last[k:]
			if k > 0 && !isLeadWord(last[k-1]) {
				break // the object of a clause: "… for failing the poor"
			}
			end := strings.ToLower(role[len(role)-1])
			if len(role) > 1 && !isAgeWord(end) && !strings.HasSuffix(end, "'s") && !cue.Has("en", cue.SpeakerEnds, end) && !hasAuxiliary(role) {
				return attribution{speaker: trimName(strings.Join(role, " "))}
			}
			break
		}
	}
	return attribution{}
}

// clauseSubject returns the subject that opens a clause: a pronoun, or
// a name of up to four capitalised words before a lower-case word.
func clauseSubject(ws []string) attribution {
	ws = dropLeads(ws)
	if isPronoun(ws[0]) {
		return pronounAttribution(ws[0])
	}
	run := 0
	for run < len(ws) && run < 4 && capitalized(ws[run]) && !isLeadWord(ws[run]) {
		run++
		if strings.HasSuffix(ws[run-1], ",") {
			break // "Jane Doe, 45, said"
		}
	}
	possessive := strings.HasSuffix(ws[max(run-1, 0)], "'") || strings.HasSuffix(ws[max(run-1, 0)], "'s") || strings.HasSuffix(ws[max(run-1, 0)], "’s")
	if run > 0 && run < len(ws) && !possessive && (startsLower(ws[run]) || strings.HasSuffix(ws[run-1], ",")) {
		if n := cleanName(ws[:run]); n != "" {
			return attribution{speaker: n}
		}
	}
	return attribution{}
}

// dropLeads removes the words that open a clause before its subject
// ("However Tevez has …"), keeping at least one word, and an article
// ("The Portugal star" is no name).
func dropLeads(ws []string) []string {
	for len(ws) > 1 && isLeadWord(ws[0]) && !isPronoun(ws[0]) && !isArticle(ws[0]) {
		ws = ws[1:]
	}
	return ws
}

// isArticle reports an article or possessive that opens a role ("the",
// "his"), not a word that opens a clause ("then").
func isArticle(w string) bool {
	lw := strings.ToLower(w)
	return cue.Has("en", cue.RoleLeads, lw) && !cue.Has("en", cue.SpeakerLeads, lw)
}

// dropParentheses removes text in parentheses ("Sen. Jane Doe (D-Wis.)");
// after an opening one left unclosed, only what follows it is kept.
func dropParentheses(s string) string {
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return s[i+1:] // the quotation is in the parenthesis: "(he once said:"
		}
		s = s[:i] + s[i+j+1:]
	}
}

// isParticiple reports a speech verb in -ing ("adding", "saying"), whose
// subject is the subject of its clause.
func isParticiple(verb string) bool {
	return strings.HasSuffix(strings.ToLower(strings.Trim(verb, ",:;")), "ing")
}

// isLeadWord reports a word that opens a clause before a name, a date
// word, or a word too common to be a name ("One").
func isLeadWord(w string) bool {
	lw := strings.ToLower(trimName(w))
	return cue.Has("en", cue.SpeakerLeads, lw) || cue.Has("en", cue.Weekdays, lw) || cue.Has("en", cue.Months, lw) || words.IsStop(lw)
}

// cleanName returns the name, with the role words before it, that words
// end with, or "": "Labour election co-ordinator Alan Milburn", "Mr
// Howard" from "In the Cosmopolitan interview Mr Howard", "Ross" from
// "27-year-old Ross".
func cleanName(ws []string) string {
	var kept []string
	for _, w := range ws {
		if !isAgeWord(w) {
			kept = append(kept, w)
		}
	}
	ws = kept
	if len(ws) == 0 || len(ws) > 10 {
		return ""
	}
	last := trimName(ws[len(ws)-1])
	if !capitalized(last) || isPronoun(last) || isLeadWord(last) {
		return ""
	}
	// the run of capitalised words (and name particles) that ends them
	run := len(ws) - 1
	for run > 0 && (capitalized(ws[run-1]) || cue.Has("en", cue.NameParticles, ws[run-1]) && run-1 > 0 && capitalized(ws[run-2])) {
		run--
	}
	for run < len(ws)-1 && isLeadWord(ws[run]) {
		run++
	}
	lead := ws[:run]
	keepRole := len(lead) <= 4
	for _, w := range lead {
		lw := strings.ToLower(w)
		if cue.Has("en", cue.SpeakerLeads, lw) || cue.Has("en", cue.SpeakerEnds, lw) || !isWordStart(w) || strings.ContainsAny(w, "0123456789") {
			keepRole = false
		}
	}
	if len(lead) > 0 && strings.EqualFold(lead[0], "the") && len(lead) == 1 {
		keepRole = false
	}
	if keepRole || len(ws) <= 7 && cue.Has("en", cue.RoleLeads, strings.ToLower(ws[0])) && isWordStart(ws[0]) {
		return trimName(strings.Join(ws, " ")) // "The memo for members of Congress"
	}
	return trimName(strings.Join(ws[run:], " "))
}

// joinSpeaker joins a name and a role set off beside it, name first:
// "Jane Doe, the company's chief executive".
func joinSpeaker(parts []string) attribution {
	if len(parts) == 2 && startsRole(strings.Fields(parts[0])) && !startsRole(strings.Fields(parts[1])) {
		parts[0], parts[1] = parts[1], parts[0]
	}
	name := trimName(parts[0])
	if name == "" || !hasCapital(strings.Fields(name)) && !startsRole(strings.Fields(name)) {
		return attribution{}
	}
	if len(parts) == 2 {
		role := trimName(parts[1])
		if w, _, _ := strings.Cut(role, " "); cue.Has("en", cue.RoleLeads, strings.ToLower(w)) {
			role = strings.ToLower(w) + role[len(w):] // "The company's chief executive, Jane Doe"
		}
		return attribution{speaker: name + ", " + role}
	}
	return attribution{speaker: name}
}

// trimName removes what does not belong to a name at its ends: quotation
// marks and punctuation, a possessive "'s".
func trimName(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) && r != '.' || unicode.IsSpace(r) })
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	return strings.TrimRight(s, ",;:")
}

// startsRole reports whether words open a role: "the mayor", "a
// spokesman for Acme", "its chief executive".
func startsRole(ws []string) bool {
	return len(ws) > 1 && cue.Has("en", cue.RoleLeads, strings.ToLower(ws[0]))
}

// isAge reports whether a comma-set part is an age: "45".
func isAge(ws []string) bool {
	return len(ws) == 1 && strings.Trim(ws[0], "0123456789") == ""
}

// isAgeWord reports an age before a name: "27-year-old", "One-year-old".
func isAgeWord(w string) bool {
	lw := strings.ToLower(trimName(w))
	return strings.HasSuffix(lw, "-year-old") || strings.HasSuffix(lw, "-month-old")
}

// isSpeechVerb reports a verb that attributes a quotation.
func isSpeechVerb(w string) bool {
	w = strings.ToLower(strings.Trim(w, ",:;.—–-"))
	return cue.Has("en", cue.SpeechVerbs, w) || cue.Has("en", cue.AttributionVerbs, w)
}

func capitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

func isWordStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

func hasCapital(ws []string) bool {
	for _, w := range ws {
		if capitalized(w) && !isPronoun(w) {
			return true
		}
	}
	return false
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
