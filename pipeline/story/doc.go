// Package story holds the pieces of story grouping at corpus scale that
// do not need the whole corpus at once: blocking with MinHash signatures
// over the content words of each article's title and lead and
// locality-sensitive hashing (LSH) bands, which find candidate pairs
// without comparing every pair, and the connected components of the
// verified pairs, each small enough for one worker.
//
// Whether two articles are of one story is not decided here: the caller
// verifies candidates with the in-memory clustering's similarity
// (compose.StoryVector.Similarity, with tf-idf weights over the whole
// corpus) and clusters each component with compose.ClusterVectors. Stories
// only ever merge along a verified pair, so clustering each component on
// its own gives the stories that clustering the whole corpus at once
// would, as long as blocking finds the pairs.
//
//	sig := story.Sign(story.Features(title, text, lang))
//	for band, key := range story.Bands(sig) { … group by key … }
//	candidates := story.Candidates(bucket, story.DefaultWindow)
//	… verify each candidate into a story.Pair …
//	components := story.Components(keys, pairs, story.MaxComponent)
package story
