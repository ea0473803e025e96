package compose

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/cue"
	"github.com/newsbrief/newsbrief/internal/words"
)

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
	if n := len(segs); n > 1 && len(segs[n-1]) <= 2 && allLeadWords(segs[n-1]) {
		segs = segs[:n-1] // "Jane Doe, speaking on radio, also claimed"
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
	if n := len(segs); n > 1 && len(last) <= 8 && cue.Has("en", cue.Affiliations, last[0]) {
		if name := cleanName(segs[n-2]); name != "" && !cue.Has("en", cue.Affiliations, strings.ToLower(segs[n-2][0])) {
			return joinSpeaker([]string{name, strings.Join(last, " ")}) // "Jane Doe, of Acme, said": the body she is of
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
	if len(segs) > 1 && startsRole(last) {
		if n := cleanName(segs[len(segs)-2]); n != "" && len(last) <= 8 {
			return joinSpeaker([]string{n, strings.Join(last, " ")})
		} else if n != "" {
			return joinSpeaker([]string{n}) // a role too long to show: "Jane Doe, a member of the group and signatory to the letter"
		}
	}
	if a := nameTitleOrganisation(segs); a.ok() {
		return a
	}
	if n := cleanName(last); n != "" {
		if len(segs) == 2 && startsRole(segs[0]) && len(segs[0]) <= 8 {
			return joinSpeaker([]string{n, strings.Join(segs[0], " ")})
		}
		return joinSpeaker([]string{n})
	}
	// A role without a name: "an IAAF spokesman", "the retired charity
	// worker", or an age that stands for the person named before ("the
	// 30-year-old told the Sunday Times").
	role := roleSpeaker(last)
	if len(segs) == 1 {
		// "He then turned to them and added:", but "They have until
		// Friday and an IAAF spokesman said:"
		if ws := dropLeads(segs[0]); isPronoun(ws[0]) && !hasCapital(strings.Fields(role)) {
			return pronounAttribution(ws[0])
		}
	}
	return attribution{speaker: role}
}

// roleSpeaker returns the role without a name that ends a subject ("an
// IAAF spokesman"), or "".
func roleSpeaker(last []string) string {
	for k := len(last) - 1; k >= 0 && k >= len(last)-5; k-- {
		if cue.Has("en", cue.RoleLeads, strings.ToLower(last[k])) {
			role := last[k:]
			if k > 0 && !isLeadWord(last[k-1]) {
				break // the object of a clause: "… for failing the poor"
			}
			end := strings.ToLower(role[len(role)-1])
			if len(role) > 1 && (!isAgeWord(end) || len(role) == 2 && k == 0) && !strings.HasSuffix(end, "'s") && !cue.Has("en", cue.SpeakerEnds, end) && !cue.Has("en", cue.Anaphors, end) && !hasAuxiliary(role) {
				return trimName(strings.Join(role, " "))
			}
			break
		}
	}
	return ""
}

// allLeadWords reports whether words are all adverbs or stop words that
// open a clause ("also", "then"), with no name among them.
func allLeadWords(ws []string) bool {
	for _, w := range ws {
		if !startsLower(w) || !isLeadWord(w) || isPronoun(w) {
			return false
		}
	}
	return true
}

// nameTitleOrganisation reads a speaker set off as name, title and
// organisation ("Mark Diffley, Director, Ipsos MORI Scotland said"): the
// person is the name, not the organisation that ends the subject.
func nameTitleOrganisation(segs [][]string) attribution {
	if len(segs) < 3 {
		return attribution{}
	}
	title := segs[len(segs)-2]
	if len(title) > 3 {
		return attribution{}
	}
	for _, w := range title {
		if !cue.Has("en", cue.NameTitles, strings.ToLower(strings.Trim(w, ".,"))) {
			return attribution{}
		}
	}
	name, org := cleanName(segs[len(segs)-3]), cleanName(segs[len(segs)-1])
	if name == "" || org == "" || startsRole(strings.Fields(name)) {
		return attribution{}
	}
	return joinSpeaker([]string{name, strings.Join(title, " ") + ", " + org})
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
	// a role and a name after the first capitalised words: "Manchester
	// United manager Sir Alex Ferguson hinted"
	for k := run; run > 0 && !strings.HasSuffix(ws[run-1], ",") && k < len(ws) && k <= 8; k++ {
		if !capitalized(ws[k]) && (k+1 >= len(ws) || !capitalized(ws[k+1]) || strings.HasSuffix(ws[k], "ed")) || isLeadWord(ws[k]) {
			break // not "Mr Cameron accused Ed Miliband"
		}
		if capitalized(ws[k]) && k+1 < len(ws) && startsLower(ws[k+1]) {
			run = k + 1
			break
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
	if len(ws) > 10 {
		// a clause before the subject it is joined to: "Michels had
		// recently undergone heart surgery and Dutch football federation
		// spokesman Frank Huizinga"
		for k := len(ws) - 2; k > 0; k-- {
			if cue.Has("en", cue.Coordinators, ws[k]) {
				ws = ws[k+1:]
				break
			}
		}
	}
	if len(ws) == 0 || len(ws) > 10 {
		return ""
	}
	last := trimName(ws[len(ws)-1])
	if !capitalized(last) || isPronoun(last) || isLeadWord(last) {
		return ""
	}
	// the run of capitalised words (and name particles) that ends them
	run := len(ws) - 1
	// ("and" between capitals joins an organisation's name: "Health and
	// Human Services Secretary Xavier Becerra")
	for run > 0 && (capitalized(ws[run-1]) || (cue.Has("en", cue.NameParticles, ws[run-1]) || ws[run-1] == "and") && run-1 > 0 && capitalized(ws[run-2])) {
		run--
	}
	for run < len(ws)-1 && isLeadWord(ws[run]) {
		run++
	}
	lead := ws[:run]
	if name, k := affiliatedPerson(lead); name != "" {
		return name + ", " + trimName(strings.Join(ws[k:], " ")) // "Jane Doe from the Acme Institute"
	}
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
	if keepRole && len(lead) > 1 && isArticle(lead[0]) && startsLower(lead[len(lead)-1]) && run < len(ws) {
		// "The union's general secretary Jane Doe": the name, then the
		// role its article opens, as a role set off after a name is shown
		name, role := trimName(strings.Join(ws[run:], " ")), strings.Join(lead, " ")
		if name != "" && isMood(lead[len(lead)-1]) {
			return name // "A naturally disappointed Button": a mood, no role
		}
		if name != "" {
			return name + ", " + strings.ToLower(role[:1]) + role[1:]
		}
	}
	if keepRole || len(ws) <= 7 && cue.Has("en", cue.RoleLeads, strings.ToLower(ws[0])) && isWordStart(ws[0]) {
		return trimName(strings.Join(ws, " ")) // "The memo for members of Congress"
	}
	return trimName(strings.Join(ws[run:], " "))
}

// affiliatedPerson returns the person named in full before the body she is
// of, when words before a body's name end so ("Jane Doe from the", "Dr
// Jane Doe of"), and the index of the affiliation word; or "".
func affiliatedPerson(lead []string) (string, int) {
	k := len(lead) - 1
	if k > 0 && isArticle(lead[k]) {
		k--
	}
	if k < 2 || !cue.Has("en", cue.Affiliations, lead[k]) {
		return "", 0
	}
	person := lead[:k]
	for _, w := range person[len(person)-2:] {
		if !capitalized(w) || isLeadWord(w) {
			return "", 0
		}
	}
	name := cleanName(person)
	if name == "" || strings.Contains(name, ",") || isArticle(strings.Fields(name)[0]) || endsWithOrganisation(strings.Fields(name)) {
		return "", 0
	}
	return name, k
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
// spokesman for Acme", "its chief executive", "NASA's associate
// administrator" (a possessive before a lower-case word; "NASA's Bill
// Nelson" is a name).
func startsRole(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	possessive := strings.HasSuffix(ws[0], "'s") || strings.HasSuffix(ws[0], "’s")
	return cue.Has("en", cue.RoleLeads, strings.ToLower(ws[0])) || possessive && capitalized(ws[0]) && startsLower(ws[1])
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

func capitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		return true
	}
	// a name particle joined to a name: al-Jabouri, el-Sisi
	prefix, rest, ok := strings.Cut(w, "-")
	r, _ = utf8.DecodeRuneInString(rest)
	return ok && unicode.IsUpper(r) && cue.Has("en", cue.NameParticles, prefix)
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

// isMood reports whether the last word before a name is an adjective of
// feeling, not a role's noun: a past participle ("disappointed",
// "relieved", "delighted"), not a short noun ending so ("seed"), or an
// adjective of the mood list ("angry", "defiant").
func isMood(w string) bool {
	return strings.HasSuffix(w, "ed") && utf8.RuneCountInString(w) > 5 || cue.Has("en", cue.Moods, strings.ToLower(w))
}
