// Package pipeline is newsbrief at scale: an Apache Beam pipeline that
// reads a news crawl (WARC files, or JSONL in the input format of
// `newsbrief batch`), extracts every article, groups the articles into
// the stories the library's in-memory clustering (compose.Cluster) would
// make of the whole input — MinHash/LSH blocking (package story) finds
// candidate pairs, Cluster's own similarity and merge decide — and writes
// one multi-source brief per story as sharded JSONL, with a dead-letter
// output for every record that was skipped or failed and counts that add
// up:
//
//	records = briefed + skipped + failed
//
// Construct adds the pipeline to a Beam scope; cmd/newsbrief-pipeline runs
// it on Prism in-process by default, or on Flink, Spark or Dataflow.
//
// Outputs, under Config.Output:
//
//	briefs-SSSSS-of-NNNNN.jsonl     {"story", "articles": [urls], "brief"}
//	articles-SSSSS-of-NNNNN.jsonl   {"story", "key", "url", "brief"} (Config.PerArticle)
//	deadletter-SSSSS-of-NNNNN.jsonl {"key", "id", "outcome", "stage", "reason"}
//	counts.json                     Counts
package pipeline
