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
// then its byte order mark or <meta> declaration, then sniffing), stripped
// of comments and empty elements, and parsed once with golang.org/x/net/html;
// the same tree serves the metadata pass, readability
// (codeberg.org/readeck/go-readability/v2) and newsbrief's own cleaning.
// Its text is read in blocks, a drop cap set apart joined to its
// paragraph (dropcap.go).
// The cleaning judges blocks by their shape, never by site: link density,
// notice phrases (copyright, cookies, newsletters, advertising, paywall
// prompts) and furniture lines in six languages, credit,
// by-line and date lines, labels and short lines at the article's edges,
// a heading or a list of teasers ending it, the heading right over a list
// of links, captions, hidden elements that hold no prose, and repeats only
// when they are sentences; and by position around the article's running
// text: a small box under a heading after it and link lines after it
// (teasers.go), a short note after the element that holds most of it and
// small boxes without running text nested in that element (mainbox.go),
// and the blocks taken from the page that sit in a control's box, the
// short text around a button, field or check box (controls.go). Containers
// named like furniture ("gallery", "read-more", "comment") are kept when
// they hold prose, and so are closed tab panels; a class name that says
// what an element holds ("has-sharing", "with-ads") does not count.
// Around readability's pick, three passes over the page's blocks give
// back what it leaves out: prose paragraphs it dropped from between its
// blocks of running text (withGaps, gaps.go), the lead paragraphs right
// before it (withLead; before its first block of running text when stray
// lines from the page's top come first), and the rest of the element
// that holds it, up to three levels up, while the added blocks
// read like the article — later sections, columns, a standfirst in a
// block of its own (withContainer, container.go); a fourth drops the
// blocks ending the pick that the page places after the element it
// declares as its article (itemprop="articleBody", its one <main> or
// <article>; withoutTail, declared.go) or that sit in a comment thread
// (withoutComments); then the paragraph that
// repeats the description the page declares, when it sits above the
// article and was left out (withStandfirst, standfirst.go). When readability's pick
// holds no running text, or the page is too large for readability, a
// second extractor takes over: the run of consecutive blocks with the most
// running text net of furniture (see baseline.go); before ErrNoArticle, the
// same run over all of the page's text, furniture included (lastResort).
// A learned block scorer voting at the kept span's edges was tried and
// rejected (README, "Extracting articles").
//
// Metadata comes, in order of trust, from JSON-LD (NewsArticle and its
// kin, in @graph and arrays, repaired when malformed), OpenGraph and
// article:* tags, Twitter cards, <meta> names, <time>, <html lang> and
// rel=canonical; URLs are kept only when they are absolute http(s). When
// the page declares no language, it is guessed from the text: by script,
// else by function words. When a page shows little text but its JSON-LD
// carries the articleBody, the article body is used.
//
// Development sets are split into tuning and frozen parts by page
// (internal/devsplit). In one run of bench/cmd/extractbench (2026-12-03),
// F1 on the article extraction benchmark is 0.979 tuning / 0.980 frozen
// (4-token shingles; readability alone 0.960 / 0.950) and on trafilatura's
// evaluation pages 0.966 tuning / 0.924 frozen (go-trafilatura 0.918 /
// 0.922, readability alone 0.898 / 0.882); see the README.
package extract
