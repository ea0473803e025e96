package compose

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/internal/dates"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// solar is a news story written for these tests.
const solar = `Ostra Energy will build a 240-megawatt floating solar farm on the Marrow reservoir, the largest in the region, after the regional government approved the plan on Tuesday.

The €310 million project is financed by a green bond and a loan from the regional development bank. Construction starts in spring 2027, and the first panels are due to deliver power in 2028.

Ostra says the farm will supply about 90,000 homes. Floating panels use no farmland, and the water keeps them cool, which raises their output by up to 10%.

“This is the first time a reservoir of this size will carry a power plant, and it means the valley can double its clean electricity without taking a single field,” said Marta Lind, Ostra's chief executive.

The approval followed a two-year environmental review. Anglers' associations warned that the panels could reduce oxygen in parts of the reservoir and harm fish stocks.

“We will measure oxygen every week and publish the results,” said Pavel Roos, the project's lead engineer.

A shortage of grid connections could delay the second phase of the project by a year, the grid operator said in a statement.

The bond is expected to open the way for two more reservoirs under study, and local suppliers stand to gain contracts worth about €40 million.

Ostra did not say what electricity price it has agreed with the grid operator. It is also unclear whether the farm will sell power directly to industrial customers.

Ostra Energy shares rose 4% in Madrid after the announcement.`

func solarDoc() brief.Document {
	return brief.Document{Title: "Ostra to build region's largest floating solar farm", Outlet: "Valley Courier",
		Domain: "valley-courier.example", URL: "https://valley-courier.example/news/marrow-floating-solar", Language: "en", Text: solar}
}

func TestBuildSections(t *testing.T) {
	b, err := Build(context.Background(), []brief.Document{solarDoc()})
	require.NoError(t, err)
	assert.Equal(t, "Ostra to build region's largest floating solar farm", b.Headline)
	require.Len(t, b.KeyInsights, 3)
	assert.True(t, strings.HasPrefix(b.KeyInsights[0].Text, "Ostra Energy will build a 240-megawatt floating solar farm"), b.KeyInsights[0].Text)
	require.NotEmpty(t, b.Risks)
	for _, r := range b.Risks {
		assert.Contains(t, r.Text, "could", "a risk here is a possible harm")
	}
	require.NotEmpty(t, b.Opportunities)
	assert.Contains(t, b.Opportunities[0].Text, "expected to open the way")
	require.NotEmpty(t, b.Unknowns)
	assert.Contains(t, b.Unknowns[0].Text, "did not say")
	assert.Equal(t, brief.Original{Outlet: "Valley Courier", Domain: "valley-courier.example", URL: "https://valley-courier.example/news/marrow-floating-solar", Headline: b.Headline}, b.Original)
	require.Len(t, b.Sources, 1)

	var quotes []string
	for _, q := range quotesOf(t, solarDoc()) {
		quotes = append(quotes, q.Speaker)
	}
	assert.Contains(t, quotes, "Marta Lind, Ostra's chief executive", "the role the source gives comes with the name")
	assert.Contains(t, quotes, "Pavel Roos, the project's lead engineer")
	var figures []string
	for _, f := range b.Figures {
		figures = append(figures, f.Text)
	}
	// Key figures never restate a number a point above already gives.
	for _, f := range b.Figures {
		for _, p := range slices.Concat(b.KeyInsights, b.WhyItMatters, b.Summary, b.Risks, b.Opportunities, b.Unknowns, b.WhatsNext) {
			assert.NotContains(t, p.Text, f.Text, "figure %q is in a point already", f.Text)
		}
	}
	one, err := Build(context.Background(), []brief.Document{solarDoc()}, WithMaxPoints(1))
	require.NoError(t, err)
	figures = nil
	for _, f := range one.Figures {
		figures = append(figures, f.Text)
	}
	// With fewer points shown, the figures they leave out appear: each is
	// one a point of the full brief states.
	require.NotEmpty(t, figures, "with fewer points shown, the figures they leave out appear")
	for _, f := range figures {
		assert.True(t, slices.ContainsFunc(slices.Concat(b.KeyInsights, b.WhyItMatters, b.Summary, b.Risks, b.Opportunities, b.Unknowns, b.WhatsNext),
			func(p brief.Point) bool { return strings.Contains(p.Text, f) }), "figure %q is stated by a point of the full brief", f)
	}
	var names []string
	for _, e := range b.Entities {
		names = append(names, e.Name)
	}
	assert.Contains(t, names, "Ostra Energy")
}

// TestBuildIsExtractive checks the rules that make a brief trustworthy:
// every point is source text at the offsets its evidence gives.
func TestBuildIsExtractive(t *testing.T) {
	docs := []brief.Document{solarDoc()}
	b, err := Build(context.Background(), docs)
	require.NoError(t, err)
	check := func(text string, ev []brief.Evidence) {
		require.NotEmpty(t, ev, text)
		for _, e := range ev {
			src := docs[e.Source].Text
			require.True(t, e.Start >= 0 && e.End <= len(src) && e.Start < e.End)
			assert.Equal(t, src[e.Start:e.End], e.Quote)
			assert.Equal(t, strings.Join(strings.Fields(e.Quote), " "), text)
		}
	}
	for _, sec := range [][]brief.Point{b.KeyInsights, b.WhyItMatters, b.Summary, b.Risks, b.Opportunities, b.Unknowns, b.Figures} {
		for _, p := range sec {
			check(p.Text, p.Evidence)
		}
	}
	for _, q := range b.Quotes {
		check(q.Text, q.Evidence)
	}
	for _, w := range b.WhyItMatters {
		for _, k := range b.KeyInsights {
			assert.NotEqual(t, k.Text, w.Text, "why it matters never repeats a key insight")
		}
	}
	assert.Empty(t, b.HeadlineEvidence, "a title is no part of the source text")
}

// TestBuildHeadlineSkipsQuotation checks that a story with no title whose
// first key insight opens with a quotation takes its headline from a key
// insight that does not: a speaker's words without the speaker are no
// headline.
func TestBuildHeadlineSkipsQuotation(t *testing.T) {
	doc := solarDoc()
	doc.Title = ""
	doc.Text = "\"We will rebuild every house on this street before the winter comes, and we will start with the school,\" the mayor of Lind said on Monday after the floods.\n\n" +
		"The floods destroyed 40 houses in Lind last week, the council said. Repairs will cost about 12 million euros, and the state will pay half of it."
	b, err := Build(context.Background(), []brief.Document{doc})
	require.NoError(t, err)
	require.NotEmpty(t, b.KeyInsights)
	require.True(t, strings.HasPrefix(b.KeyInsights[0].Text, `"We will rebuild`), "the case this test is about")
	assert.Equal(t, "The floods destroyed 40 houses in Lind last week", b.Headline)
	require.Len(t, b.HeadlineEvidence, 1)
	assert.Equal(t, "The floods destroyed 40 houses in Lind last week", b.HeadlineEvidence[0].Quote)
}

// TestBuildHeadlineIsExtractive checks the headline of a story with no
// title as TestBuildIsExtractive checks points: its evidence slices the
// source, and the headline is that text with white space collapsed, but
// for the case of its first letter and a final " …".
func TestBuildHeadlineIsExtractive(t *testing.T) {
	for _, text := range []string{
		solar,
		"As the storm passed, the harbour bridge reopened on Monday after eight months of repairs, the city said.\n\n" +
			"Engineers replaced every cable of the span. Traffic was light in the morning.",
	} {
		doc := solarDoc()
		doc.Title, doc.Text = "", text
		b, err := Build(context.Background(), []brief.Document{doc})
		require.NoError(t, err)
		require.NotEmpty(t, b.Headline)
		require.Len(t, b.HeadlineEvidence, 1, b.Headline)
		e := b.HeadlineEvidence[0]
		require.True(t, e.Start >= 0 && e.End <= len(text) && e.Start < e.End)
		assert.Equal(t, text[e.Start:e.End], e.Quote)
		shown := strings.Join(strings.Fields(e.Quote), " ")
		r, size := utf8.DecodeRuneInString(shown)
		h := strings.TrimSuffix(b.Headline, " …")
		assert.Contains(t, []string{shown, string(unicode.ToUpper(r)) + shown[size:]}, h, e.Quote)
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	var first []byte
	for i := range 5 {
		b, err := Build(context.Background(), []brief.Document{solarDoc()})
		require.NoError(t, err)
		var buf bytes.Buffer
		require.NoError(t, brief.WriteJSON(&buf, b))
		if i == 0 {
			first = buf.Bytes()
			continue
		}
		require.Equal(t, string(first), buf.String())
	}
}

func TestOptions(t *testing.T) {
	b, err := Build(context.Background(), []brief.Document{solarDoc()}, WithMaxPoints(1))
	require.NoError(t, err)
	assert.Len(t, b.KeyInsights, 1)
	assert.LessOrEqual(t, len(b.Risks), 1)

	src, err := Build(context.Background(), []brief.Document{solarDoc()}, WithOrder(SourceOrder))
	require.NoError(t, err)
	for i := 1; i < len(src.KeyInsights); i++ {
		assert.Less(t, src.KeyInsights[i-1].Evidence[0].Start, src.KeyInsights[i].Evidence[0].Start)
	}
	imp, err := Build(context.Background(), []brief.Document{solarDoc()}, WithOrder(ByImportance))
	require.NoError(t, err)
	assert.ElementsMatch(t, src.KeyInsights, imp.KeyInsights)
}

func TestBuildKorean(t *testing.T) {
	text := "부산항에 완전 자동화된 컨테이너 터미널이 월요일 문을 열었다. 이 터미널은 연간 200만 개의 컨테이너를 처리할 수 있다.\n\n" +
		"운영사는 4년 동안 6천억 원을 투자했다고 밝혔다. 항만 노조는 300개의 일자리가 원격 조종 업무로 바뀐다고 말했다.\n\n" +
		"해운업계는 대형 선박의 대기 시간이 줄어들 것으로 기대하고 있다. 첫 번째 선박은 다음 달 입항할 예정이다."
	b, err := Build(context.Background(), []brief.Document{{Title: "항구에 새 컨테이너 터미널 개장", Text: text}})
	require.NoError(t, err)
	require.NotEmpty(t, b.KeyInsights)
	assert.Equal(t, "부산항에 완전 자동화된 컨테이너 터미널이 월요일 문을 열었다.", b.KeyInsights[0].Text)
}

// TestJoinedPoint: a sentence that leans on the one before it ("But he
// said …") is shown in one point with that sentence, and the point's
// evidence still slices exactly its text out of the source.
func TestJoinedPoint(t *testing.T) {
	text := "The council approved the new tram line on Tuesday after a long debate. " +
		"Mayor Lena Brandt told reporters the line would open in 2028. But she said the cost could still rise sharply."
	b, err := Build(context.Background(), []brief.Document{{Title: "Tram line approved", Text: text}})
	require.NoError(t, err)
	found := false
	for _, p := range slices.Concat(b.KeyInsights, b.Summary, b.Risks, b.Opportunities, b.Unknowns, b.WhatsNext, b.WhyItMatters) {
		assert.NotRegexp(t, `^But she`, p.Text, "a leaning sentence never opens a point")
		if strings.Contains(p.Text, "But she said") {
			found = true
			assert.Equal(t, "Mayor Lena Brandt told reporters the line would open in 2028. But she said the cost could still rise sharply.", p.Text)
		}
		ev := p.Evidence[0]
		assert.Equal(t, p.Text, text[ev.Start:ev.End])
	}
	assert.True(t, found, "the leaning sentence is shown with the sentence before it")
}

// TestBuildNoText: page furniture ("Sign up for our newsletter") is not
// filtered here but by extract, which sees the page's structure.
func TestBuildNoText(t *testing.T) {
	for _, docs := range [][]brief.Document{nil, {{}}, {{Text: "  \n\n "}}, {{Text: "Just one line."}},
		{{Text: "Is this the end of cash?"}}} {
		_, err := Build(context.Background(), docs)
		assert.ErrorIs(t, err, ErrNoText)
	}
}

func TestBareQuotesAreNotPoints(t *testing.T) {
	assert.True(t, isBareQuote("“We will win this fight, whatever it takes.”"))
	assert.False(t, isBareQuote("“We will win this fight,” said the mayor."))
	assert.False(t, isBareQuote("The mayor promised to win the fight."))
	assert.False(t, isBareQuote("\"We will win,\" Jane Doe told reporters."))
	assert.True(t, isBareQuote("“We will win this fight,” she said."), "a pronoun names nobody in a brief")
	assert.True(t, isBareQuote("\"We will win this fight,\" he added on Tuesday."))
	assert.True(t, isBareQuote("“We will win this fight, and then"))
}

func TestDocumentWithMeta(t *testing.T) {
	when := time.Date(2026, 11, 29, 8, 0, 0, 0, time.UTC)
	d := brief.Document{Title: "Page title", Outlet: "Page outlet", Published: dates.Of(when.Add(-time.Hour)), Text: "x"}
	assert.Equal(t, d, d.WithMeta("", "", brief.Date{}), "nothing given, nothing replaced")
	got := d.WithMeta("Given", "Given outlet", dates.Of(when))
	assert.Equal(t, "Given", got.Title)
	assert.Equal(t, "Given outlet", got.Outlet)
	assert.Equal(t, dates.Of(when), got.Published)
	assert.Equal(t, "x", got.Text)
}

// TestBuildShowsASentenceOnce checks that Why it matters, the summary and
// the labelled sections never repeat a sentence, and that a sentence
// saying what is not known is an unknown, not a key insight. A key
// insight may also be a risk or an opportunity.
func TestBuildShowsASentenceOnce(t *testing.T) {
	b, err := Build(context.Background(), []brief.Document{solarDoc()})
	require.NoError(t, err)
	seen := map[string]string{}
	for _, sec := range []struct {
		name   string
		points []brief.Point
	}{{"risks", b.Risks}, {"opportunities", b.Opportunities}, {"unknowns", b.Unknowns}, {"why", b.WhyItMatters}, {"summary", b.Summary}} {
		for _, p := range sec.points {
			assert.NotContains(t, seen, p.Text, "%s repeats a point of %s", sec.name, seen[p.Text])
			seen[p.Text] = sec.name
		}
	}
	for _, p := range b.KeyInsights {
		assert.NotEqual(t, "unknowns", seen[p.Text], "key insight %q is an unknown", p.Text)
		assert.NotContains(t, []string{"why", "summary"}, seen[p.Text], p.Text)
	}
}

func TestBuildOriginalNeedsAnOrigin(t *testing.T) {
	text := "The city council approved the new tram line on Tuesday after a two-year debate about its route."
	b, err := Build(context.Background(), []brief.Document{{Title: "Tram line approved", Text: text}})
	require.NoError(t, err)
	assert.True(t, b.Original.IsZero(), "a title alone says nothing of who reported it: %+v", b.Original)
	require.Len(t, b.Sources, 1, "evidence still points at the source")
	assert.Equal(t, "Tram line approved", b.Sources[0].Headline)

	b, err = Build(context.Background(), []brief.Document{{Title: "Tram line approved", URL: "https://post.example/tram", Text: text}})
	require.NoError(t, err)
	assert.Equal(t, brief.Original{URL: "https://post.example/tram", Headline: "Tram line approved"}, b.Original)
}

func TestStrongest(t *testing.T) {
	es := []edge{{1, 0.5}, {2, 0.9}, {3, 0.5}, {4, 0.1}, {5, 0.9}, {6, 0.5}, {7, 0.7}}
	assert.Equal(t, []edge{{2, 0.9}, {5, 0.9}, {7, 0.7}, {1, 0.5}}, sortedByWeight(strongest(slices.Clone(es), 4)), "ties keep the earlier sentence")
	assert.Equal(t, []edge{{1, 0.5}, {2, 0.9}, {5, 0.9}, {7, 0.7}}, strongest(slices.Clone(es), 4), "kept edges are in sentence order")
	assert.Equal(t, es, strongest(slices.Clone(es), 7))
	// Against a sort, on many random-ish graphs.
	for seed := range 200 {
		var many []edge
		for j := range 50 + seed%40 {
			many = append(many, edge{j, float64((j*7919+seed*31)%13) / 4})
		}
		k := 1 + seed%45
		want := slices.Clone(many)
		slices.SortFunc(want, func(a, b edge) int {
			if heavier(a, b) {
				return -1
			}
			return 1
		})
		assert.Equal(t, sortedByWeight(want[:k]), sortedByWeight(strongest(slices.Clone(many), k)), "seed %d", seed)
	}
}

func sortedByWeight(es []edge) []edge {
	es = slices.Clone(es)
	slices.SortFunc(es, func(a, b edge) int {
		if heavier(a, b) {
			return -1
		}
		return 1
	})
	return es
}

func TestBuildHonoursContext(t *testing.T) {
	docs := []brief.Document{{Title: "Solar", Text: longText(1 << 20)}}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Build(ctx, docs)
	require.ErrorIs(t, err, context.Canceled, "a context ended before the call")

	ctx, cancel = context.WithCancel(context.Background())
	defer cancel()
	time.AfterFunc(10*time.Millisecond, cancel)
	start := time.Now()
	_, err = Build(ctx, docs)
	elapsed := time.Since(start)
	require.ErrorIs(t, err, context.Canceled, "a 1 MiB text takes far longer than 10 ms to build")
	// 100 ms after the cancellation on an idle machine; generous here, as
	// tests share the machine.
	assert.Less(t, elapsed, time.Second, "Build returned %s after being cancelled at 10 ms", elapsed)
}

func TestLimitsBoundWhatIsRead(t *testing.T) {
	text := longText(200_000)
	e, err := Explain(context.Background(), []brief.Document{{Text: text}}, WithLimits(Limits{Sentences: 50}))
	require.NoError(t, err)
	assert.Len(t, e.Sentences, 50)
	two := []brief.Document{{Text: text}, {Text: text}}
	e, err = Explain(context.Background(), two, WithLimits(Limits{Sentences: 100}))
	require.NoError(t, err)
	assert.Len(t, e.Sentences, 100, "shared evenly: 50 each")
	assert.Equal(t, 1, e.Sentences[99].Doc)
	many := make([]brief.Document, 10)
	for i := range many {
		many[i] = brief.Document{Text: text}
	}
	e, err = Explain(context.Background(), many, WithLimits(Limits{Sentences: 100}))
	require.NoError(t, err)
	assert.Len(t, e.Sentences, 10*MinSentencesPerDocument, "each document gets at least MinSentencesPerDocument")
	b, err := Build(context.Background(), []brief.Document{{Text: text}}, WithLimits(Limits{Sentences: 50, Neighbours: 3}))
	require.NoError(t, err)
	assert.NotEmpty(t, b.KeyInsights)
}

// quotesOf returns the quotations Build finds in d, before those the
// brief's points hold are left out of Quotes.
func quotesOf(t *testing.T, d brief.Document) []brief.Quote {
	limits := newConfig(nil).limits
	c, err := annotate(context.Background(), []brief.Document{d}, limits)
	require.NoError(t, err)
	require.NoError(t, c.score(context.Background(), limits))
	qs, _ := c.quotes(10)
	return qs
}

func TestQuotesBesidesContinuations(t *testing.T) {
	q := func(text string) brief.Quote { return brief.Quote{Text: text, Speaker: "Jane Doe"} }
	// two openings, the first held by a point, then a part continuing the second
	quotes := []brief.Quote{q("one held"), q("two free"), q("two goes on")}
	shown := []brief.Point{{Text: "She said \"one held\"."}}
	for _, tc := range []struct {
		n    int
		want []string
	}{
		{1, []string{"two free"}},
		{2, []string{"one held", "two free"}}, // a held opening before a continuing part
		{3, []string{"one held", "two free", "two goes on"}},
	} {
		var got []string
		for _, x := range quotesBesides(quotes, 2, shown, tc.n) {
			got = append(got, x.Text)
		}
		assert.Equal(t, tc.want, got, "n=%d", tc.n)
	}
}

func TestQuotesBesidesPoints(t *testing.T) {
	q := func(text string) brief.Quote { return brief.Quote{Text: text, Speaker: "Jane Doe"} }
	quotes := []brief.Quote{q("one held"), q("two free"), q("three held"), q("four free")}
	shown := []brief.Point{{Text: "She said \"one held\" and \"three held\"."}}
	for _, tc := range []struct {
		n    int
		want []string
	}{
		{1, []string{"two free"}},
		{2, []string{"two free", "four free"}},
		{3, []string{"one held", "two free", "four free"}}, // a held quotation fills a spare place, in order
		{4, []string{"one held", "two free", "three held", "four free"}},
	} {
		var got []string
		for _, x := range quotesBesides(quotes, len(quotes), shown, tc.n) {
			got = append(got, x.Text)
		}
		assert.Equal(t, tc.want, got, "n=%d", tc.n)
	}
}
