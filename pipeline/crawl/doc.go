// Package crawl reads the pipeline's inputs record by record: WARC files
// (plain or with gzip members) and JSONL files in the input format of
// `newsbrief batch`. Every record read comes out either as a page or text
// to extract, or as a skip or failure with a reason, so that a caller can
// account for all of them.
package crawl
