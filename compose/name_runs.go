package compose

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/cue"
	"github.com/newsbrief/newsbrief/internal/words"
)

// nameContext is what the sources tell about their words that a name
// found in one sentence is checked against.
type nameContext struct {
	lower  map[string]bool   // words the sources write in lower case
	midCap map[string]bool   // words the sources capitalise after a sentence's first word
	works  map[string]bool   // names written after the kind of work they title ("sitcom Scrubs")
	quoted map[string]int    // how often a name is written alone in quotation marks ("'Doggie'")
	paired map[[2]string]int // how often a one-word name is written "and" before another
	versus map[string]int    // how often a name is written as a side of a case ("Roe v. Wade")
	headOf map[string]int    // how often a name is written as the head of a longer one ("Proceedings of the National Academy")
	tailOf map[string]int    // how often a name is written as the tail of a longer one ("Spotless Mind" of "Eternal Sunshine of the Spotless Mind")
	// demonymCut counts the names clean found after an adjective of a
	// people it cut, and demonymFull keeps the name with it ("Grand Prix",
	// "Chinese Grand Prix"): see nameTally.restoreDemonyms.
	demonymCut  map[string]int
	demonymFull map[string]string
	// commonCaps holds the words in capitals the sources use as common
	// nouns ("DVDs", "an EKG."): see commonAcronym.
	commonCaps map[string]bool
	// opened counts the names found whose first word opens a sentence and
	// is capitalised only for that (see opensWithLowerWord).
	opened map[string]int
}

// nameContext reads the English sentences' words.
func (c *corpus) nameContext() *nameContext {
	nc := &nameContext{lower: map[string]bool{}, midCap: map[string]bool{}, commonCaps: map[string]bool{}}
	plural, caps := map[string]bool{}, map[string]bool{} // words in capitals, with a lower-case "s" and without
	for _, s := range c.sents {
		if s.lang == "ko" {
			continue
		}
		toks := tokenize(s.text)
		for i, t := range toks {
			w, _ := stripPossessive(s.text[t.start:t.end])
			r, _ := utf8.DecodeRuneInString(w)
			switch {
			case unicode.IsLower(r) && !isParticleName(w):
				nc.lower[strings.ToLower(w)] = true
			case unicode.IsUpper(r) && !opensClause(s.text, toks, i):
				nc.midCap[w] = true
			}
			if a, ok := commonAcronym(s.text, toks, i); ok {
				nc.commonCaps[a] = true
			} else if stem, ok := strings.CutSuffix(w, "s"); ok && isCaps(stem) {
				plural[stem] = true
			}
			if isCaps(w) {
				caps[w] = true
			}
		}
	}
	for stem := range plural {
		if caps[stem] {
			nc.commonCaps[stem] = true // "GHG" and "GHGs": not "the AAAs" alone
		}
	}
	return nc
}

// commonAcronym reports a word in capitals that toks[i] uses as a common
// noun, the head of a phrase after "a" or "an" with punctuation or a
// function word after it ("bought a DVD.", "an EKG on Monday"). A body's
// acronym is unique: it takes no indefinite article but as a modifier
// ("an FBI agent"). nameContext also counts an acronym the sources write
// both in the singular and in the plural with a lower-case "s" ("GHG",
// "GHGs"), as no body's name is.
func commonAcronym(s string, toks []token, i int) (string, bool) {
	w := s[toks[i].start:toks[i].end]
	if !isCaps(w) || i == 0 || toks[i-1].trailing || toks[i-1].word != "a" && toks[i-1].word != "an" {
		return "", false
	}
	if toks[i].trailing || i+1 == len(toks) {
		return w, true
	}
	next := s[toks[i+1].start:toks[i+1].end]
	return w, next == toks[i+1].word && words.IsStop(next)
}

// nameWord is one word of a run of capitalised words.
type nameWord struct {
	text    string
	heading bool // a word in capitals next to another: part of a heading
	opening bool // the sentence's first word
	joint   bool // a lower-case word inside a name ("of")
}

// names returns the names an English sentence writes: its runs of
// capitalised words, split at punctuation, brackets and possessives
// ("Chelsea's Damien Duff" → "Chelsea", "Damien Duff") and cleaned of
// what is not part of a name (see clean).
func (nc *nameContext) names(s string) []string {
	toks := tokenize(s)
	var out []string
	var run []nameWord
	start, last := 0, 0     // the tokens of run[0] and of its last word
	prev, prevEnd := "", -1 // the last name found whole and its last token
	flush := func() {
		if name := nc.clean(run); name != "" && !inQuotedTitle(s, toks[start].start, toks[last].end) {
			whole := name == s[toks[start].start:toks[last].end]
			if whole && prevEnd >= 0 && prevEnd == start-2 && toks[start-1].word == "and" && !toks[prevEnd].trailing && !strings.Contains(prev, " ") {
				if nc.paired == nil {
					nc.paired = map[[2]string]int{}
				}
				nc.paired[[2]string{prev, name}]++ // "Customs and Border Protection"
			}
			prev, prevEnd = "", -1
			if whole {
				prev, prevEnd = name, last
			}
			if whole && inQuotes(s, toks[start].start, toks[last].end) {
				if nc.quoted == nil {
					nc.quoted = map[string]int{}
				}
				nc.quoted[name]++
			}
			if span := s[toks[start].start:toks[last].end]; strings.HasSuffix(span, name) && isCaseSide(s, toks[last].end-len(name), toks[last].end) {
				if nc.versus == nil {
					nc.versus = map[string]int{}
				}
				nc.versus[name]++
			}
			if whole && headsLongerName(name, s[toks[last].end:]) {
				if nc.headOf == nil {
					nc.headOf = map[string]int{}
				}
				nc.headOf[name]++
			}
			if whole && tailsLongerName(s[:toks[start].start], name) {
				if nc.tailOf == nil {
					nc.tailOf = map[string]int{}
				}
				nc.tailOf[name]++
			}
			if nc.titlesWork(toks, start, name, run[0].text) {
				if nc.works == nil {
					nc.works = map[string]bool{}
				}
				nc.works[name] = true
			} else {
				if nc.opensWithLowerWord(run, name) {
					if nc.opened == nil {
						nc.opened = map[string]int{}
					}
					nc.opened[name]++ // counted as the tally counts it: names listed
				}
				out = append(out, name)
			}
		}
		run = nil
	}
	for i, t := range toks {
		if len(run) == 0 {
			start = i
		}
		if t.start > 0 && strings.ContainsRune("(“\"‘'[", rune(s[t.start-1])) {
			flush()
		}
		w, possessive := stripPossessive(s[t.start:t.end])
		w = unglueDate(w)
		glued := false
		if w, glued = nc.unglueWord(w); glued {
			flush() // "deviceWorld champion", "resultsChinese Grand Prix": a caption or a line glued on
			start = i
		}
		if len(run) > 0 && isNameWord(w) && (len(w) <= 4 && words.IsStop(strings.ToLower(w)) || is(cue.SentenceStarts, strings.ToLower(w)) || isShouted(w) != isShouted(run[len(run)-1].text) || len(run) > 1 && w == run[len(run)-1].text) {
			flush() // "Applicants The East Cliff Project", "Menorca While Pat", "SACHIN TENDULKAR Benaud", "Sebastian Vettel Vettel" (not "Chan Chan"): a new run
		}
		switch {
		case isNameWord(w):
			heading := isShouted(w) && (i > 0 && isCaps(s[toks[i-1].start:toks[i-1].end]) || i+1 < len(toks) && isCaps(s[toks[i+1].start:toks[i+1].end]))
			if t.trailing && is(cue.NameAbbrevs, strings.ToLower(w)) && continuesName(s, t) {
				w += "." // "St. Louis Park"
			}
			run = append(run, nameWord{text: w, opening: glued || opensClause(s, toks, i), heading: heading})
		case len(run) > 0 && isParticleName(w):
			run = append(run, nameWord{text: w}) // "Mustafa al-Kadhimi"
		case len(run) > 0 && isInitial(w) && continuesName(s, t) && i+1 < len(toks) && isNameWord(s[toks[i+1].start:toks[i+1].end]):
			run = append(run, nameWord{text: w + "."}) // a middle initial: "Elizabeth A. Burton"
			continue
		case len(run) > 0 && !t.trailing && nc.isJoint(toks, i, s, run):
			run = append(run, nameWord{text: w, joint: true})
			continue
		default:
			if len(run) > 0 && hasDigit(w) && is(cue.NameNumberLabels, strings.ToLower(run[len(run)-1].text)) {
				run = run[:len(run)-1] // a label before its number: "Air France Flight 447", "Interstate 225"
			}
			flush()
			continue
		}
		last = i
		if possessive || t.trailing && !(continuesName(s, t) && i+1 < len(toks) && isNameWord(s[toks[i+1].start:toks[i+1].end])) {
			flush()
		}
	}
	flush()
	return out
}

// opensWithLowerWord reports whether name, cleaned from run, starts with
// run's first word where that word opens its sentence, is a word English
// writes in lower case (cue.LowerWords: "New", "Top", "Neither") and is
// never capitalised inside a sentence by the sources, nor a particle of
// a name ("De Jong"), nor written in capitals ("US", "WHO", "IT" are
// acronyms, not "us", "who", "it"): the word may be
// capitalised only for the sentence's start ("New Southampton manager
// Harry Redknapp", "Neither Afghanistan nor Iraq"). nameTally.dropOpeners
// decides by the rest of the name.
func (nc *nameContext) opensWithLowerWord(run []nameWord, name string) bool {
	first := run[0]
	l := strings.ToLower(first.text)
	return first.opening && !isCaps(first.text) && strings.HasPrefix(name, first.text+" ") && !nc.midCap[first.text] && is(cue.LowerWords, l) && !is(cue.NameJoints, l)
}

// titlesWork reports whether name, found from toks[start] whose word is
// first, is the title of a work the word before it names the kind of
// ("the sitcom Scrubs", "the Channel 5 show OAPs Behaving Badly", "the
// album Final Straw", "a mission called Europa Clipper"): a work is no
// person, organisation or place.
func (nc *nameContext) titlesWork(toks []token, start int, name, first string) bool {
	if start == 0 || !strings.HasPrefix(name, first) {
		return false
	}
	before := toks[start-1]
	if start >= 2 && !before.trailing && !before.upper && is(cue.WorkCalled, before.word) {
		before = toks[start-2] // "a mission called Europa Clipper"
	}
	return !before.trailing && !before.upper && is(cue.WorkKinds, before.word)
}

// inQuotes reports whether s[start:end] is set alone in quotation marks
// ("the hen, called 'Doggie',"), as a nickname or a title is.
func inQuotes(s string, start, end int) bool {
	before, after := s[:start], s[end:]
	return (strings.HasSuffix(before, "'") || strings.HasSuffix(before, "\"") || strings.HasSuffix(before, "‘") || strings.HasSuffix(before, "“")) &&
		(strings.HasPrefix(after, "'") || strings.HasPrefix(after, "\"") || strings.HasPrefix(after, "’") || strings.HasPrefix(after, "”"))
}

// headsLongerName reports whether rest, the text after a name, goes on
// with "of the" and a capitalised word: the name is the head of a longer
// one that names a journal, a body or a work with "of the" inside it
// ("Proceedings of the National Academy of Sciences", "Museum of the
// Moving Image", "Lord of the Rings"), which runs of capitalised words
// cut there. Written so at every mention, the head alone is a fragment;
// not a person's name in full before a body's ("Jane Doe of the Brookings
// Institution").
func headsLongerName(name, rest string) bool {
	tail, ok := strings.CutPrefix(rest, " of the ")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(tail)
	if !unicode.IsUpper(r) {
		return false
	}
	sp := strings.LastIndexByte(name, ' ')
	return !(sp > 0 && isPersonInFull(name[sp+1:], name) && namesBody(capitalRun(tail))) // a person of a body: "Jane Doe of the Brookings Institution"
}

// capitalRun returns the run of capitalised words that opens s, up to
// punctuation ("Brookings Institution" of "Brookings Institution, a …").
func capitalRun(s string) string {
	var run []string
	for _, f := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) {
			break
		}
		w := strings.TrimRight(f, ".,;:!?'’\"”)")
		run = append(run, w)
		if w != f {
			break
		}
	}
	return strings.Join(run, " ")
}

// tailsLongerName reports whether head, the text before a name, ends
// with a capitalised word and "of the": the name is the tail of a longer
// one cut there ("Spotless Mind" of "Eternal Sunshine of the Spotless
// Mind"), unless that word is a title, a role, a person or a body's head
// noun, after which a name of its own follows ("President of the United
// States", "Republic of the Congo"), a word capitalised only to open the
// sentence ("Most of the Democrats"), or the end of a person's name in
// full when the name is a body's ("Jane Doe of the Brookings
// Institution").
func tailsLongerName(head, name string) bool {
	before, ok := strings.CutSuffix(head, " of the ")
	if !ok {
		return false
	}
	w := prevWord(before, len(before))
	r, _ := utf8.DecodeRuneInString(w)
	l := strings.ToLower(w)
	if !unicode.IsUpper(r) || is(cue.NameTitles, l) || is(cue.NameRoles, l) || is(cue.PersonNouns, l) || isOrgHead(l) {
		return false
	}
	rest := strings.TrimSpace(strings.TrimSuffix(strings.TrimRight(before, ".,;:'’"), w))
	if rest == "" || strings.ContainsAny(rest[len(rest)-1:], ".!?:\"“") || words.IsStop(l) || is(cue.SentenceStarts, l) {
		return false // a word capitalised for the sentence's start: "Most of the Democrats"
	}
	w0 := prevWord(rest, len(rest))
	return !(isPersonInFull(w, w0+" "+w) && namesBody(name)) // a person of a body: "Jane Doe of the Brookings Institution"
}

// namesBody reports whether a name's last word is the head noun of a
// body's name ("Brookings Institution", "National Academy").
func namesBody(name string) bool {
	return isOrgHead(strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:]))
}

// isOrgHead reports a lower-case word, or its plural, that ends a body's
// name (cue.OrgHeads: "institution", "committees").
func isOrgHead(l string) bool {
	return is(cue.OrgHeads, l) || is(cue.OrgHeads, strings.TrimSuffix(l, "s"))
}

// isCaseSide reports whether s[start:end] is one side of a court case's
// name, joined to the other by "v." ("Roe v. Wade", "Planned Parenthood
// v. Casey"), as legal writing cites cases; sport writes a fixture "A v B"
// or "A vs. B", which this does not read.
func isCaseSide(s string, start, end int) bool {
	return strings.HasPrefix(s[end:], " v. ") || strings.HasSuffix(s[:start], " v. ")
}

// maxTitle is the most bytes of a title in quotation marks read around a
// name (inQuotedTitle).
const maxTitle = 120

// inQuotedTitle reports whether s[start:end] is part, not the whole, of a
// title set alone in quotation marks, every word capitalised ("Heart" of
// “My Heart Will Go On”): a name inside a title is no name.
func inQuotedTitle(s string, start, end int) bool {
	from := max(0, start-maxTitle) // a title is short: the search stays bounded on a long run-on
	open := strings.LastIndexAny(s[from:start], "“‘\"")
	if open < 0 {
		return false
	}
	open += from
	_, n := utf8.DecodeRuneInString(s[open:])
	rest := s[open+n : min(len(s), open+n+maxTitle)]
	close := strings.IndexAny(rest, "”’\"")
	if close < 0 || open+n+close < end {
		return false
	}
	title := rest[:close]
	if title == s[start:end] || !strings.Contains(title, " ") {
		return false
	}
	for _, w := range strings.Fields(title) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.ContainsAny(w, ".,;:!?") {
			return false
		}
	}
	return true
}

// isInitial reports a single capital letter ("A" of "Elizabeth A. Burton").
func isInitial(w string) bool {
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// opensClause reports whether toks[i] opens its sentence, a clause after
// a colon ("Burton: Dealing in methamphetamine", "Graphic: Emerging
// markets") or a quotation after a full stop that the sentence did not
// end at ("… League. ' Every match"), where a common word is capitalised
// too.
func opensClause(s string, toks []token, i int) bool {
	if i == 0 {
		return true
	}
	gap := s[toks[i-1].start:toks[i].start]
	if strings.HasSuffix(gap, ": ") {
		return true
	}
	j := i - 1
	for j > 0 && toks[j].start == toks[j].end {
		j-- // a quotation mark alone is a token without a word
	}
	if gap = s[toks[j].start:toks[i].start]; j == 0 && toks[j].start == toks[j].end {
		return true
	}
	rest := strings.TrimRight(gap, " ")
	quote := strings.TrimRight(rest, "'\"‘“")
	if len(quote) == len(rest) {
		return false // no quotation opens the word
	}
	end := strings.TrimRight(quote, " ")
	return strings.HasSuffix(end, ".") || strings.HasSuffix(end, "?") || strings.HasSuffix(end, "!") || strings.HasSuffix(end, ":")
}

// unglueWord returns the capitalised word glued after a word in lower
// case, where a page lost the break between a caption, a heading or a
// line and the text after it ("deviceWorld" of "… on this device" and
// "World champion Hamilton", "resultsChinese"), and whether it did. A
// brand in lower case of one or two letters ("iPhone", "eBay") keeps its
// word, and so does a word whose glued part is no capitalised word of
// three letters or more ("macOS", "innerHTML", "userId"); a program's
// identifier ("getElementById") is left alone.
func (nc *nameContext) unglueWord(w string) (string, bool) {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w, false
	}
	for i := 1; i < len(w); i++ {
		switch {
		case w[i] >= 'A' && w[i] <= 'Z':
			if rest := w[i:]; i >= 3 && capitalisedWord(rest) && !hasCamelBreak(rest) {
				return rest, true
			}
			return w, false
		case w[i] < 'a' || w[i] > 'z':
			return w, false
		}
	}
	return w, false
}

// capitalisedWord reports a word of three letters or more whose capital
// is followed by a lower-case letter ("Chinese", "McLaren"; not "OS" or
// "Id").
func capitalisedWord(w string) bool {
	return len(w) >= 3 && w[1] >= 'a' && w[1] <= 'z'
}

// hasCamelBreak reports a lower-case letter followed by a capital inside
// w ("ElementById" of a program's identifier, not "McLaren").
func hasCamelBreak(w string) bool {
	for i := 2; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' && !(i == 2 && w[:2] == "Mc") {
			return true
		}
	}
	return false
}

// unglueDate removes a month or weekday glued to a capitalised word by a
// table that lost its spaces ("MayRoyal Challengers" → "Royal",
// "BangaloreTuesday" → "Bangalore").
func unglueDate(w string) string {
	for i := 1; i < len(w); i++ {
		if !(w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z') {
			continue
		}
		head, tail := strings.ToLower(w[:i]), strings.ToLower(w[i:])
		switch {
		case is(cue.Months, head) || is(cue.Weekdays, head):
			return w[i:]
		case is(cue.Months, tail) || is(cue.Weekdays, tail):
			return w[:i]
		}
	}
	return w
}

// isShouted reports a word in capitals too long for an acronym
// ("TENDULKAR"), as headings inside a text write names.
func isShouted(w string) bool {
	return len(w) >= 5 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// isCaps reports a word of two or more letters, all capitals.
func isCaps(w string) bool {
	return len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// isJoint reports whether toks[i] joins two parts of one name: a word of
// the NameJoints list before a capitalised word ("Ruud van Nistelrooy",
// "Johnson & Johnson"), but "of" and "for" only after one word or an
// adjective and a word ("University of Nottingham", "International
// Association of Athletics Federations", not "Josh Hawley of Missouri"),
// and "and" only between words the sources also write in lower case, as
// common nouns in an organisation's name are ("Food and Drug
// Administration", not "Britain and France").
func (nc *nameContext) isJoint(toks []token, i int, s string, run []nameWord) bool {
	w := toks[i].word
	if !(i+1 < len(toks) && isNameWord(s[toks[i+1].start:toks[i+1].end])) {
		// two particles before a name: "von der Leyen", "de la Cruz"
		return is(cue.NameJoints, w) && w != "of" && w != "for" && w != "and" && i+2 < len(toks) && !toks[i].trailing &&
			is(cue.NameJoints, toks[i+1].word) && !toks[i+1].trailing && isNameWord(s[toks[i+2].start:toks[i+2].end])
	}
	switch {
	case w == "&":
		return true
	case w == "and":
		return nc.lower[strings.ToLower(run[len(run)-1].text)] && nc.lower[toks[i+1].word] && !toks[i+1].trailing || endsWithOrgHead(toks, i+1, s)
	case w == "of" || w == "for":
		if run[0].opening && !nc.midCap[run[0].text] {
			return false // "Fans of Australia" opening a sentence
		}
		head := strings.ToLower(run[len(run)-1].text)
		orgHead := isOrgHead(head)
		if !orgHead && (w == "for" || isPlural(head)) {
			return false // "Institute for …" but not "EastEnders for Barbara"; "Democrats of Biden"
		}
		return len(run) == 1 || len(run) == 2 && isAdjective(strings.ToLower(run[0].text))
	}
	return is(cue.NameJoints, w)
}

// endsWithOrgHead reports whether the capitalised words from toks[i], at
// most three, end with an organisation's head noun ("Drug
// Administration", "Melinda Gates Foundation").
func endsWithOrgHead(toks []token, i int, s string) bool {
	for k := i; k < len(toks) && k < i+3 && isNameWord(s[toks[k].start:toks[k].end]); k++ {
		if isOrgHead(toks[k].word) && (toks[k].trailing || k+1 == len(toks) || toks[k+1].opening || !isNameWord(s[toks[k+1].start:toks[k+1].end])) {
			return true
		}
		if toks[k].trailing {
			break
		}
	}
	return false
}

// continuesName reports whether the punctuation after t is the full stop
// of a title or an initial that a name goes on after ("Gov. Kristi Noem",
// "J. K. Rowling", "U.S. Food").
func continuesName(s string, t token) bool {
	if t.end >= len(s) || s[t.end] != '.' || t.end+1 < len(s) && s[t.end+1] != ' ' {
		return false
	}
	w := strings.TrimSuffix(t.word, ".")
	return utf8.RuneCountInString(w) == 1 || strings.Contains(w, ".") || is(cue.NameTitles, w) || is(cue.NameAbbrevs, w)
}

// stripPossessive returns w without a final "'s" and whether it had one.
func stripPossessive(w string) (string, bool) {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && stem != "" {
			return stem, true
		}
	}
	return w, false
}

// isNameWord reports a word that may be part of a name: capitalised, at
// least two letters, no digits, not a contraction ("I'm") and not a
// compound of a lower-case word ("Injury-ravaged").
func isNameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || utf8.RuneCountInString(w) < 2 || strings.IndexFunc(w, unicode.IsDigit) >= 0 {
		return false
	}
	if i := strings.LastIndexAny(w, "'’"); i >= 0 {
		switch strings.ToLower(w[i+len(string([]rune(w[i:])[0])):]) {
		case "m", "ve", "d", "ll", "re", "t", "":
			return false
		}
	}
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		r, _ := utf8.DecodeRuneInString(w[i+1:])
		return !unicode.IsLower(r)
	}
	return true
}

// isParticleName reports a surname written after a lower-case particle
// and a hyphen ("al-Kadhimi", "el-Sisi", "bin-Talal"), part of the name
// before it.
func isParticleName(w string) bool {
	particle, rest, ok := strings.Cut(w, "-")
	if !ok || !is(cue.NameJoints, particle) || particle == "of" || particle == "for" || particle == "and" {
		return false
	}
	return isNameWord(rest) && !strings.Contains(rest, "-")
}

// clean turns a run of capitalised words into a name, or "" when it is
// none: it drops a sentence's first word that the sources never
// capitalise elsewhere ("Yesterday"), titles and what comes before them
// ("Yesterday Mr Hussen" → "Hussen", "Gov. Kristi Noem" → "Kristi Noem"),
// trailing words that are not names ("Joe Biden Thursday", "Syria
// Asked"), and runs that are only a common or adjectival word ("Police",
// "Afghan").
func (nc *nameContext) clean(run []nameWord) string {
	if k := lastTitle(run); k >= 0 {
		if k == len(run)-1 {
			for k > 0 && isTitleWord(run, k-1) {
				k--
			}
			run = run[:k]
		} else {
			run = nc.afterTitleOf(run[k+1:])
		}
	}
	for len(run) > 0 && (run[0].joint || isCommonWord(run[0].text) || len(run) > 1 && isCountWord(run[0].text) && isAbbrev(run[1].text) || run[0].opening && nc.isOpeningWord(run)) {
		run = run[1:]
	}
	for len(run) > 1 {
		w := run[len(run)-1]
		l := strings.ToLower(w.text)
		if !(w.joint || is(cue.Months, l) || is(cue.Weekdays, l) || isCommonWord(w.text) && len(l) <= 4 || is(cue.NotNames, l) || isAdjective(l) || is(cue.PartyMembers, l) || nc.lower[l] && (isVerbForm(l) || isPlural(l)) || isPartyTag(w.text)) {
			break
		}
		if len(run) == 2 && nc.namesWithHead(run[0].text, l) {
			break // "Amnesty International", "United Nations": a word that is no name alone before it
		}
		if complementsJoint(run, l) {
			break // "International Chamber of Shipping", "Society of Automotive Engineers"
		}
		run = run[:len(run)-1]
	}
	for len(run) > 0 && run[0].joint {
		run = run[1:]
	}
	if len(run) == 0 || len(run) > 1 && isShouted(run[0].text) || run[0].heading {
		return "" // a heading in capitals ("BENAUD COMPARES DON BRADMAN")
	}
	if len(run) == 1 {
		l := strings.ToLower(run[0].text)
		if run[0].opening && !nc.midCap[run[0].text] {
			return "" // "Legendary" once "Dutch" is gone
		}
		if nc.commonCaps[strings.TrimSuffix(run[0].text, "s")] || isCommonWord(l) || isAdjective(l) || isAdjective(strings.TrimSuffix(l, "s")) || is(cue.NotNames, l) || is(cue.NumberWords, l) || isPlural(l) && nc.lower[strings.TrimSuffix(l, "s")] || is(cue.OrgHeads, l) || nc.lower[l] || is(cue.NameTitles, l) || is(cue.PartyMembers, l) || isPartyTag(run[0].text) {
			return "" // … or a party member alone ("Democrat"), no one's name
		}
	}
	if len(run) > 1 && is(cue.PartyMembers, strings.ToLower(run[0].text)) && !is(cue.OrgHeads, strings.ToLower(run[len(run)-1].text)) {
		run = run[1:] // "Republican Lisa Murkowski", "Olympian Tomlinson", not "Republican Party"
	}
	if len(run) > 1 && nc.isHeadingCase(run) {
		return "" // common words in title case: "Patient Care", "Preventive Tool"
	}
	if first := strings.ToLower(run[0].text); len(run) >= 3 && (is(cue.Demonyms, first) || is(cue.Demonyms, strings.TrimSuffix(first, "s"))) && !is(cue.OrgHeads, strings.ToLower(run[len(run)-1].text)) && !hasJoint(run) {
		nc.cutDemonym(run)
		run = run[1:] // "Russian Nikolay Davydenko", "Americans Andy Roddick", not "Irish Sports Council" or "English Collective of Prostitutes"
	}
	if is(cue.NotNameFirst, strings.ToLower(run[0].text)) || is(cue.NotNameLast, strings.ToLower(run[len(run)-1].text)) {
		return "" // "Hurricane Ida", "Texas Heartbeat Act"
	}
	words := make([]string, len(run))
	for i, w := range run {
		words[i] = w.text
	}
	return strings.Join(words, " ")
}

// complementsJoint reports whether run's last word, l in lower case,
// follows a joining word ("of", "for") and is a gerund, a plural or an
// adjective: what a body is of or for ("International Chamber of
// Shipping", "Society of Automotive Engineers", "Institute for Jewish"
// before a cut), not a verb glued after a name ("Syria Asked"). A month,
// a weekday or a word that is never a name still ends no name.
func complementsJoint(run []nameWord, l string) bool {
	w := run[len(run)-1]
	if w.joint || len(run) < 3 || !run[len(run)-2].joint || !isJointWord(strings.ToLower(run[len(run)-2].text)) {
		return false
	}
	return !is(cue.Months, l) && !is(cue.Weekdays, l) && !is(cue.NotNames, l) && !isCommonWord(w.text)
}

// afterTitleOf returns the person named after a title's "of" phrase
// ("Secretary of State Antony Blinken", "Director of National
// Intelligence Avril Haines"), given the words after the title: when
// they open with "of" or "for" and hold three words or more after it, the
// last two, a given name and a surname the sources never write in lower
// case, are the person; the words before them end the title. Other runs
// come back as they are ("of Health" is cut by clean).
func (nc *nameContext) afterTitleOf(run []nameWord) []nameWord {
	if len(run) < 4 || !run[0].joint || !isJointWord(strings.ToLower(run[0].text)) {
		return run
	}
	for _, w := range run[len(run)-3:] {
		if w.joint {
			return run // "Secretary of State Ursula von der Leyen": no given name and surname to read
		}
	}
	for _, w := range run[len(run)-2:] {
		l := strings.ToLower(w.text)
		if nc.lower[l] || isCaps(w.text) || is(cue.OrgHeads, l) || is(cue.BodyWords, l) || isAdjective(l) {
			return run
		}
	}
	return run[len(run)-2:]
}

// cutDemonym records that clean cuts the adjective of a people that opens
// run.
func (nc *nameContext) cutDemonym(run []nameWord) {
	words := make([]string, len(run))
	for i, w := range run {
		words[i] = w.text
	}
	rest := strings.Join(words[1:], " ")
	if nc.demonymCut == nil {
		nc.demonymCut, nc.demonymFull = map[string]int{}, map[string]string{}
	}
	nc.demonymCut[rest]++
	if _, ok := nc.demonymFull[rest]; !ok {
		nc.demonymFull[rest] = strings.Join(words, " ")
	}
}

// namesWithHead reports whether a name's last word l, which clean would
// drop as no part of a name, makes one name with the single word head
// before it: an adjective of scope after a name ("Amnesty
// International", "Grand National"), or a plural after a participle
// ("United Nations", "United States"), which alone names nothing; not
// after a common noun ("House Democratic").
func (nc *nameContext) namesWithHead(head, l string) bool {
	if is(cue.NameScopes, l) {
		return !isCommonWord(head) && !isAdjective(strings.ToLower(head)) && !nc.lower[strings.ToLower(head)]
	}
	return nc.lower[l] && isPlural(l) && isVerbForm(strings.ToLower(head))
}

// isHeadingCase reports a run of words that the sources all also write
// in lower case, as a heading or a product page capitalises common words
// ("Patient Care"), unless it holds an organisation's head noun or a
// joining word ("Ministry of Justice", "Food and Drug Administration") or
// a word in capitals ("UN").
func (nc *nameContext) isHeadingCase(run []nameWord) bool {
	for _, w := range run {
		l := strings.ToLower(w.text)
		if w.joint || !nc.lower[l] || isCaps(w.text) || is(cue.OrgHeads, l) {
			return false
		}
	}
	return true
}

// isOpeningWord reports whether the first word of run, which opens its
// sentence, is capitalised only for that: alone, the sources never
// capitalise it elsewhere ("Maybe"); before a name, they also write it in
// lower case or it is an adverb or a verb in -ing ("Turning", "Entering
// Westminster").
func (nc *nameContext) isOpeningWord(run []nameWord) bool {
	w := run[0].text
	l := strings.ToLower(w)
	if len(run) == 1 {
		return !nc.midCap[w]
	}
	return nc.lower[l] && strings.ToUpper(w) != w || isAdverbForm(l) || strings.HasSuffix(l, "ing") ||
		len(l) >= 6 && (strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "med") || strings.HasSuffix(l, "est"))
}

// isAdverbForm reports a word in -ly that reads as an adverb
// ("Surprisingly", "Finally"), not a given name with the ending ("Kelly",
// "Holly", "Emily", "Shelly"): adverbs of five letters or fewer ("Only",
// "Early") the sources also write in lower case, and none ends in a
// vowel and a double l other than "-ally" and "-ully" ("Really", "Fully").
func isAdverbForm(l string) bool {
	if !strings.HasSuffix(l, "ly") || utf8.RuneCountInString(l) <= 5 {
		return false
	}
	return !(strings.HasSuffix(l, "elly") || strings.HasSuffix(l, "illy") || strings.HasSuffix(l, "olly"))
}

// isVerbForm reports a word in -ed or -ing, which the sources also write
// in lower case, glued to a name ("Syria Asked", "Co According").
func isVerbForm(l string) bool {
	return strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing")
}

// lastTitle returns the index of the last title in run, or -1.
func lastTitle(run []nameWord) int {
	for k := len(run) - 1; k >= 0; k-- {
		if isTitleWord(run, k) {
			return k
		}
	}
	return -1
}

// isTitleWord reports whether run[k] is a title ("Mr", "Gov.", "Attorney
// General"), titles joined by hyphens ("Then-President", "Ex-Minister")
// or a title in the plural ("CEOs Mark Zuckerberg and Jack Dorsey").
func isTitleWord(run []nameWord, k int) bool {
	l := strings.TrimSuffix(strings.ToLower(run[k].text), ".")
	if is(cue.NameTitles, l) || isTitles(l) {
		return true
	}
	return is(cue.NameTitlesAfter, l) && k > 0 && is(cue.NameTitles, strings.TrimSuffix(strings.ToLower(run[k-1].text), "."))
}

// isTitles reports a word made only of titles, joined by hyphens
// ("then-president") or in the plural ("ceos", "governors").
func isTitles(l string) bool {
	if stem, ok := strings.CutSuffix(l, "s"); ok && is(cue.NameTitles, stem) {
		return true
	}
	parts := strings.Split(l, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !is(cue.NameTitles, p) {
			return false
		}
	}
	return true
}

// isPartyTag reports a US party-and-state tag after a politician's name
// ("D-W.Va.", "R-Texas").
func isPartyTag(w string) bool {
	return len(w) > 2 && strings.ContainsRune("DRI", rune(w[0])) && w[1] == '-'
}

// afterDemonym returns the word after an adjective of a people that
// opens a two-word name ("American Dent" → "Dent"; "Australian Open" too,
// which is why a caller keeps it only as a form of a longer name).
func afterDemonym(name string) (string, bool) {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || strings.Contains(rest, " ") || !is(cue.Demonyms, strings.ToLower(first)) {
		return "", false
	}
	return rest, true
}

// hasJoint reports whether a run has a lower-case joining word ("of").
func hasJoint(run []nameWord) bool {
	for _, w := range run {
		if w.joint {
			return true
		}
	}
	return false
}

// isCountWord reports a number or scale word, which before an
// abbreviation counts it and is no part of a name ("Two U.S. senators",
// "Billion U.S. dollars"), unlike "Six Nations".
func isCountWord(w string) bool {
	l := strings.ToLower(w)
	return is(cue.NumberWords, l) || is(cue.Scales, l)
}

// isAbbrev reports a word in capitals or with full stops ("UN", "U.S.").
func isAbbrev(w string) bool { return isCaps(w) || strings.Contains(w, ".") }

// isAdjective reports an adjective of a people or of a name.
func isAdjective(l string) bool { return is(cue.Demonyms, l) || is(cue.NameAdjectives, l) }

// isCommonWord reports a stop word, month, weekday, a word that opens a
// sentence by pointing back ("Meanwhile") or one that is never a name
// ("Later", "COVID").
func isCommonWord(w string) bool {
	l := strings.ToLower(strings.TrimSuffix(w, "."))
	return words.IsStop(l) || is(cue.Months, l) || is(cue.Weekdays, l) || is(cue.Referring, l) || is(cue.NotNames, l)
}
