package compose

import (
	"context"
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// filler is text about other things, so that the words of the sentences a
// test compares are rare in its corpus, as in an article.
const filler = "Fans queued outside the stadium for hours before the gates opened. " +
	"The orchestra played its final concert of the season to a full hall. " +
	"Heavy rain flooded several roads in the north during the weekend. " +
	"A new bakery opened on the high street with a queue around the block. " +
	"Farmers said the harvest was late because of the cold spring. " +
	"The museum will show paintings lent by collectors from abroad. "

// sentenceIndex returns the index of the sentence of c whose text is s.
func sentenceIndex(t *testing.T, c *corpus, s string) int {
	t.Helper()
	for i := range c.sents {
		if c.sents[i].text == s {
			return i
		}
	}
	require.Failf(t, "no such sentence", "%q", s)
	return -1
}

// TestRestates: the "same facts" test of a brief finds a fact told again in other
// words, by a shared figure or by containment, and not a sentence that
// adds a figure of its own or tells another fact of the same story.
func TestRestates(t *testing.T) {
	for _, tc := range []struct {
		name          string
		earlier, then string
		want          bool
	}{
		{"a shared figure",
			"The vaccine was 47% effective against infection after six months, a study of health records found.",
			"After five months the shot is just 47% effective at stopping an infection.", true},
		{"a figure of its own",
			"The new rule begins on Oct. 7, with proof of one vaccine dose required at bars.",
			"Patrons will need one vaccine dose by Oct. 7 and full vaccination by Nov. 4.", false},
		{"contained in the earlier sentence",
			"The company said it had received an inquiry from the office of the state attorney general about its rental accounts.",
			"The company is reportedly being investigated by the state attorney general.", true},
		{"a number in words is no figure",
			"One of the landlord's tenants stopped paying rent in December.",
			"One woman stopped paying this spring, the landlord said, then demanded that he fix her heater.", false},
		{"another fact of the story",
			"The company said it had received an inquiry from the office of the state attorney general about its rental accounts.",
			"The company withdrew its listing plans after its founder stepped down as chief executive.", false},
		{"the same quoted words",
			"Finance Minister Sue Essex said the settlement was a \"good deal\" for local government.",
			"Ms Essex said: \"This is a good deal for local government, which will allow well-managed authorities to develop services and charge reasonable levels of tax.\"", true},
		{"the quoted words without their marks",
			"MPs are preparing to debate a bill which critics claim would legalise euthanasia \"by the back door\".",
			"The Christian Medical Fellowship and Lawyers' Christian Fellowship said the Mental Capacity Bill would allow euthanasia by the back door.", true},
		{"a title in quotation marks",
			"The agency runs the prevention campaign \"Starts with one\" across the state.",
			"Research for \"Starts with one\" asked parents what they knew about opioid misuse before the campaign began.", false},
		{"a name in quotation marks after \"called\"",
			"The patient was diagnosed with what's called \"feather duvet lung\", a severe inflammation.",
			"Doctors say feather duvet lung is a type of pneumonitis in which the air sacs become inflamed.", false},
		{"two quoted words in another statement",
			"A bookmaker stopped taking bets after claiming \"sensitive information\" about the show had leaked to gamblers.",
			"A spokeswoman for the broadcaster was satisfied that sensitive information about the contest remained confidential.", false},
		{"one quoted word",
			"The minister called the settlement \"fair\" to every council.",
			"Opposition leaders said the settlement was not fair to rural councils.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs := []brief.Document{{Title: "News", Text: tc.earlier + "\n\n" + filler + "\n\n" + tc.then}}
			c, err := scored(context.Background(), docs, newConfig(nil))
			require.NoError(t, err)
			a, b := sentenceIndex(t, c, tc.then), sentenceIndex(t, c, tc.earlier)
			assert.Equal(t, tc.want, restates(&c.sents[a], &c.sents[b]))
		})
	}
}

// TestFiguresOf: words that open with a digit are figures, years and
// numbers in words none.
func TestFiguresOf(t *testing.T) {
	for _, tc := range []struct {
		a, b        string
		shared, own bool
	}{
		{"It is 47% effective.", "It fell to 47%, from 88%.", true, false},
		{"Full proof by Nov. 4.", "It begins on Oct. 7.", false, true},
		{"Talks resume in 2024.", "The deal of 2019 expires.", false, false},
		{"In four days six men met.", "The six men were charged.", false, false},
		{"It cost $8 billion.", "The lifeline was worth $8 billion.", true, false},
	} {
		shared, own := figuresOf(&sent{text: tc.a, lang: "en"}, &sent{text: tc.b, lang: "en"})
		assert.Equal(t, tc.shared, shared, "shared: %q / %q", tc.a, tc.b)
		assert.Equal(t, tc.own, own, "own: %q / %q", tc.a, tc.b)
	}
}

// TestCorroboratorsStateTheSameFacts: a point's evidence cites the
// sentence of another source that states its facts in other words, and
// nothing of a source that does not.
func TestCorroboratorsStateTheSameFacts(t *testing.T) {
	point := "The vaccine was 47% effective against infection after six months, a study of health records found."
	other := "After five months the shot is just 47% effective at stopping an infection."
	docs := []brief.Document{
		{Title: "Study of the vaccine", Outlet: "A", Text: point + "\n\n" + filler},
		{Title: "Shot wanes", Outlet: "B", Text: strings.ReplaceAll(filler, "The ", "This year the ") + "\n\n" + other},
		{Title: "Weather", Outlet: "C", Text: filler},
	}
	c, err := scored(context.Background(), docs, newConfig(nil))
	require.NoError(t, err)
	i, j := sentenceIndex(t, c, point), sentenceIndex(t, c, other)
	assert.Contains(t, c.corroborators(i), j)
	for _, k := range c.corroborators(i) {
		assert.NotEqual(t, 2, c.sents[k].doc, "the third source says nothing of it: %q", c.sents[k].text)
	}
}

// TestConsolidateReadingOrder: the last pass leaves out of a later section
// a sentence that restates what an earlier section shows, and keeps the
// earlier one.
func TestConsolidateReadingOrder(t *testing.T) {
	point := "The vaccine was 47% effective against infection after six months, a study of health records found."
	other := "After five months the shot is just 47% effective at stopping an infection."
	again := "The shot is just 47% effective at stopping an infection after five months, researchers warned."
	docs := []brief.Document{
		{Title: "Study of the vaccine", Outlet: "A", Text: point + "\n\n" + filler},
		{Title: "Shot wanes", Outlet: "B", Text: other + "\n\n" + strings.ReplaceAll(filler, "The ", "This year the ") + "\n\n" + again},
	}
	c, err := scored(context.Background(), docs, newConfig(nil))
	require.NoError(t, err)
	i, k := sentenceIndex(t, c, point), sentenceIndex(t, c, again)
	sel := c.consolidate(selection{insights: []int{i}, risks: []int{k}})
	assert.Equal(t, []int{i}, sel.insights)
	assert.Empty(t, sel.risks, "it repeats the key insight")
	sel = c.consolidate(selection{insights: []int{k}, risks: []int{i}})
	assert.Equal(t, []int{k}, sel.insights, "the first in reading order stays")
}
