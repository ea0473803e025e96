package compose

import (
	"strings"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/internal/cue"
	"github.com/newsbrief/newsbrief/internal/langtag"
)

// Thresholds for sentences of different sources that say the same thing.
const (
	// confirmSimilarity is the cosine above which a sentence of another
	// source confirms a fact, and counts as its evidence too.
	confirmSimilarity = 0.6
	// confirmBonus raises a sentence's score for each other source that
	// confirms it.
	confirmBonus = 0.15
)

// originalSource says which document reported the story first: the one
// the others credit ("first reported by", "according to", "told", a link
// to it), else a press release, else the earliest published, else the
// first.
func originalSource(docs []brief.Document) int {
	credits := make([]int, len(docs))
	for i, d := range docs {
		for j, other := range docs {
			if i != j && cites(d, other) {
				credits[j]++
			}
		}
	}
	best := -1
	for i := range docs {
		if credits[i] > 0 && (best < 0 || credits[i] > credits[best]) {
			best = i
		}
	}
	if best >= 0 {
		return best
	}
	for i, d := range docs {
		if d.PressRelease {
			return i
		}
	}
	best = 0
	for i, d := range docs {
		if !d.Published.IsZero() && (docs[best].Published.IsZero() || d.Published.Before(docs[best].Published)) {
			best = i
		}
	}
	return best
}

// cites reports whether document d credits other: it names other's
// outlet right after a credit phrase, or links to other's article.
func cites(d, other brief.Document) bool {
	for _, c := range d.Credits {
		if other.URL != "" && strings.TrimRight(c, "/") == strings.TrimRight(other.URL, "/") {
			return true
		}
	}
	for _, l := range d.Links {
		if other.URL != "" && strings.TrimRight(l.URL, "/") == strings.TrimRight(other.URL, "/") {
			return true
		}
	}
	name := strings.ToLower(strings.TrimSpace(other.Outlet))
	if len(name) < 3 {
		return false
	}
	text := strings.ToLower(d.Text)
	for _, p := range cue.Phrases(langtag.Of(d.Language, d.Text), cue.Credits) {
		for i := 0; ; {
			j := strings.Index(text[i:], p)
			if j < 0 {
				break
			}
			after := strings.TrimLeft(text[i+j+len(p):], " ")
			after = strings.TrimPrefix(after, "the ")
			if strings.HasPrefix(after, name) || strings.HasPrefix(after, strings.TrimPrefix(name, "the ")) {
				return true
			}
			i += j + len(p)
		}
	}
	return false
}
