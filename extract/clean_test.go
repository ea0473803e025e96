package extract

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// para is a paragraph of running text long enough to count as one.
func para(i int) string {
	return fmt.Sprintf("<p>The council voted %d to 12 on Thursday to approve the extension, which the mayor said would open in 2029 if the funding holds.</p>\n", 30+i)
}

func TestOnlyHTTPURLs(t *testing.T) {
	page := `<html><head>
<meta property="og:image" content="javascript:alert(1)">
<meta name="twitter:image" content="data:image/png;base64,AAAA">
<meta property="og:url" content="data:text/html,<script>alert(1)</script>">
<meta name="original-source" content="javascript:alert(2)">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","image":"vbscript:x","url":"javascript:y"}</script>
</head><body><article>` + para(1) + para(2) +
		`<p>See <a href="javascript:alert(3)">this</a>, <a href="data:text/html,x">that</a> and <a href="/ok">the report</a> for the full vote count of the council.</p>
</article></body></html>`
	a, err := FromReader(strings.NewReader(page), WithURL("https://news.example/a"))
	require.NoError(t, err)
	assert.Empty(t, a.Image)
	assert.Empty(t, a.CanonicalURL)
	assert.Empty(t, a.Credits)
	require.Len(t, a.Links, 1)
	assert.Equal(t, "https://news.example/ok", a.Links[0].URL)
}

func TestNoticeBlocksDropped(t *testing.T) {
	page := `<html><body><article>
<p>Newsletter: sign up for our morning briefing.</p>` + para(1) + para(2) +
		`<p>The court's copyright ruling, the first of its kind, means that publishers can no longer claim the archive as their own, the judge wrote in a long decision.</p>` +
		`<p>Advertisement: subscribe to our newsletter for more.</p>` +
		para(3) + `<p>© 2026 Riverside Post. All rights reserved.</p>
<p>We use cookies to improve your experience.</p>
</article></body></html>`
	a, err := FromReader(strings.NewReader(page))
	require.NoError(t, err)
	assert.Contains(t, a.Text, "copyright ruling", "a story about copyright keeps its paragraph")
	for _, notice := range []string{"Newsletter", "newsletter", "All rights reserved", "cookies"} {
		assert.NotContains(t, a.Text, notice)
	}
}

func TestShortRepeatsKept(t *testing.T) {
	page := `<html><body><article>` + para(1) +
		`<p>Q: What changed?</p><p>The budget, mostly, and the timetable that came with it after the vote.</p>` +
		`<p>Q: What changed?</p><p>Nothing at all for the riders who take the tram every morning to work.</p>` + para(2) +
		`</article></body></html>`
	a, err := FromReader(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, 2, strings.Count(a.Text, "Q: What changed?"))
}

func TestProseInBoilerplateNamedContainer(t *testing.T) {
	page := `<html><body><article><div class="gallery-intro">` + para(1) + para(2) + `</div>` + para(3) + para(4) +
		`<div class="related"><p><a href="/x">Other story</a></p></div></article></body></html>`
	a, err := FromReader(strings.NewReader(page))
	require.NoError(t, err)
	assert.Contains(t, a.Text, "voted 31 to 12")
	assert.NotContains(t, a.Text, "Other story")
}

func TestLargePageMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the 4 MiB pages in -short mode")
	}
	const size = 4 << 20
	var prose strings.Builder
	prose.WriteString("<html><body>")
	for i := 0; prose.Len() < size; i++ {
		prose.WriteString(para(i))
	}
	prose.WriteString("</body></html>")
	for _, tc := range []struct {
		name string
		page []byte
	}{
		{"empty paragraphs", []byte(strings.Repeat("<p>", size/3))},
		{"paragraphs of text", []byte(prose.String())},
	} {
		t.Run(tc.name, func(t *testing.T) {
			runtime.GC()
			var m0, m1 runtime.MemStats
			runtime.ReadMemStats(&m0)
			_, err := FromReader(bytes.NewReader(tc.page))
			runtime.ReadMemStats(&m1)
			if err != nil {
				require.ErrorIs(t, err, ErrNoArticle)
			}
			alloc := m1.TotalAlloc - m0.TotalAlloc
			t.Logf("%d-byte page: %d MB allocated in all (%.1f× the page)", len(tc.page), alloc>>20, float64(alloc)/float64(len(tc.page)))
			assert.Less(t, alloc, uint64(maxAllocFactor*len(tc.page)))
		})
	}
}

// maxAllocFactor bounds the bytes allocated while extracting a large page,
// as a multiple of its size: every allocation counts, freed or not, so
// the memory in use at any moment is less.
const maxAllocFactor = 20

func TestCreditLinesDropped(t *testing.T) {
	page := `<html><body><article>` + para(1) + `<p>Augusta National/Getty Images</p>` + para(2) +
		`<p>Foto: dpa</p>` + para(3) + `</article></body></html>`
	a, err := FromReader(strings.NewReader(page))
	require.NoError(t, err)
	assert.NotContains(t, a.Text, "Getty")
	assert.NotContains(t, a.Text, "dpa")
	assert.Contains(t, a.Text, "voted 32 to 12")
}

func TestSoftHyphensRemoved(t *testing.T) {
	page := "<html><body><article><p>Die Stadt\u00adverwaltung hat am Donnerstag die Ver\u00adlängerung der Straßenbahn beschlossen, die 2029 eröffnet werden soll.</p>" + para(1) + "</article></body></html>"
	a, err := FromReader(strings.NewReader(page))
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Stadtverwaltung hat am Donnerstag die Verlängerung")
	assert.NotContains(t, a.Text, "\u00ad")
}

func TestBylineAndDateLinesDropped(t *testing.T) {
	page := `<html><body><article><p>Von Tim Ehlers</p><p>26. Oktober 2023</p>` + para(1) + para(2) +
		`<ul><li>The Garden · Derek Jarman (1990)</li><li>Blue · Derek Jarman (1993)</li></ul></article></body></html>`
	a, err := FromReader(strings.NewReader(page))
	require.NoError(t, err)
	assert.NotContains(t, a.Text, "Tim Ehlers")
	assert.NotContains(t, a.Text, "Oktober")
	assert.Contains(t, a.Text, "Derek Jarman (1990)", "list items with a year are content")
}

func TestLeadBeforeReadabilitysPick(t *testing.T) {
	page := `<html><body><div id="page"><div class="header-area"><h1>Tram line approved</h1>
<div class="intro"><p>The city council has approved the tram extension to the airport after a debate that lasted most of the night, ending a dispute that had divided the coalition for two years.</p></div>
<p>12 May 2026</p></div>
<div class="main"><div class="article-body">` + para(1) + para(2) + para(3) + para(4) + para(5) + para(6) + para(7) + `</div></div></div>
<footer><p>© 2026 Riverside Post</p></footer></body></html>`
	a, err := FromReader(strings.NewReader(page))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(a.Text, "The city council has approved the tram extension"), a.Text)
	assert.NotContains(t, a.Text, "12 May 2026")
}

func TestRubyReadingsLeftOut(t *testing.T) {
	page := `<html lang="ja"><body><article><p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができました。新しい法律では、親が子どもをたたくことが禁止されます。</p>` +
		para(1) + `</article></body></html>`
	a, err := FromReader(strings.NewReader(page))
	require.NoError(t, err)
	assert.Contains(t, a.Text, "子どもへの虐待をなくすための法律ができました。")
}

func TestLongParagraphEndingInColonKept(t *testing.T) {
	page := `<html><body><article><p>On Thursday the council asked the state for three changes to the funding of the tram extension before the vote next year:</p>
<ul><li>A fixed share of the cost for the state, written into the law.</li><li>A ten-year guarantee for the running costs of the new line.</li></ul>` +
		para(1) + `</article></body></html>`
	a, err := FromReader(strings.NewReader(page))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(a.Text, "On Thursday the council asked"), a.Text)
}

func TestFurnitureNamedSpanInSentenceKept(t *testing.T) {
	page := `<html><body><article>` +
		`<p><span class="dateline">KOBE –</span> A total of 6,000 surgical masks were sent to the city on Monday, officials said after the council met.</p>` +
		para(1) + para(2) +
		`<div class="caption">A photo of the harbour</div>` +
		`</article></body></html>`
	a, err := FromReader(strings.NewReader(page))
	require.NoError(t, err)
	assert.Contains(t, a.Text, "KOBE – A total of 6,000 surgical masks", "a span in a sentence is part of it, whatever its class")
	assert.NotContains(t, a.Text, "photo of the harbour", "a block named like furniture is still dropped")
}

func TestListLabelGoesWithItsLinks(t *testing.T) {
	related := `<li><a href="/a">Budget talks stall again</a></li><li><a href="/b">Tram line opens early</a></li>`
	page := `<html><body><article>` + para(1) + para(2) +
		`<h3>More on this story</h3><ul>` + related + `</ul>` + para(3) +
		`<p>Further information:</p><ul>` + related + `</ul>` + para(4) +
		`<h3>The vote</h3><p><a href="/minutes">Minutes of the meeting</a></p>` + para(5) +
		`</article></body></html>`
	a, err := FromReader(strings.NewReader(page), WithURL("https://news.example/a"))
	require.NoError(t, err)
	assert.NotContains(t, a.Text, "More on this story")
	assert.NotContains(t, a.Text, "Further information")
	assert.Contains(t, a.Text, "The vote", "a heading over one link, not a list, is kept")
	assert.Contains(t, a.Text, "voted 35 to 12", "the text after the list is kept")
}

func TestLeadOverALinkedByline(t *testing.T) {
	page := `<html><body><div id="page"><div class="header-area"><h1>Tram line approved</h1>
<div class="intro"><p>The city council has approved the tram extension to the airport after a debate that lasted most of the night, ending a dispute that had divided the coalition for two years.</p></div>
<p><a href="/ann-lee">Ann Lee</a>, <a href="/tim-ehlers">Tim Ehlers</a></p></div>
<div class="main"><div class="article-body">` + para(1) + para(2) + para(3) + para(4) + para(5) + para(6) + para(7) + `</div></div></div></body></html>`
	a, err := FromReader(strings.NewReader(page))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(a.Text, "The city council has approved the tram extension"), a.Text)
	assert.NotContains(t, a.Text, "Ann Lee")
}

func TestTableInFigureKept(t *testing.T) {
	page := `<html><body><article>` + para(1) +
		`<figure><table><tr><th>Fee</th><th>Coinbase</th></tr><tr><td>Withdrawal</td><td>1 GBP withdrawal</td></tr></table><figcaption>Fees compared</figcaption></figure>` +
		`<figure><img src="/harbour.jpg"><p>The harbour at dawn, seen from the new tram bridge.</p></figure>` +
		para(2) + `</article></body></html>`
	a, err := FromReader(strings.NewReader(page))
	require.NoError(t, err)
	assert.Contains(t, a.Text, "1 GBP withdrawal", "a figure holding a table is the article's data")
	assert.NotContains(t, a.Text, "Fees compared", "its caption is still left out")
	assert.NotContains(t, a.Text, "harbour at dawn", "a figure holding an image is left out")
}

func TestListRepeatsKeptSentenceRepeatsDropped(t *testing.T) {
	dish := `<li>Asian Chicken Zoodles [1 cup zucchini noodles, 4 oz. cooked chicken, ½ cup edamame, 1 tsp. sesame oil]</li>`
	quote := `<p>She added that an appeal against the decision could be made to the office of the attorney general.</p>`
	page := `<html><body><article>` + para(1) + `<h2>Day 1</h2><ul>` + dish + `</ul>` + quote + para(2) +
		`<h2>Day 2</h2><ul>` + dish + `</ul>` + quote + para(3) + `</article></body></html>`
	a, err := FromReader(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, 2, strings.Count(a.Text, "Asian Chicken Zoodles"), "a plan's repeated dish is its content")
	assert.Equal(t, 1, strings.Count(a.Text, "She added that an appeal"), "a repeated sentence is a copy")
}

func TestLeadOverARelatedBox(t *testing.T) {
	related := ""
	for _, h := range []string{"Basic income: money from the state for all?", "Finland tests a basic income", "Who decides what a self-driving car does?", "The fear of going digital"} {
		related += `<p><span>Topic</span> <a href="/x">` + h + `</a></p>`
	}
	page := `<html><body><div id="page"><div class="header-area"><h1>Work without wages</h1>
<div class="intro"><p>"People will still work in the future, but perhaps no longer for money," says the philosopher, who expects half of all jobs to change within a generation.</p></div>
<h3>More on this</h3>` + related + `</div>
<div class="main"><div class="article-body">` + para(1) + para(2) + para(3) + para(4) + para(5) + para(6) + para(7) + `</div></div></div></body></html>`
	a, err := FromReader(strings.NewReader(page), WithURL("https://news.example/a"))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(a.Text, `"People will still work in the future`), a.Text)
	assert.NotContains(t, a.Text, "Finland tests")
}

func TestHiddenTabPanelWithProseKept(t *testing.T) {
	page := `<html><body><div id="page"><article>` + para(1) + para(2) +
		`<div role="tabpanel" hidden><h2>Specifications</h2><p>The line runs 14 kilometres from the main station to the airport, with nine stops, and its trams will run every six minutes at rush hour and every ten in the evening.</p>` + para(4) + `</div>` +
		`<div style="display: none"><p>Close this dialog to go back to the article.</p></div>` +
		`<span aria-hidden="true">Share</span>` +
		`</article></div></body></html>`
	a, err := FromReader(strings.NewReader(page))
	require.NoError(t, err)
	assert.Contains(t, a.Text, "The line runs 14 kilometres", "a hidden tab panel of prose is text the reader opens")
	assert.NotContains(t, a.Text, "Close this dialog", "a hidden widget is left out")
	assert.NotContains(t, a.Text, "Share")
}

func TestArticleInFurnitureNamedElementFound(t *testing.T) {
	page := `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="live-comment"><h2>Tram line approved</h2><p>The city council has approved the tram extension to the airport after a debate that lasted most of the night, ending a dispute that had divided the coalition for two years; work starts in spring.</p><p>Updated 21:40</p></div>
<footer><p>Riverside Post</p></footer></body></html>`
	a, err := FromReader(strings.NewReader(page))
	require.NoError(t, err, "an article in an element named like furniture is still the article")
	assert.Contains(t, a.Text, "The city council has approved the tram extension")
	assert.NotContains(t, a.Text, "Home")

	_, err = FromReader(strings.NewReader(`<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="comments"><p>Log in to comment.</p></div></body></html>`))
	assert.ErrorIs(t, err, ErrNoArticle, "a page of furniture has no article")
}

func TestAuthorBoxDropped(t *testing.T) {
	page := `<html><body><article>` + para(1) + para(2) + para(3) +
		`<section class="post-author"><div class="post-author-bio"><p>Ann Lee studied sports science before she joined the paper in 2015, where she has covered the city council and its transport plans ever since.</p></div></section>` +
		`</article></body></html>`
	a, err := FromReader(strings.NewReader(page))
	require.NoError(t, err)
	assert.NotContains(t, a.Text, "studied sports science")
	assert.Contains(t, a.Text, "voted 33 to 12")
}

func TestCallToActionAndPrintLinksDropped(t *testing.T) {
	page := `<html><body><article>` + para(1) + para(2) +
		`<section class="c-letters-cta"><p>We want to hear what you think about this article. Submit a letter to the editor.</p></section>` +
		`<div class="recipe"><a class="wprm-recipe-print" href="/print">Print recipe</a>` + para(3) + `</div>` +
		`</article></body></html>`
	a, err := FromReader(strings.NewReader(page))
	require.NoError(t, err)
	assert.NotContains(t, a.Text, "We want to hear")
	assert.NotContains(t, a.Text, "Print recipe")
	assert.Contains(t, a.Text, "voted 33 to 12")
}
