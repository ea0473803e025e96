package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/newsbrief/newsbrief/bench/internal/jsonl"
	"github.com/newsbrief/newsbrief/internal/sentence"
)

// A doc is one article of a multi-source story.
type doc struct {
	URL    string `json:"url"`
	Outlet string `json:"outlet"`
	Domain string `json:"domain"`
	Title  string `json:"title"`
	Text   string `json:"text"`
	// Date is "YYYY-MM-DD" when known (AllSides: from the URL), else empty.
	Date string `json:"published_from_url"`
}

// A story is one line of a multi-source set: AllSides gives "articles" and
// a "summary" of paragraphs; MultiLing gives "sources" (id, title, text)
// and "references", each a list of sentences.
type story struct {
	ID         string     `json:"id"`
	Title      string     `json:"title"`
	Articles   []doc      `json:"articles"`
	Sources    []doc      `json:"sources"`
	Summary    []string   `json:"summary"`
	References [][]string `json:"references"`
}

// loadStories reads a multi-source set as articles whose Docs are the
// story's articles. AllSides' reference is its summary's first paragraph
// (the event), split into sentences, with the whole summary as Full;
// MultiLing's references are all its human summaries, and its articles'
// headlines and datelines are taken out of their text (liftHeader).
func loadStories(path string) ([]article, error) {
	stories, err := jsonl.Read[story](path)
	if err != nil {
		return nil, err
	}
	arts := make([]article, 0, len(stories))
	for _, s := range stories {
		a := article{ID: s.ID, Title: s.Title, Docs: s.Articles, References: s.References}
		if len(a.Docs) == 0 {
			for _, d := range s.Sources {
				a.Docs = append(a.Docs, liftHeader(d))
			}
		}
		if len(a.Docs) == 0 {
			return nil, fmt.Errorf("%s: story %s has no articles", path, s.ID)
		}
		if len(a.References) == 0 && len(s.Summary) > 0 {
			a.Summary = splitSentences(s.Summary[0])
			for _, p := range s.Summary {
				a.Full = append(a.Full, splitSentences(p)...)
			}
		}
		arts = append(arts, a)
	}
	return arts, nil
}

// liftHeader moves the headline and dateline that open a MultiLing
// article's text ("Headline\n\nSaturday, January 1, 2005\n\n…") into
// Title and Date, where the set left the title empty.
func liftHeader(d doc) doc {
	title, rest, ok := strings.Cut(d.Text, "\n\n")
	if d.Title != "" || !ok || strings.Contains(title, "\n") {
		return d
	}
	d.Title, d.Text = strings.TrimSpace(title), rest
	line, rest, _ := strings.Cut(d.Text, "\n")
	for _, layout := range []string{"Monday, January 2, 2006", "January 2, 2006"} {
		if t, err := time.Parse(layout, strings.TrimSpace(line)); err == nil {
			d.Date, d.Text = t.Format(time.DateOnly), strings.TrimLeft(rest, "\n")
			break
		}
	}
	return d
}

// splitSentences splits text with internal/sentence.
func splitSentences(text string) []string {
	var out []string
	for _, sp := range sentence.Split(text) {
		out = append(out, text[sp.Start:sp.End])
	}
	return out
}

// references are the reference summaries an article is scored against.
func references(a article) [][]string {
	if len(a.References) > 0 {
		return a.References
	}
	return [][]string{a.Summary}
}

// briefChecks counts, over one multi-source set, what newsbrief's briefs
// must get right whatever their ROUGE: quotes copied verbatim, coverage
// entries that do not repeat each other and are filled in, and the
// original report.
type briefChecks struct {
	set            string
	stories, fails int // briefs built; Build errors or panics
	// Quotes and coverage quotes, and those found verbatim in the article
	// their evidence or URL points to.
	quotes, verbatim int
	// Quotes found only once white space is collapsed.
	spaceOnly int
	// Coverage entries, pairs within a brief with the same framing after
	// trimming, pairs the same ignoring case and white space (including the
	// former), and entries with no framing or no quote.
	coverage, samePairs, nearPairs, noFraming, noQuote int
	// Stories with at least two dated articles, and those whose original
	// is one of the earliest; the same for a single earliest article.
	dated, earliest, datedUnique, earliestUnique int
	// problems describe each failed check, for -v.
	problems []string
}

// checkStories builds and checks newsbrief's brief for every story
// (checkBriefs in checks.go); nil when newsbrief is left out of the build.
var checkStories func(ds dataset, arts []article) briefChecks

// printChecks writes the checks of every multi-source set as one table.
func printChecks(w io.Writer, checks []briefChecks, verbose bool) {
	fmt.Fprintln(w, "### newsbrief's multi-source briefs")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| set | briefs | quotes verbatim | coverage entries | same framing (pairs) | near-same framing (pairs) | no framing | no quote | original = earliest-dated |")
	fmt.Fprintln(w, "|---|--:|--:|--:|--:|--:|--:|--:|--:|")
	for _, c := range checks {
		orig := "–"
		if c.dated > 0 {
			orig = fmt.Sprintf("%d of %d; unique earliest: %d of %d", c.earliest, c.dated, c.earliestUnique, c.datedUnique)
		}
		fmt.Fprintf(w, "| %s | %d | %d of %d (%s) | %d | %d | %d | %d | %d | %s |\n",
			c.set, c.stories, c.verbatim, c.quotes, percent(c.verbatim, c.quotes),
			c.coverage, c.samePairs, c.nearPairs, c.noFraming, c.noQuote, orig)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Quotes verbatim: every quote and every coverage quote is a substring of the text of the article its evidence, or its entry's URL, points to.")
	fmt.Fprintln(w, "Framing pairs count non-empty framings within one brief; near-same ignores case and white space and includes the same.")
	fmt.Fprintln(w, "Original: stories with at least two dated articles (AllSides: date in the URL; MultiLing: dateline), and those whose brief's original is one of the earliest (ties count); then the same for stories with a single earliest article.")
	for _, c := range checks {
		if c.fails > 0 {
			fmt.Fprintf(w, "%s: %d stories with a Build error or panic, not checked.\n", c.set, c.fails)
		}
		if c.spaceOnly > 0 {
			fmt.Fprintf(w, "%s: %d of the quotes not verbatim match once the source's white space is collapsed.\n", c.set, c.spaceOnly)
		}
	}
	if verbose {
		for _, c := range checks {
			for _, p := range c.problems {
				fmt.Fprintf(w, "- %s %s\n", c.set, p)
			}
		}
	}
	fmt.Fprintln(w)
}

func percent(n, of int) string {
	if of == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(of))
}

// fold is s in lower case with white space collapsed.
func fold(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }
