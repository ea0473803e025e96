package compose

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/cue"
)

// maxTitleWords bounds the words of a title a person is given before their
// name ("Foreign Secretary", "Senate Majority Leader").
const maxTitleWords = 3

// titledPerson returns whom a speaker given as "the" and a title means,
// the way news writing names a person once with a title before the name
// and then by the title alone ("Cardinal Cormac Murphy-O'Connor … the
// cardinal said", "Prime Minister Jane Doe … the prime minister added"):
// the one person context names with that title, in capitals, before their
// name. It returns "" when the title's last word is no title of a person
// ("the company", "the report"), or when context names nobody, or two
// people, so.
func titledPerson(speaker, context string) string {
	if hs := titleHolders(speaker, context); len(hs) == 1 {
		return hs[0]
	}
	return ""
}

// titleHolders returns the people context names with the title a speaker
// given as "the" and a title holds, as titledPerson reads them, each once
// (with the longest of its names).
func titleHolders(speaker, context string) []string {
	ws := strings.Fields(speaker)
	if len(ws) < 2 || len(ws) > 1+maxTitleWords || !strings.EqualFold(ws[0], "the") {
		return nil
	}
	title := make([]string, 0, len(ws)-1)
	for _, w := range ws[1:] {
		if strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) >= 0 {
			return nil
		}
		title = append(title, upperFirst(strings.ToLower(w)))
	}
	if !is(cue.NameTitles, strings.ToLower(title[len(title)-1])) {
		return nil
	}
	titled := strings.Join(title, " ")
	var out []string
	for at := 0; ; {
		i := strings.Index(context[at:], titled+" ")
		if i < 0 {
			break
		}
		i += at
		at = i + len(titled)
		if r, _ := utf8.DecodeLastRuneInString(context[:i]); i > 0 && isWordRune(r) {
			continue // part of a longer word
		}
		name := nameAfterTitle(strings.Fields(runePrefix(context[at:], 200)))
		if name == "" {
			continue
		}
		name = titled + " " + name
		k := slices.IndexFunc(out, func(o string) bool { return lastWord(o) == lastWord(name) })
		switch {
		case k < 0:
			out = append(out, name)
		case len(name) > len(out[k]):
			out[k] = name
		}
	}
	return out
}

// nameAfterTitle returns the capitalised words of a name that open ws
// (up to three, ending at a word that punctuation ends), or "".
func nameAfterTitle(ws []string) string {
	var run []string
	for _, w := range ws {
		if len(run) == 3 || !capitalized(w) || isLeadWord(w) || isPronoun(w) {
			break
		}
		run = append(run, trimName(w))
		if trimName(w) != w {
			break // "Cardinal Jane Doe, the head of …"
		}
	}
	return strings.Join(run, " ")
}

// titledSubject returns whom a sentence opening with "the" and a title
// as its subject means ("On Friday, the cardinal will ask …"), as
// titledPerson reads it, or "".
func titledSubject(ws []string, context string) string {
	ws = dropLeads(ws)
	for k := 2; k <= 1+maxTitleWords && k < len(ws); k++ {
		if strings.ContainsAny(ws[k-1], ",.;:") {
			break
		}
		if startsLower(ws[k]) || isLeadWord(ws[k]) {
			if n := titledPerson(strings.Join(ws[:k], " "), context); n != "" {
				return n
			}
		}
	}
	return ""
}

// lastWord returns the last word of s.
func lastWord(s string) string {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}
