// Package devsplit divides every development data set into a tuning part
// and a frozen part, by page, with one fixed rule, so that a rule tuned on
// some pages can be checked on pages it was never tuned on:
//
//	if devsplit.Frozen(pageID) { … } // report it, never tune on it
//
// The rule: a page is frozen when the 32-bit FNV-1a hash of its ID is odd.
// The ID is the page's name in its data set: the AEB page ID (the HTML
// file's name without ".html"), the trafilatura page's file name
// ("bmjv.de.konsum.html"), the Readability test page's directory name.
// The rule does not depend on the page's content, so adding pages to a
// set leaves the old pages where they were.
package devsplit

import "hash/fnv"

// Part names one of the two parts.
type Part string

// The two parts.
const (
	Tuning Part = "tuning"
	Frozen Part = "frozen"
)

// Of returns the part the page named id belongs to.
func Of(id string) Part {
	h := fnv.New32a()
	h.Write([]byte(id))
	if h.Sum32()%2 == 1 {
		return Frozen
	}
	return Tuning
}

// IsFrozen reports whether the page named id is in the frozen part.
func IsFrozen(id string) bool { return Of(id) == Frozen }
