package extract

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBoilerplateClassLiterals checks the literal matcher against the
// regexp it stands for.
func TestBoilerplateClassLiterals(t *testing.T) {
	for _, s := range []string{"", " ", "article-body", "ArticleCaption", "read-more", "readmore", "share-bar", "sharebar",
		"post_tags", "nav ads", "adsense", "head", "c-comments__list", "comment-body", "user-login", "loginbox",
		"AUTHOR-INFO", "author_info", "author-box", "post-author-bio", "about-the-author", "author_bio", "author", "c-letters-cta", "wprm-recipe-print", "no-print", "printer", "blueprint", "related-stories", "Modal open", "story-credit", "content gallery-intro"} {
		assert.Equal(t, boilerplateClass.MatchString(s) && s != " ", isBoilerplateClass(s), s)
	}
}

func TestModifierClassNames(t *testing.T) {
	tests := []struct {
		class string
		want  bool
	}{
		{"contentHeader contentHeader--articleHeader has-sharing", false},
		{"page with-ads", false},
		{"has_comments", false},
		{"sharing has-comments", true},
		{"no-print", true},
		{"article-share", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, isBoilerplateClass(tt.class), tt.class)
	}
}

func TestBoilerplateLinesInManyLanguages(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Das könnte Sie auch interessieren!", true},
		{"Zum Weiterlesen:", true},
		{"Neueste Artikel", true},
		{"À lire aussi", true},
		{"También te puede interesar", true},
		{"Leggi anche", true},
		{"Leia também", true},
		{"You may also like", true},
		{"Die Anzeigen im Stadtblatt kosten mehr.", false},
		{"Lesen lernen Kinder heute später.", false},
		{"Partagez votre avis avec nous.", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, boilerplateLine.MatchString(tt.line), tt.line)
	}
}

func TestPaywallNotices(t *testing.T) {
	p := func(s string) candidate { return candidate{kind: Paragraph, text: s} }
	assert.True(t, isLegalBlock(p("To view the full story, please subscribe to the Riverside Post.")))
	assert.True(t, isLegalBlock(p("Already a subscriber? Log in to continue reading.")))
	assert.True(t, isLegalBlock(p("Sie sind bereits Abonnent? Hier anmelden.")))
	assert.False(t, isLegalBlock(p("The paper lost a third of its subscribers after the price rise, its editor said.")))
}

func TestWeakNoticesNeedTwoWords(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Sign up for our newsletter and get the best stories of the week in your inbox.", true},
		{"We use tracking cookies to improve the site; read our privacy policy to learn more about them.", true},
		{"Melden Sie sich für unseren Newsletter an. Hinweise zum Datenschutz finden Sie hier.", true},
		{"Also new this year is a monthly special newsletter on one topic; January's newsletter was about vintage guitars.", false},
		{"The bakery sold a thousand cookies on Saturday, and its oatmeal cookie was gone by noon.", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, isLegalBlock(candidate{kind: Paragraph, text: tt.text}), tt.text)
	}
}

// TestShortLinesKeptWhenAllShort checks that a text made only of short
// lines that are not sentences is not trimmed away as the edges of an
// article, while such lines around running text are.
func TestShortLinesKeptWhenAllShort(t *testing.T) {
	p := func(s string) candidate { return candidate{kind: Paragraph, text: s} }
	lyrics := []candidate{p("Under the bridge the river sings"), p("Over the hills the morning brings"), p("Light to the town and the fields")}
	assert.Len(t, keepContent(lyrics, ""), 3)

	story := []candidate{p("Local news"), p("The council voted on Tuesday to close the old bridge to cars from next spring, its chair said."), p("Topics")}
	kept := keepContent(story, "")
	if assert.Len(t, kept, 1) {
		assert.Equal(t, "The council voted on Tuesday to close the old bridge to cars from next spring, its chair said.", kept[0].text)
	}
}

func TestLinkBlocks(t *testing.T) {
	linked := func(s string) candidate { return candidate{kind: Paragraph, text: s, linkText: len(s)} }
	tests := []struct {
		name string
		c    candidate
		want bool
	}{
		{"a related story's headline", linked("Council approves the tram line to the airport"), true},
		{"a teaser without a full stop", linked("Council approves the tram line to the airport after a debate that lasted most of the night"), true},
		{"a sentence linked whole to its source", linked("The council approved the tram line to the airport on Tuesday, after a debate that lasted most of the night."), false},
		{"a short linked sentence", linked("The council approved the tram line."), true},
		{"text with a link in it", candidate{kind: Paragraph, text: "The council approved the tram line, the Post reported.", linkText: 4}, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, isLinkBlock(tt.c), tt.name)
	}
}

func TestTeaserListAtTheEnd(t *testing.T) {
	p := func(s string) candidate { return candidate{kind: Paragraph, text: s} }
	item := func(s string, links int) candidate { return candidate{kind: ListItem, text: s, linkText: links} }
	body := p("The council approved the tram line to the airport on Tuesday, after a debate that lasted most of the night.")
	teasers := []candidate{
		p("More great stories"),
		item("Bus drivers vote to strike, the union says", 22),
		item("The bridge closes for repairs in spring", 20),
		item("Why the airport wants a second runway", 25),
	}
	steps := []candidate{
		item("Take the tram to the airport.", 0),
		item("Change at the central station.", 0),
		item("Buy a ticket at the machine.", 0),
	}
	sources := []candidate{
		item("The council's minutes of 12 May, which record the vote of every member of the council", 8),
		item("The airport's annual report for 2025, with its passenger figures for every month", 6),
		item("The transport ministry's study of the line, published in March", 4),
	}
	tests := []struct {
		name string
		cs   []candidate
		want int
	}{
		{"teasers and their label go", append([]candidate{body}, teasers...), 1},
		{"steps without links stay", append([]candidate{body}, steps...), 4},
		{"a list of sources with a few links stays", append([]candidate{body}, sources...), 4},
		{"two teasers are not a list of teasers", append([]candidate{body}, teasers[:3]...), 4},
		{"a list that is the whole text stays", teasers[1:], 3},
	}
	for _, tt := range tests {
		assert.Len(t, trimEdges(slices.Clone(tt.cs)), tt.want, tt.name)
	}
}

func TestHeadingsEndingTheArticle(t *testing.T) {
	p := func(s string) candidate { return candidate{kind: Paragraph, text: s} }
	h := func(s string) candidate { return candidate{kind: Heading, text: s} }
	body := p("The council approved the tram line to the airport on Tuesday, after a debate that lasted most of the night.")
	tests := []struct {
		name string
		cs   []candidate
		want []candidate
	}{
		{"a share prompt ending in an exclamation mark", []candidate{body, h("Liked this article? Don't forget to share it!")}, []candidate{body}},
		{"a question heading over nothing", []candidate{body, h("What does the tram line mean for the airport?")}, []candidate{body}},
		{"a heading over a paragraph stays", []candidate{body, h("What the line costs"), body}, []candidate{body, h("What the line costs"), body}},
	}
	for _, tt := range tests {
		assert.Equal(t, texts(tt.want), texts(trimEdges(slices.Clone(tt.cs))), tt.name)
	}
}
