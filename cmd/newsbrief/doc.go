// Command newsbrief builds, reads, converts and serves news briefs.
//
//	newsbrief brief [-format json|text|markdown|html|jsonld] [-evidence=false] [-standalone] [-input-format auto|html|text] [-url URL] [-insights N] [-allow-private] FILE|URL|- ...
//	newsbrief batch [-in FILE.jsonl|-] [-out FILE.jsonl|-] [-workers N]
//	newsbrief parse [-format json|text|markdown|html|jsonld] [-evidence=false] [-standalone] [-input-format auto|text|markdown|html|json] [FILE|-]
//	newsbrief render [-format html|text|markdown|json|jsonld] [-evidence=false] [-standalone] [FILE.json|-]
//	newsbrief extract [-format json|text|markdown] [-url URL] [FILE|-]
//	newsbrief demo [-format text|markdown|html|json|jsonld] [-evidence=false] [-standalone]
//	newsbrief serve [-addr HOST:PORT] [-max-body SIZE] [-fetch-timeout D] [-allow-private] [-workers N] [-queue N] [-widget DIR] [-log-format text|json]
//	newsbrief version
//	newsbrief help [COMMAND]
//
// brief builds the brief of one or more articles about a story (pages'
// HTML, URLs or text); -url names where a saved page came from. batch
// builds one brief per line of JSON Lines, from stdin to stdout unless
// -in and -out name files; it writes one record per input line, never
// writes over its input, and replaces -out only when the whole batch is
// written. parse reads an existing brief (plain text, Markdown, HTML or
// JSON) and writes it in another format, JSON by default. render writes a
// brief in JSON as HTML or another format. extract writes the article
// found in a news page. demo builds the brief of the sample article built
// into the binary. serve runs the HTTP service of package server. version
// prints the module version and VCS revision the binary was built from.
//
// Input comes from FILE or stdin; on a terminal, newsbrief says it is
// waiting for stdin. "newsbrief help COMMAND" and "newsbrief COMMAND -h"
// print a command's flags and examples on stdout. Errors go to stderr as
// one line with exit status 1, or 2 for a wrong command line. -in, the
// old name of -input-format, still works with a warning.
package main
