package brief

import (
	"strconv"
	"strings"
)

// formatQuote writes a quote as one line: Speaker: “text”, or “text”
// without a speaker.
func formatQuote(q Quote) string {
	if q.Speaker == "" {
		return "“" + q.Text + "”"
	}
	return q.Speaker + ": “" + q.Text + "”"
}

// parseQuote reads what formatQuote writes, and also “text” — Speaker.
func parseQuote(s string) Quote {
	s = strings.TrimSpace(s)
	if rest, ok := strings.CutPrefix(s, "“"); ok {
		if text, ok := strings.CutSuffix(rest, "”"); ok {
			return Quote{Text: text}
		}
		if i := strings.LastIndex(rest, "” — "); i >= 0 {
			return Quote{Text: rest[:i], Speaker: rest[i+len("” — "):]}
		}
		return Quote{Text: rest}
	}
	if i := strings.Index(s, ": “"); i >= 0 {
		return Quote{Speaker: s[:i], Text: strings.TrimSuffix(s[i+len(": “"):], "”")}
	}
	return Quote{Text: s}
}

// formatEntity writes an entity as "Name (mentions)".
func formatEntity(e Entity) string { return e.Name + " (" + strconv.Itoa(e.Mentions) + ")" }

// parseEntity reads what formatEntity writes; a bare name is mentioned once.
func parseEntity(s string) Entity {
	s = strings.TrimSpace(s)
	if body, ok := strings.CutSuffix(s, ")"); ok {
		if i := strings.LastIndex(body, " ("); i >= 0 {
			if n, err := strconv.Atoi(body[i+2:]); err == nil && n > 0 {
				return Entity{Name: body[:i], Mentions: n}
			}
		}
	}
	return Entity{Name: s, Mentions: 1}
}
