// Package extract finds the article in a news page's HTML: its text in
// blocks (paragraphs, headings, quotes, list items), its links, and the
// metadata the page gives about it (title, authors, outlet, dates,
// language, description, image, canonical URL).
//
//	a, err := extract.FromReader(resp.Body, extract.WithURL(pageURL))
//	if err != nil {
//		return err // errors.Is(err, extract.ErrNoArticle), extract.ErrTooLarge, …
//	}
//	fmt.Println(a.Title, a.Authors, a.Published)
//	fmt.Println(a.Text) // blocks separated by blank lines
//
// The page is decoded to UTF-8 (an explicit WithCharset, then valid UTF-8,
// then its byte order mark or <meta> declaration, then sniffing) and parsed
// once with golang.org/x/net/html; the same tree serves the metadata pass,
// readability (codeberg.org/readeck/go-readability/v2) and newsbrief's own
// cleaning, which removes the captions, bylines, related-story lists,
// sharing tools and other furniture readability leaves in.
//
// Metadata comes, in order of trust, from JSON-LD (NewsArticle and its
// kin, in @graph and arrays, repaired when malformed), OpenGraph and
// article:* tags, Twitter cards, <meta> names, <time>, <html lang> and
// rel=canonical. When a page shows little text but its JSON-LD carries the
// articleBody, the article body is used.
//
// On the article extraction benchmark (125 pages, 4-token shingle F1),
// extract scores 0.975 against 0.955 for readability alone; see the
// bench/ module for the side-by-side comparison.
package extract
