package extract

import (
	"regexp"
	"slices"
	"strings"
)

// boilerplateClass matches class and id names of page furniture that
// readability leaves inside the content: captions, credits, bylines,
// sharing and related-story boxes. isBoilerplateClass, which stands for
// it, also passes over modifier names (isModifierClass).
var boilerplateClass = regexp.MustCompile(`(?i)caption|credit|byline|dateline|timestamp|related|sharing|social|newsletter|promo|subscribe|advert|sponsor|breadcrumb|recommend|read-?more|more-?stories|gallery|slideshow|toolbar|signup|cookie|popup|modal|sr-only|visually-hidden|author-?(info|box|bio)|about-(the-)?author|article-?meta|post-?meta|(^|[\s_-])(share|tags|comments?|ad|ads|login|cta|print)([\s_-]|$)`)

func isBoilerplateClass(s string) bool {
	if s == "" {
		return false
	}
	s = strings.ToLower(s) // no copy when s has no upper case
	for name := range strings.FieldsSeq(s) {
		if isModifierClass(name) {
			continue
		}
		for _, w := range boilerplateClassParts {
			if strings.Contains(name, w) {
				return true
			}
		}
		for start, i := 0, 0; i <= len(name); i++ {
			if i < len(name) && !isClassSep(name[i]) {
				continue
			}
			if slices.Contains(boilerplateClassWords, name[start:i]) {
				return true
			}
			start = i + 1
		}
	}
	return false
}

// isModifierClass reports a class name that says what an element holds,
// not what it is: "has-sharing", "with-ads" (a convention of CSS
// frameworks and CMS themes). An article header that "has-sharing"
// buttons is still the article's header. "no-print" is not one: it marks
// furniture left off the printed page.
func isModifierClass(name string) bool {
	for _, p := range modifierPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// modifierPrefixes start the class names isModifierClass reports.
var modifierPrefixes = []string{"has-", "has_", "with-", "with_"}

// isClassSep reports a byte that parts the words of a class name: "-",
// "_" or white space.
func isClassSep(b byte) bool {
	switch b {
	case '-', '_', ' ', '\t', '\n', '\v', '\f', '\r':
		return true
	}
	return false
}

// boilerplateClassParts and boilerplateClassWords are boilerplateClass as
// literals, the parts matched anywhere and the words matched whole; the
// function that uses them is the one called for every element.
var (
	boilerplateClassParts = []string{"caption", "credit", "byline", "dateline", "timestamp", "related", "sharing",
		"social", "newsletter", "promo", "subscribe", "advert", "sponsor", "breadcrumb", "recommend", "readmore",
		"read-more", "morestories", "more-stories", "gallery", "slideshow", "toolbar", "signup", "cookie", "popup",
		"modal", "sr-only", "visually-hidden", "authorinfo", "author-info", "authorbox", "author-box", "authorbio",
		"author-bio", "about-author", "about-the-author", "articlemeta", "article-meta",
		"postmeta", "post-meta"}
	boilerplateClassWords = []string{"share", "tags", "comment", "comments", "ad", "ads", "login", "cta", "print"}
)

// boilerplateLine matches short blocks that are page furniture rather than
// article text, by the words they start with: in English and, for the
// same furniture (advertising, comments, read-more and you-may-also-like
// labels, share prompts), in German, French, Spanish, Italian and
// Portuguese.
var boilerplateLine = regexp.MustCompile(`(?i)^[|•·\-–—\s]*(advertisement|advertising|advert|comments|sponsored|sign in|sign up|log in|close|caption|image \d+ of|photo:|photos:|you may also like|see more|see also|don'?t miss|read more|related|more:|share|follow us|subscribe|click here|listen|watch|getty images|ap photo|reuters|copyright|©|all rights reserved|published|updated|posted|last updated` +
	// the same furniture in German, French, Spanish, Italian and Portuguese
	`|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|kommentare|commentaires|comentarios|commenti` +
	`|das könnte (sie|dich) auch interessieren|auch interessant|mehr zum thema|lesen sie (auch|mehr)|weiterlesen|zum weiterlesen|siehe auch|weitere artikel|ähnliche artikel|neueste artikel|artikel teilen` +
	`|vous aimerez aussi|à lire aussi|lire aussi|lire la suite|voir aussi|partager|suivez-nous` +
	`|te puede interesar|también te puede interesar|lee también|leer más|ver también|noticias relacionadas|compartir|síguenos` +
	`|potrebbe interessarti|leggi anche|condividi|leia também|leia mais|veja também|compartilhe)\b`)

// captionMark matches the credit at the end of an image caption.
var captionMark = regexp.MustCompile(`(?i)\((image|photo|picture|credit|pic|foto)s?:[^)]*\)\s*$|^(image|photo) (credit|copyright)`)

// maxCaptionText is the longest block taken for a caption by its credit.
const maxCaptionText = 400

// keepContent drops the blocks that are not article text: boilerplate
// lines, captions, link lists, repeats and the headline itself, and
// trims the article's edges (trimEdges) unless that leaves less than
// minText: a text made only of short lines that are not sentences (song
// lyrics, a listing, a timetable) has no edge apart from its body. Once
// trimmed, the furniture around the article's running text goes: a box
// of teasers under it (dropTailSection), link lines after it
// (dropTailLinks), and notes and boxes placed by its main element
// (dropBoxes).
func keepContent(cs []candidate, title string) []candidate {
	out := cs[:0]
	seen := map[string]bool{}
	title = strings.ToLower(collapseSpace(title))
	kept := -1 // index in cs of the last block kept
	for i, c := range cs {
		key := strings.ToLower(c.text)
		switch {
		case seen[key] && isBoilerplateRepeat(c):
			continue
		case c.kind == Heading && key == title:
			continue
		case len(c.text) < 120 && boilerplateLine.MatchString(c.text):
			continue
		case len(c.text) < maxCaptionText && captionMark.MatchString(c.text), isCreditLine(c.text):
			continue
		case c.kind == Caption:
			continue
		case isLinkBlock(c):
			if n := len(out); kept == i-1 && n > 0 && isListLabel(out[n-1]) && i+1 < len(cs) && isLinkBlock(cs[i+1]) {
				out = out[:n-1] // the heading right over a list of links goes with it
			}
			continue
		case isLegalBlock(c):
			continue
		case c.kind == Paragraph && isBylineOrDate(c.text):
			continue
		case isAddress(c.text):
			continue
		}
		seen[key] = true
		out = append(out, c)
		kept = i
	}
	t := trimEdges(out)
	if textLen(t) < minText {
		return out // only short lines (lyrics, a listing): no edge to trim
	}
	return dropBoxes(dropTailLinks(dropTailSection(t)))
}

// isBoilerplateRepeat reports a block that, said a second time, is a
// copy rather than the article's own text: a sentence or more (a pull
// quote, a teaser repeated). Other repeats — a table's repeated cell
// values, a meal plan's repeated dishes, an interview's question label, a
// repeated credit line — are part of the text they sit in.
func isBoilerplateRepeat(c candidate) bool {
	return len(c.text) >= minRepeat && endsSentence(c.text)
}

// minRepeat is the length from which a repeated block is dropped.
const minRepeat = 80

// isLinkBlock reports a block that is mostly links: a related-stories
// entry rather than a sentence of the article. A sentence of minProse or
// more, ending like one, is text however much of it is linked (a
// paragraph that links its whole claim to its source).
func isLinkBlock(c candidate) bool {
	if len(c.text) >= minProse && endsSentence(c.text) {
		return false
	}
	return c.linkText*10 >= len(c.text)*8 && len(c.text) < 200
}

// isListLabel reports a block that can head a list: a short heading, or
// a short line ending in a colon ("Read more:", "Weitere Informationen:").
func isListLabel(c candidate) bool {
	if c.kind == Heading {
		return len(c.text) < maxLabelText
	}
	return len(c.text) < maxEdgeText && strings.HasSuffix(c.text, ":")
}

// maxLabelText is the longest heading isListLabel takes for a label.
const maxLabelText = 100

// isAddress reports a block that is a bare URL, e-mail address or handle.
func isAddress(s string) bool {
	if strings.ContainsAny(s, " ") {
		return false
	}
	return strings.Contains(s, "://") || strings.Contains(s, "@") || strings.HasPrefix(s, "www.") || strings.Contains(s, ".com/")
}

// strongNotice matches phrases found only in notices: copyright and
// licence lines, cookie banners, paywall prompts.
var strongNotice = regexp.MustCompile(`(?i)©|\(c\) \d{4}|copyright \d{4}|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|may not be (reproduced|published|republished)|without (the )?prior written permission|we use cookies|uses cookies|verwendet cookies|utilise des cookies|utiliza cookies|already a subscriber|to continue reading|please subscribe|bereits abonnent|abonnez-vous|suscríbete|무단전재|재배포 ?금지|著作権|版权所有`)

// weakNotice matches words notices are made of that articles use too (a
// story about a copyright ruling, a cookie maker, an advertising market):
// two of them in a block make a notice.
var weakNotice = regexp.MustCompile(`(?i)copyright|cookies?\b|privacy policy|datenschutz|terms of (use|service)|nutzungsbedingungen|newsletter|sign up for|subscribe to|abonnieren|advertisement|anzeige\b|werbung\b|publicidad`)

// isLegalBlock reports a block that is a notice rather than article text:
// a short block with a notice-only phrase, or a block with two words of
// notices.
func isLegalBlock(c candidate) bool {
	if len(c.text) >= 4*maxLegalText {
		return false // a long paragraph is text, whatever it mentions
	}
	lower := strings.ToLower(c.text)
	if len(c.text) < maxLegalText && containsAny(lower, strongNoticeParts) && strongNotice.MatchString(c.text) {
		return true
	}
	return containsAny(lower, weakNoticeParts) && twoNoticeWords(c.text)
}

// strongNoticeParts and weakNoticeParts hold a literal of every phrase of
// strongNotice and weakNotice, in lower case: a cheap test before the
// regexp.
var (
	strongNoticeParts = []string{"©", "(c) ", "copyright", "rights reserved", "rechte vorbehalten", "droits réservés",
		"derechos reservados", "diritti riservati", "direitos reservados", "may not be", "written permission",
		"cookies", "already a subscriber", "to continue reading", "please subscribe", "bereits abonnent", "abonnez-vous",
		"suscríbete", "무단전재", "재배포", "著作権", "版权所有"}
	weakNoticeParts = []string{"copyright", "cookie", "privacy policy", "datenschutz", "terms of ", "nutzungsbedingungen",
		"newsletter", "sign up for", "subscribe to", "abonnieren", "advertisement", "anzeige", "werbung", "publicidad"}
)

// containsAny reports whether s contains any of parts.
func containsAny(s string, parts []string) bool {
	for _, p := range parts {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// maxLegalText is the length under which a notice-only phrase makes a
// block a notice.
const maxLegalText = 200

// trimEdges drops the furniture at the two ends of the article: notices
// (isLegalBlock), short lines that are not sentences — a kicker, a date,
// a reading time, a "Related:" or "Contact:" label left once the list
// under it is gone — and, at its end, any heading and a list of teasers
// (teaserListStart).
func trimEdges(cs []candidate) []candidate {
	edge := func(c candidate) bool {
		if isLegalBlock(c) {
			return true
		}
		if c.kind == ListItem { // a list ending the article is its text
			return false
		}
		return len(c.text) < maxEdgeText && (!endsSentence(c.text) || strings.HasSuffix(c.text, ":"))
	}
	for len(cs) > 0 && edge(cs[0]) {
		cs = cs[1:]
	}
	// A heading heads what follows it: one that ends the article heads
	// nothing of it ("Liked this article? Share it!", a promotion's title
	// whose box was dropped), however it is punctuated.
	end := func(c candidate) bool { return c.kind == Heading || edge(c) }
	for len(cs) > 0 && end(cs[len(cs)-1]) {
		cs = cs[:len(cs)-1]
	}
	if i := teaserListStart(cs); i > 0 {
		cs = cs[:i] // and the label over it, an edge once the list is gone
		for len(cs) > 0 && end(cs[len(cs)-1]) {
			cs = cs[:len(cs)-1]
		}
	}
	return cs
}

// teaserListStart returns the index of the list of teasers that ends cs,
// or -1: minTeasers or more list items in a row at the article's end, each
// short (under maxTeaserText) and holding a link, with 1 in
// maxContainerLinks bytes or more inside links — a "More stories" list
// whose items link only part of their headline, which isLinkBlock lets
// through. A list ending the article whose items do not all link (steps,
// key points) is its text; so is a list that is all of it.
func teaserListStart(cs []candidate) int {
	i, links, total := len(cs), 0, 0
	for i > 0 && cs[i-1].kind == ListItem && cs[i-1].linkText > 0 && len(cs[i-1].text) < maxTeaserText {
		i--
		links += cs[i].linkText
		total += len(cs[i].text)
	}
	if len(cs)-i < minTeasers || i == 0 || links*maxContainerLinks < total {
		return -1
	}
	return i
}

// minTeasers is the fewest items of a list of teasers, and maxTeaserText
// the longest teaser.
const (
	minTeasers    = 3
	maxTeaserText = 200
)

// maxEdgeText is the length under which a line at an end of the article
// that is not a sentence is furniture.
const maxEdgeText = 80

// creditMark matches the words of image credits and source lines.
var creditMark = regexp.MustCompile(`(?i)getty ?images|shutterstock|istock|imago|picture alliance|\b(afp|dpa|epa|reuters|ap|ddp|ullstein)\b ?(photo|foto|images?)?\s*$|(^|[\s|/(])(foto|fotos|photo|photos|bild|image|credit|quelle|source|fuente|crédito)s?\s*:`)

// isCreditLine reports a short line that is not a sentence and carries an
// image credit or a source mark ("Foto: dpa", "Augusta National/Getty
// Images", "Quelle: Verband").
func isCreditLine(s string) bool {
	return len(s) < maxCreditText && !endsSentence(s) && creditMark.MatchString(s)
}

// maxCreditText is the length under which a line with a credit mark is a
// credit.
const maxCreditText = 120

// bylineLine matches a by-line: "By Ann Lee", "Von Tim Ehlers", "Por …".
var bylineLine = regexp.MustCompile(`^(?i:by|von|por|par|di|door|av|af|de|texto|text|autor|author)\s*:?\s+\p{Lu}`)

// dateLine matches a line that holds a year and at most a few words.
var dateLine = regexp.MustCompile(`\b(19|20)\d\d\b`)

// isBylineOrDate reports a short line that is a by-line or a date, not a
// sentence.
func isBylineOrDate(s string) bool {
	if len(s) >= maxBylineText || endsSentence(s) {
		return false
	}
	if bylineLine.MatchString(s) {
		return true
	}
	return len(s) < maxDateText && dateLine.MatchString(s) && len(strings.Fields(s)) <= 6
}

// maxBylineText and maxDateText are the longest by-line and date lines.
const (
	maxBylineText = 80
	maxDateText   = 40
)

// twoNoticeWords reports whether s holds two different words of notices
// (weakNotice): a newsletter's sign-up prompt says "newsletter" and
// "subscribe to", a cookie banner "cookies" and "privacy policy", while a
// paragraph about a newsletter may say "newsletter" twice, and one about
// baking "cookie" and "cookies".
func twoNoticeWords(s string) bool {
	first := ""
	for _, m := range weakNotice.FindAllString(s, -1) {
		m = strings.TrimSuffix(strings.ToLower(m), "s")
		if first == "" {
			first = m
		} else if m != first {
			return true
		}
	}
	return false
}
