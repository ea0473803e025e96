// Package newsbrief turns news articles into briefs: a typed, faithful,
// source-grounded digest of a story. It is a thin facade over the packages
// that do the work — source (safe fetching, outlets), extract (article
// text and metadata from a page's HTML), compose (building the brief) and
// brief (the model, Parse and the writers) — for one-call use:
//
//	b, err := newsbrief.FromHTML(ctx, resp.Body, newsbrief.WithURL(pageURL))
//	if err != nil {
//		return err
//	}
//	brief.WriteMarkdown(os.Stdout, b)
//
// Every point of a brief is a sentence of the source, with evidence giving
// the exact byte offsets of that sentence in the article text.
package newsbrief
