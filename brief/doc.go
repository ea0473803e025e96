// Package brief is newsbrief's model of a news brief and its formats: the
// typed Brief, Normalize, a reader for briefs that already exist (Parse)
// and writers for every output format. It is what the browser's render
// build imports, and nothing more.
//
// A brief is what a reader sees: a headline, key insights, why it matters,
// a summary, risks, opportunities, what we don't know yet, what others are
// reporting, and who reported the story first. Every point can carry
// evidence: the source it comes from and the exact byte span of the quoted
// text.
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
// line, a framing line and a quote line. Markdown uses "#" headings, lists
// and block quotes; Axios-style bold lead-ins ("**Why it matters:** …")
// open sections too. HTML is read from its headings, lists, paragraphs,
// block quotes and links, ignoring navigation, asides and footers; the HTML
// that WriteHTML writes carries data-nb attributes and reads back exactly.
// Each citation is a <sup data-nb="evidence"> whose data-nb-source,
// data-nb-start and data-nb-end give the evidence and whose data-nb-quote
// holds the exact quote as a JSON string, for scripts to JSON.parse.
// Headings are matched case-insensitively against the usual names (Key
// takeaways, Highlights, Open questions, Other coverage, …); sections with
// other names are kept in Brief.Extra.
//
// For Text, Markdown, HTML and JSON, Parse(Write(b)) equals b after
// b.Normalize(). WriteJSONLD writes schema.org JSON-LD for search engines.
//
// # JSON
//
// WriteJSON writes the stable, versioned public contract ("version": 1):
// field names as in the struct tags, empty sections as [], evidence omitted
// when empty, times in RFC 3339. Schema holds its JSON Schema.
//
// # Errors
//
// Parse fails with errors that match ErrEmpty, ErrTooLarge, ErrBinary,
// ErrMalformed or ErrVersion under errors.Is; *ParseError adds the format
// and line. Input is limited to DefaultMaxBytes unless WithMaxBytes says
// otherwise.
//
// Package brief imports only the standard library (not fmt, reflect,
// regexp, encoding/json or html: it has its own JSON codec, HTML tokenizer
// and character references) and a few small internal packages, none of
// them used to build briefs, so
// that the browser build, which renders briefs, stays small; a test in
// wasm/e2e holds it to 600 KB with brotli.
package brief
