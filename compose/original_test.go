package compose

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/internal/dates"
	"github.com/newsbrief/newsbrief/internal/sharedtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// threeSources are three reports of one story, written for these tests.
func threeSources() []brief.Document {
	day := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	return []brief.Document{
		{Outlet: "Valley Courier", Domain: "valley-courier.example", URL: "https://valley-courier.example/solar",
			Title: "Ostra to build floating solar farm", Published: dates.Of(day.Add(3 * time.Hour)), Language: "en",
			Text: "Ostra Energy will build a 240-megawatt floating solar farm on the Marrow reservoir, according to Ostra Energy Newsroom.\n\n" +
				"Anglers' associations warned that the panels could reduce oxygen in parts of the reservoir.\n\n" +
				"“We will measure oxygen every week and publish the results,” said Pavel Roos, the project's lead engineer."},
		{Outlet: "Ostra Energy Newsroom", Domain: "newsroom.ostra-energy.example", URL: "https://newsroom.ostra-energy.example/marrow",
			Title: "Ostra announces Marrow floating solar project", Published: dates.Of(day), Language: "en",
			Text: "Ostra Energy will build a 240-megawatt floating solar farm on the Marrow reservoir.\n\n" +
				"The €310 million project is financed by a green bond and a loan from the regional development bank.\n\n" +
				"“This project shows that clean power and farmland do not have to compete,” said Marta Lind, Ostra's chief executive."},
		{Outlet: "Energy Wire", Domain: "energy-wire.example", URL: "https://energy-wire.example/ostra-bond",
			Title: "Ostra's green bond draws strong demand", Published: dates.Of(day.Add(5 * time.Hour)), Language: "en",
			Text: "Ostra Energy's floating solar farm on the Marrow reservoir will have a capacity of 240 megawatts.\n\n" +
				"The 12-year green bond priced at a coupon of 3.1%, and orders reached €900 million, three times the amount offered.\n\n" +
				"“Investors are hungry for renewable projects with stable returns,” said Ana Ruiz, a bond analyst at Norbank."},
	}
}

func TestBuildMultiSource(t *testing.T) {
	docs := threeSources()
	b, err := Build(context.Background(), docs)
	require.NoError(t, err)

	assert.Equal(t, brief.Original{Outlet: "Ostra Energy Newsroom", Domain: "newsroom.ostra-energy.example",
		URL: "https://newsroom.ostra-energy.example/marrow", Headline: "Ostra announces Marrow floating solar project"}, b.Original,
		"the source the others credit is the original")
	assert.Equal(t, "Ostra announces Marrow floating solar project", b.Headline)
	require.Len(t, b.Sources, 3)

	// The fact all three report is one insight, with every source as evidence.
	require.NotEmpty(t, b.KeyInsights)
	top := b.KeyInsights[0]
	assert.Contains(t, top.Text, "240-megawatt floating solar farm")
	sources := map[int]bool{}
	for _, e := range top.Evidence {
		sources[e.Source] = true
		assert.Equal(t, docs[e.Source].Text[e.Start:e.End], e.Quote)
	}
	assert.GreaterOrEqual(t, len(sources), 2, "confirmed by more than one outlet")
	for i := 1; i < len(b.KeyInsights); i++ {
		assert.NotContains(t, b.KeyInsights[i].Text, "240-megawatt floating solar farm", "near-duplicates are merged")
	}

	// At most one coverage entry per other outlet, and only for an outlet
	// that adds something: framing and quote from its own article, never a
	// copy of a point the brief shows.
	require.NotEmpty(t, b.Coverage)
	require.LessOrEqual(t, len(b.Coverage), 2)
	for _, c := range b.Coverage {
		assert.True(t, c.Framing != "" || c.Quote != "", "%s adds nothing", c.Outlet)
	}
	shown := map[string]bool{}
	for _, p := range slices.Concat(b.KeyInsights, b.WhyItMatters, b.Summary, b.Risks, b.Opportunities, b.Unknowns) {
		shown[p.Text] = true
	}
	framings := map[string]bool{}
	for _, c := range b.Coverage {
		var doc brief.Document
		for _, d := range docs {
			if d.Outlet == c.Outlet {
				doc = d
			}
		}
		require.NotEmpty(t, doc.Text, c.Outlet)
		assert.Equal(t, doc.URL, c.URL)
		for _, part := range strings.Split(c.Framing, " — ") {
			assert.True(t, part == doc.Title || strings.Contains(doc.Text, part), "the framing is the outlet's headline or a sentence of its article: %q", part)
			assert.False(t, shown[part], "the framing copies a point: %q", part)
		}
		assert.Contains(t, doc.Text, c.Quote, "the quote is verbatim")
		for _, q := range b.Quotes {
			assert.NotEqual(t, q.Text, c.Quote, "the Quotes section shows it already")
		}
		for p := range shown {
			if c.Quote != "" {
				assert.NotContains(t, p, c.Quote, "a point quotes it already")
			}
		}
		assert.False(t, framings[c.Framing], "framings never repeat")
		framings[c.Framing] = true
	}
	energyWire := b.Coverage[len(b.Coverage)-1]
	assert.Equal(t, "Energy Wire", energyWire.Outlet)
	assert.True(t, strings.HasPrefix(energyWire.Framing, "Ostra's green bond draws strong demand"), "the outlet's own headline frames the story otherwise: %s", energyWire.Framing)
	// Energy Wire's one quotation is shown once: in Quotes.
	quoted := false
	for _, q := range b.Quotes {
		quoted = quoted || q.Text == "Investors are hungry for renewable projects with stable returns"
	}
	assert.True(t, quoted || energyWire.Quote == "Investors are hungry for renewable projects with stable returns")
}

func TestOriginalSource(t *testing.T) {
	day := time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		docs []brief.Document
		want int
	}{
		{"earliest", []brief.Document{{Published: dates.Of(day.Add(time.Hour))}, {Published: dates.Of(day)}}, 1},
		{"undated: nothing decides", []brief.Document{{}, {}}, -1},
		{"the same time: nothing decides", []brief.Document{{Published: dates.Of(day)}, {Published: dates.Of(day)}}, -1},
		{"an undated one is not compared", []brief.Document{{}, {Published: dates.Of(day)}}, 1},
		{"two press releases, the earlier", []brief.Document{{PressRelease: true, Published: dates.Of(day.Add(time.Hour))}, {Published: dates.Of(day)}, {PressRelease: true, Published: dates.Of(day)}}, 2},
		{"press release", []brief.Document{{Domain: "news.example", Published: dates.Of(day)}, {Domain: "prnewswire.com", PressRelease: true, Published: dates.Of(day.Add(time.Hour))}}, 1},
		{"credited", []brief.Document{{Text: "The deal was first reported by Yonhap.", Published: dates.Of(day)}, {Outlet: "Yonhap", Published: dates.Of(day.Add(time.Hour))}}, 1},
		{"told", []brief.Document{{Outlet: "Reuters"}, {Text: "The minister told Reuters on Monday."}}, 0},
		{"linked", []brief.Document{{URL: "https://a.example/x"}, {Links: []brief.Link{{URL: "https://a.example/x/"}}}}, 0},
		{"metadata", []brief.Document{{Credits: []string{"https://b.example/y"}, Published: dates.Of(day)}, {URL: "https://b.example/y", Published: dates.Of(day.Add(time.Hour))}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, originalSource(tt.docs))
			// Any order of the documents names the same one.
			for _, perm := range permutations(len(tt.docs)) {
				shuffled := make([]brief.Document, len(perm))
				for k, i := range perm {
					shuffled[k] = tt.docs[i]
				}
				got := originalSource(shuffled)
				if tt.want < 0 {
					assert.Equal(t, -1, got, "order %v", perm)
				} else {
					assert.Equal(t, tt.want, perm[max(got, 0)], "order %v", perm)
					assert.GreaterOrEqual(t, got, 0, "order %v", perm)
				}
			}
		})
	}
}

// permutations lists every order of 0..n-1.
func permutations(n int) [][]int {
	if n == 0 {
		return [][]int{{}}
	}
	var out [][]int
	for _, p := range permutations(n - 1) {
		for at := 0; at <= len(p); at++ {
			q := append(append(slices.Clone(p[:at]), n-1), p[at:]...)
			out = append(out, q)
		}
	}
	return out
}

// TestOriginalIndependentOfOrder: on every AllSides story, every order of
// its articles names the same original report (or none).
func TestOriginalIndependentOfOrder(t *testing.T) {
	f, err := os.Open(sharedtest.Path(t, "data", "multi", "allsides_neus.jsonl"))
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	stories, decided := 0, 0
	for sc.Scan() {
		var story struct {
			ID       string
			Articles []struct {
				URL, Outlet, Domain, Title, Text string
				Date                             string `json:"published_from_url"`
			}
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &story))
		docs := make([]brief.Document, len(story.Articles))
		for i, a := range story.Articles {
			published, _ := time.Parse(time.DateOnly, a.Date)
			docs[i] = brief.Document{URL: a.URL, Outlet: a.Outlet, Domain: a.Domain, Title: a.Title, Text: a.Text, Published: dates.Of(published)}
		}
		want := originalSource(docs)
		for _, perm := range permutations(len(docs)) {
			shuffled := make([]brief.Document, len(perm))
			for k, i := range perm {
				shuffled[k] = docs[i]
			}
			got := originalSource(shuffled)
			if want < 0 {
				require.Equal(t, -1, got, "%s, order %v", story.ID, perm)
			} else {
				require.GreaterOrEqual(t, got, 0, "%s, order %v", story.ID, perm)
				require.Equal(t, want, perm[got], "%s, order %v", story.ID, perm)
			}
		}
		stories++
		if want >= 0 {
			decided++
		}
	}
	require.NoError(t, sc.Err())
	t.Logf("%d stories, every order: the same original; %d decided, %d left empty", stories, decided, stories-decided)
}

// TestCoverageQuoteNotInPoints: an outlet's quotation that a shown point
// already quotes (both outlets quote the same statement) is no coverage
// quote, even when the Quotes section does not list it.
func TestCoverageQuoteNotInPoints(t *testing.T) {
	docs := []brief.Document{
		{Outlet: "Valley Times", URL: "https://valleytimes.example/tram", Title: "City approves tram line",
			Text: "The city council approved a new tram line on Tuesday. \"This line will change how the whole valley moves,\" said Mayor Lena Brandt."},
		{Outlet: "Metro Wire", URL: "https://metrowire.example/tram", Title: "Council backs airport tram",
			Text: "Councillors backed an airport tram on Tuesday. Mayor Lena Brandt said: \"This line will change how the whole valley moves.\"\n\n" +
				"\"The cost of this project is far too high for a city of our size,\" said Ivo Marek, a councillor."},
	}
	c, err := scored(context.Background(), docs, newConfig(nil))
	require.NoError(t, err)
	require.Len(t, c.sents, 5)
	require.Contains(t, c.sents[1].text, "This line will change how the whole valley moves")
	entries := c.coverage(0, "City approves tram line", []int{0, 1}, nil, nil)
	require.Len(t, entries, 1)
	assert.Equal(t, "Metro Wire", entries[0].Outlet)
	assert.Equal(t, "The cost of this project is far too high for a city of our size", entries[0].Quote, "the quotation no point holds")
}

// TestCoverageNotAKeyFigure: an outlet's sentence that gives a key figure
// the brief shows (its evidence) is no framing of that outlet's coverage,
// and no weaker sentence takes its place: the entry keeps its headline.
func TestCoverageNotAKeyFigure(t *testing.T) {
	docs := []brief.Document{
		{Outlet: "Valley Times", URL: "https://valleytimes.example/flood", Title: "Floods hit the valley",
			Text: "Floods hit the valley towns on Saturday after days of heavy rain. Rescue teams searched the river banks for missing people."},
		{Outlet: "Metro Wire", URL: "https://metrowire.example/flood", Title: "Insurers brace for record claims",
			Text: "Another 43 people were confirmed dead in the neighbouring district, officials said on Sunday. Insurers expect claims to reach record levels next month."},
	}
	c, err := scored(context.Background(), docs, newConfig(nil))
	require.NoError(t, err)
	require.Len(t, c.sents, 4)
	const fig = "43 people were confirmed dead in the neighbouring district"
	start := strings.Index(docs[1].Text, fig)
	figure := brief.Point{Text: fig, Evidence: []brief.Evidence{{Source: 1, Start: start, End: start + len(fig), Quote: fig}}}
	tests := []struct {
		name    string
		figures []brief.Point
		framing string // the entry's framing
	}{
		{"no key figure shown", nil, "Insurers brace for record claims — " + docs[1].Text[:strings.Index(docs[1].Text, " Insurers")]},
		{"its figure shown", []brief.Point{figure}, "Insurers brace for record claims"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			entries := c.coverage(0, "Floods hit the valley", []int{0, 1}, tt.figures, nil)
			require.Len(t, entries, 1)
			assert.Equal(t, tt.framing, entries[0].Framing)
		})
	}
}
