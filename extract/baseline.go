package extract

import (
	"net/url"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The baseline is newsbrief's second extraction algorithm, independent of
// readability: every block of the page's body, scored by its shape, and
// the run of consecutive blocks with the most running text net of
// furniture (the maximum-sum run, as in Finn's body text extraction). It
// stands in for readability when readability's pick holds no running text
// (see fallback), and alone on pages too large for readability.
//
// A vote on every page — the baseline's run replacing or extending
// readability's pick when the two disagree — was measured and rejected:
// it gained on the trafilatura tuning pages and lost on the frozen AEB
// pages (README, "Extracting articles").

// bodyBlocks returns the candidate blocks of the page's <body>, with
// newsbrief's cleaning of furniture elements applied.
func bodyBlocks(doc *html.Node, base *url.URL) []candidate {
	body := doc
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			body = n
			break
		}
	}
	return contentBlocks(body, base)
}

// weight scores a block for the main run: its length when it is running
// text, minus its length when it is furniture (links, boilerplate lines),
// a small cost otherwise, nothing for headings.
func weight(c candidate) int {
	n := len(c.text)
	switch {
	case c.linkText*2 >= n:
		return -n
	case n < 120 && boilerplateLine.MatchString(c.text), isLegalBlock(c):
		return -n
	case isGood(c):
		return n
	case c.kind == Heading:
		return 0
	}
	return -min(n, 200) / 4
}

// isGood reports a block of running text for the baseline: a sentence's
// worth of text with few links, ending like a sentence unless it is long.
func isGood(c candidate) bool {
	n := len(c.text)
	return n >= minGood && c.linkText*4 < n && (endsSentence(c.text) || n >= 2*minProse)
}

// minGood is the least text of a block of running text for the baseline.
const minGood = 60

// mainRun returns the run of consecutive blocks of cs with the greatest
// total weight (none when no block weighs anything).
func mainRun(cs []candidate) []candidate {
	sum, start, best, lo, hi := 0, 0, 0, 0, 0
	for i, c := range cs {
		if sum <= 0 {
			sum, start = 0, i
		}
		sum += weight(c)
		if sum > best {
			best, lo, hi = sum, start, i+1
		}
	}
	return cs[lo:hi]
}

// goodText is the length of the running text in cs.
func goodText(cs []candidate) int {
	n := 0
	for _, c := range cs {
		if isGood(c) {
			n += len(c.text)
		}
	}
	return n
}

// fallback returns the baseline's blocks when they hold more running
// text than readability's pick, which then holds less than
// minPickedText: readability found nothing, or only furniture.
func fallback(picked, baseline []candidate) []candidate {
	if goodText(baseline) > goodText(picked) {
		return baseline
	}
	return picked
}

// minPickedText is the running text below which readability's pick is
// doubted and the baseline consulted.
const minPickedText = 1

// textLen is the length of the text in cs.
func textLen(cs []candidate) int {
	n := 0
	for _, c := range cs {
		n += len(c.text)
	}
	return n
}
