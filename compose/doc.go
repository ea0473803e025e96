// Package compose builds briefs: it turns one or more articles about a
// story (brief.Document) into a brief.Brief.
//
//	b, err := compose.Build(ctx, []brief.Document{{Title: title, Text: text}})
//	// b.KeyInsights[0].Evidence[0]: source 0, text[Start:End] == Quote
//
// Building is extractive and deterministic: every point is a sentence of a
// source with its exact byte offsets, and the same documents always give
// the same brief. A section is left empty rather than filled with a
// doubtful item.
//
// Build runs as a pipeline of stages, one file each:
//
//   - annotate: split every document into sentences and mark each one's
//     language, terms, whether it may be a point (unit.go: a unit that
//     stands alone; furniture.go: no furniture or caption run into it),
//     and its cues (risk, opportunity, unknown, significance, next step),
//     from the word lists of internal/cue; then judge (judge.go) files the
//     sentences under those sections with the learnt classifier of
//     internal/classify for the labels where it beat the cue rules, and
//     leaves the rules' verdicts for the others;
//   - score: weigh the sentences (centrality in a sentence graph, term
//     frequency, position, the headline's words) and link sentences of
//     different sources that say the same;
//   - select: pick each section's sentences, by index, with one routine
//     that skips repeats (a key insight may also be a risk; no other
//     sentence shows twice); Why this matters is an article-level
//     decision, the likeliest statement of significance or nothing
//     (why.go);
//   - assemble: turn the chosen indexes into points with evidence, find the
//     figures, quotes and names, and add the headline, sources, original
//     report and other outlets' coverage (figure*.go, quote*.go, name*.go,
//     headline.go, original.go, coverage.go).
//
// Several articles make one brief: Build names as the original the report
// the others credit, else a press release (brief.Document.PressRelease),
// else the earliest. Cluster first groups a pile of articles into stories;
// StoryTerms, TermCounts.Vector and ClusterVectors are its steps, for a
// caller that weighs documents over a corpus too large for one process
// and clusters it in parts (the pipeline module does).
//
// Build honours its context and its cost grows about linearly with the
// text: it considers at most a bounded number of sentences and graph edges
// (see Limits and WithLimits).
package compose
