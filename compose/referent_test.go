package compose

import (
	"context"
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/internal/words"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferences(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []reference
	}{
		{"Mr Peston's book claimed that the premier broke his pledge.", []reference{{term: "peston", titled: true}}},
		{"Ms Ziuzina claimed to be a teacher.", []reference{{term: "ziuzina", titled: true}}},
		{"The coroner, Dr Elizabeth Earland, recorded a verdict of unlawful killing.", []reference{{term: "coroner"}}},
		{"The three-time Olympic medallist, aboard Chilli Morning, produced a faultless round.", []reference{{term: "medallist"}}},
		{"The agency said Monday that its researchers examined hibernation.", []reference{{term: "agency"}}},
		{"The move follows days of scattered airstrikes.", []reference{{term: "move"}}},
		{"The conductor founded the Academy of Ancient Music in 1973.", []reference{{term: "conductor"}}},
		{"The Football Association fined the club.", nil},
		{"Five unions will hold talks with Deputy Prime Minister John Prescott.", nil},
		{"“Mr Smith is wrong,” the mayor said.", nil},
		{"Dr Elizabeth Earland recorded a verdict.", nil},
	} {
		s := sent{text: tc.in, lang: "en"}
		for k := range tc.want {
			tc.want[k].term = words.Stem(tc.want[k].term) // as terms writes it ("agency" → "agenci")
		}
		assert.Equal(t, tc.want, references(&s), tc.in)
	}
	s := sent{text: "이 로봇은 지난해 6월부터 개발이 진행되고 있다.", lang: "ko"}
	assert.Empty(t, references(&s), "Korean demonstratives are not read")
}

// TestPickIntroducesFirst: a key insight that refers to a person or thing
// the brief has not introduced ("Ms Ziuzina", "The agency") comes after
// the sentence that introduces it, or is left out when none does or
// there is no room for both.
func TestPickIntroducesFirst(t *testing.T) {
	for _, tc := range []struct {
		name, title, text string
		n                 int
		before, after     string // after may be a point only if before is one, shown first
		absent            string // never a key insight
	}{
		{
			name:  "a courtesy title's surname follows the full name",
			title: "Coroner rules on death of Barry Pring",
			text: "Barry Pring was killed by a speeding car on the hard shoulder of a road in Kiev in 2008. " +
				"Police in Kiev said the car had stolen licence plates and did not brake or stop. " +
				"Officials said Ganna Ziuzina, his wife, had gone back to a restaurant for a missing glove on that night. " +
				"The coroner at Exeter County Hall recorded a verdict of unlawful killing of Barry Pring on Tuesday afternoon. " +
				"Mr Pring's mother said Ms Ziuzina claimed to be a teacher when she first met Barry Pring in Kiev.",
			n:      3,
			before: "Ganna Ziuzina",
			after:  "said Ms Ziuzina",
		},
		{
			name:  "a surname no sentence names in full is left out",
			title: "Blair stresses prosperity goals",
			text: "Tony Blair says the next manifesto of his party will aim at personal prosperity for all voters. " +
				"Labour MPs warned the prime minister about the dangers of disunity ahead of the election in May. " +
				"Mr Peston's book claimed that the prime minister had broken a pledge to step down before the election.",
			n:      3,
			absent: "Mr Peston",
		},
		{
			name:  "a definite description follows the sentence that introduces its noun",
			title: "Tram line to cost more",
			text: "Officials met on Tuesday in the city hall to discuss the budget for next year. " +
				"A new report by the transport agency was published on Monday. " +
				"The report says the tram line will cost far more than the council planned and open two years late. " +
				"The tram line was approved by the council in 2019 after a long debate about the cost.",
			n:      2,
			before: "A new report",
			after:  "The report says",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := Build(context.Background(), []brief.Document{{Title: tc.title, Text: tc.text}}, WithMaxPoints(tc.n))
			require.NoError(t, err)
			at := func(s string) int {
				for k, p := range b.KeyInsights {
					if strings.Contains(p.Text, s) {
						return k
					}
				}
				return -1
			}
			if tc.absent != "" {
				assert.Equal(t, -1, at(tc.absent), "no key insight refers to a person never introduced")
			}
			if tc.after != "" {
				require.GreaterOrEqual(t, at(tc.after), 0, "the referring sentence is a key insight here")
				assert.Less(t, at(tc.before), at(tc.after)+1, "the introducing sentence is shown first (or in the same point)")
				assert.GreaterOrEqual(t, at(tc.before), 0, "the introducing sentence is shown")
			}
		})
	}
}
