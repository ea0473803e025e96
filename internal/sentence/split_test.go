package sentence

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// texts returns the sentences of text as strings.
func texts(text string) []string {
	var out []string
	for _, s := range Split(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

type splitCase struct {
	name string
	text string
	want []string
}

func runCases(t *testing.T, cases []splitCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(tc.text), "text: %q", tc.text)
		})
	}
}

func TestSplitBasics(t *testing.T) {
	runCases(t, []splitCase{
		{"empty", "", nil},
		{"white space only", " \t\n\n\u00a0\u3000 ", nil},
		{"one sentence without period", "Breaking news", []string{"Breaking news"}},
		{"two sentences", "It rained. The match was off.", []string{"It rained.", "The match was off."}},
		{"surrounding space trimmed", "  It rained.   Then it stopped.  ", []string{"It rained.", "Then it stopped."}},
		{"question and exclamation", "Is it over? Yes! It is.", []string{"Is it over?", "Yes!", "It is."}},
		{"interrobang run", "Really?! Nobody knew. Wow!!! Fine.", []string{"Really?!", "Nobody knew.", "Wow!!!", "Fine."}},
		{"lower case after period continues", "Shares fell 3 pct. on the news.", []string{"Shares fell 3 pct. on the news."}},
		{"lower case after exclamation continues", `"Help!" he shouted. Nobody came.`, []string{`"Help!" he shouted.`, "Nobody came."}},
		{"camel-case brand starts a sentence", "Sales fell. iPhone demand slowed.", []string{"Sales fell.", "iPhone demand slowed."}},
		{"digit starts a sentence", "He was born in 1990. 25 years later he won.", []string{"He was born in 1990.", "25 years later he won."}},
		{"glued English sentences", "He said so.Then he left.", []string{"He said so.", "Then he left."}},
		{"stray period is no sentence", "Hello. . Bye.", []string{"Hello. .", "Bye."}},
		{"non-breaking and ideographic spaces", "One.\u00a0Two.\u3000Three.", []string{"One.", "Two.", "Three."}},
		{"zero-width space is white space", "\u200bOne. Two.\u200b", []string{"One.", "Two."}},
	})
}

func TestSplitParagraphs(t *testing.T) {
	runCases(t, []splitCase{
		{"blank line", "First paragraph\n\nSecond paragraph", []string{"First paragraph", "Second paragraph"}},
		{"single line break", "Headline without period\nBody starts here.", []string{"Headline without period", "Body starts here."}},
		{"CRLF", "One\r\nTwo\r\n", []string{"One", "Two"}},
		{"old Mac CR", "One\rTwo", []string{"One", "Two"}},
		{"Unicode separators", "One\u2028Two\u2029Three\u0085Four", []string{"One", "Two", "Three", "Four"}},
		{"line break ends an abbreviation", "He met Mr.\nSmith.", []string{"He met Mr.", "Smith."}},
		{"line break ends a lower-case sentence", "the end\nthe start", []string{"the end", "the start"}},
	})
}

func TestSplitBullets(t *testing.T) {
	runCases(t, []splitCase{
		{"dash and bullet lines", "Key points:\n- Rates rose\n• Stocks fell\n* Oil was flat", []string{"Key points:", "- Rates rose", "• Stocks fell", "* Oil was flat"}},
		{"numbered list", "1. First item\n2. Second item. It has two sentences.", []string{"1. First item", "2. Second item.", "It has two sentences."}},
		{"lettered list", "a. apples\nb. pears", []string{"a. apples", "b. pears"}},
		{"Korean markers", "◇주요 내용\n▲금리 인상 ▲물가 상승", []string{"◇주요 내용", "▲금리 인상 ▲물가 상승"}},
		{"middle dot is no bullet", "러시아·미국·일본 우주인 3명이 돌아왔다.", []string{"러시아·미국·일본 우주인 3명이 돌아왔다."}},
	})
}

func TestSplitAbbreviations(t *testing.T) {
	runCases(t, []splitCase{
		{"titles", "Mr. and Mrs. Smith met Dr. Jones. They talked.", []string{"Mr. and Mrs. Smith met Dr. Jones.", "They talked."}},
		{"political titles", "Gov. Gavin Newsom met Sen. Alex Padilla and Rep. Ro Khanna. The talks went well.",
			[]string{"Gov. Gavin Newsom met Sen. Alex Padilla and Rep. Ro Khanna.", "The talks went well."}},
		{"saint", "He lives in St. Louis. It is big.", []string{"He lives in St. Louis.", "It is big."}},
		{"street ends a sentence", "The shop is on Main St. The rent is high.", []string{"The shop is on Main St.", "The rent is high."}},
		{"company inside a sentence", "Apple Inc. said on Monday that Microsoft Corp. and Foo Ltd. agreed.",
			[]string{"Apple Inc. said on Monday that Microsoft Corp. and Foo Ltd. agreed."}},
		{"company ends a sentence", "He works for Apple Inc. The company declined to comment.",
			[]string{"He works for Apple Inc.", "The company declined to comment."}},
		{"Co. before a name", "Ford Motor Co. Chairman Bill Ford spoke.", []string{"Ford Motor Co. Chairman Bill Ford spoke."}},
		{"junior", "Martin Luther King Jr. was born in Atlanta. He died in 1968.",
			[]string{"Martin Luther King Jr. was born in Atlanta.", "He died in 1968."}},
		{"versus", "It was Arsenal vs. Chelsea. Arsenal won.", []string{"It was Arsenal vs. Chelsea.", "Arsenal won."}},
		{"etc. inside", "Apples, pears, etc. were sold.", []string{"Apples, pears, etc. were sold."}},
		{"etc. at the end", "Apples, pears, etc. The list goes on.", []string{"Apples, pears, etc.", "The list goes on."}},
		{"e.g. and i.e.", "Use a fruit, e.g. Apples. Or a nut, i.e. Walnuts.", []string{"Use a fruit, e.g. Apples.", "Or a nut, i.e. Walnuts."}},
		{"U.S. before a noun", "The U.S. economy grew. U.S. President Joe Biden spoke.",
			[]string{"The U.S. economy grew.", "U.S. President Joe Biden spoke."}},
		{"U.S. ends a sentence", "He moved to the U.S. The move paid off.", []string{"He moved to the U.S.", "The move paid off."}},
		{"U.K. and U.N.", "The U.K. and the U.N. agreed. But the U.N. Security Council did not.",
			[]string{"The U.K. and the U.N. agreed.", "But the U.N. Security Council did not."}},
		{"U.S.A.", "Made in the U.S.A. It sold well.", []string{"Made in the U.S.A.", "It sold well."}},
		{"number abbreviation", "He wore No. 5 and was ranked No. 1 in the world. No. He was not.",
			[]string{"He wore No. 5 and was ranked No. 1 in the world.", "No.", "He was not."}},
		{"months before a day", "It opened on Jan. 5 and closed on Dec. 31. Sept. 11 was a Tuesday. Feb. 2 too.",
			[]string{"It opened on Jan. 5 and closed on Dec. 31.", "Sept. 11 was a Tuesday.", "Feb. 2 too."}},
		{"German day before a month", "Die Konferenz beginnt am 31. Oktober in Glasgow. Sie dauert bis zum 12. November.",
			[]string{"Die Konferenz beginnt am 31. Oktober in Glasgow.", "Sie dauert bis zum 12. November."}},
		{"German date range", "Das Turnier läuft vom 5. bis 11. Februar 2022. Zuschauer sind zugelassen.",
			[]string{"Das Turnier läuft vom 5. bis 11. Februar 2022.", "Zuschauer sind zugelassen."}},
		{"number before a capitalised word that is no month", "Sie gewannen 3 zu 12. Mainz verlor.",
			[]string{"Sie gewannen 3 zu 12.", "Mainz verlor."}},
		{"German ordinal before a noun", "Die Kirche stammt aus dem 19. Jahrhundert. Sie feiert ihren 150. Geburtstag.",
			[]string{"Die Kirche stammt aus dem 19. Jahrhundert.", "Sie feiert ihren 150. Geburtstag."}},
		{"year before a month", "Es geschah 2021. Oktober war ruhig.", []string{"Es geschah 2021.", "Oktober war ruhig."}},
		{"month ends a sentence", "The vote was held in Jan. The result was close.", []string{"The vote was held in Jan.", "The result was close."}},
		{"initials", "J. K. Rowling wrote it. John F. Kennedy read it. J.R.R. Tolkien did not.",
			[]string{"J. K. Rowling wrote it.", "John F. Kennedy read it.", "J.R.R. Tolkien did not."}},
		{"initial ends a sentence", "Take vitamin C. It helps.", []string{"Take vitamin C.", "It helps."}},
		{"a.m. and p.m.", "It starts at 9 a.m. Tuesday and ends at 5 p.m. The doors close then.",
			[]string{"It starts at 9 a.m. Tuesday and ends at 5 p.m.", "The doors close then."}},
		{"abbreviation in brackets", "The firm (Acme Corp.) said no. Then it agreed.", []string{"The firm (Acme Corp.) said no.", "Then it agreed."}},
		{"acronym that looks like a title", "It helps patients with MS. Final approval is near.", []string{"It helps patients with MS.", "Final approval is near."}},
		{"acronym ending in a capital", "It trails AT&T. Consolidation goes on.", []string{"It trails AT&T.", "Consolidation goes on."}},
		{"capital letter before a closing quote", `It was "Cell Block H." Labour disagreed.`, []string{`It was "Cell Block H."`, "Labour disagreed."}},
		{"et al.", "Smith et al. found it. Others did not.", []string{"Smith et al. found it.", "Others did not."}},
	})
}

func TestSplitNumbersAndAddresses(t *testing.T) {
	runCases(t, []splitCase{
		{"decimal", "Pi is 3.14 or so. It is irrational.", []string{"Pi is 3.14 or so.", "It is irrational."}},
		{"money", "Revenue hit $3.5 bn. Profit fell 2.5%. Costs rose.", []string{"Revenue hit $3.5 bn.", "Profit fell 2.5%.", "Costs rose."}},
		{"number at the end", "Sales rose 3.5. Costs fell.", []string{"Sales rose 3.5.", "Costs fell."}},
		{"leading decimal point", "It fell .5 percent. Then it rose.", []string{"It fell .5 percent.", "Then it rose."}},
		{"domain", "Visit example.com for more. Or call us.", []string{"Visit example.com for more.", "Or call us."}},
		{"domain ends a sentence", "Visit example.com. Or call us.", []string{"Visit example.com.", "Or call us."}},
		{"capitalised URL path", "See https://example.com/News.Today for details. Thanks.", []string{"See https://example.com/News.Today for details.", "Thanks."}},
		{"www", "See www.Example.Com today. Thanks.", []string{"See www.Example.Com today.", "Thanks."}},
		{"e-mail", "Write to john.Smith@example.co.uk today. Thanks.", []string{"Write to john.Smith@example.co.uk today.", "Thanks."}},
		{"query string", "Open example.com/a?Id=3 now. Done.", []string{"Open example.com/a?Id=3 now.", "Done."}},
		{"version numbers", "Go 1.26.0 is out. Upgrade.", []string{"Go 1.26.0 is out.", "Upgrade."}},
		{"Korean date with spaces", "2016. 11. 14. 오후 발표했다. 그는 떠났다.", []string{"2016. 11. 14. 오후 발표했다.", "그는 떠났다."}},
		{"dotted date ends a sentence", "2016.10.20. [UNIST 제공=연합뉴스]", []string{"2016.10.20.", "[UNIST 제공=연합뉴스]"}},
		{"number in brackets", "128km(80). 레이스콥터의 속도.", []string{"128km(80).", "레이스콥터의 속도."}},
		{"dotted date", "큰달(2016.11.14.)과 작은달(2016.4.22.) 비교. 그렇다.", []string{"큰달(2016.11.14.)과 작은달(2016.4.22.) 비교.", "그렇다."}},
		{"full-width decimal", "값은 ３．５이다．다음 문장．", []string{"값은 ３．５이다．", "다음 문장．"}},
	})
}

func TestSplitEllipses(t *testing.T) {
	runCases(t, []splitCase{
		{"three dots then capital", "He paused... Then he spoke.", []string{"He paused...", "Then he spoke."}},
		{"three dots then lower case", "He paused... and then he spoke.", []string{"He paused... and then he spoke."}},
		{"ellipsis character", "Wait… What happened? Nothing.", []string{"Wait…", "What happened?", "Nothing."}},
		{"leading ellipsis", "... and so it goes. Fine.", []string{"... and so it goes.", "Fine."}},
		{"bracketed omission", "He said [...] That was all.", []string{"He said [...] That was all."}},
		{"glued ellipsis", "없어...인재육성 함께 해야. 공무원들이 쥐락펴락..연구비 배정.", []string{"없어...인재육성 함께 해야.", "공무원들이 쥐락펴락..연구비 배정."}},
		{"Korean headline ellipsis", "화석 분석… 공룡 뇌조직 판명. 연구진이 밝혔다… 그렇다.", []string{"화석 분석… 공룡 뇌조직 판명.", "연구진이 밝혔다…", "그렇다."}},
		{"ellipsis then question", "So...? Yes.", []string{"So...?", "Yes."}},
	})
}

func TestSplitQuotes(t *testing.T) {
	runCases(t, []splitCase{
		{"closing curly quote belongs to the sentence", "He said “It’s over.” Then he left.", []string{"He said “It’s over.”", "Then he left."}},
		{"quote spanning sentences", "He said “It’s over. We lost.” Then he left.", []string{"He said “It’s over.", "We lost.”", "Then he left."}},
		{"straight quotes", `She said "No. Never." Then she left.`, []string{`She said "No.`, `Never."`, "Then she left."}},
		{"single quotes", "He said 'Go.' She went.", []string{"He said 'Go.'", "She went."}},
		{"quote continues with lower case", "“We won!” she said. “Again.”", []string{"“We won!” she said.", "“Again.”"}},
		{"brackets", "It worked (mostly.) The end. (See below.) More.", []string{"It worked (mostly.)", "The end.", "(See below.)", "More."}},
		{"opening quote after period", "It ended. “Now what?” he asked.", []string{"It ended.", "“Now what?” he asked."}},
		{"Korean straight quote", `그는 "우리가 이겼다." 라고 말했다. 그리고 떠났다.`, []string{`그는 "우리가 이겼다." 라고 말했다.`, "그리고 떠났다."}},
		{"Korean closing quote then space", `그는 "끝났다." 그리고 떠났다.`, []string{`그는 "끝났다."`, "그리고 떠났다."}},
		{"Korean closing quote then quotative", "“끝났습니다.”라고 말했다. “위험합니다.”고 주장했다. 그는 “간다.”며 떠났다.",
			[]string{"“끝났습니다.”라고 말했다.", "“위험합니다.”고 주장했다.", "그는 “간다.”며 떠났다."}},
		{"Korean closing quote glued to next sentence", "“필요합니다.”슬랙 채널에서 논쟁이 이어졌다.", []string{"“필요합니다.”", "슬랙 채널에서 논쟁이 이어졌다."}},
		{"CJK brackets", "彼は「終わった。」と言った。次に行った。", []string{"彼は「終わった。」と言った。", "次に行った。"}},
		{"sentences inside brackets stay together", "지시 음성(“장애물입니다. 멈추십시오.” 같은)을 사용해야 한다. 현재는 아니다.",
			[]string{"지시 음성(“장애물입니다. 멈추십시오.” 같은)을 사용해야 한다.", "현재는 아니다."}},
		{"an unclosed bracket holds only so long", "Suspects (foreign and British were rounded up and interned for the duration of the war, without any complaints from the public. We must not forget. It is war.",
			[]string{"Suspects (foreign and British were rounded up and interned for the duration of the war, without any complaints from the public. We must not forget.", "It is war."}},
		{"Korean attribution after a quote", "“연구비 받기도 힘듭니다.”(유룡 KAIST 교수). 그렇다.", []string{"“연구비 받기도 힘듭니다.”(유룡 KAIST 교수).", "그렇다."}},
		{"period after quote", `He said "yes". Then he left.`, []string{`He said "yes".`, "Then he left."}},
		{"Korean period after closing quote and period", "“하죠.”. 또한 그렇다.", []string{"“하죠.”.", "또한 그렇다."}},
	})
}

func TestSplitKorean(t *testing.T) {
	runCases(t, []splitCase{
		{"declarative endings", "정부가 발표했다. 이는 처음이다. 주가가 올랐다. 시장이 반응했다고 밝혔다.",
			[]string{"정부가 발표했다.", "이는 처음이다.", "주가가 올랐다.", "시장이 반응했다고 밝혔다."}},
		{"no space after period", "사실은 잊혀졌다.전투 조종사 훈련을 보면 알 수 있다.이에 따라 바뀌었다.",
			[]string{"사실은 잊혀졌다.", "전투 조종사 훈련을 보면 알 수 있다.", "이에 따라 바뀌었다."}},
		{"no space before a number or quote", "발표했다.2017년에는 달라진다.“좋다”고 했다.",
			[]string{"발표했다.", "2017년에는 달라진다.", "“좋다”고 했다."}},
		{"closing straight quote without space", `그는 "좋다."그러나 떠났다.`, []string{`그는 "좋다."`, "그러나 떠났다."}},
		{"polite endings", "감사합니다. 안녕하십니까? 반갑습니다!", []string{"감사합니다.", "안녕하십니까?", "반갑습니다!"}},
		{"question without space", "개기월식은?월식은 달이 가려지는 현상이다.", []string{"개기월식은?", "월식은 달이 가려지는 현상이다."}},
		{"single-syllable abbreviations", "한.미 정상회담이 열렸다. 美.中 갈등도 논의됐다.", []string{"한.미 정상회담이 열렸다.", "美.中 갈등도 논의됐다."}},
		{"Latin abbreviation with particle", "그는 D.C.의 경찰관이다. 또한 U.S.에서 일했다.", []string{"그는 D.C.의 경찰관이다.", "또한 U.S.에서 일했다."}},
		{"period before a slash", "중국인, 일본인, 한국인./미국 연구팀 논문", []string{"중국인, 일본인, 한국인./미국 연구팀 논문"}},
		{"percent", "응답자의 66.9%는 실패했다고 평가했다. 78.8%는 공감했다.", []string{"응답자의 66.9%는 실패했다고 평가했다.", "78.8%는 공감했다."}},
		{"e-mail byline", "2016.11.3 mon@yna.co.kr", []string{"2016.11.3 mon@yna.co.kr"}},
		{"mixed scripts", "삼성전자는 Galaxy S7을 출시했다. The phone sold well. 판매는 호조였다.",
			[]string{"삼성전자는 Galaxy S7을 출시했다.", "The phone sold well.", "판매는 호조였다."}},
	})
}

func TestSplitCJK(t *testing.T) {
	runCases(t, []splitCase{
		{"Chinese", "今天下雨了。比赛取消了！你知道吗？知道。", []string{"今天下雨了。", "比赛取消了！", "你知道吗？", "知道。"}},
		{"Japanese", "雨が降った。試合は中止だ！本当？", []string{"雨が降った。", "試合は中止だ！", "本当？"}},
		{"half-width full stop", "雨が降った｡試合は中止だ｡", []string{"雨が降った｡", "試合は中止だ｡"}},
		{"CJK terminator run", "什么？！真的。", []string{"什么？！", "真的。"}},
		{"CJK with spaces", "今天下雨了。 比赛取消了。", []string{"今天下雨了。", "比赛取消了。"}},
		{"Chinese period in Latin text", "He wrote 好。Then left.", []string{"He wrote 好。", "Then left."}},
	})
}

func TestSplitOffsets(t *testing.T) {
	text := "  Hello there.\n\n  Second one!  "
	spans := Split(text)
	require.Len(t, spans, 2)
	assert.Equal(t, Span{2, 14}, spans[0])
	assert.Equal(t, "Hello there.", text[spans[0].Start:spans[0].End])
	assert.Equal(t, "Second one!", text[spans[1].Start:spans[1].End])
}

func TestSplitInvalidUTF8(t *testing.T) {
	for _, text := range []string{
		"\xff", "\xff.\xfe", "a.\xff B.", "\xe2\x80", "했다.\xff그는", "\xed\x95\x9c.\xed", ".\xef\xbc", "．\xef\xbc",
		"\xc2\xa0\xc2", "\"\xe2\x80\x9d.", "A.\u200b\xe2\x80",
	} {
		require.NotPanics(t, func() { checkSpans(t, text, Split(text)) }, "text %q", text)
	}
}

func TestSplitLinear(t *testing.T) {
	// Pathological inputs stay fast: long tokens full of terminators,
	// openers, closers and spaces.
	for _, unit := range []string{"a.", ". ", "U.S.", "((((", "....", "\"", "다.", "。", "? x", "e.g. ", "a " + "\u200b"} {
		var b []byte
		for len(b) < 1<<20 {
			b = append(b, unit...)
		}
		text := string(b)
		checkSpans(t, text, Split(text))
	}
}
