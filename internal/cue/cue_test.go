package cue

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLabelString(t *testing.T) {
	for l, s := range map[Label]string{None: "none", Risk: "risk", Opportunity: "opportunity", Unknown: "unknown", 7: "Label(7)"} {
		assert.Equal(t, s, l.String())
	}
	l, ok := ParseLabel("opportunity")
	assert.True(t, ok)
	assert.Equal(t, Opportunity, l)
	_, ok = ParseLabel("Risk")
	assert.False(t, ok)
}

func TestTokenize(t *testing.T) {
	words := func(s string) string {
		var out []string
		for _, tk := range tokenize(s, map[string]bool{"but": true}) {
			out = append(out, tk.text)
		}
		return strings.Join(out, " ")
	}
	assert.Equal(t, "it is unclear they did not say when", words("It's unclear; they didn’t say when."))
	assert.Equal(t, "he will not go i can not we will", words("He won't go, I can't, we'll"))
	assert.Equal(t, "non life threatening cut 4 000 jobs", words("non-life-threatening — cut 4,000 jobs"))
	assert.Equal(t, "did not", words("did n't"), "n't written apart")
	assert.Equal(t, "the uk role", words("the UK’s role"), "possessive dropped")

	toks := tokenize("Risk rose, but the Risk Fund said “Hope” may win.", map[string]bool{"but": true})
	clauses := []int{}
	caps := []bool{}
	for _, tk := range toks {
		clauses = append(clauses, tk.clause)
		caps = append(caps, tk.capital)
	}
	assert.Equal(t, []int{0, 0, 2, 2, 2, 2, 2, 2, 2, 2}, clauses) // "," then "but"
	assert.Equal(t, []bool{false, false, false, false, true, true, false, false, false, false}, caps,
		"first word and a word after a quote are not names")
	assert.False(t, tokenize("MARKETS FEAR A CRASH", nil)[1].capital, "all-capitals headline")
	assert.Empty(t, tokenize(" —,.!? ", nil))
	assert.Equal(t, "한국어 문장입니다", words("한국어 문장입니다."))
}

func TestParseLexicon(t *testing.T) {
	lx, err := parseLexicon("# comment\n\nrisk 0.8 could|may delay*  # trailing\nbreak 1 but|while\nmodal-after 0.9 수 있*\n")
	require.NoError(t, err)
	require.Len(t, lx.exact["could"], 1)
	e := lx.exact["could"][0]
	assert.Equal(t, Risk, e.label)
	assert.Equal(t, 0.8, e.weight)
	assert.Equal(t, []ptok{{alts: []alt{{"could", false}, {"may", false}}}, {alts: []alt{{"delay", true}}}}, e.pat)
	assert.True(t, lx.breaks["while"])
	assert.True(t, lx.exact["수"][0].after)

	for _, bad := range []string{
		"risk 0.8",                     // no phrase
		"danger 0.8 x",                 // unknown label
		"risk 1.5 x",                   // weight out of range
		"risk 0 x",                     // weight out of range
		"risk high x",                  // weight not a number
		"risk 0.5 ... x",               // leading gap
		"risk 0.5 x ...",               // trailing gap
		"risk 0.5 x ... ... y",         // double gap
		"risk 0.5 Delay",               // upper case
		"risk 0.5 lay-off",             // not a word
		"risk 0.5 a||b",                // empty alternative
		"risk 0.5 job cuts|job losses", // phrases alternated
		"break 1 but not",              // multi-word break
	} {
		_, err := parseLexicon(bad)
		assert.Error(t, err, bad)
	}
}

func TestLexiconsLoad(t *testing.T) {
	for _, lang := range []string{"en", "ko"} {
		lx := lexicons()[lang]
		require.NotNil(t, lx, lang)
		assert.NotEmpty(t, lx.exact, lang)
		assert.NotEmpty(t, lx.prefix, lang)
	}
}

func TestClassify(t *testing.T) {
	for _, c := range []struct {
		text, lang string
		label      Label
		cue        string
	}{
		{"The strike could delay deliveries until spring.", "en", Risk, "could delay"},
		{"The strike delayed deliveries last spring.", "en", None, ""},
		{"The vote will not delay the budget.", "en", None, ""},
		{"The vote won't delay the budget.", "en", None, ""},
		{"Officials did not rule out further delays.", "en", Risk, "not rule out further delays"},
		{"There is no risk of flooding.", "en", None, ""},
		{"The project is at risk.", "en", Risk, "at risk"},
		{"The company didn't say when the plant would reopen.", "en", Unknown, "didn't say when"},
		{"It's not clear who fired first.", "en", Unknown, "not clear"},
		{"The results made it clear who fired first.", "en", None, ""},
		{"Job cuts are likely next year.", "en", Risk, "Job cuts are likely"},
		{"The closure would not hurt tourism, he said.", "en", None, ""},
		{"Risk Capital Partners bought the firm.", "en", None, ""},
		{"The firm was bought by Risk Capital Partners.", "en", None, ""},
		{"Could the strike delay deliveries?", "en", None, ""},
		{"Police, who are investigating the theft, said the painting was found.", "en", None, ""},
		{"Police are investigating the theft.", "en", Unknown, "are investigating"},
		{"The deal could boost exports.", "en-GB", Opportunity, "could boost"},
		{"The deal could boost exports.", "", Opportunity, "could boost"},
		{"The deal could boost exports.", "fr", None, ""},
		{"생산 차질이 우려된다.", "", Risk, "우려된다"},
		{"생산 차질은 없을 것으로 보인다.", "ko", None, ""},
		{"매출이 감소할 것으로 전망된다.", "ko-KR", Risk, "감소할 것으로 전망된다"},
		{"", "en", None, ""},
	} {
		r := Classify(c.text, c.lang)
		assert.Equal(t, c.label, r.Label, "%s: cue %q score %.2f", c.text, r.Cue, r.Score)
		assert.Equal(t, c.cue, r.Cue, c.text)
		if r.Label == None {
			assert.Zero(t, r.Score, c.text)
		} else {
			assert.True(t, r.Score >= minScore && r.Score <= 1, "%s: score %v", c.text, r.Score)
		}
	}
}

func TestScoreCombines(t *testing.T) {
	one := Classify("Analysts warned of delays.", "en")
	two := Classify("Analysts warned of delays and feared the plan could fail.", "en")
	assert.Equal(t, Risk, one.Label)
	assert.Equal(t, Risk, two.Label)
	assert.Greater(t, two.Score, one.Score)
}

func BenchmarkClassify(b *testing.B) {
	sentences := []string{
		"The strike could delay deliveries of the new aircraft until next spring, the union warned on Tuesday.",
		"Shares in the company fell 12 percent after the earnings report, which showed a drop in sales in Europe.",
		"A spokesman for the airline, which has 40 planes, declined to comment on the terms of the deal.",
		"원자재 가격 상승으로 수익성 악화가 우려된다고 업계 관계자는 말했다.",
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Classify(sentences[i%len(sentences)], "")
	}
}

func TestExplain(t *testing.T) {
	for _, c := range []struct {
		text    string
		label   Label
		hits    []string // phrases, in Hits order
		negated []bool
	}{
		{"The strike could delay deliveries until spring.", Risk, nil, nil},
		{"The vote will not delay the budget.", None, nil, []bool{true}},
		{"The deal could boost exports.", Opportunity, nil, []bool{false}},
		{"The sun rose.", None, []string{}, []bool{}},
	} {
		ev := Explain(c.text, "en")
		assert.Equal(t, Classify(c.text, "en"), ev.Result, "Explain and Classify agree: %s", c.text)
		if c.hits != nil {
			assert.Len(t, ev.Hits, len(c.hits), c.text)
		}
		for i, neg := range c.negated {
			require.Greater(t, len(ev.Hits), i, c.text)
			assert.Equal(t, neg, ev.Hits[i].Negated, "%s: hit %d %q", c.text, i, ev.Hits[i].Phrase)
		}
		for _, h := range ev.Hits {
			assert.NotEmpty(t, h.Phrase, c.text)
			assert.True(t, h.Weight > 0 && h.Weight <= 1, "%s: %+v", c.text, h)
		}
		if ev.Label != None {
			assert.Equal(t, ev.Score, ev.Scores[ev.Label], c.text)
		}
	}
	// A negated risk cue is reported but scores nothing.
	ev := Explain("The vote will not delay the budget.", "en")
	assert.Zero(t, ev.Scores[Risk])
	// A direct question halves the scores.
	q, s := Explain("Could the strike delay deliveries?", "en"), Explain("The strike could delay deliveries.", "en")
	assert.True(t, q.Question)
	assert.InDelta(t, s.Scores[Risk]*questionCost, q.Scores[Risk], 1e-9)
}

func TestMatches(t *testing.T) {
	got := Matches("It was the first time the record profits were reported.", "en", Significance)
	assert.Contains(t, got, "list:significance the first time")
	assert.Len(t, got, Count("It was the first time the record profits were reported.", "en", Significance))
	assert.Empty(t, Matches("The sun rose.", "en", Significance))
	assert.Empty(t, Matches("The deal could boost exports.", "fr", Significance))
}
