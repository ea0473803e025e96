package brief

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsbrief/newsbrief/internal/sharedtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseSeed(t *testing.T) {
	data, err := os.ReadFile(sharedtest.Path(t, "seed", "naver-dsx-brief.txt"))
	require.NoError(t, err)
	b, err := Parse(bytes.NewReader(data))
	require.NoError(t, err)

	assert.Equal(t, "NAVER Scales Sovereign AI to Gigawatts via NVIDIA DSX", b.Headline)
	require.Len(t, b.KeyInsights, 3)
	assert.Equal(t, "SK Telecom is training its A.X K1 model on NVIDIA Nemotron datasets under Korea's government Sovereign AI Foundation Model Project.", b.KeyInsights[0].Text)
	assert.Empty(t, b.WhyItMatters)
	assert.Empty(t, b.Summary)
	require.Len(t, b.Risks, 3)
	assert.True(t, strings.HasPrefix(b.Risks[1].Text, "NAVER's HyperCLOVA X model roadmap now depends"))
	require.Len(t, b.Opportunities, 3)
	assert.True(t, strings.HasPrefix(b.Opportunities[2].Text, "Energy efficiency and high-density compute vendors"))
	require.Len(t, b.Unknowns, 3)
	assert.True(t, strings.HasPrefix(b.Unknowns[0].Text, "Timeline and capital commitment"))
	assert.Empty(t, b.Extra, "the group heading must not leave an extra section")

	want := []Coverage{
		{Outlet: "Korea JoongAng Daily", Framing: "On-the-ground Korean reporting with direct executive quotes and NAVER's specific capacity roadmap (55MW to 200MW by 2028, then gigawatt scale), absent from Western coverage.", Quote: "SK is our largest memory partner. We are expanding our partnership to include many new markets."},
		{Outlet: "Seoul Economic Daily", Framing: "Frames this as SK Group competing to build Asia's largest AI infrastructure, with a pre-announcement Taiwan meeting between SK Chairman Chey and Huang establishing group-level strategy.", Quote: "Telecommunications networks are evolving into national AI infrastructure."},
		{Outlet: "NVIDIA Blog", Framing: "NVIDIA's own overview tying all five conglomerate partnerships (NAVER, SK, LG, Hyundai, Doosan) into a single sovereign AI narrative; the only source naming all five together.", Quote: "You have everything that it takes. We are here to partner with you."},
		{Outlet: "NVIDIA Blog", Framing: "Details the LG deal's physical AI data factory using NVIDIA Cosmos for synthetic training data, EXAONE sovereign model integration, and LG Energy Solution energy collaboration.", Quote: "The AI factory will provide LG Group with accelerated computing infrastructure to train, simulate, validate and deploy AI-based applications."},
		{Outlet: "Cryptopolitan", Framing: "Directly confirms SK Hynix as NVIDIA's largest memory partner with annual purchases in the billions expected to increase, quantifying the supply chain dependency the other coverage treats abstractly.", Quote: "SK Hynix is Nvidia's largest memory supplier and will remain its largest partner...billions of dollars worth of products."},
	}
	assert.Equal(t, want, b.Coverage)
	assert.Equal(t, Original{Domain: "nvidianews.nvidia.com",
		Headline: "NVIDIA Signs AI Factory Deals With South Korea's NAVER, SK Telecom, and Doosan — Gigawatt-Scale Sovereign Infrastructure Coming by 2027"}, b.Original)

	requireRoundTrip(t, b)

	// The text writer follows the seed's layout line for line, except that
	// it leaves out the empty sections' headings and does not run the
	// original article's link line into the headline.
	var out bytes.Buffer
	require.NoError(t, WriteText(&out, b))
	var seedLines []string
	for l := range strings.SplitSeq(string(data), "\n") {
		if l != "Why this matters" && l != "Summary" {
			seedLines = append(seedLines, l)
		}
	}
	outLines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	assert.Equal(t, seedLines[:len(seedLines)-1], outLines[:len(seedLines)-1])
	assert.Equal(t, "Original headline: "+b.Original.Headline, outLines[len(outLines)-1])
}

func TestFixtureFacts(t *testing.T) {
	t.Run("markdown", func(t *testing.T) {
		b := parseFile(t, "harbor.md")
		assert.Equal(t, "Port of Valdera Opens Automated Container Terminal", b.Headline)
		require.Len(t, b.KeyInsights, 3)
		assert.Equal(t, "Operator Norhaven Ports spent $410 million over four years. It is the first fully automated terminal on the coast.", b.KeyInsights[1].Text, "continuation lines join their item; emphasis is dropped")
		assert.Equal(t, "Software failures could halt cranes for hours.", b.Risks[0].Text)
		require.Len(t, b.Coverage, 2)
		assert.Equal(t, Coverage{Outlet: "Coastal Ledger", URL: "https://coastal-ledger.example/valdera-terminal", Framing: "focuses on the jobs deal.", Quote: "Nobody loses a job, but every job changes."}, b.Coverage[0])
		assert.Equal(t, Coverage{Outlet: "Freight Weekly", Framing: "adds crane throughput figures", Quote: "Thirty-five moves an hour per crane."}, b.Coverage[1])
		assert.Equal(t, Original{Domain: "valdera-herald.example", URL: "https://valdera-herald.example/news/terminal-opens", Headline: "Valdera's robot terminal opens its gates"}, b.Original)
		require.Len(t, b.Extra, 1)
		assert.Equal(t, "Timeline", b.Extra[0].Title)
	})
	t.Run("html with page chrome", func(t *testing.T) {
		b := parseFile(t, "chrome.html")
		assert.Equal(t, "City Council Approves Night Bus Network", b.Headline)
		assert.Len(t, b.KeyInsights, 2)
		assert.Empty(t, b.Summary, "the byline in the article header is not content")
		assert.Empty(t, b.Extra, "navigation, asides, footers and hidden ads are ignored")
		assert.Empty(t, b.Sources, "a Sources heading in the site footer is ignored")
		assert.Equal(t, "Driver shortages could delay the launch of four routes.", b.Risks[0].Text)
		require.Len(t, b.Coverage, 2)
		assert.Equal(t, "Metro Voice", b.Coverage[0].Outlet)
		assert.Equal(t, "“We will light every stop on the night routes,” the transport chief said.", b.Coverage[0].Quote)
		assert.Empty(t, b.Coverage[1].URL, "javascript: links are dropped")
		assert.Equal(t, Original{Outlet: "City Hall press office", URL: "https://cityhall.example/press/night-buses", Headline: "Night buses for every district"}, b.Original)
	})
	t.Run("axios style", func(t *testing.T) {
		b := parseFile(t, "axios.md")
		require.Len(t, b.WhyItMatters, 1)
		assert.True(t, strings.HasPrefix(b.WhyItMatters[0].Text, "Short hops under 400 km"))
		require.Len(t, b.Unknowns, 1)
		assert.Equal(t, "The price per aircraft was not disclosed.", b.Unknowns[0].Text)
		titles := []string{}
		for _, x := range b.Extra {
			titles = append(titles, x.Title)
		}
		assert.Equal(t, []string{"The big picture", "Driving the news", "Yes, but"}, titles)
		assert.Equal(t, []Point{{Text: "First deliveries are planned for 2029, if certification holds."}}, b.WhatsNext)
	})
	t.Run("plain text", func(t *testing.T) {
		b := parseFile(t, "plain.txt")
		require.Len(t, b.KeyInsights, 2)
		assert.Equal(t, []Evidence{{Source: 0, Start: 0, End: 61, Quote: "The group will extend the four-day schedule to all 11 hospitals"}}, b.KeyInsights[1].Evidence)
		assert.Equal(t, "Risks: the group says patient care did not suffer during the pilot.", b.Summary[0].Text, "a backslash escapes a line")
		assert.Equal(t, Original{Outlet: "Care Times", Domain: "caretimes.example", URL: "https://caretimes.example/nurses-four-day-week", Headline: "Nurses get a four-day week"}, b.Original)
		require.Len(t, b.Sources, 1)
		assert.Equal(t, time.Date(2026, 10, 2, 6, 30, 0, 0, time.UTC).Unix(), b.Sources[0].Published.Unix())
		assert.Equal(t, "Background", b.Extra[0].Title)
	})
}

func TestHeadingSynonyms(t *testing.T) {
	tests := []struct {
		heading string
		section func(*Brief) []Point
	}{
		{"Key insights", func(b *Brief) []Point { return b.KeyInsights }},
		{"KEY TAKEAWAYS", func(b *Brief) []Point { return b.KeyInsights }},
		{"Highlights:", func(b *Brief) []Point { return b.KeyInsights }},
		{"key points", func(b *Brief) []Point { return b.KeyInsights }},
		{"Why this matters", func(b *Brief) []Point { return b.WhyItMatters }},
		{"Why It Matters", func(b *Brief) []Point { return b.WhyItMatters }},
		{"Summary", func(b *Brief) []Point { return b.Summary }},
		{"Risks", func(b *Brief) []Point { return b.Risks }},
		{"Opportunities", func(b *Brief) []Point { return b.Opportunities }},
		{"What we don't know yet", func(b *Brief) []Point { return b.Unknowns }},
		{"What we don’t know yet", func(b *Brief) []Point { return b.Unknowns }},
		{"Open questions", func(b *Brief) []Point { return b.Unknowns }},
		{"Unknowns", func(b *Brief) []Point { return b.Unknowns }},
		{"What's next", func(b *Brief) []Point { return b.WhatsNext }},
		{"What’s next:", func(b *Brief) []Point { return b.WhatsNext }},
		{"What to watch", func(b *Brief) []Point { return b.WhatsNext }},
		{"Next steps", func(b *Brief) []Point { return b.WhatsNext }},
		{"What happens next", func(b *Brief) []Point { return b.WhatsNext }},
		{"Looking ahead", func(b *Brief) []Point { return b.WhatsNext }},
	}
	for _, tt := range tests {
		for _, tmpl := range []string{"Headline\n%s\n- The point.\n", "# Headline\n\n## %s\n\n- The point.\n", "<h1>Headline</h1><h2>%s</h2><ul><li>The point.</li></ul>"} {
			src := strings.Replace(tmpl, "%s", tt.heading, 1)
			b, err := ParseString(src)
			require.NoError(t, err, src)
			assert.Equal(t, []Point{{Text: "The point."}}, tt.section(b), src)
			assert.Empty(t, b.Extra, src)
		}
	}
	for _, group := range []string{"Potential risks and opportunities", "Risks & opportunities"} {
		b, err := ParseString("# H\n\n## " + group + "\n\n### Risks\n\n- R.\n\n### Opportunities\n\n- O.\n")
		require.NoError(t, err)
		assert.Equal(t, []Point{{Text: "R."}}, b.Risks)
		assert.Equal(t, []Point{{Text: "O."}}, b.Opportunities)
		assert.Empty(t, b.Extra)
	}
	for _, cov := range []string{"What others are reporting", "Other coverage", "Perspectives"} {
		b, err := ParseString("# H\n\n## " + cov + "\n\n- [Outlet](https://o.example/a) — adds figures. “A quote.”\n")
		require.NoError(t, err)
		assert.Equal(t, []Coverage{{Outlet: "Outlet", URL: "https://o.example/a", Framing: "adds figures.", Quote: "A quote."}}, b.Coverage)
	}
}

func TestParseFormats(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want Format
	}{
		{"json", ` {"version":1,"headline":"H"}`, JSON},
		{"html", "<!doctype html><h1>H</h1>", HTML},
		{"markdown heading", "# H\n\n- a", Markdown},
		{"markdown link", "H\n\n[a](https://a.example)", Markdown},
		{"text", "H\nKey insights\n- a [b](c)", Text},
		{"prose", "Just a line of prose.", Text},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Detect([]byte(tt.src)))
		})
	}
	for _, name := range []string{"auto", "text", "markdown", "md", "HTML", "json", "jsonld", "json-ld"} {
		f, err := ParseFormat(name)
		require.NoError(t, err, name)
		assert.NotEqual(t, "", f.String())
	}
	_, err := ParseFormat("yaml")
	assert.ErrorIs(t, err, ErrUnknownFormat)

	b, err := ParseString("# Not a heading in text", WithFormat(Text))
	require.NoError(t, err)
	assert.Equal(t, "# Not a heading in text", b.Headline, "WithFormat forces the format")
}

func TestParseBadInput(t *testing.T) {
	deep := strings.Repeat("<div>", 100000) + "x" + strings.Repeat("</div>", 100000)
	tests := []struct {
		name string
		in   []byte
		opts []Option
		want error
	}{
		{"empty", nil, nil, ErrEmpty},
		{"blank", []byte(" \n\t\n"), nil, ErrEmpty},
		{"binary", []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 13}, nil, ErrBinary},
		{"controls", bytes.Repeat([]byte{1, 2, 3, 'a'}, 100), nil, ErrBinary},
		{"too large", bytes.Repeat([]byte("a"), 50<<20), nil, ErrTooLarge},
		{"over limit", []byte("Headline\nKey insights\n- a"), []Option{WithMaxBytes(10)}, ErrTooLarge},
		{"deep html", []byte(deep), nil, ErrMalformed},
		{"2M paragraphs of html", []byte(strings.Repeat("<p>x", 2_000_000)), nil, ErrMalformed},
		{"2M Markdown items", []byte("# H\n\n" + strings.Repeat("- x\n", 2_000_000)), nil, ErrMalformed},
		{"2M text paragraphs", []byte("Headline\n\n" + strings.Repeat("x\n\n", 2_000_000)), nil, ErrMalformed},
		{"bad json", []byte(`{"headline": 3}`), nil, ErrMalformed},
		{"truncated json", []byte(`{"headline": "a`), nil, ErrMalformed},
		{"json version", []byte(`{"version": 2, "headline": "a"}`), nil, ErrVersion},
		{"html version", []byte(`<article data-nb-version="9"><h2>x</h2></article>`), nil, ErrVersion},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			b, err := Parse(bytes.NewReader(tt.in), tt.opts...)
			assert.Nil(t, b)
			require.ErrorIs(t, err, tt.want)
			b, err = ParseString(string(tt.in), tt.opts...)
			assert.Nil(t, b)
			require.ErrorIs(t, err, tt.want, "ParseString")
			assert.Less(t, time.Since(start), 5*time.Second)
		})
	}
	var pe *ParseError
	_, err := ParseString("{\n\"headline\": 3}")
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, JSON, pe.Format)
	assert.Equal(t, 2, pe.Line)
	assert.Contains(t, err.Error(), "line 2")
}

func TestParseSensiblePartial(t *testing.T) {
	t.Run("only unknown headings", func(t *testing.T) {
		b, err := ParseString("# Story\n\n## Background\n\n- One.\n\n## Reaction\n\nTwo.\n")
		require.NoError(t, err)
		assert.Equal(t, "Story", b.Headline)
		assert.Equal(t, []Section{{Title: "Background", Points: []Point{{Text: "One."}}}, {Title: "Reaction", Points: []Point{{Text: "Two."}}}}, b.Extra)
	})
	t.Run("invalid utf-8", func(t *testing.T) {
		b, err := Parse(bytes.NewReader([]byte("Head\xffline\nKey insights\n- a\xc3\n")))
		require.NoError(t, err)
		assert.Equal(t, "Head\uFFFDline", b.Headline)
		assert.Equal(t, "a\uFFFD", b.KeyInsights[0].Text)
	})
	t.Run("utf-16", func(t *testing.T) {
		src := []byte{0xff, 0xfe}
		for _, r := range "Hi\nKey insights\n- a\n" {
			src = append(src, byte(r), 0)
		}
		b, err := Parse(bytes.NewReader(src))
		require.NoError(t, err)
		assert.Equal(t, "Hi", b.Headline)
		assert.Equal(t, []Point{{Text: "a"}}, b.KeyInsights)
	})
	t.Run("crlf", func(t *testing.T) {
		b, err := ParseString("Hi\r\nRisks\r\n- a\r\n")
		require.NoError(t, err)
		assert.Equal(t, []Point{{Text: "a"}}, b.Risks)
	})
}

func TestParseErrorsAreTyped(t *testing.T) {
	_, err := ParseString(`{"version": 7}`)
	var pe *ParseError
	require.True(t, errors.As(err, &pe))
	assert.True(t, errors.Is(err, ErrVersion))
}

func TestFiguresQuotesEntities(t *testing.T) {
	src := "Headline\nBy the numbers\n- 55 MW\n  ↳ [1] 10-15 \"55 MW\"\nQuotes\n- Jensen Huang: “We are here to partner with you.”\n- “No speaker here.”\n- “Foreign style quote.” — Jane Doe\nWho's involved\n- NVIDIA (4)\n- NAVER\n"
	want := []Quote{{Text: "We are here to partner with you.", Speaker: "Jensen Huang"}, {Text: "No speaker here."}, {Text: "Foreign style quote.", Speaker: "Jane Doe"}}
	for _, f := range []Format{Text, Markdown} {
		in := src
		if f == Markdown {
			in = strings.NewReplacer("Headline\n", "# Headline\n\n", "By the numbers\n", "## By the numbers\n\n", "Quotes\n", "\n## Quotes\n\n", "Who's involved\n", "\n## Who's involved\n\n").Replace(src)
		}
		b, err := ParseString(in, WithFormat(f))
		require.NoError(t, err, f)
		assert.Equal(t, []Point{{Text: "55 MW", Evidence: []Evidence{{Source: 0, Start: 10, End: 15, Quote: "55 MW"}}}}, b.Figures, f)
		assert.Equal(t, want, b.Quotes, f)
		assert.Equal(t, []Entity{{Name: "NVIDIA", Mentions: 4}, {Name: "NAVER", Mentions: 1}}, b.Entities, f)
		requireRoundTrip(t, b)
	}
}
