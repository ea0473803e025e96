package compose

import (
	"testing"

	"github.com/newsbrief/newsbrief/internal/sentence"

	"github.com/stretchr/testify/assert"
)

func TestIsFurniture(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"The council approved the plan on Tuesday.", false},
		{"Scroll down for video The minister visited the plant on Monday.", true},
		{"Media playback is not supported on this deviceThe hosts won with a day to spare.", true},
		{"Share this withEmailFacebookMessengerTwitterCopy this linkThe victim was injured.", true},
		{"Police recovered videos showing the teacher (far right) at the studio.", true},
		{"A student told how she paid her rent (picture posed by model) The survey found more.", true},
		{"Vile acts : Police have recovered videos from the studio.", true},
		{"Wanted: Police have issued a warrant for his arrest.", true},
		{"He was killed in Kiev in 2008.His wife had returned to a restaurant.", true},
		{"Lizzi lived on kebabs As well as her battle to lose weight she beat cancer.", true},
		{"Her pay failed to cover the rent in London ' I didn't know anyone here.'", true},
		{"He called it 'a disgrace' and left.", false},
		{"On Wall Street, the Dow Jones Industrial Average .DJI fell 102.2 points, or 0.36%.", true},
		{"MSCI's gauge of stocks across the globe .MIWD00000PUS gained 0.02%.", true},
		{"Benchmark 10-year notes US10YT=RR last rose 7/32 in price to yield 1.786%.", true},
		{"Sterling GBP= was last trading at $1.2925, down 0.21% on the day.", true},
		{"Einstein wrote E = mc2 in 1905.", false},
		{"Japan's Nikkei (.N225) rose 1%.", false}, // a bracketed code opens with "(": only bare codes count
		{"Hilfe angewiesende-DE2021-10-27T20:35:36+01:00 2021-10-27T20:35:36+01:00 Vor Beginn der Konferenz ruft das DRK auf.", true},
		{"Published 2019-11-20T08:15Z The council approved the plan.", true},
		{"Get Motor Cycle Monthly delivered through your letterbox every month.", true},
		{"Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", true},
		{"Lesen Sie hier mehr.", true},
		{"Subscribe to our newsletter for the latest news.", true},
		// Prose that only looks like it.
		{"Get-well cards poured in for the mayor.", false},
		{"Follow these steps shared on Twitter to stop a thief.", false},
		{"Follow-up talks are set for Monday.", false},
		{"Clicks on the site rose 20% in May.", false},
		{"The vote on 2021-10-27 at 20:35 was close.", false},
		{"The T-shirt cost 2021-10 points.", false},
		{"The mayor (right-wing, 54) said: The plan is dead.", false},
		{"Mr Smith said: The plan is dead.", false},
		{"McDonald's and LinkedIn shares rose in the U.S. on Monday.", false},
		{"The firm (Inc.) sold the unit, which was left to the heirs.", false},
		{"He saw the film It Follows on Friday.", false},
		{"Shares rose .5% after the results of Q3.", false},
		{"The site ends in .com and the file in .PDF or .Docx.", false}, // no figures: no market copy
	} {
		assert.Equal(t, tc.want, isFurniture(tc.in, "en"), tc.in)
	}
	assert.False(t, isFurniture("정부는 (left) 새 대책을 발표했다.", "ko"))
	assert.True(t, isFurniture("사진에 나온 부분에는 담배를 12개 꽂을 수 있다.", "ko"))
	assert.False(t, isFurniture("연구팀은 사진을 분석했다.", "ko"))
}

func TestQuotationUnits(t *testing.T) {
	assert.True(t, insideQuotation(`He said: "We will win. `))
	assert.True(t, insideQuotation(`He said: “We will win. `))
	assert.False(t, insideQuotation(`He said: "We will win." Then he left. `))
	assert.True(t, endsQuotation("The way I'm playing is ridiculous.'"))
	assert.False(t, endsQuotation("'It is ridiculous,' he said."))
	assert.True(t, endsQuotation("I'm fairly incapacitated today as a result.\""))
	assert.True(t, endsQuotation("I'm fairly incapacitated today as a result.”"))
	assert.False(t, endsQuotation("He called it \"a relief.\""))
	assert.False(t, endsQuotation("He called it “a relief.”"))
	assert.True(t, isBareQuote("' In my first year I heard about it,' she said."))
	assert.False(t, isBareQuote("'It is over,' said Mayor Lena Brandt."))
	assert.True(t, isBareQuote("‘Mostly students do not talk about it."))
	assert.False(t, isBareQuote("'Tis the season for the sales, the retailer said."))
}

func TestFurniturePrefix(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Media playback is not supported on this deviceLang, who captains the club, said it was over.", "Lang, who captains the club, said it was over."},
		{"Share this withEmailFacebookTwitterCopy this linkThe victim was injured.", "The victim was injured."},
		{"Media playback is not supported on this device The hosts won.", "The hosts won."},
		{"The hosts won.", "The hosts won."},
		{"Share this with your friends, Copy this link and go.", "Share this with your friends, Copy this link and go."},
		{"Media playback is not supported on this device", "Media playback is not supported on this device"},
	} {
		lo, hi := shownSpan(tc.in)
		assert.Equal(t, tc.want, tc.in[lo:hi], tc.in)
	}
}

func TestSplitGlued(t *testing.T) {
	text := "He was killed in Kiev in 2008.His wife had gone back. The U.S. Army and Acme Inc. agreed."
	var got []string
	for _, sp := range splitGlued(text, sentence.Split(text)) {
		got = append(got, text[sp.Start:sp.End])
	}
	assert.Equal(t, []string{"He was killed in Kiev in 2008.", "His wife had gone back.", "The U.S. Army and Acme Inc. agreed."}, got)
}

func TestOpensFirstPerson(t *testing.T) {
	assert.True(t, opensFirstPerson("I'm doing about six hours a day in the pool."))
	assert.True(t, opensFirstPerson("My back won't tighten up as much."))
	assert.False(t, opensFirstPerson("Imelda Staunton was nominated."))
	assert.False(t, opensFirstPerson("In May the plan was dropped."))
}

func TestSplitGluedFurniture(t *testing.T) {
	text := `He won the race in 2002 Media playback is not supported on this device"I was lucky," he said.`
	var got []string
	for _, sp := range splitGlued(text, sentence.Split(text)) {
		lo, hi := shownSpan(text[sp.Start:sp.End])
		got = append(got, text[sp.Start+lo:sp.Start+hi])
	}
	assert.Equal(t, []string{"He won the race in 2002", `"I was lucky," he said.`}, got)

	text = "He won the race in 2002 Media playback is not supported on this device"
	got = nil
	for _, sp := range splitGlued(text, sentence.Split(text)) {
		got = append(got, text[sp.Start:sp.End])
	}
	assert.Equal(t, []string{"He won the race in 2002", "Media playback is not supported on this device"}, got)
}

func TestFurnitureLinesStartWithMSI(t *testing.T) {
	for _, line := range append(furnitureLines, shareOpen) {
		assert.Contains(t, "MSI", line[:1], "opensFurniture's quick test must know %q", line)
	}
}
