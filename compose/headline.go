package compose

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/internal/cue"
)

// Headline shapes.
const (
	// A lead clause of up to maxLeadWords words is a headline whole (the
	// clause that says when or why is often the news: "left fuming after a
	// nightclub played music"); a longer one is cut before a conjunction
	// that leaves at least minHeadlineWords words, else kept whole up to
	// maxWholeWords.
	maxLeadWords     = 20
	minHeadlineWords = 8
	maxWholeWords    = 32
	// maxSiteWords is the most words a site name after a separator has.
	maxSiteWords = 5
	// maxKickerWords is the most words a label before a title has
	// ("BREAKING NEWS:", "The Latest:"); maxTagRunes bounds a bracketed
	// column or series tag ("[과학을 읽다]").
	maxKickerWords = 3
	maxTagRunes    = 30
)

// cleanTitle removes the site name a page title carries before or after a
// separator ("Bridge reopens - Los Angeles Times", "BBC News | Bridge
// reopens", ".:: NMB-MEDIA ::. Templates"): a part that names the
// document's outlet or domain, or a date alone ("23.01.2022 - …"), at
// either end. A separator is a run of punctuation set off by spaces
// (" | ", " - ", " ::. ", " » ").
//
// A label that opens the title is removed too (dropKicker).
func cleanTitle(title string, d brief.Document) string {
	title = dropKicker(strings.TrimSpace(title))
	ws := strings.Fields(title)
	n := len(ws)
	for i := 0; i < len(ws); i++ {
		if isSeparator(ws[i]) {
			if i+1 == len(ws) || !isTitleLabel(strings.Join(ws[:i], " "), d) {
				break
			}
			ws, i = ws[i+1:], -1
		}
	}
	for i := len(ws) - 1; i > 0; i-- {
		if isSeparator(ws[i]) {
			if !isTitleLabel(strings.Join(ws[i+1:], " "), d) {
				break
			}
			ws = ws[:i]
		}
	}
	if len(ws) == n {
		return title
	}
	return strings.Join(ws, " ")
}

// isTitleLabel reports a part of a title that is no part of its news: the
// site's name, a date alone ("23.01.2022") or nothing.
func isTitleLabel(p string, d brief.Document) bool {
	return p == "" || isSiteName(p, d) || strings.Trim(p, "0123456789./") == ""
}

// isSeparator reports a word that separates a title's parts: punctuation
// only, with a bar, a dash, a colon, a slash or a guillemet ("|", "–",
// "::.", "»"); not an ellipsis or an ampersand.
func isSeparator(w string) bool {
	const marks = "|-–—:·•»«/~*="
	return strings.Trim(w, marks+".+") == "" && strings.ContainsAny(w, marks)
}

// dropKicker removes a label that opens a title and is no part of its
// news: a column or series tag in brackets ("[과학을 읽다]폐암 …",
// "【速報】…"), or a label before a colon that is in capitals ("BREAKING
// NEWS: …", "EXCLUSIVE: …") or a kicker word of the language ("The Latest:
// …", cue list kicker). A title that would be left with fewer than two
// words keeps its label.
func dropKicker(title string) string {
	rest := title
	if open, size := utf8.DecodeRuneInString(title); open == '[' || open == '【' || open == '〔' {
		closing := map[rune]string{'[': "]", '【': "】", '〔': "〕"}[open]
		if end := strings.Index(title[size:], closing); end > 0 && utf8.RuneCountInString(title[size:size+end]) <= maxTagRunes {
			rest = strings.TrimSpace(title[size+end+len(closing):])
		}
	} else if label, after, ok := strings.Cut(title, ": "); ok && isKicker(label) {
		rest = strings.TrimSpace(after)
	}
	if len(strings.Fields(rest)) < 2 && utf8.RuneCountInString(rest) < 8 {
		return title
	}
	return rest
}

// isKicker reports a label before a title's colon: a kicker of cue list
// kicker, or two to maxKickerWords words in capitals ("JUST IN").
func isKicker(label string) bool {
	ws := strings.Fields(label)
	if len(ws) == 0 || len(ws) > maxKickerWords {
		return false
	}
	if slices.Contains(cue.Phrases("en", cue.Kickers), strings.ToLower(strings.Join(ws, " "))) {
		return true
	}
	letters := false
	for _, r := range label {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsUpper(r)
	}
	return letters && len(ws) > 1 // not "NHS: …" or "US: …", a topic in capitals
}

// isSiteName reports whether a title part names the document's outlet:
// it is short and holds the outlet's name or its domain's first label
// ("Los Angeles Times", "latimes.com", "BBC News" for outlet "BBC").
func isSiteName(part string, d brief.Document) bool {
	p := strings.ToLower(strings.TrimSpace(part))
	if p == "" || len(strings.Fields(p)) > maxSiteWords {
		return false
	}
	compact := strings.ReplaceAll(p, " ", "")
	for _, name := range []string{d.Outlet, d.Domain} {
		n := strings.ToLower(strings.TrimSpace(name))
		if n == "" {
			continue
		}
		if label := domainLabel(n); len(label) >= 3 && strings.Contains(compact, label) {
			return true
		}
		if len(n) >= 2 && (strings.Contains(p, n) || strings.Contains(compact, strings.ReplaceAll(n, " ", ""))) {
			return true
		}
		if spelledOut(p, n) {
			return true
		}
	}
	return false
}

// domainLabel returns the label that names a site in its domain: the
// last but one of three letters or more ("latimes" of "www.latimes.com",
// "bbc" of "bbc.co.uk", "nmb-media" of "shop.nmb-media.de"); "" for a
// name that is no domain.
func domainLabel(domain string) string {
	labels := strings.Split(domain, ".")
	if len(labels) < 2 || strings.Contains(domain, " ") {
		return ""
	}
	for k := len(labels) - 2; k >= 0; k-- {
		if len(labels[k]) >= 3 && labels[k] != "www" {
			return labels[k]
		}
	}
	return ""
}

// spelledOut reports whether every word of an outlet's name or domain
// label ("Politische Bildung Brandenburg", "politische-bildung-brandenburg")
// opens a word of part, which spells the outlet out ("Brandenburgische
// Landeszentrale für politische Bildung"); names of two words or more,
// each of four letters or more.
func spelledOut(part, name string) bool {
	if !strings.Contains(name, " ") {
		name, _, _ = strings.Cut(strings.TrimPrefix(name, "www."), ".")
		name = strings.ReplaceAll(name, "-", " ")
	}
	ws := strings.Fields(name)
	for _, w := range ws {
		if len(w) < 4 || !strings.HasPrefix(part, w) && !strings.Contains(part, " "+w) {
			return false
		}
	}
	return len(ws) >= 2
}

// leadHeadline makes a headline from a lead sentence when a story has no
// title: its main clause, without its final stop. An opening subordinate
// clause ("As rents soared, the student told …") is left out; the clause
// ends at the first clause break (a comma, dash, spaced hyphen, semicolon
// or colon) that does not open or close an aside ("Jane Doe, 32, said …",
// "Kemp, who …, said", "in, or close to, a car"). A clause longer than maxLeadWords is
// cut before a conjunction (cue list clause-cut) that leaves at least
// minHeadlineWords words, enough for a subject and its verb; one with no
// such conjunction is kept whole up to maxWholeWords words — a long
// headline reads better than a fragment ("An obese mother who enjoyed
// takeaways") — and a longer one is cut before a preposition.
func leadHeadline(s string) string {
	s = strings.TrimRight(strings.TrimSpace(s), ".!。 ")
	s = mainClause(s)
	words := strings.Fields(s)
	if len(words) <= maxLeadWords {
		return trimTail(s)
	}
	for k := minHeadlineWords; k < len(words); k++ {
		w := strings.ToLower(words[k])
		if cue.Has("en", cue.ClauseCuts, w) && !strings.HasSuffix(words[k-1], ",") && !(isSeparator(words[k-1]) && cue.Has("en", cue.RelativeWords, w)) {
			return trimTail(strings.Join(words[:k], " "))
		}
	}
	if len(words) <= maxWholeWords {
		return trimTail(s)
	}
	for k := maxLeadWords; k >= minHeadlineWords; k-- {
		if cue.Has("en", cue.Prepositions, strings.ToLower(words[k])) {
			return trimTail(strings.Join(words[:k], " "))
		}
	}
	return strings.Join(words[:maxLeadWords], " ") + " …"
}

// trimTail drops the punctuation a cut leaves at a headline's end.
func trimTail(s string) string { return strings.TrimRight(s, " ,;:-–—") }

// mainClause returns s without an opening subordinate clause or phrase
// ("As rents soared, …", "Under Russia's existing law, …") and cut at its
// first clause break that is not inside an aside. A hyphen set off by
// spaces is a dash, as in text typed without dashes ("improve complexion
// - if clients …"); a headline that kept it would read as a title with
// a separator. Like a comma, it opens an aside before a relative word or
// a number ("the painting - which is about 7ft in height - was …"), or
// when another spaced hyphen follows in the sentence ("Park View - rated
// inadequate - will …": a pair of dashes encloses an aside); the next
// spaced hyphen closes it. A comma too early to end the clause (after
// fewer than four words) follows a short subject and opens its apposition
// ("David Doe, MP for Lind, said …", "The service, held to mark …, was
// attended …"), which the next comma closes.
func mainClause(s string) string {
	words := strings.Fields(s)
	if len(words) > 0 && opensPhrase(words[0]) {
		if i := strings.Index(s, ", "); i > 0 {
			rest := s[i+2:]
			if len(strings.Fields(rest)) >= minHeadlineWords {
				s = upperFirst(rest)
			}
		}
	}
	aside := "" // the mark that opened the aside the scan is in
	for i := 0; i < len(s); i++ {
		for _, b := range []string{", ", " — ", " – ", " -- ", " - ", "; ", ": "} {
			if !strings.HasPrefix(s[i:], b) {
				continue
			}
			after := strings.Fields(s[i+len(b):])
			if aside != "" && (b == aside || aside == " - ") {
				// The mark that closes the aside, or any mark inside a
				// hyphen's aside ("- which is 7ft, in all -"): no break.
				if b == aside {
					aside = ""
				}
				break
			}
			if b == " - " && (len(after) > 0 && opensAside(after[0]) || strings.Contains(s[i+len(b):], b)) {
				aside = b
				break
			}
			if b == ", " && len(after) > 0 && (opensAside(after[0]) || cue.Has("en", cue.Coordinators, strings.ToLower(after[0]))) {
				aside = b
				break
			}
			if len(strings.Fields(s[:i])) >= 4 {
				return s[:i]
			}
			if b == ", " && len(after) > 0 && opensApposition(strings.Fields(s[:i]), after[0]) {
				aside = b // after a short subject: its apposition ("David Doe, MP for Lind, said")
			}
			break
		}
	}
	return s
}

// opensApposition reports a comma that follows a short subject and opens
// its apposition, given the words before the comma and the first word
// after it: a subject that is a name of two or more capitalised words
// ("Jane Doe, the mayor of Lind, opened …"), or a first word that is a
// title or a name (capitalised, no determiner: "David Doe, MP for Lind,
// said") or a past participle ("The service, held to mark …, was
// attended"). A short opening adverbial is followed by its clause's subject
// instead ("Yesterday, police arrested …", "Last week, the company said …").
func opensApposition(subject []string, next string) bool {
	if len(subject) >= 2 && allCapitalised(subject) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(next)
	lower := strings.ToLower(next)
	if unicode.IsUpper(r) {
		return !cue.Has("en", cue.Determiners, lower)
	}
	return len(next) > 3 && strings.HasSuffix(next, "ed") || cue.Has("en", cue.IrregularParticiples, lower)
}

// allCapitalised reports words that all open with a capital letter.
func allCapitalised(words []string) bool {
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// opensAside reports the first word after a comma that opens an aside
// inside a clause: a relative word ("who") or a number (an age, "32,").
func opensAside(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r) || cue.Has("en", cue.RelativeWords, strings.ToLower(w))
}

// opensPhrase reports the first word of a sentence that opens a
// subordinate clause or phrase before its main clause: a subordinator
// ("As") or a preposition ("Under").
func opensPhrase(w string) bool {
	l := strings.ToLower(w)
	return cue.Has("en", cue.Subordinators, l) || cue.Has("en", cue.Prepositions, l)
}

// leadSpan returns the byte offsets in sentence of the span headline shows,
// headline being leadHeadline(sentence): its words in a row, the first
// one perhaps with its first letter in capitals (after a dropped opening
// phrase), the last one perhaps shorter (a final stop or comma trimmed),
// and a final " …" not in the sentence. ok is false when the sentence
// holds no such span.
func leadSpan(sentence, headline string) (start, end int, ok bool) {
	want := strings.Fields(strings.TrimSuffix(headline, " …"))
	if len(want) == 0 {
		return 0, 0, false
	}
	words := wordSpans(sentence)
	last := len(want) - 1
	for k := 0; k+last < len(words); k++ {
		match := true
		for n, w := range want {
			got := sentence[words[k+n].start:words[k+n].end]
			if n == 0 {
				got = upperFirst(got)
				w = upperFirst(w)
			}
			if n == last && !strings.HasPrefix(got, w) || n < last && got != w {
				match = false
				break
			}
		}
		if match {
			end := words[k+last].start + len(want[last])
			if last == 0 { // the first letter's case may differ in size
				_, shown := utf8.DecodeRuneInString(want[0])
				_, source := utf8.DecodeRuneInString(sentence[words[k].start:])
				end += source - shown
			}
			return words[k].start, end, true
		}
	}
	return 0, 0, false
}

// wordSpan is the byte offsets of one word of a text.
type wordSpan struct{ start, end int }

// wordSpans returns the words of s as strings.Fields splits them, by
// their offsets.
func wordSpans(s string) []wordSpan {
	var out []wordSpan
	start := -1
	for i, r := range s {
		switch {
		case unicode.IsSpace(r) && start >= 0:
			out = append(out, wordSpan{start, i})
			start = -1
		case !unicode.IsSpace(r) && start < 0:
			start = i
		}
	}
	if start >= 0 {
		out = append(out, wordSpan{start, len(s)})
	}
	return out
}

// upperFirst returns s with its first letter in capitals.
func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// opensQuotation reports a sentence that opens with a quotation mark: its
// main clause is a speaker's words, and a headline cut from it would give
// them without the speaker, whose name follows the quotation ("\"We will
// rebuild every house …,\" the mayor said"), often cut inside the
// quotation.
func opensQuotation(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	f := markFamily(r)
	return f == famDouble || f == famCorner || f == famWhiteCorner || r == '‘'
}

// unquotedInsight returns the key insight a headline is taken from in place
// of best, which opens with a quotation: the earliest of best's document
// that does not, else the first of another's, else best.
func (c *corpus) unquotedInsight(best int, insights []int) int {
	alt := -1
	for _, i := range insights {
		s := &c.sents[i]
		if s.needsPrev || opensQuotation(s.text) {
			continue
		}
		switch {
		case s.doc == c.sents[best].doc && (alt < 0 || c.sents[alt].doc != s.doc || i < alt):
			alt = i
		case alt < 0:
			alt = i
		}
	}
	if alt < 0 {
		return best
	}
	return alt
}
