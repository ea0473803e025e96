package compose

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/cue"
	"github.com/newsbrief/newsbrief/internal/sentence"
)

// Shapes of page furniture and captions that plain text runs into a
// sentence unit, where the page's block boundaries were lost.
const (
	// maxLabelWords is the most words of a caption's label ("Vile acts :
	// Police have …", "Strictly business: Julia …").
	maxLabelWords = 4
	// minGlueJoins is how many words run together without spaces make a
	// menu ("withEmailFacebookMessengerTwitter…"): single joins are names
	// ("McDonald", "iPhone", "LinkedIn").
	minGlueJoins = 3
)

// furnitureLines are the words of video players and picture captions that
// pages print as a line of their own and plain-text copies of the pages
// run into the article's sentences, as the pages print them.
var furnitureLines = []string{
	"Media playback is not supported on this device",
	"Media playback is unsupported on your device",
	"Scroll down for video",
	"Image copyright",
	"Image caption",
}

// Share menus flattened into text run from shareOpen to shareClose with
// the menu's items glued together between them ("Share this
// withEmailFacebook…Copy this link").
const (
	shareOpen  = "Share this with"
	shareClose = "Copy this link"
)

// furniturePrefix returns the length of the page furniture that opens s
// (one of furnitureLines, or a share menu), with the spaces after it, or 0.
func furniturePrefix(s string) int {
	n := 0
	for {
		m := 0
		for _, line := range furnitureLines {
			if strings.HasPrefix(s[n:], line) {
				m = len(line)
			}
		}
		if strings.HasPrefix(s[n:], shareOpen) {
			if i := strings.Index(s[n:], shareClose); i > 0 && !strings.Contains(s[n+len(shareOpen):n+i], " ") {
				m = i + len(shareClose)
			}
		}
		if m == 0 || n+m == len(s) {
			return n
		}
		n += m
		n += spacesAt(s[n:])
	}
}

// isFurniture reports a sentence unit that holds page furniture or a
// photo caption rather than only article prose, so that it is no point
// (its evidence would have to show the junk with the fact). In English:
//   - a video player's or share menu's words (furnitureLines, "Scroll down
//     for video");
//   - a caption's bracketed photo position ("(pictured)", "(far right)")
//     or its "left to right";
//   - a caption's short label before a colon opening it ("Vile acts :
//     Police …");
//   - a menu's words run together ("withEmailFacebookMessengerTwitter"),
//     or two sentences run together with no stop or space between them
//     ("… and kebabs As well as …", "in 2008.His wife …");
//   - text decoded in the wrong encoding ("â€™"), which is no clean point;
//   - a wire service's instrument codes left in its market copy ("the
//     Dow Jones Industrial Average .DJI fell …");
//   - a machine timestamp from a web page's metadata, kept by extraction
//     with the page's heading ("… angewiesen de-DE2021-10-27T20:35:36+01:00");
//   - a web page's call to action, which asks the reader to subscribe,
//     click, follow or give rather than telling news (callToAction).
//
// A Korean unit is a caption when it opens by pointing at the picture
// ("사진에 나온 …", "(사진=…)", "▲").
func isFurniture(s, lang string) bool {
	if lang == "ko" {
		return strings.HasPrefix(s, "사진") || strings.HasPrefix(s, "(사진") || strings.HasPrefix(s, "▲")
	}
	return hasFurnitureLine(s) || hasPhotoPosition(s) || strings.Contains(s, "left to right") || strings.Contains(s, "â€") || opensWithLabel(s) || runsTogether(s) || hasGluedWords(s) ||
		hasInstrumentCode(s) || hasMachineTimestamp(s) || callToAction(s)
}

// actionOpenings open a web page's calls to action in English and German
// ("Subscribe to …", "Click here …", "Lesen Sie hier mehr.", "Helfen Sie
// mit!"): imperatives addressed to the reader, which news sentences do not
// open with.
var actionOpenings = []string{
	"Subscribe ", "Sign up ", "Click ", "Tap here", "Read more", "Follow us ", "Like us on ", "Join our ",
	"Download our ", "Download the ", "Lesen Sie ", "Klicken Sie ", "Abonnieren Sie ", "Folgen Sie ",
	"Helfen Sie ", "Melden Sie sich ", "Hier klicken", "Jetzt spenden",
}

// socialNetworks are the services a page asks the reader to follow it on
// ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.").
var socialNetworks = []string{"Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "LinkedIn"}

// maxFollowNameWords is the most words of the name a page asks the reader
// to follow ("Follow BBC Newsbeat on …").
const maxFollowNameWords = 3

// callToAction reports a unit that asks the reader to act for the page:
// one of actionOpenings; "Follow" and a capitalised name of at most
// maxFollowNameWords words "on" a social network; or "Get …"
// with "your" ("Get Motor Cycle Monthly delivered through your letterbox
// every month.").
func callToAction(s string) bool {
	s = strings.TrimLeft(s, " ›»>*•-")
	for _, p := range actionOpenings {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	if rest, ok := strings.CutPrefix(s, "Follow "); ok {
		// "Follow Newsbeat on Instagram", not "Follow these steps shared on Twitter".
		name, network, ok := strings.Cut(rest, " on ")
		if ok && len(strings.Fields(name)) <= maxFollowNameWords && slices.ContainsFunc(socialNetworks, func(n string) bool { return strings.HasPrefix(network, n) }) &&
			!slices.ContainsFunc(strings.Fields(name), func(w string) bool { r, _ := utf8.DecodeRuneInString(w); return unicode.IsLower(r) }) {
			return true
		}
	}
	return strings.HasPrefix(s, "Get ") && strings.Contains(s, " your ")
}

// hasMachineTimestamp reports an ISO 8601 date and time written as
// machines write it, date and time joined by a "T" ("2021-10-27T20:35"):
// a page's metadata (its published or modified time), which no article
// sentence prints.
func hasMachineTimestamp(s string) bool {
	for i := strings.IndexByte(s, 'T'); i >= 0; {
		if i >= 10 && i+6 <= len(s) && isDateDigits(s[i-10:i], "dddd-dd-dd") && isDateDigits(s[i+1:i+6], "dd:dd") {
			return true
		}
		j := strings.IndexByte(s[i+1:], 'T')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// isDateDigits reports whether s has the shape of pattern, where each "d"
// stands for an ASCII digit and every other byte stands for itself.
func isDateDigits(s, pattern string) bool {
	if len(s) != len(pattern) {
		return false
	}
	for i := range len(s) {
		if pattern[i] == 'd' && (s[i] < '0' || s[i] > '9') || pattern[i] != 'd' && s[i] != pattern[i] {
			return false
		}
	}
	return true
}

// minCodeLength is the fewest letters and digits of an instrument code
// after its dot (".DJI", ".N225", ".MIWD00000PUS").
const minCodeLength = 3

// hasInstrumentCode reports a word that is a wire service's code of a
// market instrument in copy that reports figures, standing alone between
// spaces: a dot, then an upper-case letter and upper-case letters or
// digits ("… Average .DJI fell 102.2 points"), or upper-case letters and
// digits with an "=" after the first of them ("the euro EUR= rose",
// "notes US10YT=RR"). A file type or software written so (".PDF",
// ".NET") has the shape too, and is rare in news that reports figures.
func hasInstrumentCode(s string) bool {
	if !strings.ContainsAny(s, "0123456789") {
		return false
	}
	for _, w := range strings.Fields(s) {
		w = strings.TrimRight(w, ",;:)")
		code, dot := strings.CutPrefix(w, ".")
		if len(code) < minCodeLength || code[0] < 'A' || code[0] > 'Z' || !dot && !strings.Contains(code, "=") {
			continue
		}
		if strings.IndexFunc(code, func(r rune) bool { return (r < 'A' || r > 'Z') && (r < '0' || r > '9') && (dot || r != '=') }) < 0 {
			return true
		}
	}
	return false
}

// hasGluedWords reports a word made of at least minGlueJoins+1 capitalised
// words run together (a menu flattened into text), or a stop with the next
// sentence glued to it ("2008.His").
func hasGluedWords(s string) bool {
	for _, w := range strings.Fields(s) {
		joins := 0
		var prev rune
		for i, r := range w {
			if i > 0 && unicode.IsUpper(r) && unicode.IsLower(prev) {
				joins++
			}
			if gluedStop(w, i) {
				return true
			}
			prev = r
		}
		if joins >= minGlueJoins {
			return true
		}
	}
	return false
}

// hasFurnitureLine reports a unit that holds one of furnitureLines or a
// share menu.
func hasFurnitureLine(s string) bool {
	for _, line := range furnitureLines {
		if strings.Contains(s, line) {
			return true
		}
	}
	i := strings.Index(s, shareOpen)
	return i >= 0 && strings.Contains(s[i:], shareClose)
}

// hasPhotoPosition reports a bracket holding only the words of a photo's
// position ("(pictured)", "(second from left)", "(picture posed by
// model)").
func hasPhotoPosition(s string) bool {
	for {
		open := strings.IndexByte(s, '(')
		if open < 0 {
			return false
		}
		end := strings.IndexByte(s[open:], ')')
		if end < 0 {
			return false
		}
		inner := s[open+1 : open+end]
		words := strings.FieldsFunc(strings.ToLower(inner), func(r rune) bool { return r == ' ' || r == ',' || r == '-' })
		all := len(words) > 0
		for _, w := range words {
			all = all && cue.Has("en", cue.PhotoPositions, w)
		}
		if all {
			return true
		}
		s = s[open+end+1:]
	}
}

// opensWithLabel reports a unit that opens with a caption's label: one to
// maxLabelWords words, the first capitalised and none a speech verb, then
// a colon and a capitalised word ("Close ties : Soumbadze has …").
func opensWithLabel(s string) bool {
	colon := strings.IndexByte(s, ':')
	if colon <= 0 {
		return false
	}
	label := strings.Fields(s[:colon])
	if len(label) == 0 || len(label) > maxLabelWords {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(label[0]); !unicode.IsUpper(r) {
		return false
	}
	for _, w := range label {
		w = strings.ToLower(strings.Trim(w, ",.'’\"“”"))
		if cue.Has("en", cue.SpeechVerbs, w) || cue.Has("en", cue.AttributionVerbs, w) || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	rest := strings.TrimLeft(s[colon+1:], " \u00a0")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// runsTogether reports two sentences run together without a stop: a word
// ending in a lower-case letter, then one of the SentenceStarts
// capitalised, then a lower-case word ("… and kebabs As well as …",
// "… debate tonight When questioned …"), or then a lone opening
// quotation mark and a capital ("… in London ' I didn't …").
func runsTogether(s string) bool {
	words := strings.Fields(s)
	for i := 1; i+1 < len(words); i++ {
		w := words[i]
		if w == "'" || w == "‘" {
			// "… in London ' I didn't know …": a quotation glued on with no stop
			prev, _ := utf8.DecodeLastRuneInString(words[i-1])
			next, _ := utf8.DecodeRuneInString(words[i+1])
			if unicode.IsLower(prev) && unicode.IsUpper(next) {
				return true
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || !cue.Has("en", cue.SentenceStarts, strings.ToLower(w)) {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(words[i-1])
		next, _ := utf8.DecodeRuneInString(words[i+1])
		if unicode.IsLower(prev) && unicode.IsLower(next) {
			return true
		}
	}
	return false
}

// gluedStop reports whether w[i], a rune of w, starts a sentence glued to
// the stop before it ("2008.His"): a lower-case letter or digit, a stop,
// then a capitalised word — not "U.S." or "Inc.".
func gluedStop(w string, i int) bool {
	if i < 2 || w[i-1] != '.' || i+1 >= len(w) {
		return false
	}
	r, size := utf8.DecodeRuneInString(w[i:])
	next, _ := utf8.DecodeRuneInString(w[i+size:])
	before, _ := utf8.DecodeLastRuneInString(w[:i-1])
	return unicode.IsUpper(r) && unicode.IsLower(next) && (unicode.IsLower(before) || unicode.IsDigit(before))
}

// splitGlued splits the sentence spans of text further where plain text
// lost the boundary between two units: a sentence glued to the stop of
// the one before ("… in 2008.His wife …"), and page furniture inside a
// span ("… the final. Media playback is not supported on this device"),
// which then opens a unit of its own that shownSpan cuts it from.
func splitGlued(text string, spans []sentence.Span) []sentence.Span {
	var out []sentence.Span
	cut := func(start, end int) {
		for end > start && (text[end-1] == ' ' || text[end-1] == '\t' || text[end-1] == '\n') {
			end--
		}
		if end > start {
			out = append(out, sentence.Span{Start: start, End: end})
		}
	}
	for _, sp := range spans {
		start := sp.Start
		for i := sp.Start + 1; i < sp.End; i++ {
			if i > start && (text[i-1] == '.' && gluedStop(text[start:sp.End], i-start) || opensFurniture(text[i:sp.End])) {
				cut(start, i)
				start = i
			}
		}
		cut(start, sp.End)
	}
	return out
}

// opensFurniture reports whether s opens with one of furnitureLines or a
// share menu. Every one starts with a capital M, S or I: other bytes are
// let through without a look.
func opensFurniture(s string) bool {
	if s == "" || s[0] != 'M' && s[0] != 'S' && s[0] != 'I' {
		return false
	}
	for _, line := range furnitureLines {
		if strings.HasPrefix(s, line) {
			return true
		}
	}
	i := strings.Index(s, shareClose)
	return strings.HasPrefix(s, shareOpen) && i > 0 && !strings.Contains(s[len(shareOpen):i], " ")
}
