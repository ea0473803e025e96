package extract

import (
	"regexp"
	"strings"
)

// boilerplateClass matches class and id names of page furniture that
// readability leaves inside the content: captions, credits, bylines,
// sharing and related-story boxes.
var boilerplateClass = regexp.MustCompile(`(?i)caption|credit|byline|dateline|timestamp|related|sharing|social|newsletter|promo|subscribe|advert|sponsor|breadcrumb|recommend|read-?more|more-?stories|gallery|slideshow|toolbar|signup|cookie|popup|modal|sr-only|visually-hidden|author-?info|article-?meta|post-?meta|(^|[\s_-])(share|tags|comments?|ad|ads|login)([\s_-]|$)`)

func isBoilerplateClass(s string) bool {
	return strings.TrimSpace(s) != "" && boilerplateClass.MatchString(s)
}

// boilerplateLine matches short blocks that are page furniture rather than
// article text.
var boilerplateLine = regexp.MustCompile(`(?i)^[|•·\-–—\s]*(advertisement|advertising|advert|comments|sponsored|sign in|sign up|log in|close|caption|image \d+ of|photo:|photos:|you may also like|see more|see also|don'?t miss|read more|related|more:|share|follow us|subscribe|click here|listen|watch|getty images|ap photo|reuters|copyright|©|all rights reserved|published|updated|posted|last updated)\b`)

// captionMark matches the credit at the end of an image caption.
var captionMark = regexp.MustCompile(`(?i)\((image|photo|picture|credit|pic|foto)s?:[^)]*\)\s*$|^(image|photo) (credit|copyright)`)

// keepContent drops the blocks that are not article text: boilerplate
// lines, captions, link lists, repeats and the headline itself.
func keepContent(cs []candidate, title string) []candidate {
	out := cs[:0]
	seen := map[string]bool{}
	title = strings.ToLower(collapseSpace(title))
	for _, c := range cs {
		key := strings.ToLower(c.text)
		switch {
		case seen[key] && isBoilerplateRepeat(c):
			continue
		case c.kind == Heading && key == title:
			continue
		case len(c.text) < 120 && boilerplateLine.MatchString(c.text):
			continue
		case captionMark.MatchString(c.text):
			continue
		case c.kind == Caption:
			continue
		case isLinkBlock(c):
			continue
		case isAddress(c.text):
			continue
		}
		seen[key] = true
		out = append(out, c)
	}
	return out
}

// isBoilerplateRepeat reports a block that, said a second time, is a
// copy rather than the article's own text: a paragraph long enough to be
// a sentence (a pull quote, a teaser repeated). Short repeats — a table's
// repeated cell values, an interview's question label, a repeated
// credit line — are part of the text they sit in.
func isBoilerplateRepeat(c candidate) bool {
	return len(c.text) >= minRepeat
}

// minRepeat is the length from which a repeated block is dropped.
const minRepeat = 80

// isLinkBlock reports a block that is mostly links: a related-stories
// entry rather than a sentence of the article.
func isLinkBlock(c candidate) bool {
	return c.linkText*10 >= len(c.text)*8 && len(c.text) < 200
}

// isAddress reports a block that is a bare URL, e-mail address or handle.
func isAddress(s string) bool {
	if strings.ContainsAny(s, " ") {
		return false
	}
	return strings.Contains(s, "://") || strings.Contains(s, "@") || strings.HasPrefix(s, "www.") || strings.Contains(s, ".com/")
}
