package compose

import (
	"slices"
	"strings"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/internal/cue"
	"github.com/newsbrief/newsbrief/internal/langtag"
)

// Thresholds for sentences of different sources that say the same thing.
const (
	// sameFactSimilarity is the cosine above which sentences of two
	// sources report the same fact: the later one is not shown again, and
	// the shown one gets it as evidence too.
	sameFactSimilarity = 0.45
	// retellSimilarity is the cosine above which a sentence of another
	// source retells one already shown closely enough that showing it too
	// would repeat the brief, though it is not confirmation enough to be
	// its evidence.
	retellSimilarity = 0.35
	// confirmSimilarity is the cosine above which a sentence of another
	// source confirms a fact, and counts as its evidence too.
	confirmSimilarity = 0.6
	// confirmBonus raises a sentence's score for each other source that
	// confirms it.
	confirmBonus = 0.15
)

// originalSource says which document reported the story first, or -1
// when nothing decides it: the one the others credit most ("first reported
// by", "according to", "told", a link to it), else among those equally
// credited (or all, when none is) the only press release, else the only
// earliest published. The answer does not depend on the order of docs.
func originalSource(docs []brief.Document) int {
	credits := make([]int, len(docs))
	for i, d := range docs {
		for j, other := range docs {
			if i != j && cites(d, other) {
				credits[j]++
			}
		}
	}
	most := slices.Max(credits)
	var tied []int
	for i := range docs {
		if credits[i] == most {
			tied = append(tied, i)
		}
	}
	if len(tied) == 1 {
		return tied[0]
	}
	var releases []int
	for _, i := range tied {
		if docs[i].PressRelease {
			releases = append(releases, i)
		}
	}
	if len(releases) > 0 {
		tied = releases
	}
	if len(tied) == 1 {
		return tied[0]
	}
	return onlyEarliest(docs, tied)
}

// onlyEarliest returns the one of docs[idx] with the earliest publication
// time (documents without one are not compared), or -1 when none has a
// time or two share the earliest.
func onlyEarliest(docs []brief.Document, idx []int) int {
	best := -1
	for _, i := range idx {
		if t := docs[i].Published; !t.IsZero() && (best < 0 || t.Before(docs[best].Published)) {
			best = i
		}
	}
	for _, i := range idx {
		if best >= 0 && i != best && docs[i].Published.Equal(docs[best].Published) {
			return -1
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
