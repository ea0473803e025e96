package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func open(t *testing.T, name string) *os.File {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	return f
}

func TestFromReaderNewsPage(t *testing.T) {
	a, err := FromReader(open(t, "news.html"), WithURL("https://riverside-post.example/news/tram-airport?utm_source=x"))
	require.NoError(t, err)

	assert.Equal(t, "Tram line to the airport approved", a.Title)
	assert.Equal(t, []string{"Mira Holt", "Jonas Berg"}, a.Authors, "JSON-LD authors come first")
	assert.Equal(t, "The Riverside Post", a.Outlet)
	assert.Equal(t, "en-GB", a.Language)
	assert.Equal(t, "https://riverside-post.example/news/tram-airport", a.CanonicalURL)
	assert.Equal(t, "https://riverside-post.example/img/tram.jpg", a.Image)
	assert.Equal(t, time.Date(2026, 11, 20, 6, 30, 0, 0, time.UTC), a.Published.UTC())
	assert.Equal(t, time.Date(2026, 11, 20, 8, 15, 0, 0, time.UTC), a.Modified.UTC())
	assert.Equal(t, "The city council voted 31 to 12 for a €480 million tram extension.", a.Description)

	assert.True(t, strings.HasPrefix(a.Text, "The city council on Thursday approved a 9-kilometre tram extension"), a.Text)
	for _, boiler := range []string{"Home", "Most read", "Related", "Share this story", "Bus fares rise", "All rights reserved", "(Photo: City archive)", "By Mira Holt"} {
		assert.NotContains(t, a.Text, boiler)
	}
	assert.Contains(t, a.Text, "“This is the most important transport decision in a generation,” said deputy mayor Lena Ortiz.")
	assert.Contains(t, a.Text, "\n\nWork on the first section is expected to start in spring 2027.")

	kinds := map[BlockKind]int{}
	for _, b := range a.Blocks {
		kinds[b.Kind]++
		assert.Equal(t, b.Text, a.Text[b.Start:b.End], "block offsets")
	}
	assert.Equal(t, 1, kinds[Heading])
	assert.Equal(t, 1, kinds[Quote])
	assert.Equal(t, 2, kinds[ListItem])
	assert.Contains(t, a.Links, Link{URL: "https://riverside-post.example/docs/plan.pdf", Text: "transport plan"}, "links are absolute")
	assert.Contains(t, a.HTML, "<p>")
	assert.Equal(t, []string{"https://wire.example/original-report"}, a.Credits)
}

func TestFromReaderCharset(t *testing.T) {
	a, err := FromReader(open(t, "euckr.html"))
	require.NoError(t, err)
	assert.Equal(t, "항구에 새 컨테이너 터미널 개장", a.Title)
	assert.Contains(t, a.Text, "부산항에 완전 자동화된 컨테이너 터미널이 월요일 문을 열었다.")
	assert.Equal(t, "ko", a.Language)

	// An explicit charset wins over the page's declaration.
	data, err := os.ReadFile(filepath.Join("testdata", "euckr.html"))
	require.NoError(t, err)
	a, err = FromReader(bytes.NewReader(data), WithCharset("windows-1252"))
	require.NoError(t, err)
	assert.NotContains(t, a.Text, "부산항")

	// A UTF-8 page that declares a legacy charset is read as UTF-8.
	utf8Page := strings.Replace(`<html><head><meta charset="iso-8859-1"></head><body><article><p>Café society in Zürich is changing fast, and the city's oldest coffee houses are struggling to keep up with new habits.</p></article></body></html>`, "", "", 1)
	a, err = FromReader(strings.NewReader(utf8Page))
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Café society in Zürich")
}

func TestJSONLDArticleBody(t *testing.T) {
	a, err := FromReader(open(t, "ld-body.html"))
	require.NoError(t, err, "malformed JSON-LD (comment wrapper, raw line breaks) is repaired")
	assert.Equal(t, "Flood barrier closes for the first time", a.Title)
	assert.Equal(t, []string{"Ana Ruiz"}, a.Authors)
	assert.Equal(t, time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC), a.Published)
	require.Len(t, a.Blocks, 3)
	assert.Equal(t, "Engineers said the gates were lowered in 14 minutes, faster than in any test.", a.Blocks[1].Text)
}

func TestNoArticle(t *testing.T) {
	a, err := FromReader(open(t, "home.html"))
	require.ErrorIs(t, err, ErrNoArticle)
	require.NotNil(t, a, "the page's metadata comes with ErrNoArticle")
	assert.Equal(t, "The Riverside Post — News", a.Title)
}

func TestBadInput(t *testing.T) {
	nested := strings.Repeat("<table><tr><td>", 1<<20/15) + "x"
	tests := []struct {
		name string
		in   string
		opts []Option
		want error
	}{
		{"empty", "", nil, ErrEmpty},
		{"blank", "  \n ", nil, ErrEmpty},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", nil, ErrNotHTML},
		{"too large", strings.Repeat("a", 20<<20), nil, ErrTooLarge},
		// The limit counts the UTF-8 a page decodes to (issue 19 item 6):
		// 1 MiB of windows-1252 "€" is 3 MiB of UTF-8, 1 MiB of UTF-16 "가" 1.5 MiB.
		{"too large once decoded", strings.Repeat("\x80", 1<<20), []Option{WithCharset("windows-1252"), WithMaxBytes(2 << 20)}, ErrTooLarge},
		{"too large once decoded from UTF-16", "\xff\xfe" + strings.Repeat("\x00\xac", 1<<19), []Option{WithMaxBytes(1<<20 + 2)}, ErrTooLarge},
		{"nested tables", nested, nil, ErrMalformed},
		{"not html", "just some words", nil, ErrNoArticle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := FromReader(strings.NewReader(tt.in), tt.opts...)
			require.ErrorIs(t, err, tt.want)
			assert.Less(t, time.Since(start), 5*time.Second)
		})
	}
	t.Run("20 MB of nested tables", func(t *testing.T) {
		big := strings.Repeat("<table><tr><td>", 20<<20/15)
		start := time.Now()
		_, err := FromReader(strings.NewReader(big), WithMaxBytes(32<<20))
		require.ErrorIs(t, err, ErrMalformed)
		assert.Less(t, time.Since(start), 10*time.Second)
	})
	t.Run("broken JSON-LD", func(t *testing.T) {
		page := `<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><title>T</title></head><body><article><p>` + strings.Repeat("Words of the article go here. ", 30) + `</p></article></body></html>`
		a, err := FromReader(strings.NewReader(page))
		require.NoError(t, err)
		assert.Equal(t, "T", a.Title)
	})
}

func TestFromNodeLeavesTreeAlone(t *testing.T) {
	doc, err := html.Parse(open(t, "news.html"))
	require.NoError(t, err)
	var before, after bytes.Buffer
	require.NoError(t, html.Render(&before, doc))
	a, err := FromNode(doc, WithURL("https://riverside-post.example/news/tram-airport"))
	require.NoError(t, err)
	require.NoError(t, html.Render(&after, doc))
	assert.Equal(t, before.String(), after.String())
	assert.Equal(t, "Tram line to the airport approved", a.Title)
}

func TestFromText(t *testing.T) {
	a, err := FromText(strings.NewReader("Harbour Bridge Reopens\n\nThe bridge reopened on Monday.\nTraffic is heavy.\n\nRepairs took eight months."))
	require.NoError(t, err)
	assert.Equal(t, "Harbour Bridge Reopens", a.Title)
	assert.Equal(t, "The bridge reopened on Monday. Traffic is heavy.\n\nRepairs took eight months.", a.Text)
	require.Len(t, a.Blocks, 2)
	assert.Equal(t, "Repairs took eight months.", a.Text[a.Blocks[1].Start:a.Blocks[1].End])

	_, err = FromText(strings.NewReader(" \n"))
	assert.ErrorIs(t, err, ErrEmpty)

	_, err = FromText(bytes.NewReader([]byte("\x00\x01\x02PK\x03\x04 binary")))
	assert.ErrorIs(t, err, ErrNotText)
	assert.ErrorIs(t, err, ErrNotHTML, "as before")
	assert.EqualError(t, err, "extract: binary data, not text")
}

func TestBlockKindText(t *testing.T) {
	for k := Paragraph; k <= Caption; k++ {
		b, err := k.MarshalText()
		require.NoError(t, err)
		var got BlockKind
		require.NoError(t, got.UnmarshalText(b))
		assert.Equal(t, k, got)
	}
	var k BlockKind
	assert.Error(t, k.UnmarshalText([]byte("poem")))
}

func TestDescriptionIsNotTheByline(t *testing.T) {
	page := `<html><head><title>Tram line approved</title></head><body><article><h1>Tram line approved</h1>` +
		`<p>By Ines Varga</p>` +
		`<p>The city council approved the new tram line on Tuesday after a two-year debate about its route through the old town.</p>` +
		`<p>Construction is due to start next spring and the first trams should run in 2029, the transport department said.</p>` +
		`<p>The line will link the station with the hospital and the university, and cost about €450 million in all.</p></article></body></html>`
	a, err := FromReader(strings.NewReader(page))
	require.NoError(t, err)
	assert.NotEqual(t, "By Ines Varga", a.Description)
	assert.Equal(t, "", notByline("By Ines Varga"))
	assert.Equal(t, "By the river, the town grew fast.", notByline("By the river, the town grew fast."))
}
