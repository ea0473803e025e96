package compose

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/cue"
	"github.com/newsbrief/newsbrief/internal/words"
)

// maxDescriptionWords is the most words of a definite description read
// for its head noun ("The three-time Olympic medallist").
const maxDescriptionWords = 5

// A reference is a word an English sentence uses as something the reader
// has met already: the surname after a courtesy title ("Mr Peston"), or
// the head noun of a definite description opening it ("The agency said
// …").
type reference struct {
	term string // the word as terms writes it
	// titled marks a surname after a courtesy title: news names a person
	// in full before it writes "Mr Peston", so when no earlier statement
	// names them the sentence refers to a person the reader cannot know.
	titled bool
}

// references returns what sentence s refers to as already met. A
// quotation's words are its speaker's, and Korean is not read (its
// demonstratives, "이 로봇은", were tried: see README).
func references(s *sent) []reference {
	fields := strings.Fields(s.text)
	if s.lang == "ko" || len(fields) == 0 || opensWithQuote(s.text) {
		return nil
	}
	var refs []reference
	for k := 0; k+1 < len(fields); k++ {
		if !cue.Has("en", cue.CourtesyTitles, strings.ToLower(strings.TrimRight(fields[k], "."))) {
			continue
		}
		name := bareName(fields[k+1])
		if name == "" || k+2 < len(fields) && capitalized(fields[k+2]) && !strings.ContainsAny(fields[k+1], ",;:'’") {
			continue // not a name, or named in full ("Dr Elizabeth Earland")
		}
		if t := terms(name, "en"); len(t) == 1 {
			refs = append(refs, reference{term: t[0], titled: true})
		}
	}
	if d := descriptionHead(fields); d != "" {
		if t := terms(d, "en"); len(t) > 0 {
			refs = append(refs, reference{term: t[len(t)-1]})
		}
	}
	return refs
}

// bareName returns w as a capitalised word with no possessive or
// punctuation after it ("Peston's" → "Peston"), or "".
func bareName(w string) string {
	w = strings.TrimRight(w, ".,;:")
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return ""
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return ""
		}
	}
	return w
}

// descriptionHead returns the head noun of the definite description that
// opens a sentence of fields ("The three-time Olympic medallist, aboard …"
// → "medallist"), or "" when it opens with none. The description runs
// from "The" to a stop word, a comma, a possessive or a verb after its
// first word (a past form in -ed or one of cue.PresentVerbs: "The move
// follows …"), and is no name (its first word is not capitalised: "The
// Football Association").
func descriptionHead(fields []string) string {
	if len(fields) < 3 || fields[0] != "The" || capitalized(fields[1]) {
		return ""
	}
	head := ""
	for k := 1; k < len(fields) && k <= maxDescriptionWords; k++ {
		w := strings.ToLower(fields[k])
		bare := strings.TrimRight(w, ".,;:")
		if words.IsStop(bare) || !opensWordOrNumber(bare) || k > 1 && (strings.HasSuffix(bare, "ed") || cue.Has("en", cue.PresentVerbs, bare)) {
			break
		}
		head = bare
		if bare != w || strings.HasSuffix(bare, "'s") || strings.HasSuffix(bare, "’s") {
			break
		}
	}
	return head
}

// opensWordOrNumber reports whether w opens with a letter or a digit.
func opensWordOrNumber(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// introducer returns what picking sentence i as a point needs, given the
// terms the reader has met (shown): need is the earlier sentence of its
// document that first names what it refers to and the reader has not met
// yet (-1 when it needs none), and ok is false when it cannot be a point
// now: it refers to a person whom no earlier statement (a sentence that
// may be a point) names first ("Mr Peston" with no "Robert Peston" before
// it), or to things that two different sentences introduce.
//
// A definite description whose head noun no earlier statement uses ("The
// 25-year-old", an epithet of a person named before) needs nothing: which
// sentence it leans on is not known.
func (c *corpus) introducer(i int, shown []string) (need int, ok bool) {
	need = -1
	for _, r := range references(&c.sents[i]) {
		if slices.Contains(shown, r.term) {
			continue
		}
		j := c.firstMention(i, r.term)
		switch {
		case r.titled && (j < 0 || !c.sents[j].candidate):
			return -1, false
		case j < 0 || !c.sents[j].candidate:
			continue // first met here, or met first in no statement (a question, a caption)
		case need >= 0 && need != j:
			return -1, false
		}
		need = j
	}
	return need, true
}

// firstMention returns the first sentence of sentence i's document
// before it that uses term, or -1.
func (c *corpus) firstMention(i int, term string) int {
	first := i
	for first > 0 && c.sents[first-1].doc == c.sents[i].doc {
		first--
	}
	for j := first; j < i; j++ {
		if slices.Contains(c.sents[j].terms, term) {
			return j
		}
	}
	return -1
}
