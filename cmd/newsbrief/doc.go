// Command newsbrief reads, builds, converts and serves news briefs.
//
//	newsbrief parse [-format json|text|markdown|html|jsonld] [-in auto|text|markdown|html|json] [FILE|-]
//	newsbrief render [-format html|text|markdown|json|jsonld] [FILE.json|-]
//	newsbrief brief [-format json|text|markdown|html|jsonld] [-in auto|html|text] [-insights N] [-allow-private] FILE|URL|- ...
//	newsbrief batch -in FILE.jsonl -out FILE.jsonl [-workers N]
//	newsbrief extract [-format json|text|markdown] [-url URL] [FILE|-]
//	newsbrief demo [-format text|markdown|html|json|jsonld]
//	newsbrief serve [-addr HOST:PORT] [-max-body SIZE] [-fetch-timeout D] [-allow-private] [-workers N] [-queue N] [-widget DIR] [-log-format text|json]
//
// parse reads an existing brief (plain text, Markdown, HTML or JSON) and
// writes it in another format, JSON by default. render writes a brief in
// JSON as HTML or another format. brief builds the brief of one or more
// articles about a story (pages' HTML, URLs or text); batch builds one
// per line of a JSON Lines file. extract writes the article found in a
// news page. demo builds the brief of the sample article built into the
// binary. serve runs the HTTP service of package server. Input comes from
// FILE or stdin; errors go to stderr as one line with exit status 1, or 2
// for a wrong command line.
package main
