package brief

import "strings"

// heading is a classified heading: the section it opens and, for headings
// that carry a value ("Originally reported by X"), that value.
type heading struct {
	kind  section
	value string
}

// classifyHeading says which section a heading opens. Matching ignores case,
// surrounding white space and a trailing colon. Headings it does not know
// open an extra section.
func classifyHeading(text string) heading {
	key := headingKey(text)
	if s, ok := synonyms[key]; ok {
		return heading{kind: s}
	}
	for _, p := range []struct {
		prefix string
		kind   section
	}{{"originally reported by", secOriginal}, {"original headline", secOriginalHeadline}} {
		if v, ok := cutPrefixFold(strings.TrimSpace(text), p.prefix); ok && (v == "" || v[0] == ' ' || v[0] == ':') {
			return heading{kind: p.kind, value: strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(v), ":"))}
		}
	}
	return heading{kind: secExtra}
}

// leadIn splits "Why it matters: the deal …" into the section it names and
// the text after the colon. ok is false unless the words before the colon
// are a known heading without a value.
func leadIn(text string) (kind section, rest string, ok bool) {
	i := strings.IndexByte(text, ':')
	if i <= 0 || i > 60 {
		return secNone, "", false
	}
	s, found := synonyms[headingKey(text[:i])]
	if !found {
		return secNone, "", false
	}
	return s, strings.TrimSpace(text[i+1:]), true
}

func headingKey(text string) string {
	t := strings.ToLower(strings.TrimSpace(text))
	t = strings.TrimSpace(strings.TrimRight(t, ":"))
	return strings.Join(strings.Fields(t), " ")
}

// cutPrefixFold is strings.CutPrefix ignoring ASCII case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// indexFold is strings.Index ignoring ASCII case.
func indexFold(s, sub string) int {
	return strings.Index(asciiLower(s), asciiLower(sub))
}

// asciiLower lower-cases ASCII letters only, so byte offsets stay valid.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
