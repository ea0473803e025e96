package compose

import (
	"strings"
	"unicode"

	"github.com/newsbrief/newsbrief/internal/cue"
)

// isNameless reports whether a speaker names nobody a reader can tell:
// a document, named or not ("an Associated Press report", "The memo for
// members of Congress", "the opinion"), or a body or group given by a
// common noun alone ("the company", "the researchers", "officials"). A
// name, a role with a name, an organisation's name ("the Ministry of
// Defence", "An Electoral Commission spokeswoman") or a person's role
// ("the prime minister") is a speaker. A Korean speaker is nameless when
// it is a group or document noun alone (연구진, "the researchers").
func isNameless(speaker string) bool {
	name, _, _ := strings.Cut(speaker, ",")
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return false
	}
	if !hasCasedLetter(name) {
		return len(ws) == 1 && cue.Has("ko", cue.NotSpeakers, ws[0])
	}
	if !isArticle(ws[0]) && !startsLower(ws[0]) {
		return false // a name first: "Jane Doe", "NASA's Bill Nelson"
	}
	phrase := ws
	for i, w := range ws {
		if i > 0 && cue.Has("en", cue.NameJoints, strings.ToLower(w)) && startsLower(w) {
			phrase = ws[:i] // "The memo for members of Congress": the noun is "memo"
			break
		}
	}
	head := phrase[len(phrase)-1]
	if len(ws) == 2 && isAgeWord(head) {
		return true // "the 22-year-old" that no name before it explains
	}
	if !startsLower(head) {
		return false // "the Ministry of Defence"
	}
	if is(cue.NotSpeakers, head) || is(cue.Documents, head) {
		return true // a document or a body: "an Associated Press report", "the website"
	}
	return !hasCapital(ws[1:]) && (is(cue.OrgHeads, head) || isPluralNoun(head))
}

// isPluralNoun reports whether a lower-case noun reads as a plural: it
// ends in "s", but not "ss" ("boss") or "us" ("census").
func isPluralNoun(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s")
}

// hasCasedLetter reports whether s has a letter with an upper and a lower
// case (Latin, Greek, Cyrillic), so that a capital can mark a name.
func hasCasedLetter(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return unicode.IsLetter(r) && unicode.ToUpper(r) != unicode.ToLower(r)
	}) >= 0
}

// namedSpeaker returns the speaker to credit with a quotation, given the
// one its attribution names: that speaker, or "" (nobody, and the
// quotation is left out) when it is nameless.
// A document from or by a named body credits that body ("a statement
// from Team Trump" → Team Trump).
func namedSpeaker(speaker string) string {
	ws := strings.Fields(speaker)
	for i := 1; i+1 < len(ws) && i <= 2; i++ {
		name := ws[i+1:]
		if len(name) > 1 && name[0] == "the" {
			name = name[1:]
		}
		if (ws[i] == "from" || ws[i] == "by") && (is(cue.NotSpeakers, ws[i-1]) || is(cue.Documents, ws[i-1])) && capitalized(name[0]) && !strings.Contains(speaker, ",") {
			return strings.Join(ws[i+1:], " ")
		}
	}
	if isNameless(speaker) {
		return ""
	}
	return speaker
}
