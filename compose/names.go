package compose

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/internal/cue"
	"github.com/newsbrief/newsbrief/internal/langtag"
)

// entities finds the people, organisations and places the sources name
// (name_runs.go for English text, name_ko.go for Korean), merges the forms
// of one name ("Mr Conte" and "Conte" into "Victor Conte", "JK" into
// "Jason King"), keeps those named at least twice or in a headline whose
// text shows them to be a person, an organisation or a place
// (name_type.go: a product, a work or an event is none), and lists the
// most central first: mentions, plus a bonus for a name in a
// headline or a lead sentence.
func (c *corpus) entities(n int) []brief.Entity {
	nc := c.nameContext()
	tally := newNameTally()
	nounCaps := make([]bool, len(c.docs))
	for i, d := range c.docs {
		// a page may declare a language its text is not written in
		nounCaps[i] = i < len(c.langs) && capitalisesNouns(c.langs[i]) || capitalisesNouns(langtag.Detect(d.Text))
	}
	for _, s := range c.sents {
		var found []string
		switch {
		case s.lang == "ko":
			found = koreanNames(s.text)
			if r := koreanReporter(s.text); r != "" {
				tally.reporter[r] = true
				if !slices.Contains(found, r) {
					found = append(found, r)
				}
			}
		case nounCaps[s.doc]:
			continue // every noun is capitalised: capitals do not mark names
		default:
			found = nc.names(s.text)
		}
		for _, name := range found {
			tally.add(name, s.pos < leadSentences)
		}
	}
	tally.dropOpeners(nc.opened)
	tally.joinPairs(nc.paired)
	tally.unglueCommon(nc.lower)
	tally.restoreDemonyms(nc.demonymCut, nc.demonymFull)
	tally.merge()
	for name := range nc.works {
		delete(tally.counts, name) // a work's title everywhere ("Scrubs")
	}
	for name, k := range nc.quoted {
		if k >= tally.counts[name] {
			delete(tally.counts, name) // a nickname or a title, in quotation marks wherever written
		}
	}
	for name, k := range nc.versus {
		if k >= tally.counts[name] {
			delete(tally.counts, name) // a side of a case ("Roe" of "Roe v. Wade") wherever written
		}
	}
	for name, k := range nc.headOf {
		if k+nc.tailOf[name] >= tally.counts[name] {
			delete(tally.counts, name) // the head of a longer name ("Proceedings" of "Proceedings of the National Academy") wherever written
		}
	}
	for name, k := range nc.tailOf {
		if k >= tally.counts[name] {
			delete(tally.counts, name) // the tail of a longer name ("Spotless Mind") wherever written
		}
	}
	weight := map[string]int{}
	var cands []string
	for name, k := range tally.counts {
		inTitle := c.inHeadline(name)
		if k < 2 && !tally.reporter[name] && !(inTitle && c.inSentenceCaseHeadline(name)) {
			continue
		}
		weight[name] = k + tally.bonus(name, inTitle)
		cands = append(cands, name)
	}
	byRank := func(a, b string) bool {
		if weight[a] != weight[b] {
			return weight[a] > weight[b]
		}
		return tally.first[a] < tally.first[b]
	}
	sort.Slice(cands, func(i, j int) bool { return byRank(cands[i], cands[j]) })
	// Only the most central candidates are read for evidence, which keeps
	// the time of a page of thousands of names bounded.
	cands = cands[:min(len(cands), typedCandidates*max(n, 1))]
	var out []brief.Entity
	var typed, untyped []string
	for _, name := range cands {
		ev := c.typeEvidence(name)
		if isHonour(name) && ev&bodyEvidence == 0 {
			continue // an honour or a programme ("Triple Crown")
		}
		if ev == 0 && (!nc.untypedAdmitted(name, tally.counts[name]) || c.afterArticle(name)) {
			untyped = append(untyped, name)
			continue
		}
		typed = append(typed, name)
		out = append(out, brief.Entity{Name: name, Mentions: tally.counts[name]})
	}
	// A name without evidence of its type counts when the sources list it
	// beside a name with some.
	for _, name := range untyped {
		if c.coordinated(name, typed) {
			out = append(out, brief.Entity{Name: name, Mentions: tally.counts[name]})
		}
	}
	sort.Slice(out, func(i, j int) bool { return byRank(out[i].Name, out[j].Name) })
	out = foldPersonVariants(out)
	return out[:min(n, len(out))]
}

// foldPersonVariants folds into a person named in full ("Frida Kahlo")
// each other name listed that holds it with words before or after it
// ("Frida Kahlo de Rivera", "Gisèle Freund Texts" of a credit line,
// "Leicester Matt Upson" of a caption): the same person named again, or
// words glued to the name, which merge left apart because the longer
// form came later and once. A body named after a person keeps its name
// ("Bill Gates Foundation": an organisation's head word ends it), and
// so does a name of another joined by "of" ("Western District of New
// York": "New" is no given name, but nothing tells it). The
// person keeps the better rank of the two and takes the other's
// mentions.
func foldPersonVariants(out []brief.Entity) []brief.Entity {
	for i := 0; i < len(out); i++ {
		p := out[i].Name
		w := strings.Fields(p)
		if len(w) < 2 || !isPersonInFull(w[len(w)-1], p) {
			continue
		}
		for j := 0; j < len(out); j++ {
			long := out[j].Name
			if j == i || len(long) <= len(p) || is(cue.OrgHeads, strings.ToLower(long[strings.LastIndexByte(long, ' ')+1:])) || hasJointWord(long) {
				continue
			}
			if !strings.HasPrefix(long, p+" ") && !strings.HasSuffix(long, " "+p) {
				continue
			}
			out[i].Mentions += out[j].Mentions
			if j < i { // the person takes the variant's place
				out[j].Name, out[j].Mentions = p, out[i].Mentions
				out = slices.Delete(out, i, i+1)
				i = j
			} else {
				out = slices.Delete(out, j, j+1)
			}
			j = -1 // read the list again from the start
		}
	}
	return out
}

// bodyEvidence is the evidence that an honour's or a programme's name
// ("the Crown") names a body: it speaks ("the Crown said"), or an acronym
// is bracketed with it. A role is not, nor being told something: a
// programme has presenters and is told things too ("told Rugby Special").
const bodyEvidence = evidenceSpeech | evidenceAcronym

// isHonour reports a name whose last word ends the name of an honour or a
// programme ("Triple Crown", "Test Match Special").
func isHonour(name string) bool {
	return is(cue.HonourLast, strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:]))
}

// capitalisesNouns reports a language that capitalises every noun
// (German), where a run of capitals is no sign of a name.
func capitalisesNouns(lang string) bool { return lang == "de" }

// Centrality bonuses: a name in a headline or in one of the first
// leadSentences sentences of a source is central to the story.
const (
	// typedCandidates times the names asked for are read for evidence of
	// their type (name_type.go), the most central first.
	typedCandidates = 6

	leadSentences = 2
	headlineBonus = 3
	leadBonus     = 1
)

// inHeadline reports whether a source's title names name, or the last
// word of it ("Pickles visits Leeds" names "Eric Pickles").
func (c *corpus) inHeadline(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	for _, d := range c.docs {
		if d.Title != "" && (containsWords(d.Title, name) || containsWords(d.Title, last)) {
			return true
		}
	}
	return false
}

// inSentenceCaseHeadline reports whether a source's title that is not in
// title case names name: a title that capitalises most of its words ("Dare
// to Play 3", "Through the Darkest of Times Review") tells no name by its
// capitals, so it cannot vouch for a name the text writes once.
func (c *corpus) inSentenceCaseHeadline(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	for _, d := range c.docs {
		if d.Title != "" && !isTitleCase(d.Title) && (containsWords(d.Title, name) || containsWords(d.Title, last)) {
			return true
		}
	}
	return false
}

// isTitleCase reports a title that capitalises at least two thirds of its
// words of four or more letters.
func isTitleCase(title string) bool {
	long, caps := 0, 0
	for _, w := range strings.Fields(title) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	return long > 0 && 3*caps >= 2*long
}

// containsWords reports whether s has name as whole words.
func containsWords(s, name string) bool { return wordIndex(s, name, 0) >= 0 }

// wordIndex returns where s writes form as whole words at or after i, or
// -1.
func wordIndex(s, form string, i int) int {
	for i <= len(s) {
		k := strings.Index(s[i:], form)
		if k < 0 {
			return -1
		}
		start, end := i+k, i+k+len(form)
		if (start == 0 || !isWordByte(s[start-1])) && (end == len(s) || !isWordByte(s[end])) {
			return start
		}
		i = start + 1
	}
	return -1
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// afterArticle reports whether an English sentence writes name right
// after "a" or "an" as the whole of its phrase ("a Titanic or a Lord of
// the Rings", "a Touch Bar."): a name with no evidence of its type
// written so is a common noun, a product or a work's title. A person's
// name in full, a place or a body takes no indefinite article but as a
// modifier ("a GOP lawmaker", "a Boeing 787") or with a clause after it
// ("a Force India that is off the pace"), which this does not read. Only
// a lower-case article counts (an "A" opening a sentence is not read); a
// capitalised "The" tells nothing: newspapers, bands and places take it
// ("The Guardian", "The Doobie Brothers", "The Hague").
func (c *corpus) afterArticle(name string) bool {
	for _, s := range c.sents {
		if s.lang != "en" {
			continue // "a Rusia" is Spanish for "to Russia"
		}
		for _, at := range wordOccurrences(s.text, name) {
			head := strings.TrimSuffix(s.text[:at], " ")
			if head == s.text[:at] {
				continue // glued to what comes before
			}
			w := head[strings.LastIndexAny(head, " \t\n")+1:]
			if (w == "a" || w == "an") && endsPhrase(s.text[at+len(name):]) {
				return true
			}
		}
	}
	return false
}

// endsPhrase reports whether rest, the text after a name, ends its noun
// phrase: nothing, punctuation, or "or" or "and" before another.
func endsPhrase(rest string) bool {
	if rest == "" || !strings.HasPrefix(rest, " ") {
		return !strings.HasPrefix(rest, "'") && !strings.HasPrefix(rest, "’") && !strings.HasPrefix(rest, "-")
	}
	return strings.HasPrefix(rest, " or ") || strings.HasPrefix(rest, " and ")
}

// bonus returns the centrality bonus of name: in a headline, in a lead
// sentence.
func (t *nameTally) bonus(name string, inTitle bool) int {
	w := 0
	if inTitle {
		w += headlineBonus
	}
	if t.lead[name] {
		w += leadBonus
	}
	return w
}

// nameTally counts the names found, in the order first found.
type nameTally struct {
	counts map[string]int
	first  map[string]int
	lead   map[string]bool // named in a lead sentence
	// reporter holds the bodies a Korean sentence reports an
	// announcement of (koreanReporter): listed though named once.
	reporter map[string]bool
}

func newNameTally() *nameTally {
	return &nameTally{counts: map[string]int{}, first: map[string]int{}, lead: map[string]bool{}, reporter: map[string]bool{}}
}

func (t *nameTally) add(name string, lead bool) {
	if _, ok := t.first[name]; !ok {
		t.first[name] = len(t.first)
	}
	t.counts[name]++
	t.lead[name] = t.lead[name] || lead
}

// merge moves the count of every form of a name to its fullest form.
func (t *nameTally) merge() {
	names := make([]string, 0, len(t.counts))
	own := make(map[string]int, len(t.counts)) // how often each form is written itself
	for name, k := range t.counts {
		names = append(names, name)
		own[name] = k
	}
	// Shorter names first, so each merges into the longest name it is part
	// of; ties in a fixed order, so the result is deterministic.
	sortNames(names)
	// A name in capitals is the name as the sources write it otherwise
	// ("AUSTRALIA" and "Australia"); of two spellings that differ only in
	// case ("Mustafa Al-Kadhimi", "Mustafa al-Kadhimi") the one written
	// less often, or later, is the other.
	byFold := map[string][]string{} // the spellings of each name, in the order of names
	for _, name := range names {
		k := strings.ToLower(name)
		byFold[k] = append(byFold[k], name)
	}
	for _, name := range names {
		if t.counts[name] == 0 {
			continue
		}
		for _, other := range byFold[strings.ToLower(name)] {
			if other != name && t.counts[other] > 0 && t.caseVariant(name, other, own) {
				t.move(name, other)
				break
			}
		}
	}
	// A single word in the plural is the name the sources also write in
	// the singular ("the Baftas" and "the Bafta"); the count goes to the
	// form written more often.
	for _, name := range names {
		stem, ok := strings.CutSuffix(name, "s")
		if !ok || strings.Contains(name, " ") || t.counts[name] == 0 || t.counts[stem] == 0 {
			continue
		}
		if own[name] > own[stem] {
			t.move(stem, name)
		} else {
			t.move(name, stem)
		}
	}
	// A run of two names the sources also write apart is the two glued
	// together ("Etihad Campus Yaya Toure"); the count goes to the second,
	// unless that is an organisation's tail ("Portsmouth Crown Court").
	// The second need not be written apart when it is a person's name in
	// full whose surname the sources write alone, after a name the sources
	// write alone and inside another name ("Leicester Matt Upson", with
	// "Upson", "Leicester" and "Leicester City").
	for _, name := range names {
		w := strings.Fields(name)
		for k := 1; len(w) >= 3 && k <= len(w)-2 && t.counts[name] > 0; k++ {
			prefix, suffix := strings.Join(w[:k], " "), strings.Join(w[k:], " ")
			if t.counts[prefix] > 0 && (t.counts[suffix] > 0 || k == len(w)-2 && t.gluedBeforePerson(prefix, w[k], w[k+1])) && !is(cue.OrgHeads, strings.ToLower(w[len(w)-1])) {
				t.move(name, suffix)
			}
		}
	}
	names = t.names() // with the persons split off a glued run
	// A surname glued after another name, found once ("Grand Prix Vettel",
	// "Aintree Treadwell"), is the person the sources name in full at
	// least twice ("Sebastian Vettel"), when the words before it belong to
	// another name the sources write ("Australian Grand Prix", "Aintree").
	for _, name := range names {
		w := strings.Fields(name)
		if len(w) < 2 || t.counts[name] != 1 {
			continue
		}
		last := w[len(w)-1]
		full := ""
		for _, other := range names {
			if other != name && t.counts[other] >= 2 && strings.HasSuffix(other, " "+last) && !strings.Contains(other, w[0]) {
				full = other
				break
			}
		}
		if full != "" && t.prefixNamed(w[:len(w)-1], last) {
			t.move(name, full)
		}
	}
	// A surname after an adjective of a people ("American Dent") is the
	// person the sources name in full ("Taylor Dent").
	for _, name := range names {
		rest, ok := afterDemonym(name)
		if !ok || t.counts[name] == 0 {
			continue
		}
		for _, other := range names {
			if other != name && t.counts[other] > 0 && strings.HasSuffix(other, " "+rest) {
				if _, adj := afterDemonym(other); !adj {
					t.move(name, other)
					break
				}
			}
		}
	}
	// A Korean surname alone ("이" of "이 교수") is the one person the
	// sources name in full with it ("이창환"); with none or several, it is
	// no name to list.
	for _, short := range names {
		if utf8.RuneCountInString(short) != 1 || !allHangul(short) || t.counts[short] == 0 {
			continue
		}
		var full []string
		for _, other := range names {
			if other != short && t.counts[other] > 0 && allHangul(other) && strings.HasPrefix(other, short) && isKoreanPerson(other) {
				full = append(full, other)
			}
		}
		if len(full) == 1 {
			t.move(short, full[0])
		} else {
			delete(t.counts, short)
		}
	}
	// A short form goes to the longest name it is a form of that the
	// sources write before it or more than once: a full name comes first
	// ("Victor Conte", then "Conte"), while a one-off run found after the
	// short form is words glued to it ("Iconic Arsenal" in a caption after
	// "Arsenal", "Menorca While Pat" after "Pat Ingles").
	for _, short := range names {
		if t.counts[short] == 0 {
			continue
		}
		long := ""
		for _, cand := range names {
			if cand != short && t.counts[cand] > 0 && len(cand) > len(long) && (own[cand] >= 2 || t.first[cand] < t.first[short] || isPersonInFull(short, cand)) && isFormOf(short, cand) {
				long = cand
			}
		}
		if long != "" {
			t.move(short, long)
		}
	}
	// A one-off run that holds a name the sources write more often, and
	// did not take its count above, is that name with words glued to it
	// ("U.S. Capitol" once beside "Capitol"): it counts for the name.
	for _, long := range names {
		if t.counts[long] != 1 || own[long] != 1 {
			continue
		}
		for _, short := range names {
			if short != long && t.counts[short] >= 2 && isFormOf(short, long) {
				t.move(long, short)
				break
			}
		}
	}
}

// unglueCommon takes apart a run written once that is a name the
// sources write alone, then a capitalised word they also write in lower
// case, then another name they write alone ("Mexico Beautiful Frida", of
// a caption glued to the sentence before it): a caption capitalises its
// first word, a name holds no common word between two names. The count
// goes to the name after the common word. A body's name keeps its common
// words ("Leeds City Council", "Life Care Solutions Europe": a head word
// or a body's word in it, or no name before the common word).
func (t *nameTally) unglueCommon(lower map[string]bool) {
	for _, name := range t.names() {
		w := strings.Fields(name)
		if len(w) < 3 || t.counts[name] != 1 || is(cue.OrgHeads, strings.ToLower(w[len(w)-1])) {
			continue
		}
		for k := 1; k < len(w)-1; k++ {
			l := strings.ToLower(w[k])
			if !lower[l] || isCaps(w[k]) || is(cue.OrgHeads, l) || is(cue.BodyWords, l) || is(cue.NameScopes, l) || isJointWord(l) || is(cue.NameJoints, l) {
				continue
			}
			if rest := strings.Join(w[k+1:], " "); t.counts[rest] > 0 && t.counts[strings.Join(w[:k], " ")] > 0 {
				t.move(name, rest)
				break
			}
		}
	}
}

// dropOpeners moves to the rest of a name each name every mention of
// which opens a sentence with a word capitalised only for that
// (nameContext.opensWithLowerWord), when the sources write the rest alone
// at least twice elsewhere ("Neither Afghanistan" and "Afghanistan",
// "Top Senate Democrats" and "Senate Democrats"): a sentence's start
// capitalised a common word before a name. A name whose rest the sources
// write alone less often keeps its first word ("New Zealand"; "Real
// Madrid" beside one "a move to Madrid").
func (t *nameTally) dropOpeners(opened map[string]int) {
	for _, name := range t.names() {
		if k := opened[name]; k == 0 || t.counts[name] != k {
			continue
		}
		sp := strings.IndexByte(name, ' ')
		if rest := name[sp+1:]; sp > 0 && t.counts[rest] >= 2 {
			t.move(name, rest)
		}
	}
}

// restoreDemonyms gives back the adjective of a people that clean cut
// from a name, when the sources never write the name without it nor its
// last word alone ("Chinese Grand Prix", "Irish Republican Army",
// "Russian Orthodox Church"): the adjective is part of that name. A person
// named after an adjective of a people is named again by the surname
// alone ("Russian Nikolay Davydenko", then "Davydenko").
func (t *nameTally) restoreDemonyms(cut map[string]int, full map[string]string) {
	for _, rest := range t.names() {
		k := cut[rest]
		if k == 0 || t.counts[rest] != k || t.counts[rest[strings.LastIndexByte(rest, ' ')+1:]] > 0 {
			continue
		}
		t.move(rest, full[rest])
	}
}

// caseVariant reports whether name, which differs from other only in
// case, is other's variant: it is in capitals, or other is not and is
// written more often, or as often and first.
func (t *nameTally) caseVariant(name, other string, own map[string]int) bool {
	switch {
	case strings.ToUpper(name) == name:
		return true
	case strings.ToUpper(other) == other:
		return false
	case own[name] != own[other]:
		return own[name] < own[other]
	}
	return t.first[other] < t.first[name]
}

// joinPairs makes one name of a one-word name and the name after it that
// the sources write only as "A and B", each every time ("Customs and
// Border Protection", "Bosnia and Herzegovina"): neither is a name alone.
func (t *nameTally) joinPairs(paired map[[2]string]int) {
	pairs := make([][2]string, 0, len(paired))
	for p := range paired {
		pairs = append(pairs, p)
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i][0]+" "+pairs[i][1] < pairs[j][0]+" "+pairs[j][1] })
	for _, p := range pairs {
		k := paired[p]
		if k < 2 || t.counts[p[0]] != k || t.counts[p[1]] != k {
			continue
		}
		joined := p[0] + " and " + p[1]
		t.move(p[0], joined)
		t.lead[joined] = t.lead[joined] || t.lead[p[1]]
		delete(t.counts, p[1])
	}
}

// names returns the names counted, shorter first (see sortNames).
func (t *nameTally) names() []string {
	names := make([]string, 0, len(t.counts))
	for name := range t.counts {
		names = append(names, name)
	}
	sortNames(names)
	return names
}

// sortNames sorts names shorter first, ties in a fixed order.
func sortNames(names []string) {
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) < len(names[j])
		}
		return names[i] < names[j]
	})
}

// gluedBeforePerson reports whether prefix is a name glued before a
// person's name in full, first and last ("Leicester" before "Matt
// Upson"): the sources write the surname alone, and the prefix alone and
// inside another name ("Leicester City").
func (t *nameTally) gluedBeforePerson(prefix, first, last string) bool {
	if t.counts[last] == 0 || !isPersonInFull(last, first+" "+last) {
		return false
	}
	for other, n := range t.counts {
		if n > 0 && other != prefix && strings.Contains(other, " ") && !strings.HasSuffix(other, " "+last) && strings.HasPrefix(other, prefix+" ") {
			return true
		}
	}
	return false
}

// isPersonInFull reports whether long is a person's name in full whose last
// word is short ("Ross Kemp" of "Kemp"): two or three words, none in
// capitals, a joining word, an adjective or a number word, so not an
// acronym or a description glued to a name ("ISS Progress", "Billion
// U.S.").
func isPersonInFull(short, long string) bool {
	w := strings.Fields(long)
	if len(w) < 2 || len(w) > 3 || w[len(w)-1] != short {
		return false
	}
	for _, x := range w[:len(w)-1] {
		l := strings.ToLower(x)
		if isCaps(x) || isJointWord(l) || is(cue.NameJoints, l) || isAdjective(l) || is(cue.PartyMembers, l) || isScale(l) || is(cue.NumberWords, l) || isCommonWord(x) {
			return false
		}
	}
	return true
}

// prefixNamed reports whether the words before a surname are, or are
// part of, a name the sources write that does not end with that surname.
func (t *nameTally) prefixNamed(prefix []string, surname string) bool {
	p := strings.Join(prefix, " ")
	for other, n := range t.counts {
		if n > 0 && !strings.HasSuffix(other, surname) && containsWords(other, p) {
			return true
		}
	}
	return false
}

// move adds the count of name from to name to.
func (t *nameTally) move(from, to string) {
	if _, ok := t.first[to]; !ok {
		t.first[to] = t.first[from]
	}
	t.counts[to] += t.counts[from]
	t.lead[to] = t.lead[to] || t.lead[from]
	t.first[to] = min(t.first[to], t.first[from])
	delete(t.counts, from)
}

// isFormOf reports whether short is a shorter form of the name long: its
// words appear in order among long's ("Noem" in "Kristi Noem", "Van
// Nistelrooy" in "Ruud van Nistelrooy"), or it is long's initials ("JK"
// for "Jason King").
func isFormOf(short, long string) bool {
	sw, lw := strings.Fields(strings.ToLower(short)), strings.Fields(strings.ToLower(long))
	if len(sw) >= len(lw) {
		return false
	}
	if len(sw) == 1 && isInitials(short, long) {
		return true
	}
	k, joint := 0, false
	for j, w := range lw {
		if k < len(sw) && w == sw[k] {
			if k == 0 && joint {
				return false // "Iran" is not "Majlis of Iran", nor "Cornwall" "Duchess of Cornwall"
			}
			k++
		}
		// after "of" comes another name, unless an organisation's head
		// names the body by it ("Ministry of Justice", "Institutes of Health")
		joint = joint || k == 0 && isJointWord(w) && j > 0 && !isOrgHead(lw[j-1])
	}
	return k == len(sw)
}

// hasJointWord reports a name with a joining word ("of", "and").
func hasJointWord(name string) bool {
	for _, w := range strings.Fields(name) {
		if isJointWord(w) {
			return true
		}
	}
	return false
}

// isJointWord reports a lower-case word that joins two names into one
// ("of", "for", "and", "&"): what follows it is another name.
func isJointWord(w string) bool {
	switch w {
	case "of", "for", "and", "&":
		return true
	}
	return false
}

// isInitials reports whether short, in capitals and with or without full
// stops, spells the first letters of long's capitalised words ("JK" and
// "U.S." of "United States").
func isInitials(short, long string) bool {
	short = strings.ReplaceAll(short, ".", "")
	if len(short) < 2 || strings.ToUpper(short) != short {
		return false
	}
	var b strings.Builder
	for _, w := range strings.Fields(long) {
		if w[0] >= 'A' && w[0] <= 'Z' {
			b.WriteByte(w[0])
		}
	}
	return b.String() == short
}
