package compose

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// significanceLabels are the labels with which an article's writer sets
// off their own statement of why the story matters, lower-case ("Why it
// matters: The districts are the nation's largest …"), as some outlets
// write every story.
var significanceLabels = []string{"why it matters", "why this matters", "the big picture"}

// maxLabelTail is the most bytes a significance label may run on before its
// colon ("Why it matters, via Axios' Margaret Talev:").
const maxLabelTail = 60

// significanceLabel returns the length of the significance label that
// opens the English sentence s, with its colon and the spaces after it, or
// 0: a label of significanceLabels, any case, then a colon (after a tail
// of at most maxLabelTail bytes set off by a comma), then a capitalised
// word or a digit. It serves articles that label their own statement of significance:
// the sentence after the label is that statement, shown without it.
func significanceLabel(s, lang string) int {
	if lang != "en" {
		return 0
	}
	for _, l := range significanceLabels {
		// The labels are ASCII: matched on s itself, so that offsets into
		// s stay exact whatever the rest of s lower-cases to.
		if len(s) < len(l) || !strings.EqualFold(s[:len(l)], l) {
			continue
		}
		rest := s[len(l):]
		colon := strings.IndexByte(rest, ':')
		if colon < 0 || colon > 0 && (rest[0] != ',' || colon > maxLabelTail) {
			return 0
		}
		n := len(l) + colon + 1
		n += len(s[n:]) - len(strings.TrimLeft(s[n:], " \u00a0"))
		if r, _ := utf8.DecodeRuneInString(s[n:]); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return 0
		}
		return n
	}
	return 0
}
