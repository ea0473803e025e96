// Package story groups articles into stories at corpus scale: MinHash
// signatures over the content words of each article's title and lead,
// locality-sensitive hashing (LSH) bands to find candidate pairs without
// comparing every pair, and a deterministic average-linkage merge of the
// verified pairs, within a date window.
//
// The pieces are separate so that a distributed pipeline can run them as
// stages: Features and Sign per article, Bands per article (emitting one
// key per band), Pairs per band bucket, and Merge once over all pairs,
// which are small (two keys and a similarity each).
//
//	sig := story.Sign(story.Features(title, text, lang))
//	for band, key := range story.Bands(sig) { … group by key … }
//	pairs := story.Pairs(bucket, story.DefaultWindow)
//	stories := story.Merge(nodes, pairs)
package story
