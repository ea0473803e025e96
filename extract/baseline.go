package extract

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The baseline is newsbrief's second extraction algorithm, independent of
// readability: every block of the page's body, scored by its shape, and
// the run of consecutive blocks with the most running text net of
// furniture (the maximum-sum run, as in Finn's body text extraction). It
// stands in for readability when readability's pick holds no running text
// (see fallback), and alone on pages too large for readability; the page's
// blocks also give back the lead readability leaves out (withLead).
//
// A vote on every page — the baseline's run replacing or extending
// readability's pick when the two disagree — was measured and rejected:
// it gained on the trafilatura tuning pages and lost on the frozen AEB
// pages (README, "Extracting articles"). So was a vote only when the
// pick is doubtful (the run holds twice its running text, or lies apart
// from it, or the pick holds under 250–1000 bytes of it; with comment
// threads left out of the run too): no tuning page gained, and the
// baseline's longer run was mostly a comment thread.

// bodyBlocks returns the candidate blocks of the page's <body>, with
// newsbrief's cleaning of furniture elements applied.
func bodyBlocks(doc *html.Node, base *url.URL) []candidate {
	return contentBlocks(bodyOf(doc), base)
}

// bodyOf returns the page's <body>, or doc when it has none.
func bodyOf(doc *html.Node) *html.Node {
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			return n
		}
	}
	return doc
}

// pageLayout is the blocks of a page's body, each with the block elements it
// sits in (anc[i] for blocks[i], outermost first; blocks in one container
// share a prefix), for withLead and withContainer.
type pageLayout struct {
	blocks []candidate
	anc    [][]*html.Node
}

// pageBlocks returns the page's blocks, as bodyBlocks does, with their
// containers.
func pageBlocks(doc *html.Node, base *url.URL) *pageLayout {
	w := blockWriter{base: base, trackAnc: true}
	w.walk(bodyOf(doc))
	w.flush()
	return &pageLayout{w.blocks, w.ancs}
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

// lastResort returns the baseline's run over all of the page's text,
// furniture by name, tag or visibility included, when it holds an
// article's worth of text after cleaning; else blocks. It serves pages
// whose article sits in an element named or marked like furniture (a
// "gallery", a "-comment" live blog, a <form>, an <aside>), which every
// other pass leaves out.
func lastResort(blocks []candidate, doc *html.Node, base *url.URL, title string) []candidate {
	w := blockWriter{base: base, lenient: true}
	w.walk(bodyOf(doc))
	w.flush()
	if run := keepContent(mainRun(w.blocks), title); textLen(run) >= minText {
		return run
	}
	return blocks
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

// withLead returns picked with the lead readability left out: paragraphs
// of running text (isGood, minLead or more; a standfirst need not end in a
// full stop) right before its first block of running text in the page,
// past any stray lines (strayLines) — a standfirst, an intro, a first
// section in a block of its own — passing over at most maxLeadGap short
// blocks (a date, a by-line, linked or not), a run of link lines counting
// as one (share buttons, a box of related stories). Headings (a dek, a
// subtitle), captions and notices are not taken.
func withLead(picked, page []candidate) []candidate {
	at := strayLines(picked, page)
	first, _ := pickSpan(picked[at:], page)
	var lead []candidate
	gap := 0
	for i := first - 1; i >= 0; i-- {
		c := page[i]
		switch {
		case c.kind == Paragraph && len(c.text) >= minLead && isGood(c) && !captionLike.MatchString(c.text) && !isLegalBlock(c):
			lead, gap = append(lead, c), 0
		case isLinkLine(c) && i+1 < first && isLinkLine(page[i+1]):
			// a run of link lines (share buttons, a related-stories box)
			// is one gap
		case (len(c.text) < maxEdgeText || isLinkLine(c)) && gap < maxLeadGap:
			gap++
		default:
			i = -1
		}
	}
	if len(lead) == 0 {
		return picked
	}
	slices.Reverse(lead)
	out := make([]candidate, 0, len(picked)+len(lead))
	out = append(append(out, picked[:at]...), lead...)
	return append(out, picked[at:]...)
}

// lastBefore returns the index of the last block of page before i that
// starts like text (its matchKey), or -1.
func lastBefore(page []candidate, i int, text string) int {
	k := matchKey(text)
	for j := i - 1; j >= 0; j-- {
		if strings.HasPrefix(strings.ToLower(page[j].text), k) {
			return j
		}
	}
	return -1
}

// strayLines returns how many blocks at the start of picked are stray
// lines before its running text: short lines or link lines (a "Cookies"
// button, skip links, a log-in prompt) that readability took in from the
// top of the page, in front of the first block of running text (isGood),
// and that sit apart from it in page — not right over it, as a table's
// labels or a kicker do. The lead and the container are looked for
// around that block, not around the stray lines. It is 0 when picked
// holds no running text or starts with it.
func strayLines(picked, page []candidate) int {
	at := 0
	for i, c := range picked {
		if isGood(c) {
			at = i
			break
		}
		if len(c.text) >= maxEdgeText && !isLinkLine(c) {
			return 0
		}
	}
	if at == 0 {
		return 0
	}
	f, _ := pickSpan(picked[at:], page)
	if f < 0 || f-lastBefore(page, f, picked[0].text) <= at+maxLeadGap {
		return 0
	}
	return at
}

// isLinkLine reports a short block that is mostly a link: a share
// button, a related story's headline with its kicker.
func isLinkLine(c candidate) bool {
	return len(c.text) < maxEdgeText*2 && c.linkText*3 >= len(c.text)
}

// minLead is the least text of a lead paragraph withLead takes.
const minLead = 150

// maxLeadGap is how many short blocks in a row withLead passes over.
const maxLeadGap = 2

// captionLike matches the words of photo captions and credits.
var captionLike = regexp.MustCompile(`(?i)\b(photo|image|picture|foto|bild|file|getty|reuters|afp|dpa|ap)\b`)

// matchKey is the part of a block's text that finds it among the page's
// blocks: its first matchKeyLen bytes, in lower case. Readability splits
// and joins blocks (a <div> of text lines becomes paragraphs), so whole
// blocks need not match.
func matchKey(s string) string {
	return strings.ToLower(keyPrefix(s, matchKeyLen))
}

// keyPrefix is s's first n bytes, cut at a rune's start.
func keyPrefix(s string, n int) string {
	if len(s) > n {
		cut := n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	return s
}

// matchKeyLen is the length of a matchKey.
const matchKeyLen = 64
