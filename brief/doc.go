// Package brief is newsbrief's model of a news brief and its formats: the
// typed Brief, Normalize, a reader for briefs that already exist (Parse)
// and writers for every output format. It is what the browser's render
// build imports, and nothing more.
//
// A brief is what a reader sees: a headline, key insights, why it matters,
// a summary, risks, opportunities, what we don't know yet, what's next,
// what others are reporting, and who reported the story first. One table
// of sections gives each its heading, the headings readers also accept,
// its JSON name and its key in the widget's sections= attribute. Every
// point can carry evidence: the source it comes from and the exact byte
// span of the quoted text. So can the headline, when it is taken from a
// source's text rather than a title (Brief.HeadlineEvidence).
//
// Package brief does not build briefs from articles: package compose does,
// from Documents (newsbrief.Document makes one from an extracted page),
// and returns a Brief that this package writes.
//
// Read a brief written as plain text, Markdown, HTML or JSON, and write it
// out again:
//
//	b, err := brief.Parse(r) // format detected; brief.WithFormat forces one
//	if err != nil {
//		return err
//	}
//	fmt.Println(b.Headline, len(b.Risks))
//	err = brief.WriteMarkdown(os.Stdout, b) // or WriteText, WriteHTML, WriteJSON, WriteJSONLD
//
// # Formats
//
// Text is the layout of brief pages: the headline on the first line, then
// headings on lines of their own ("Key insights", "Why this matters", …),
// "- " items, and for each other outlet a "-" line, an "Outlet Read → url"
// line, a framing line and a quote line ("> quote" when there is no
// framing). Markdown uses "#" headings, lists
// and block quotes; Axios-style bold lead-ins ("**Why it matters:** …")
// open sections too. HTML is read from its headings, lists, paragraphs,
// block quotes and links, ignoring navigation and asides; the HTML that
// WriteHTML writes carries data-nb attributes and reads back exactly. Each
// citation is a <sup data-nb="evidence"> whose data-nb-source,
// data-nb-start and data-nb-end give the evidence and whose data-nb-quote
// holds the exact quote as a JSON string, for scripts to JSON.parse.
// Headings are matched case-insensitively against the usual names (Key
// takeaways, Highlights, Open questions, What to watch, Other coverage, …);
// sections with other names are kept in Brief.Extra.
//
// The writers leave out empty sections. In Text and Markdown a point's
// evidence follows it on one line, "↳ [1] 120-188", with the quote as a Go
// string literal only when it is not the point's own text; [1] is the
// first entry under Sources. The headline's evidence line follows the
// headline, before any section. Readers also take the older form, one
// "↳ [1] 0-42 \"quote\"" line per piece of evidence.
//
// Readers are lenient where publishers differ: the credit of a story
// ("Originally reported by …", "Original headline: …") is read wherever it
// stands, in a footer, after a list or as a list item, and a by-line ("By
// Jane Doe, Reuters") is never read as summary text.
//
// For Text, Markdown, HTML and JSON, Parse(Write(b)) equals b after
// b.Normalize(). WriteJSONLD writes schema.org JSON-LD for search engines.
//
// Writers take options (WriteOption): WithEvidence(false) leaves evidence
// out, AsElement writes a <news-brief> element that renders with no
// script, and Standalone a complete, styled, self-contained HTML page.
// The Markdown writer escapes every text, so a Markdown renderer shows no
// HTML and no link but the brief's own http(s) links.
//
// # JSON
//
// WriteJSON writes the stable, versioned public contract ("version": 1):
// field names as in the struct tags, empty sections as [], evidence omitted
// when empty, times in RFC 3339. Schema holds its JSON Schema. Brief
// implements json.Marshaler and json.Unmarshaler with the same contract,
// so json.Marshal(b) writes it and json.Unmarshal checks the version.
//
// # Errors
//
// Parse fails with errors that match ErrEmpty, ErrTooLarge, ErrBinary,
// ErrMalformed or ErrVersion under errors.Is; *ParseError adds the format
// and line. Input is limited to DefaultMaxBytes unless WithMaxBytes says
// otherwise.
//
// Package brief imports only the standard library (not fmt, reflect,
// regexp, encoding/json or html: it has its own JSON codec, and its HTML
// tokenizer, tree builder and character references are in
// internal/htmlparse) and a few small internal packages, none of them used
// to build briefs, so that the browser build, which renders briefs, stays
// small; a test in wasm/e2e holds it to 570 KB with brotli.
package brief
