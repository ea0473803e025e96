package compose

import (
	"strings"
	"unicode"

	"github.com/newsbrief/newsbrief/internal/cue"
)

// isNameless reports whether a speaker names nobody: a common noun
// phrase with no name in it ("the researchers", "the opinion", "The
// executive order", "the singer and guitarist"), or one whose noun is a
// document, named or not ("an Associated Press report", "The memo for
// members of Congress"). A reader cannot tell who said a quotation so
// credited; a name, a role with a name, or an organisation's name ("the
// Ministry of Defence", "An Electoral Commission spokeswoman") is a
// speaker. A Korean speaker is nameless when it is a group or document
// noun alone (연구진, "the researchers").
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
	if startsLower(head) && is(cue.NotSpeakers, strings.ToLower(head)) {
		return true // a document: "an Associated Press report"
	}
	return !hasCapital(ws[1:])
}

// hasCasedLetter reports whether s has a letter with an upper and a lower
// case (Latin, Greek, Cyrillic), so that a capital can mark a name.
func hasCasedLetter(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return unicode.IsLetter(r) && unicode.ToUpper(r) != unicode.ToLower(r)
	}) >= 0
}

// namedSpeaker returns the speaker to credit with the quotation opening
// at open in text, given the one its attribution names: that speaker
// unless it is nameless; then the person whose name opens the sentence
// before ("Simmons played it first. '…,' the singer told the audience"),
// when the speaker is one person; else "", nobody.
func namedSpeaker(text string, open int, speaker string) string {
	if speaker == "" || !isNameless(speaker) {
		return speaker
	}
	name, _, _ := strings.Cut(speaker, ",")
	ws := strings.Fields(name)
	head := strings.ToLower(ws[len(ws)-1])
	if !hasCasedLetter(name) || strings.HasSuffix(head, "s") || is(cue.NotSpeakers, head) {
		return "" // a group or a document is no one person
	}
	from := max(0, open-followOnGap)
	if k := strings.IndexAny(text[from:open], " \n"); from > 0 && k >= 0 {
		from += k
	}
	return previousSubject(text, text[from:open], open)
}
