package compose

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsbrief/newsbrief/brief"
)

func TestCleanTitle(t *testing.T) {
	lat := brief.Document{Outlet: "Los Angeles Times", Domain: "latimes.com"}
	bbc := brief.Document{Outlet: "BBC", Domain: "bbc.co.uk"}
	for _, tc := range []struct {
		title string
		d     brief.Document
		want  string
	}{
		{"Bridge reopens - Los Angeles Times", lat, "Bridge reopens"},
		{"Bridge reopens | latimes.com", lat, "Bridge reopens"},
		{"BBC News | Bridge reopens", bbc, "Bridge reopens"},
		{"Bridge reopens - BBC News", bbc, "Bridge reopens"},
		{"Biden signs the bill - and what it means", lat, "Biden signs the bill - and what it means"},
		{"Bridge reopens - Valley Courier", brief.Document{}, "Bridge reopens - Valley Courier"}, // no outlet known: keep
		{"  Bridge reopens  ", lat, "Bridge reopens"},
		{"Los Angeles Times", lat, "Los Angeles Times"}, // a title that is only the site name stays
		{"[과학을 읽다]폐암 조기진단 가능해진다", brief.Document{}, "폐암 조기진단 가능해진다"},
		{"BREAKING NEWS: Chelsea sign a new keeper", lat, "Chelsea sign a new keeper"},
		{"The Latest: Man stabbed on a train", lat, "Man stabbed on a train"},
		{"US: Senate passes the bill", lat, "US: Senate passes the bill"},
		{"NHS: Waiting lists grow", lat, "NHS: Waiting lists grow"},
		{"EXCLUSIVE: Waiting lists grow", lat, "Waiting lists grow"},
		{"Brexit: May loses the vote", lat, "Brexit: May loses the vote"},
		{"[Update]", lat, "[Update]"},
		// any run of separator punctuation; a domain before a colon; an
		// outlet spelled out
		{".:: NMB-MEDIA ::. Shop templates / Designs", brief.Document{Domain: "nmb-media.de"}, "Shop templates / Designs"},
		{"Bridge reopens » Valley Courier", brief.Document{Outlet: "Valley Courier"}, "Bridge reopens"},
		{"23.01.2022 - Bridge reopens - Valley Courier", brief.Document{Outlet: "Valley Courier"}, "Bridge reopens"},
		{"Homo Brandenburgensis | Brandenburgische Landeszentrale für politische Bildung", brief.Document{Outlet: "Politische Bildung Brandenburg"}, "Homo Brandenburgensis"},
		{"Bridge reopens / Lind Bildung", brief.Document{Outlet: "Politische Bildung Brandenburg"}, "Bridge reopens / Lind Bildung"},
	} {
		assert.Equal(t, tc.want, cleanTitle(tc.title, tc.d), tc.title)
	}
}

func TestLeadHeadline(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The harbour bridge reopened on Monday.", "The harbour bridge reopened on Monday"},
		{"The harbour bridge reopened on Monday, eight months after repairs began.", "The harbour bridge reopened on Monday"},
		{"Ostra Energy will build a 240-megawatt floating solar farm on the Marrow reservoir near the town of Lind in the north.",
			"Ostra Energy will build a 240-megawatt floating solar farm on the Marrow reservoir near the town of Lind in the north"},
		// Past maxWholeWords with no conjunction: cut before a preposition.
		{"Ostra Energy will build a 240-megawatt floating solar farm on the Marrow reservoir near the town of Lind in the north of the country with money from the state fund for the region.",
			"Ostra Energy will build a 240-megawatt floating solar farm on the Marrow reservoir near the town of Lind"},
		{"부산항에 새 터미널이 문을 열었다.", "부산항에 새 터미널이 문을 열었다"},
	} {
		got := leadHeadline(tc.in)
		assert.Equal(t, tc.want, got, tc.in)
	}
}

func TestLeadHeadlineClauses(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// An aside is no clause break.
		{"Kemp, who last played Grant Mitchell in 2006, said it would be a brief return.",
			"Kemp, who last played Grant Mitchell in 2006, said it would be a brief return"},
		{"Lizzi Crawford, 32, tipped the scales at 20 stone when she overheard a passenger on the bus ask his mother about her weight.",
			"Lizzi Crawford, 32, tipped the scales at 20 stone"},
		// An opening subordinate clause is left out.
		{"As rents in the capital soared, the student told how she took up a second job to pay them.",
			"The student told how she took up a second job to pay them"},
		// A long clause is cut before a conjunction, not inside a phrase;
		// a conjunction too early leaves it whole.
		{"An obese mother who enjoyed takeaways and pizzas lost seven stone after a boy on a bus asked whether she was pregnant.",
			"An obese mother who enjoyed takeaways and pizzas lost seven stone"},
		{"Hogwood worked with many leading orchestras around the world and was considered one of the most influential exponents of the early-music movement.",
			"Hogwood worked with many leading orchestras around the world"},
		// A comma before "or" joins a phrase.
		{"People living in the area said the man was in, or close to, a black car he had been driving when he was shot.",
			"People living in the area said the man was in, or close to, a black car he had been driving"},
	} {
		assert.Equal(t, tc.want, leadHeadline(tc.in), tc.in)
	}
}

func TestLeadHeadlineOpenings(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// an opening phrase is left out
		{"Under Russia's existing law, the singer faces up to three years in prison for the attack.", "The singer faces up to three years in prison for the attack"},
		// a clause of up to maxLeadWords words keeps what says when or why
		{"Crowds at the memorial service have been left fuming after a nightclub played loud dance music during the silence.", "Crowds at the memorial service have been left fuming after a nightclub played loud dance music during the silence"},
		// no cut before a relative clause set off by a dash
		{"The relatively small size of the painting - which is about 7ft in height - was one of the reasons he entered it.", "The relatively small size of the painting - which is about 7ft in height - was one of the reasons he entered it"},
		// nor at a comma inside it
		{"The relatively small size of the painting - which is about 7ft, in all - was one of the reasons he entered it.", "The relatively small size of the painting - which is about 7ft, in all - was one of the reasons he entered it"},
		// a pair of spaced hyphens encloses an aside
		{"Two schools in the city of Lind - rated inadequate by inspectors - will have their funding agreements terminated.", "Two schools in the city of Lind - rated inadequate by inspectors - will have their funding agreements terminated"},
		// a comma after a short subject opens its apposition, which the next comma closes
		{"Jane Doe, the mayor of Lind, opened the new bridge on Monday.", "Jane Doe, the mayor of Lind, opened the new bridge on Monday"},
		{"The bridge, built to replace the ferry across the river, was opened by the mayor on Monday; the crowd cheered.", "The bridge, built to replace the ferry across the river, was opened by the mayor on Monday"},
		// a short opening adverbial opens no apposition: the clause ends at the next comma
		{"Yesterday, police arrested a man in the town centre, officers said.", "Yesterday, police arrested a man in the town centre"},
		{"Last week, the company said it would cut 200 jobs, blaming weak demand.", "Last week, the company said it would cut 200 jobs"},
		// a spaced hyphen that opens no aside is a dash: the clause ends there
		{"The council will close the library on Friday - unless residents raise the money to keep it open by the end of the month.", "The council will close the library on Friday"},
	} {
		assert.Equal(t, tc.want, leadHeadline(tc.in), tc.in)
	}
}

// TestLeadSpan checks the span of its sentence a lead headline shows: the
// exact source text, which the headline gives with white space collapsed,
// its first letter perhaps in capitals and a final " …" of its own.
func TestLeadSpan(t *testing.T) {
	for _, tc := range []struct{ sentence, headline, quote string }{
		{"The harbour bridge reopened on Monday.", "The harbour bridge reopened on Monday", "The harbour bridge reopened on Monday"},
		{"As rents soared, the student told  the council she would leave.", "The student told the council she would leave", "the student told  the council she would leave"},
		{"Jane Doe, 32, said the mill would close, and left.", "Jane Doe, 32, said the mill would close", "Jane Doe, 32, said the mill would close"},
		{"Under the law, élan ß grows.", "Élan ß grows", "élan ß grows"},
		{"부산항에 새 터미널이 문을 열었다.", "부산항에 새 터미널이 문을 열었다", "부산항에 새 터미널이 문을 열었다"},
		{"One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone.",
			"One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty …",
			"One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"},
		{"The bridge reopened.", "A headline from elsewhere", ""},
	} {
		start, end, ok := leadSpan(tc.sentence, tc.headline)
		if tc.quote == "" {
			assert.False(t, ok, tc.sentence)
			continue
		}
		require.True(t, ok, tc.sentence)
		assert.Equal(t, tc.quote, tc.sentence[start:end], tc.sentence)
	}
}

// TestLeadHeadlineHasSpan checks that leadHeadline's headlines, cut at a
// clause or shorn of an opening phrase, are found in their sentence.
func TestLeadHeadlineHasSpan(t *testing.T) {
	for _, s := range []string{
		"The harbour bridge reopened on Monday, eight months after repairs began.",
		"As rents soared, the student told the council she would leave the city for good after the vote on the new tenancy law.",
		"Under Russia's existing law, foreign agents must report their funding to the ministry every three months or face fines.",
		"Kemp, who led the inquiry, said the report would be published within a month and that nobody would be named in it.",
	} {
		h := leadHeadline(s)
		_, _, ok := leadSpan(s, h)
		assert.True(t, ok, "%q from %q", h, s)
	}
}

func TestOpensQuotation(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{`"We will rebuild," the mayor said.`, true},
		{"“We will rebuild,” the mayor said.", true},
		{"‘We will rebuild,’ the mayor said.", true},
		{"「다시 짓겠다」고 시장이 말했다.", true},
		{"The mayor said: \"We will rebuild.\"", false},
		{"'90s pop is back in the charts.", false},
	} {
		assert.Equal(t, tc.want, opensQuotation(tc.in), tc.in)
	}
}
