package compose

import (
	"strings"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/internal/cue"
)

// Headline shapes.
const (
	// maxHeadlineWords is the most words a headline made from a lead
	// sentence keeps.
	maxHeadlineWords = 14
	minHeadlineWords = 5
	// maxSiteWords is the most words a site name after a separator has.
	maxSiteWords = 5
)

// cleanTitle removes the site name a page title carries before or after a
// separator ("Bridge reopens - Los Angeles Times", "BBC News | Bridge
// reopens"): a part that names the document's outlet or domain.
func cleanTitle(title string, d brief.Document) string {
	title = strings.TrimSpace(title)
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		parts := strings.Split(title, sep)
		if len(parts) < 2 {
			continue
		}
		if first := parts[0]; isSiteName(first, d) {
			parts = parts[1:]
		}
		if last := parts[len(parts)-1]; len(parts) > 1 && isSiteName(last, d) {
			parts = parts[:len(parts)-1]
		}
		title = strings.Join(parts, sep)
	}
	return title
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
		if label, _, ok := strings.Cut(n, "."); ok && len(label) >= 3 && strings.Contains(compact, label) {
			return true
		}
		if len(n) >= 2 && (strings.Contains(p, n) || strings.Contains(compact, strings.ReplaceAll(n, " ", ""))) {
			return true
		}
	}
	return false
}

// leadHeadline makes a headline from a lead sentence when a story has no
// title: its main clause, up to the first clause break, at most
// maxHeadlineWords words (cut before a preposition), without its final
// stop. Its words are the sentence's first words.
func leadHeadline(s string) string {
	s = strings.TrimSpace(s)
	cut := len(s)
	for _, b := range []string{", ", " — ", " – ", " -- ", "; ", ": "} {
		if i := strings.Index(s, b); i > 0 && i < cut && len(strings.Fields(s[:i])) >= 4 {
			cut = i
		}
	}
	words := strings.Fields(s[:cut])
	if len(words) > maxHeadlineWords {
		// Cut before the last preposition that leaves a clause of sense.
		for k := maxHeadlineWords; k >= minHeadlineWords; k-- {
			if cue.Has("en", cue.Prepositions, strings.ToLower(words[k])) {
				return strings.Join(words[:k], " ")
			}
		}
		return strings.Join(words[:maxHeadlineWords], " ") + " …"
	}
	return strings.TrimRight(strings.Join(words, " "), ".!。")
}
