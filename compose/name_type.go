package compose

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/cue"
)

// nameEvidence says what kind of evidence the sources give that a name
// is a person, an organisation or a place. The zero value is none.
type nameEvidence uint16

// The kinds of evidence a name can have (see typeEvidence).
const (
	evidenceHead    nameEvidence = 1 << iota // an organisation's head word in it ("Environment Agency")
	evidenceTitle                            // a title before it ("Mr", "chairman")
	evidenceSpeech                           // it says something ("Google said")
	evidenceRole                             // a role of it after it ("Google's chief executive", "Wolves boss")
	evidenceApposed                          // an age or clause set off after it ("Smith, 45,", "Smith, who")
	evidencePlace                            // a locative preposition before it ("in Leeds")
	evidenceAcronym                          // an acronym bracketed with it ("Environment Agency (EA)")
	evidenceSurname                          // a person in full whose surname the sources write alone
	evidenceUntyped                          // no English evidence is read (Korean names: name_ko.go)
	evidenceTold                             // it is told something or quoted ("told Reuters", "according to Google")
)

// typeEvidence returns the evidence the English sentences give that name
// is a person, an organisation or a place: a name mentioned often with
// none of it is a product, a work or an event ("Chrome", "Blu-Ray",
// "London Marathon"). A name of several words is also read by its last
// word, which the sources use alone for a person or a body ("Conte said"
// of "Victor Conte").
func (c *corpus) typeEvidence(name string) nameEvidence {
	if r, _ := utf8.DecodeRuneInString(name); !unicode.Is(unicode.Latin, r) {
		return evidenceUntyped
	}
	w := strings.Fields(name)
	var ev nameEvidence
	if isDemonymPlace(name) {
		ev |= evidencePlace
	}
	for _, x := range w {
		l := strings.ToLower(x)
		if isOrgHead(l) || is(cue.BodyWords, l) || is(cue.PartyMembers, strings.TrimSuffix(l, "s")) {
			ev |= evidenceHead
		}
	}
	last := w[len(w)-1]
	forms := []string{name}
	if len(w) > 1 && !isCaps(last) && !isHonour(name) {
		forms = append(forms, last) // not "Crown" of "Triple Crown": no surname
	}
	for _, s := range c.sents {
		if s.lang == "ko" {
			continue
		}
		for k, form := range forms {
			for _, at := range wordOccurrences(s.text, form) {
				e := contextEvidence(s.text, at, at+len(form))
				if k == 1 && e&evidenceTitle == 0 && !precededByCapital(s.text, at) {
					e |= evidenceSurname // the surname alone
				}
				if k == 1 {
					e &^= evidencePlace | evidenceAcronym // "in Smith" tells nothing of "John Smith"
				}
				ev |= e
			}
		}
	}
	if isDottedAbbrev(name) {
		ev |= evidencePlace // "U.S.", "U.K.", "D.C."
	}
	if isCaps(name) && c.bracketed(name) {
		ev |= evidenceAcronym // "… Prevention (CDC)"
	}
	if ev&evidenceSurname != 0 && !isPersonInFull(last, name) {
		ev &^= evidenceSurname
	}
	return ev
}

// untypedAdmitted reports a name listed without typed evidence: a
// person's name in full none of whose words the sources write in lower
// case ("Jamie Costin", not "Star Trek Beyond" or "Touch Bar"), or a single
// word written at least three times.
func (nc *nameContext) untypedAdmitted(name string, mentions int) bool {
	w := strings.Fields(name)
	if len(w) == 1 {
		return mentions >= 3
	}
	if len(w) > 4 {
		return false
	}
	for k, x := range w {
		l := strings.ToLower(x)
		switch {
		case k > 0 && k < len(w)-1 && is(cue.NameJoints, l) && l != "of" && l != "for":
			continue // "David dal Maso"
		case k < len(w)-1 && (isPersonInitials(x) || k == 0 && isCaps(x) && len(x) <= 3):
			continue // "J.J. Abrams", "Ryan S. Hollman", "AP McCoy"
		case k == len(w)-1 && k > 1 && (l == "jr" || l == "jr."):
			continue
		}
		if nc.lower[l] || isCaps(x) || isJointWord(l) || is(cue.NameJoints, l) || isAdjective(l) || is(cue.PartyMembers, l) || isScale(l) || is(cue.NumberWords, l) {
			return false
		}
	}
	return true
}

// bracketed reports whether a sentence writes name alone in brackets, as
// an acronym of the words before it.
func (c *corpus) bracketed(name string) bool {
	for _, s := range c.sents {
		if strings.Contains(s.text, "("+name+")") {
			return true
		}
	}
	return false
}

// coordinated reports whether a sentence lists name beside one of typed
// ("Britain, France and Germany", "Apple and Google"): names listed
// together are of one kind.
func (c *corpus) coordinated(name string, typed []string) bool {
	for _, s := range c.sents {
		if s.lang == "ko" || !strings.Contains(s.text, name) {
			continue
		}
		for _, o := range typed {
			if !strings.Contains(s.text, o) {
				continue // every listing below holds o
			}
			for _, sep := range []string{", ", " and ", ", and ", " or "} {
				if containsWords(s.text, name+sep+o) || containsWords(s.text, o+sep+name) {
					return true
				}
			}
		}
	}
	return false
}

// wordOccurrences returns where s writes form as whole words.
func wordOccurrences(s, form string) []int {
	var out []int
	for i := 0; i < len(s); {
		start := wordIndex(s, form, i)
		if start < 0 {
			break
		}
		out = append(out, start)
		i = start + 1
	}
	return out
}

// precededByCapital reports whether the word before s[at:] is capitalised
// (so the occurrence is part of a longer run, not a surname alone).
func precededByCapital(s string, at int) bool {
	prev := prevWord(s, at)
	r, _ := utf8.DecodeRuneInString(prev)
	return prev != "" && unicode.IsUpper(r) && !strings.HasSuffix(strings.TrimRight(s[:at], " "), ",")
}

// prevWord returns the word just before s[at:], without punctuation
// around it; "" after a sentence mark or at the start.
func prevWord(s string, at int) string {
	head := strings.TrimRight(s[:at], " ")
	if head == "" || strings.ContainsAny(head[len(head)-1:], ".,;:!?\"“”(") && !strings.HasSuffix(head, ".") {
		return ""
	}
	i := strings.LastIndexAny(head, " \t\n\"“(")
	return strings.Trim(head[i+1:], ".,;:'’")
}

// nextWords returns up to n words after s[:at], lower-cased, and
// whether a comma comes first.
func nextWords(s string, at, n int) ([]string, bool) {
	rest := s[at:]
	comma := strings.HasPrefix(rest, ",")
	var out []string
	for _, f := range strings.Fields(rest) {
		f = strings.ToLower(strings.Trim(f, ",.;:!?\"“”()'’"))
		if f == "" {
			continue
		}
		out = append(out, f)
		if len(out) == n {
			break
		}
	}
	return out, comma
}

// contextEvidence reads the words around one occurrence s[start:end] of a
// name: a title or a locative preposition before it; a speech verb, a
// role, an age or a relative clause after it; an acronym in brackets.
func contextEvidence(s string, start, end int) nameEvidence {
	var ev nameEvidence
	prev := strings.ToLower(prevWord(s, start))
	if prev == "the" { // "in the U.S.", "at the White House"
		if i := strings.LastIndex(strings.ToLower(s[:start]), "the"); i >= 0 {
			prev = strings.ToLower(prevWord(s, i))
		}
	}
	switch {
	case is(cue.NameTitles, prev) || isTitles(prev):
		ev |= evidenceTitle
	case is(cue.Locatives, prev):
		ev |= evidencePlace
	case is(cue.BodyNouns, prev):
		ev |= evidenceTitle // "Britain's biggest union Unison", "watchdog Ofcom"
	case afterTown(s, start, end):
		ev |= evidencePlace // "San Ysidro, California,", "Leeds, England."
	case afterPersonInBrackets(s, start, end):
		ev |= evidenceRole // a person's club, party or state: "CA Del Fava (Parma)"
	case prev == "of" && ownedBy(s, start):
		ev |= evidencePlace // "the people of Texas", "the president of Ukraine"
	case prev == "told" || prev == "to" && strings.HasSuffix(strings.ToLower(strings.TrimRight(s[:start], " ")), "according to"):
		ev |= evidenceTold // "told Reuters", "according to Google"
	}
	rest := s[end:]
	possessive := strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ")
	if possessive {
		rest = rest[strings.IndexByte(rest, ' '):]
	}
	next, comma := nextWords(rest, 0, 3)
	if len(next) == 0 {
		return ev
	}
	if possessive && !comma && !is(cue.NotSpeakers, next[0]) {
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " ")); unicode.IsLower(r) {
			ev |= evidenceRole // "Britain's exit", "Apple's decision"
		}
	}
	switch {
	case comma:
		if next[0] == "who" || next[0] == "aged" || isDigits(next[0]) {
			ev |= evidenceApposed
		}
		if is(cue.RoleLeads, next[0]) && len(next) > 1 && is(cue.NameRoles, next[1]) {
			ev |= evidenceApposed
		}
	case !possessive && (next[0] == "have" || next[0] == "are" || next[0] == "were") && !strings.HasSuffix(strings.ToLower(s[start:end]), "s"):
		ev |= evidenceRole // a body with a plural verb ("Chelsea have")
	case is(cue.SpeechVerbs, next[0]) && !possessive:
		ev |= evidenceSpeech
	case (next[0] == "has" || next[0] == "have" || next[0] == "had") && len(next) > 1 && is(cue.SpeechVerbs, next[1]):
		ev |= evidenceSpeech
	case is(cue.NameRoles, next[0]):
		ev |= evidenceRole
	case strings.HasPrefix(rest, " (") && len(next[0]) >= 2 && strings.ToUpper(next[0]) == strings.ToUpper(next[0]) && isCaps(strings.Trim(strings.Fields(rest)[0], "()")):
		ev |= evidenceAcronym
	}
	return ev
}

// ownedBy reports whether the "of" before s[start:] follows a people, a
// role or a body ("the people of Texas", "the president of Ukraine", "the
// council of Leeds"): what they are of is a place or a body.
func ownedBy(s string, start int) bool {
	i := strings.LastIndex(strings.ToLower(s[:start]), "of")
	if i < 0 {
		return false
	}
	w := strings.ToLower(prevWord(s, i))
	return is(cue.PersonNouns, w) || is(cue.NameRoles, w) || is(cue.NameTitles, w) || is(cue.OrgHeads, w)
}

// isDemonymPlace reports a single word that is the place of an adjective
// of a people ("China" of "Chinese", "Scotland" of "Scottish"): it shares
// its first four letters or more with the adjective, which is longer.
func isDemonymPlace(name string) bool {
	l := strings.ToLower(name)
	if strings.Contains(l, " ") || utf8.RuneCountInString(l) < 4 {
		return false
	}
	for _, d := range cue.Phrases("en", cue.Demonyms) {
		if len(d) > 4 && len(l) > 4 && d[:4] == l[:4] && !strings.Contains(d, " ") {
			return true
		}
	}
	return false
}

// isPersonInitials reports a person's initials: capitals each followed by a
// full stop ("S.", "J.J.").
func isPersonInitials(w string) bool {
	if len(w) < 2 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// isDottedAbbrev reports capitals each followed by a full stop ("U.S.",
// "U.K."): the abbreviation of a place or a body.
func isDottedAbbrev(name string) bool { return len(name) >= 4 && isPersonInitials(name) }

// afterTown reports s[start:end] set off by commas right after one
// capitalised word that follows a locative ("in Leeds, England.", "at San
// Ysidro, California,"): the region of a town.
func afterTown(s string, start, end int) bool {
	if start < 3 || s[start-2:start] != ", " || end < len(s) && s[end] != ',' && s[end] != '.' {
		return false
	}
	head := s[:start-2]
	for i := 0; i < 3; i++ { // the town's words, back to the locative and an article
		w := prevWord(head+" ", len(head)+1)
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" {
			return false
		}
		if is(cue.Locatives, strings.ToLower(w)) {
			return i > 0
		}
		if w == "the" && i > 0 {
			i--
			head = strings.TrimRight(head[:len(head)-len(w)], " ")
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		head = strings.TrimRight(head[:strings.LastIndex(head, w)], " ")
	}
	return false
}

// afterPersonInBrackets reports s[start:end] alone in brackets right
// after a capitalised word ("Del Fava (Parma)"): a person's club, party,
// firm or place.
func afterPersonInBrackets(s string, start, end int) bool {
	if start < 3 || !strings.HasPrefix(s[end:], ")") || s[start-1] != '(' || s[start-2] != ' ' {
		return false
	}
	prev := prevWord(s, start-2)
	r, _ := utf8.DecodeRuneInString(prev)
	return prev != "" && unicode.IsUpper(r)
}

// isDigits reports a word of digits only ("45").
func isDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}
