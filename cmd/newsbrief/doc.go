// Command newsbrief reads, converts and renders news briefs.
//
//	newsbrief parse [-format json|text|markdown|html|jsonld] [-in auto|text|markdown|html|json] [FILE|-]
//	newsbrief render [-format html|text|markdown|json|jsonld] [FILE.json|-]
//	newsbrief demo [-format text|markdown|html|json|jsonld]
//
// parse reads an existing brief (plain text, Markdown, HTML or JSON) and
// writes it in another format, JSON by default. render writes a brief in
// JSON as HTML or another format. demo renders the sample brief built into
// the binary. Input comes from FILE or stdin; errors go to stderr as one
// line with exit status 1, or 2 for a wrong command line.
package main
