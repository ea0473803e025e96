package compose

import (
	"context"
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSameEvent: a sentence of one source retells the event a sentence of
// another tells when they share a participant and an event word, weigh
// enough of their terms together, and it gives no figure of its own; a
// forecast beside a result, a fact about a participant and a sentence of
// the same source are no retelling.
func TestSameEvent(t *testing.T) {
	for _, tc := range []struct {
		name    string
		told    string // by source A
		then    string // by source B, read after it
		sameDoc bool
		want    bool
	}{
		{"one charge told twice",
			"Thomas Barrack, who ran the inaugural fund, was arrested and charged on Tuesday with illegal foreign lobbying.",
			"Barrack was charged with foreign lobbying in an indictment unsealed in a federal court.", false, true},
		{"the same figure and no other",
			"The economy added just 266,000 jobs in April, far below forecasts of nearly a million, as the recovery stalled.",
			"Only 266,000 jobs were created in April as hiring slowed in restaurants, hotels, factories and shops.", false, true},
		{"a figure of its own",
			"Governor Abbott announced on Wednesday that Texas will build its own border wall.",
			"Abbott also announced on Wednesday that Texas is funding a $250 million down payment for the border wall.", false, false},
		{"a forecast beside the result",
			"The economy added 943,000 jobs in July and the unemployment rate fell to 5.4%.",
			"Economists surveyed by Dow Jones had expected 845,000 jobs and an unemployment rate of 5.7%.", false, false},
		{"no participant in common",
			"Senators leaving the session said they had reached a framework of a deal.",
			"Lawmakers said late at night that a framework had been agreed.", false, false},
		{"two names that share a word",
			"As of Tuesday, 8% of gas stations in North Carolina had no fuel, according to outage figures.",
			"Other states, like Florida and South Carolina, also saw fuel outages at gas stations.", false, false},
		{"a title and a full name",
			"Former President Donald Trump was charged on Tuesday with illegal foreign lobbying.",
			"Mr. Trump was charged with foreign lobbying in an indictment unsealed in a federal court.", false, true},
		{"a title without its full stop",
			"Former President Donald Trump was charged on Tuesday with illegal foreign lobbying.",
			"Prosecutors said Mr Trump was charged with foreign lobbying in an indictment unsealed in court.", false, true},
		{"another fact about a participant",
			"Barrack was charged with illegal foreign lobbying on Tuesday.",
			"Barrack built a real estate empire before turning to private equity.", false, false},
		{"one source",
			"Thomas Barrack, who ran the inaugural fund, was arrested and charged on Tuesday with illegal foreign lobbying.",
			"Barrack was charged with foreign lobbying in an indictment unsealed in a federal court.", true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs := []brief.Document{
				{Title: "News", Outlet: "A", Text: tc.told + "\n\n" + filler},
				{Title: "Report", Outlet: "B", Text: strings.ReplaceAll(filler, "The ", "This year the ") + "\n\n" + tc.then},
			}
			if tc.sameDoc {
				docs = []brief.Document{{Title: "News", Outlet: "A", Text: tc.told + "\n\n" + filler + "\n\n" + tc.then}}
			}
			c, err := scored(context.Background(), docs, newConfig(nil))
			require.NoError(t, err)
			i, j := sentenceIndex(t, c, tc.then), sentenceIndex(t, c, tc.told)
			assert.Equal(t, tc.want, c.sameEvent(i, j))
		})
	}
}

// TestRetoldEventLeavesLaterSections: a sentence of another source that
// retells a key insight's event is no point of a later section, and the
// key insight cites it as evidence; among the key insights it may still
// be picked (selection keeps its narrower test there).
func TestRetoldEventLeavesLaterSections(t *testing.T) {
	told := "Thomas Barrack, who ran the inaugural fund, was arrested and charged on Tuesday with illegal foreign lobbying."
	then := "Barrack was charged with foreign lobbying in an indictment unsealed in a federal court."
	docs := []brief.Document{
		{Title: "News", Outlet: "A", Text: told + "\n\n" + filler},
		{Title: "Report", Outlet: "B", Text: strings.ReplaceAll(filler, "The ", "This year the ") + "\n\n" + then},
	}
	c, err := scored(context.Background(), docs, newConfig(nil))
	require.NoError(t, err)
	i, j := sentenceIndex(t, c, told), sentenceIndex(t, c, then)
	assert.Empty(t, c.pick([]int{j}, 3, []int{i}, nil), "a later section")
	assert.Equal(t, []int{j}, c.pick([]int{j}, 3, nil, c.headlineTerms()), "the key insights")
	assert.Contains(t, c.corroborators(i), j)
}

// TestNameRunsBounded: a title-case line of many capitalised words makes
// runs of at most maxNameRunTerms terms, so comparing two such lines costs
// little (a run of hundreds made sameEvent cubic in its length).
func TestNameRunsBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("The")
	for k := range 300 {
		b.WriteString(" Word" + strings.Repeat("x", k%7) + string(rune('A'+k%26)))
	}
	s := &sent{text: b.String() + ".", lang: "en"}
	for term, runs := range nameRuns(s) {
		for _, r := range runs {
			assert.LessOrEqual(t, len(r), maxNameRunTerms, term)
		}
	}
}
