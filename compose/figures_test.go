package compose

import (
	"context"
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFindFigures(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     []string
	}{
		{"Ostra will build a 240-megawatt floating solar farm on the reservoir.", []string{"240-megawatt floating solar farm"}},
		{"The city sold a $62 million bond on Monday.", []string{"$62 million bond"}},
		{"The farm will supply about 90,000 homes.", []string{"about 90,000 homes"}},
		{"Ostra Energy shares rose 4% in Madrid.", []string{"Ostra Energy shares rose 4%"}},
		{"The water keeps panels cool, which raises their output by up to 10%.", []string{"raises their output by up to 10%"}},
		{"The park will reach an output of 200 MW by 2028.", []string{"output of 200 MW by 2028"}},
		{"The car has an 82 kWh battery.", []string{"82 kWh battery"}},
		{"Sales grew 19%, and margins 3 percent.", []string{"Sales grew 19%"}}, // "margins 3 percent" has no link to its noun
		{"The hearing is on 12 March 2026 at 10:30.", nil},
		// a figure says what it counts, and ends on the noun
		{"The council approved a 14-kilometre tram line linking the two towns.", []string{"14-kilometre tram line"}},
		{"The economy added 59,000 jobs added in May.", []string{"59,000 jobs added in May"}},
		{"Voter turnout of 53% was the lowest on record.", []string{"Voter turnout of 53%"}},
		{"Some 964,000 people age out of the scheme.", nil}, // people counted, and no past verb says what happened to them
		{"Around 600 people were evacuated from the surrounding area.", []string{"Around 600 people were evacuated from the surrounding area"}},
		{"At least 52 people died in the blast.", []string{"At least 52 people died in the blast"}},
		{"Police evacuated around 600 people on Sunday.", []string{"evacuated around 600 people"}},
		{"The floods made 1.5 million people homeless.", nil}, // the verb's complement follows: "made … people" says nothing
		{"The outbreak has now spread to 28 people in the city.", nil},
		{"Of the voters, 53% of women backed her.", []string{"53% of women backed her"}}, // a share of people says what they did
		{"Polls show 87% of respondents rejected the idea.", []string{"87% of respondents rejected the idea"}},
		{"While 99% of people have heard of it, few use it.", []string{"99% of people have heard of it"}},
		{"Only 18% of men do so.", nil},                    // a share of people with nothing they did
		{"Only 16% really understand what it means.", nil}, // a verb after an adverb is no measured noun
		{"The firm signed a $300 million supply deal with the miner.", []string{"$300 million supply deal"}},   // a noun in -ly is no adverb
		{"He played a role in the 2-1 series victory.", []string{"2-1 series victory"}},                        // "series" is singular here
		{"Fans in 14 countries tuned in to watch the operation to remove a tumour.", []string{"14 countries"}}, // a lone verb before its particle
		{"He would have turned 41 four days ago.", nil},                                                        // a number in words starts another count
		{"The agencies cost £1.8bn a year to run.", []string{"agencies cost £1.8bn a year"}},
		{"Kyrgios won 6-4, 6-3 on Friday.", nil}, // set scores: neither is a match's
		{"The group gave nearly $5.9 million toward his campaign.", nil},
		{"The survey asked 7,687 people aged over 45 about pensions.", nil}, // "aged" says who they are, not what happened
		{"Continuing claims for state benefits fell to 3.24 million.", nil}, // the measured noun is a longer noun's complement
		{"The price of oil rose 4% on Monday.", nil},
		// numbers that do not say what they count
		{"With 53%, she won.", nil},
		{"Only 19 hit the target.", nil},
		{"He was a Fortune 500 company boss.", nil},
		{"It was No 1 on Radio 1's chart show and 4's Today programme.", nil},
		{"He scored after 23 minutes from 18 yards.", nil},
		{"They won 13.Coach Joe Smith said so.", nil},
		{"He scored in the 87th minute to win his 50th cap.", nil},
		{"The club paid £13m.", nil},
		{"He was paid $475,000 managing the fund.", nil},
		{"They ran the 100m final in 9.87 seconds.", nil},
		{"The 2013-14 season ended at 6pm.", nil},
		{"He won a race that week – worth £5,000.", nil},
		{"The economy is expected to grow by 5.9% and benefits will climb by $154.", nil},
		{"The mandate could potentially affect up to 100 million Americans.", nil},
		{"The housing programme was cut by 60% in 2010.", nil},
		{"He won the Formula 4 series and 12 others.", nil},
		{"The toilet measures 12 square metres.", nil},
		// a figure cut inside its phrase, or ending on a verb
		{"It set aside £8bn extra social care budget money.", nil},
		{"The £8bn social and affordable housing programme was cut.", nil},
		{"He agreed to pay a $10,000 fine and produce a film.", []string{"$10,000 fine"}},
		{"Sales and profits rose by $5m and staff by 300 people and more.", []string{"profits rose by $5m"}}, // a plural noun before "and" ends a figure; "300 people" says nothing of them
		{"They flew a 5,000m-long kite made of silk.", []string{"5,000m-long kite"}},
		{"Then 3.5% of the total stock becomes private.", []string{"3.5% of the total stock"}},
		// a unit of quantity alone, a label
		{"It plans 200 MW by 2028.", nil},
		{"That makes a total of 3.78 million, above the 10% figure.", nil},
		{"Traders sold 10-year notes and the 30-year bond.", nil},
		{"Mido joined in an 18-month loan deal.", []string{"18-month loan deal"}},
		{"A total of 300 homes were built.", []string{"300 homes were built"}},
		// how near the number is, and what happened to the count
		{"More than 1,000 adults were questioned for the research, with pollsters asking them.", []string{"More than 1,000 adults were questioned for the research"}},
		{"About 207 million people have received their first doses of a vaccine, and more.", []string{"About 207 million people have received their first doses of a vaccine"}},
		{"Police said 12 people were hit by the falling branches of the old oak tree in the park.", []string{"12 people were hit"}},
		{"Its 0-62 mph time is quick.", nil},
		{"The deal grew from $20 million to $28 million.", []string{"deal grew from $20 million to $28 million"}}, // the range whole
		{"It goes from 0-60 mph in 30 grams of fuel.", nil},
		{"He signed an 18-month loan deal.", []string{"18-month loan deal"}},
		{"She has type 1 diabetes and 3 sons.", []string{"3 sons"}},
		// an active verb or a verb in -ed is no measure; a change says what changed
		{"Some 12,000 donors have donated over $1.2 million to the Red Cross through its web site.", nil}, // people, and the verb's object cut off
		{"A total of 238 lots are being sold by the auctioneers at its saleroom in the town.", []string{"238 lots"}},
		{"Used copies started at $200 on the site.", nil},
		{"It climbed 1.5 km at 7.2% to the top.", nil},
		{"They aim to give a vaccine shot to 70% of adult Americans.", nil},
		{"Norway raised its donation to 180 million USD on Friday.", nil},
		{"It has a budget of 350 million USD this year.", []string{"budget of 350 million USD"}},
		{"The snowpack was 87 per cent of normal.", nil},
		{"It claims a 20% and 16% improvement respectively.", nil},
		{"Sales saw a 20% rise in exports this year.", []string{"20% rise in exports"}},
		{"The goal is a 55% reduction of emission by 2030.", []string{"55% reduction of emission by 2030"}},
		{"The most visible police were 45 members of the Gendarmerie Nationale on the route.", []string{"45 members of the Gendarmerie Nationale"}},
		{"The most visible police were 45 members of the force.", nil},
		{"They flew 1,000 employees of Acme Corp to Spain.", []string{"flew 1,000 employees of Acme Corp"}},
		{"It bought 500 million doses of the Pfizer vaccine and 12 crew members left.", []string{"bought 500 million doses", "12 crew members left"}},
		// a plain count takes the verb that says what happened to it, and a
		// range its end
		{"He sold 1.9 million copies of his latest album.", []string{"sold 1.9 million copies"}},
		{"A cell meant for 35 held 155 adult males with one toilet.", []string{"held 155 adult males"}},
		{"Then 14 earthquakes struck the region, officials said.", []string{"14 earthquakes struck the region"}},
		{"The report suggests cutting national spending limits from £20m to £15m.", []string{"national spending limits from £20m to £15m"}},
		{"The board approved the plan by 3 votes to 2.", []string{"3 votes to 2"}},
		{"The 14 companies currently in the program can bid.", []string{"14 companies"}},
		{"There were 3,248 cases reported worldwide between 2010 and 2015.", []string{"3,248 cases reported worldwide"}},
		// no pronoun or bare length says what a number counts
		{"He fled with no concern for the $100,000 someone posted for his bail.", nil},
		{"In Sri Lanka the ground moved nearly 10 centimetres.", nil},
		{"Critics compare it to the $177 million spent every day in Iraq.", nil},
		{"Roughly 14 supporters stood outside, and 12,000 donors.", []string{"Roughly 14 supporters stood outside"}},
		{"There will be 11 kW onboard charging as standard.", []string{"11 kW onboard charging"}},
		{"The $5m deal giving Apple the rights was signed.", []string{"$5m deal"}},
		// wave 7: a rate, the noun a count is the complement of, a group's
		// member, a share's state, a share of a group by name, a
		// possessive, a preposition's object
		{"Poland recorded 25.9 new cases per 100,000 people, up from 15.6.", []string{"25.9 new cases per 100,000 people"}},
		{"Workers took 10 sick days per year on average.", []string{"10 sick days per year"}},
		{"Every officer had an annual target of 8,000 applications.", []string{"annual target of 8,000 applications"}},
		{"The plant announced the loss of 500 jobs on Monday.", []string{"loss of 500 jobs"}},
		{"Four chains reported more than 1 million wasted doses each.", nil},
		{"About 9.1 percent of Americans were poor last year, the bureau said.", []string{"About 9.1 percent of Americans were poor last year"}},
		{"It took 33% of the entire country's bank deposits.", nil},
		{"Films produced in the UK fell 40% in 2004.", nil},
		{"Shares in Biogen fell $28.63 and traders sold in a deal worth $9.4bn.", []string{"deal worth $9.4bn"}},
		{"They paid for a horse that cost £12,000.", []string{"horse that cost £12,000"}},
		{"The firm agreed a deal worth $9.4bn.", []string{"deal worth $9.4bn"}}, // a decimal ends the sentence
		{"The Dow closed higher, while the Nasdaq rose 0.9% to 2,004.", []string{"Nasdaq rose 0.9% to 2,004"}},
		{"The government could sell 28,500 properties each year.", []string{"28,500 properties each year"}},
		{"News of the deal lifted Sina's shares by more than 10%.", []string{"lifted Sina's shares by more than 10%"}},
		{"Supply is outstripping demand by about 30%.", nil},
		{"He plans to reduce farm subsidies by $587m and cut taxes by 6.5bn euros.", []string{"reduce farm subsidies by $587m", "cut taxes by 6.5bn euros"}},
		{"The firm will raise its dividend by 11% this year.", []string{"raise its dividend by 11%"}},
		{"It increased its generating capacity by 12.6% last year.", []string{"increased its generating capacity by 12.6%"}},
		{"The estate left Ruth Beardmore of nearly £400,000.", nil},
		{"Progressives await action on a reconciliation package projected to cost $3.5 trillion.", []string{"reconciliation package projected to cost $3.5 trillion"}},
		{"His handling of the pandemic has the approval of 64% of Americans.", []string{"approval of 64%"}},
		// a number with an approximator, a perfect, an abbreviation or
		// nothing after it, and the noun before it
		{"Daily new cases have risen by more than 50 percent this week.", []string{"new cases have risen by more than 50 percent"}},
		{"Retail sales have increased by 5% since May.", []string{"Retail sales have increased by 5%"}},
		{"The consumer price index (CPI) rose 0.3 percent in August.", []string{"consumer price index (CPI) rose 0.3 percent"}},
		{"Jobless claims dropped 36,000 to 293,000 last week.", []string{"Jobless claims dropped 36,000 to 293,000"}},
		{"The Lakers lost 98 to 102 and claims of 36,000 were filed.", nil},
		{"The figure has risen to $2.9m this year.", nil},
		// a count cut from a longer subject or noun, or qualified after a comma
		{"A diploma to replace all existing 14-19 qualifications is expected next week.", nil},
		{"They must first pass a $3.5 trillion social welfare spending bill that funds care.", nil},
		{"At least 16 men, described by the group as traitors, were shown.", nil},
		{"At least 16 men were shown in the video.", []string{"At least 16 men were shown in the video"}},
		{"A seven-day rate of 20 new cases is the threshold.", []string{"seven-day rate of 20 new cases"}},
		{"Fines will be increased to a maximum of £10,000 for repeat offenders.", []string{"maximum of £10,000"}},
		{"It brings a fine of up to £1,000 fine for people who fail to register.", []string{"up to £1,000 fine"}},
		{"Scientists fear an increase of 2 degrees Celsius in the average.", []string{"2 degrees"}},
		{"Positivity rose to 5.8 per cent alongside a rise in cases.", []string{"Positivity rose to 5.8 per cent"}},
		{"Only 18% of Americans do so, and 53% of Democrats backed her.", []string{"53% of Democrats backed her"}},
		// a word in -ed in brackets is no verb before the noun (it panicked: review)
		{"The consumer index (Closed) rose 5% last year.", []string{"consumer index (Closed) rose 5%"}},
		{"Shares (LISTED) rose 12%.", []string{"Shares (LISTED) rose 12%"}},
	} {
		var got []string
		for _, f := range findFigures(tc.sentence) {
			got = append(got, tc.sentence[f[0]:f[1]])
		}
		assert.Equal(t, tc.want, got, tc.sentence)
	}
}

func TestFindKoreanFigures(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     []string
	}{
		{"약 30%의 가구가 전기를 쓴다.", []string{"약 30%의 가구"}},
		{"3000억 원 규모의 투자를 발표했다.", []string{"3000억 원 규모의 투자"}},
		{"매출이 30% 늘었다.", []string{"매출이 30%"}},
		{"무게가 280g으로 가볍다.", []string{"무게가 280g"}},
		{"2016년 3월 10일 발표했다.", nil},
		{"약 30%에 그쳤다.", nil},
		{"비율은 1:3의 단일 구조다.", nil},
		{"완치율은 30%에 그친다.", []string{"완치율은 30%"}},
		{"사람은 99.75%가 회복한다.", nil},
		{"연구진은 2개의 종으로 나눴다.", []string{"2개의 종"}},
		{"1주 뒤에 돌아왔다.", nil},
		{"전년 대비 4.29% 늘었다.", nil},
		{"예산 18조8000억원의 사업이다.", []string{"18조8000억원의 사업"}},
		{"13명의 폐암환자로부터 얻었다.", []string{"13명의 폐암환자"}},
		{"총 22명의 노벨과학상 수상자를 배출했다.", []string{"22명의 노벨과학상 수상자"}},
		{"지구와의 거리는 35만6509㎞로 가깝다.", []string{"지구와의 거리는 35만6509㎞"}},
		{"DNA는 2개의 단일 가닥 DNA가 결합한다.", []string{"2개의 단일 가닥 DNA"}},
		{"13명에게서 5종의 USE1 돌연변이를 찾았다.", []string{"5종의 USE1 돌연변이"}},
		{"약 2만장의 알프스 산 등산로 사진 자료 모음을 썼다.", nil}, // no head within reach
		{"폐암 환자의 완치율은 30% 이하다.", []string{"폐암 환자의 완치율은 30% 이하"}},
		{"폐암 환자의 완치율은 30% 이하로 낮다.", []string{"폐암 환자의 완치율은 30% 이하"}},
		{"폐암 환자의 완치율은 30% 이하의 수준이다.", []string{"폐암 환자의 완치율은 30% 이하"}},
		{"의학계열로 진학한 비율은 20.5%로 높다.", nil}, // a clause says whose rate it is
	} {
		var got []string
		for _, f := range findKoreanFigures(tc.sentence) {
			got = append(got, tc.sentence[f[0]:f[1]])
		}
		assert.Equal(t, tc.want, got, tc.sentence)
	}
}

func TestFiguresSkipRepeatedAmounts(t *testing.T) {
	text := "Drivers who overstay pay an £85 fine at the car park.\n\n" +
		"The £85 charge was upheld by the court, which heard 20 bedrooms were empty.\n\n" +
		"Critics called the £85 penalty unfair to 2,000 drivers."
	limits := newConfig(nil).limits
	c, err := annotate(context.Background(), []brief.Document{{Title: "Parking fine upheld", Text: text}}, limits)
	if !assert.NoError(t, err) || !assert.NoError(t, c.score(context.Background(), limits)) {
		return
	}
	figures := c.figuresBesides(10, SourceOrder, nil)
	n85 := 0
	for _, f := range figures {
		if strings.Contains(f.Text, "£85") {
			n85++
		}
	}
	assert.Equal(t, 1, n85, "%v", figures)
}

func TestFiguresBesidesShownPoints(t *testing.T) {
	text := "The city sold a $62 million bond on Monday.\n\n" +
		"The bond will pay for 90,000 new homes by the river.\n\n" +
		"Turnout of 53% was the lowest since the vote began."
	limits := newConfig(nil).limits
	c, err := annotate(context.Background(), []brief.Document{{Text: text}}, limits)
	if !assert.NoError(t, err) || !assert.NoError(t, c.score(context.Background(), limits)) {
		return
	}
	var all, besides []string
	for _, f := range c.figuresBesides(10, SourceOrder, nil) {
		all = append(all, f.Text)
	}
	shown := []brief.Point{{Text: "The city sold a $62 million bond on Monday."}}
	for _, f := range c.figuresBesides(10, SourceOrder, shown) {
		besides = append(besides, f.Text)
	}
	assert.Equal(t, []string{"$62 million bond", "90,000 new homes", "Turnout of 53%"}, all)
	assert.Equal(t, []string{"90,000 new homes", "Turnout of 53%"}, besides)
}

func TestFiguresFollowTheOrderOption(t *testing.T) {
	docs := []brief.Document{solarDoc()}
	ex, err := Explain(context.Background(), docs)
	require.NoError(t, err)
	scoreAt := func(e brief.Evidence) float64 { // the score of the sentence a figure comes from
		for _, s := range ex.Sentences {
			if s.Doc == e.Source && s.Start <= e.Start && e.End <= s.End {
				return s.Score
			}
		}
		t.Fatalf("no sentence holds %+v", e)
		return 0
	}
	for _, order := range []Order{SourceOrder, ByImportance} {
		b, err := Build(context.Background(), docs, WithOrder(order), WithMaxPoints(1))
		if !assert.NoError(t, err) || !assert.GreaterOrEqual(t, len(b.Figures), 2) {
			continue
		}
		for i := 1; i < len(b.Figures); i++ {
			prev, cur := b.Figures[i-1].Evidence[0], b.Figures[i].Evidence[0]
			if order == SourceOrder {
				assert.Less(t, prev.Start, cur.Start, "source order: %v", b.Figures)
			} else {
				assert.GreaterOrEqual(t, scoreAt(prev), scoreAt(cur), "by importance: %v", b.Figures)
			}
		}
	}
}

func TestFigureStatedInShownPoint(t *testing.T) {
	for _, tc := range []struct {
		figure, point string
		want          bool
	}{
		{"$62 million bond", "The city sold a $62 million bond on Monday.", true},
		{"nation's unemployment rate fell to 5.2%", "The unemployment rate dropped to 5.2% from 5.4%.", true},
		{"turnout of 53 per cent", "Turnout was 53%, the lowest since 1918.", true},
		{"£18.7million profit", "The club made a record profit of £18.7 million.", true},
		{"killed about 200,000 people", "The quake struck on Tuesday, killing as many as 200,000 people.", true},
		{"9-8 lead", "Italy led 9-8 early in the second half but Ireland took a lead they never lost.", true},
		{"77 misconduct charges", "Ms Ratcliffe accepts 77 allegations relating to her care.", false},
		{"$200,000 grant", "The quake struck on Tuesday, killing as many as 200,000 people.", false},
		{"at least 20 percent of voters", "For the first 20 days of the vote, residents can cast ballots online.", false},
		{"more than 30 staff vacancies", "No checks were made from 10:30 p.m. to dawn.", false},
		{"30-minute drive", "Going upstairs was a 30 minute activity.", false},
		{"6-4 win", "They won the doubles 6-7 (4), 6-4, 7-5, giving France a 2-1 victory.", false},
		{"3 minutes", "Hearts won 3-2 in Accra.", false},
		{"177 votes", "The bill passed with 77 votes.", false},
		{"5.2% rise", "Prices rose 15.2% last year.", false},
	} {
		assert.Equal(t, tc.want, statedIn([]brief.Point{{Text: tc.point}}, tc.figure), tc.figure)
	}
}

func TestFiguresBesidesShownNumbers(t *testing.T) {
	text := "The quake killed about 200,000 people on the island.\n\n" +
		"Officials said 200,000 people were killed by the tremors.\n\n" +
		"A charity gave a $200,000 grant for shelters."
	limits := newConfig(nil).limits
	c, err := annotate(context.Background(), []brief.Document{{Text: text}}, limits)
	require.NoError(t, err)
	require.NoError(t, c.score(context.Background(), limits))
	shown := []brief.Point{{Text: "The quake struck the island, killing as many as 200,000 people."}}
	var got []string
	for _, f := range c.figuresBesides(10, SourceOrder, shown) {
		got = append(got, f.Text)
	}
	assert.Equal(t, []string{"$200,000 grant"}, got)
}

func TestFiguresBesidesShownNumbersOfOtherThings(t *testing.T) {
	text := "Alex Stalock made 30 saves and Minnesota beat Buffalo.\n\n" +
		"Joonas Korpisalo stopped 30 shots for his eighth win."
	limits := newConfig(nil).limits
	c, err := annotate(context.Background(), []brief.Document{{Text: text}}, limits)
	require.NoError(t, err)
	require.NoError(t, c.score(context.Background(), limits))
	shown := []brief.Point{{Text: "Alex Stalock made 30 saves and Minnesota beat Buffalo."}}
	var got []string
	for _, f := range c.figuresBesides(10, SourceOrder, shown) {
		got = append(got, f.Text)
	}
	assert.Equal(t, []string{"stopped 30 shots"}, got)
}
