package compose

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsbrief/newsbrief/brief"
)

// quoted is a quotation found: its words and speaker.
type quoted struct{ text, speaker string }

func findAll(p string) []quoted {
	var out []quoted
	for _, q := range findQuotes(p) {
		out = append(out, quoted{p[q.start:q.end], q.speaker})
	}
	return out
}

func TestFindQuotesMarks(t *testing.T) {
	for _, tc := range []struct {
		name, para string
		want       []quoted
	}{
		{"curly double", "“We will finish the new bridge before the winter,” said Jane Doe.",
			[]quoted{{"We will finish the new bridge before the winter", "Jane Doe"}}},
		{"straight double", `"We will finish the new bridge before the winter," Jane Doe said.`,
			[]quoted{{"We will finish the new bridge before the winter", "Jane Doe"}}},
		{"curly single", "‘We will finish the new bridge before the winter,’ Jane Doe said.",
			[]quoted{{"We will finish the new bridge before the winter", "Jane Doe"}}},
		{"straight single", "'We will finish the new bridge before the winter,' Jane Doe said.",
			[]quoted{{"We will finish the new bridge before the winter", "Jane Doe"}}},
		{"straight single, spaced", "' We will finish the new bridge before the winter,' Jane Doe said.",
			[]quoted{{"We will finish the new bridge before the winter", "Jane Doe"}}},
		{"paragraphs run together, an opening mark glued to a name", `"We were riding well in the heats," Jane Doe said. "Elsewhere the team was outclassed in the heats. Olympic champion John Roe"We hardly saw him in the race until the final lap," he said.`,
			[]quoted{{"We were riding well in the heats", "Jane Doe"}, {"We hardly saw him in the race until the final lap", "Olympic champion John Roe"}}},
		{"a closing mark glued to a word opens no headed quotation", "Unter dem Motto „Take Care“, was für Neugier und Verantwortung steht, bestärkt die Messe die Branche darin, Veränderung positiv zu gestalten.", nil},
		{"paragraphs run together, spaced opening marks", "An official told the paper: 'We are a left-wing government and this is a no-brainer. ' We may have to go into a silent arrears process with the fund,' he said. ' Which is remarkable.' The talks went on.",
			[]quoted{{"We are a left-wing government and this is a no-brainer", "An official"}, {"We may have to go into a silent arrears process with the fund", "An official"}}},
		{"two straight single marks for a double one", "''We will finish the new bridge before the winter,'' said Jane Doe. ''The cost is put at forty million pounds,''",
			[]quoted{{"We will finish the new bridge before the winter", "Jane Doe"}, {"The cost is put at forty million pounds", "Jane Doe"}}},
		{"a term after an article speaks for nobody", `Jane Doe meanwhile said instead of the "bonfire of the old bridges" the council had promised, there had been none. "We will finish the new bridge before the winter."`,
			[]quoted{{"We will finish the new bridge before the winter", "Jane Doe"}}},
		{"guillemets", "Jane Doe said: «We will finish the new bridge before the winter.»",
			[]quoted{{"We will finish the new bridge before the winter", "Jane Doe"}}},
		{"low-high", "Jane Doe said: „We will finish the new bridge before the winter.“",
			[]quoted{{"We will finish the new bridge before the winter", "Jane Doe"}}},
		{"apostrophes inside", "'We don't doubt Mr O'Neill will back the players' union in the '90s style,' Jane Doe said.",
			[]quoted{{"We don't doubt Mr O'Neill will back the players' union in the '90s style", "Jane Doe"}}},
		{"rock 'n' roll before", "Back then rock 'n' roll ruled, 'and we loved every single minute of it,' said Jane Doe.",
			[]quoted{{"and we loved every single minute of it", "Jane Doe"}}},
		{"apostrophes only", "The players' union met in the '90s and Mr O'Neill didn't say a word to anyone there.", nil},
		{"single inside double", `"They called it 'the best bridge in the world' and we agreed," said Jane Doe.`,
			[]quoted{{"They called it 'the best bridge in the world' and we agreed", "Jane Doe"}}},
		{"too short", "“We will win,” said Jane Doe.", nil},
		{"a role that only points back", "“We will finish the new bridge before the winter,” the latter said.", nil},
		{"no speaker", "“We will finish the new bridge before the winter.” The council agreed.", nil},
		{"full stop ends the sentence", "“We will finish the new bridge before the winter.” Jane Doe said the council agreed.", nil},
		{"unclosed without end", "Jane Doe said: “We will finish the new bridge before", nil},
		{"a title in marks is no quotation", "Jane Doe launched her new site, “From the Desk of Jane Doe,” on Tuesday.", nil},
		{"an excerpt cut mid-quotation", "Jane Doe said: “We will finish the new bridge before the winter and make sure that nobody can...", nil},
		{"a quotation cut off keeps its whole sentences", "Jane Doe said: “We will finish the new bridge before the winter. There...", []quoted{{"We will finish the new bridge before the winter", "Jane Doe"}}},
		{"an excerpt cut before the speech verb", "“We will finish the new bridge before the winter,” Sen. Jane Doe, a Democrat who led the talks for...",
			[]quoted{{"We will finish the new bridge before the winter", "Sen. Jane Doe, a Democrat"}}},
		{"an excerpt cut after a quotation, before any name", "“We will finish the new bridge before the winter,” but the...", nil},
		{"words that trail off", "“We will finish the new bridge before the winter if…,” said Jane Doe.",
			[]quoted{{"We will finish the new bridge before the winter if…", "Jane Doe"}}},
		{"an ellipsis before the quotation runs on", `Jane Doe said: "We will finish the new bridge before the winter... "It will carry ten thousand cars a day."`,
			[]quoted{{"We will finish the new bridge before the winter", "Jane Doe"}, {"It will carry ten thousand cars a day", "Jane Doe"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, findAll(tc.para))
		})
	}
}

func TestFindQuotesSpeakers(t *testing.T) {
	const q = "We will finish the new bridge before the winter"
	for _, tc := range []struct {
		name, para, speaker string
	}{
		{"said name", "“" + q + ",” said Jane Doe.", "Jane Doe"},
		{"name said", "“" + q + ",” Jane Doe said on Tuesday.", "Jane Doe"},
		{"title kept", "“" + q + ",” said Mayor Lena Brandt after the vote.", "Mayor Lena Brandt"},
		{"role after name", "“" + q + ",” said Jane Doe, the company's chief executive.", "Jane Doe, the company's chief executive"},
		{"role before name", "The company's chief executive, Jane Doe, said: “" + q + ".”", "Jane Doe, the company's chief executive"},
		{"role then name after verb", "“" + q + ",” said the mayor, Lena Brandt.", "Lena Brandt, the mayor"},
		{"role words before name", "Race director Matthew Turnbull said: “" + q + ".”", "Race director Matthew Turnbull"},
		{"name, title, organisation", "Jane Doe, Director, Bridge Trust said: “" + q + ".”", "Jane Doe, Director, Bridge Trust"},
		{"article role before name", "The union's general secretary Jane Doe said: “" + q + ".”", "Jane Doe, the union's general secretary"},
		{"connective dropped", "But Williams said: “" + q + ".”", "Williams"},
		{"opening clause dropped", "After their 3-2 win over Manchester City, McClaren said: “" + q + ".”", "McClaren"},
		{"prepositional phrase dropped", "In the newspaper interview Mr Howard said: “" + q + ".”", "Mr Howard"},
		{"age prefix dropped", "27-year-old Ross told the BBC: “" + q + ".”", "Ross"},
		{"age set off dropped", "Jane Doe, 45, said: “" + q + ".”", "Jane Doe"},
		{"relative clause dropped", "“" + q + ",” Jane Doe, who led the talks, said.", "Jane Doe"},
		{"possessive tail dropped", "“" + q + ",” said Lock's.", "Lock"},
		{"according to", "“" + q + ",” according to Jane Doe.", "Jane Doe"},
		{"role only", "“" + q + ",” a council spokesman said.", "a council spokesman"},
		{"quoted as saying", "“" + q + ",” his lawyer Jane Doe was quoted as saying by a news agency.", "Jane Doe, his lawyer"},
		{"participle subject", "Jane Doe praised the workers, adding: “" + q + ".”", "Jane Doe"},
		{"auxiliary", "“" + q + ",” Jane Doe was saying.", "Jane Doe"},
		{"weekday before name", "In a post on Thursday Kalanick wrote: “" + q + ".”", "Kalanick"},
		{"caption run in", "Proud: Jane Doe said: “" + q + ".”", "Jane Doe"},
		{"role of an organisation", "Jane Doe, chief executive of the Bridge Trust, said: “" + q + ".”", "Jane Doe, chief executive of the Bridge Trust"},
		{"participle aside dropped", "Jane Doe, pictured with the mayor in 2001, said: “" + q + ".”", "Jane Doe"},
		{"parenthesis dropped", "Sen. Jane Doe (D-Wis.) told reporters: “" + q + ".”", "Sen. Jane Doe"},
		{"name heading", "- Bridge Trust chair Jane Doe: “" + q + ".”", "Bridge Trust chair Jane Doe"},
		{"reported speech", "Jane Doe said on Monday that the council “" + q + ".”", "Jane Doe"},
		{"will say", "Jane Doe will say: “" + q + ".”", "Jane Doe"},
		{"name particle", "“" + q + ",” said Raed al-Jabouri.", "Raed al-Jabouri"},
		{"promised", "“" + q + ",” promised Jane Doe.", "Jane Doe"},
		{"clause joined before the subject", "The old bridge had recently been closed for urgent repairs and council engineer Jane Doe said: “" + q + ".”", "council engineer Jane Doe"},
		{"opening mark typed for the closing one", "“" + q + ",“ the Department of Health and Human Services Secretary Jane Doe said in a statement.", "Department of Health and Human Services Secretary Jane Doe"},
		{"a mood before a name is no role", "A naturally disappointed Jane Doe said: “" + q + ".”", "Jane Doe"},
		{"very long role set off", "“" + q + ",” Dr. Jane Doe, former president of the Bridge Trust and current chief executive and co-founder of a small engineering company, told reporters.", "Dr. Jane Doe"},
		{"long role set off dropped", "“" + q + ",” Dr. Jane Doe, a member of the group and signatory to the letter, told reporters.", "Dr. Jane Doe"},
		{"a possessive role after the name", "“" + q + ",” Jane Doe, Acme's chief engineer of the Bridge Division, said.", "Jane Doe, Acme's chief engineer of the Bridge Division"},
		{"a role in lower case before the name after the verb", "“" + q + ",” said goalkeeping coach Jane Doe.", "goalkeeping coach Jane Doe"},
		{"a role set off before the name after the verb", "“" + q + ",” said one of their lawyers, Jane Doe.", "Jane Doe, one of their lawyers"},
		{"a role joined after a pronoun's clause", "They have until Friday and a Bridge Trust spokesman said: “" + q + ".”", "a Bridge Trust spokesman"},
		{"a body set off after the name", "Jane Doe, of the Bridge Trust, said: ‘" + q + ".’", "Jane Doe, of the Bridge Trust"},
		{"a body after the name", "Jane Doe from the Bridge Trust said: “" + q + ".”", "Jane Doe, from the Bridge Trust"},
		{"an adverb between the name and the verb", "Jane Doe meanwhile said: “" + q + ".”", "Jane Doe"},
		{"an adjective of feeling before a name is no role", "An angry Jane Doe initially said: “" + q + ".”", "Jane Doe"},
		{"a statement from a named body", "“" + q + ",” a statement from the Bridge Trust said.", "the Bridge Trust"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := findAll(tc.para)
			require.Len(t, got, 1)
			assert.Equal(t, q, got[0].text)
			assert.Equal(t, tc.speaker, got[0].speaker)
		})
	}
}

func TestFindQuotesFollowOn(t *testing.T) {
	for _, tc := range []struct {
		name, para string
		want       []quoted
	}{
		{"unclosed runs on",
			`Jane Doe said: "The bridge will open in May next year. "It will carry ten thousand cars a day."`,
			[]quoted{{"The bridge will open in May next year", "Jane Doe"}, {"It will carry ten thousand cars a day", "Jane Doe"}}},
		{"straight after the attribution",
			"‘The bridge will open in May next year,’ Jane Doe said. ‘It will carry ten thousand cars a day.’",
			[]quoted{{"The bridge will open in May next year", "Jane Doe"}, {"It will carry ten thousand cars a day", "Jane Doe"}}},
		{"a sentence opening with another's surname ends the last speaker's run",
			"Jane Doe will meet John Roe on Friday. “The bridge will open in May next year,” said Doe. Roe lost the first vote but was content. “It will carry ten thousand cars a day,” he said.",
			[]quoted{{"The bridge will open in May next year", "Doe"}, {"It will carry ten thousand cars a day", "Roe"}}},
		{"the answer to a quoted question is the asked person's",
			"Jane Doe was appointed on Monday. A reporter asked Doe, “What do you see as the biggest problem in the courts?”\n\n“The biggest hurdle is getting people to understand that we all bring biases.”",
			[]quoted{{"What do you see as the biggest problem in the courts?", "A reporter"}, {"The biggest hurdle is getting people to understand that we all bring biases", "Doe"}}},
		{"the reply to a quoted question is the asked person's",
			"Jane Doe was appointed on Monday. A reporter asked Doe, “What do you see as the biggest problem in the courts?”\n\n“The biggest hurdle is getting people to understand that we all bring biases,” she replied.",
			[]quoted{{"What do you see as the biggest problem in the courts?", "A reporter"}, {"The biggest hurdle is getting people to understand that we all bring biases", "Doe"}}},
		{"a title alone means the person named before with it",
			"The bridge will open in May, Mayor Jane Doe has said.\n\nThe mayor said the cost was fair. She added: “It will carry ten thousand cars a day.”\n\n“We will finish it before the winter,” the mayor said.",
			[]quoted{{"It will carry ten thousand cars a day", "Mayor Jane Doe"}, {"We will finish it before the winter", "Mayor Jane Doe"}}},
		{"a title two people hold means neither",
			"Mayor Jane Doe met Mayor John Roe on Friday.\n\n“We will finish the new bridge before the winter,” the mayor said.",
			[]quoted{{"We will finish the new bridge before the winter", "the mayor"}}},
		{"a sentence with a title as its subject tells whom a pronoun means",
			"Mayor Jane Doe has spoken.\n\nOn Friday, the mayor will visit the site. “It will carry ten thousand cars a day,” she will say.",
			[]quoted{{"It will carry ten thousand cars a day", "Mayor Jane Doe"}}},
		{"a lead-in sentence and a colon, no speech verb",
			"Jane Doe was at a loss to explain the delay: “We will finish the new bridge before the winter.”",
			[]quoted{{"We will finish the new bridge before the winter", "Jane Doe"}}},
		{"a pronoun's lead-in and a colon",
			"“The cost is put at forty million pounds,” said Jane Doe. She went on: “We will finish the new bridge before the winter.”",
			[]quoted{{"The cost is put at forty million pounds", "Jane Doe"}, {"We will finish the new bridge before the winter", "Jane Doe"}}},
		{"a lead-in whose subject names no person",
			"Wales were unchanged: “We will finish the new bridge before the winter.”", nil},
		{"a lead-in that turns to another subject",
			"Jane Doe wakes to a video from her daughter, who sings: “We will finish the new bridge before the winter.”", nil},
		{"a description means the person named before, over a sentence told by pronoun",
			"Jane Doe is ready to sign a new deal. She was once told to leave. Talks have begun and the defender said: “We will finish the season here and then decide.”",
			[]quoted{{"We will finish the season here and then decide", "Jane Doe"}}},
		{"a description means no one its quotation names",
			"Jane Doe will miss the final. Doe is injured. “Doe is not available but we will have her back soon,” added the American.",
			[]quoted{{"Doe is not available but we will have her back soon", "the American"}}},
		{"a person named by one name, with an age",
			"Umma, 25, was forced to marry a fighter. She said she did not see him much. ' Most of the time I would stay at my parents’ house,' she said.",
			[]quoted{{"Most of the time I would stay at my parents’ house", "Umma"}}},
		{"an unnamed source names no one",
			"“No one is preventing civilians from leaving the camp,” the source said.", nil},
		{"pronoun after the speaker",
			"“The bridge will open in May next year,” Jane Doe said. The council agreed. “It will carry ten thousand cars a day,” she added.",
			[]quoted{{"The bridge will open in May next year", "Jane Doe"}, {"It will carry ten thousand cars a day", "Jane Doe"}}},
		{"pronoun after reported speech",
			"Jane Doe says the bridge is late. She said: “It will carry ten thousand cars a day.”",
			[]quoted{{"It will carry ten thousand cars a day", "Jane Doe"}}},
		{"pronoun after another person named",
			"“The bridge will open in May next year,” Jane Doe said. Then John Roe spoke. “It will carry ten thousand cars a day,” he said.",
			[]quoted{{"The bridge will open in May next year", "Jane Doe"}}},
		{"a description means the person named just before",
			"Robbie Keane was full of praise for the team. “It was great play from the whole side,” said the Tottenham striker.",
			[]quoted{{"It was great play from the whole side", "Robbie Keane"}}},
		{"an adverb after the name is no part of it",
			"A military spokesman, Lt. Col. Jonathan Conricus, initially said that “there are ground troops attacking in Gaza.”",
			[]quoted{{"there are ground troops attacking in Gaza", "Lt. Col. Jonathan Conricus"}}},
		{"an age means the person named before",
			"Jane Doe has called for a new bridge. The engineer believes the old one is \"past saving\". “It will carry ten thousand cars a day,” the 45-year-old told the council.",
			[]quoted{{"It will carry ten thousand cars a day", "Jane Doe"}}},
		{"an age that no name before explains names nobody",
			"The bridge closed on Monday. “It will carry ten thousand cars a day,” the 45-year-old told the council.", nil},
		{"a description with nobody named before stays",
			"The man went back to the doctor. “Going upstairs to bed was a long activity,” the patient said.",
			[]quoted{{"Going upstairs to bed was a long activity", "the patient"}}},
		{"a document names nobody",
			"“Going upstairs to bed was a long activity,” the report said.", nil},
		{"a quotation standing alone after reported speech",
			"The chief inspector, Paul Wilson, said the work was a \"wasted opportunity\". \"Although we found some good work, much of it was simply not good enough.\"",
			[]quoted{{"Although we found some good work, much of it was simply not good enough", "Paul Wilson, the chief inspector"}}},
		{"a quotation standing alone after reported speech with a quotation",
			"Jane Doe told the council that the city would \"do anything, say anything, claim anything to finish it\". \"We will finish the new bridge before the winter comes.\"",
			[]quoted{{"do anything, say anything, claim anything to finish it", "Jane Doe"}, {"We will finish the new bridge before the winter comes", "Jane Doe"}}},
		{"a Korean sentence leading into a quotation",
			"자동화 전문가인 미카 엔즐리는 이렇게 말한다. “오류를 발견하고 시정하는 데 시간이 많이 걸린다는 것이 문제입니다”",
			[]quoted{{"오류를 발견하고 시정하는 데 시간이 많이 걸린다는 것이 문제입니다", "미카 엔즐리"}}},
		{"a quotation standing alone after a sentence with a quotation of its own",
			"Jane Doe, who was hurt in the crash ' They have told me that they always check the bridge before it opens. ' I am glad that they have now said they will do that every day.'",
			nil},
		{"a quotation standing alone after a sentence that reports nobody",
			"The bridge closed on Monday. \"We will finish the new bridge before the winter comes.\"",
			nil},
		{"pronoun cannot mean an organisation",
			"“The bridge will open in May next year,” the IAAF said. “It will carry ten thousand cars a day,” he said.",
			[]quoted{{"The bridge will open in May next year", "the IAAF"}}},
		{"pronoun with nobody before", "“It will carry ten thousand cars a day,” she said.", nil},
		{"pronoun after the sentence naming her",
			"Jane Doe was delighted with the vote on Monday. ‘It will carry ten thousand cars a day,’ she said.",
			[]quoted{{"It will carry ten thousand cars a day", "Jane Doe"}}},
		{"pronoun after reported speech naming a place",
			"Jane Doe said she is close to a deal at Old Trafford. ‘It will carry ten thousand cars a day,’ she said.",
			[]quoted{{"It will carry ten thousand cars a day", "Jane Doe"}}},
		{"a possessive opening the sentence before is no speaker",
			"But Doe's lawyer was confident on Monday. ‘It will carry ten thousand cars a day,’ he said.", nil},
		{"she is not Mr",
			"“The bridge will open in May next year,” said Mr Roe. “It will carry ten thousand cars a day,” she said.",
			[]quoted{{"The bridge will open in May next year", "Mr Roe"}}},
		{"he is Mr",
			"“The bridge will open in May next year,” said Mr Roe. “It will carry ten thousand cars a day,” he said.",
			[]quoted{{"The bridge will open in May next year", "Mr Roe"}, {"It will carry ten thousand cars a day", "Mr Roe"}}},
		{"an age in words is no name",
			"One-year-old Rex was shot in the leg. ‘It will carry ten thousand cars a day,’ she said.", nil},
		{"pronoun after a role and a name opening the sentence",
			"But Bridge Trust chair Jane Doe hinted at a delay. She said: “It will carry ten thousand cars a day.”",
			[]quoted{{"It will carry ten thousand cars a day", "Bridge Trust chair Jane Doe"}}},
		{"pronoun after a place opening the sentence",
			"Springfield was delighted with the vote on Monday. ‘It will carry ten thousand cars a day,’ she said.", nil},
		{"pronoun with a future verb",
			"Jane Doe says the bridge is late. ‘It will carry ten thousand cars a day,’ she will say.",
			[]quoted{{"It will carry ten thousand cars a day", "Jane Doe"}}},
		{"pronoun after sentences telling of her by pronoun and description",
			"Jane Doe runs the bridge trust. She was delighted. The engineer thanked the crew. ‘It will carry ten thousand cars a day,’ she said.",
			[]quoted{{"It will carry ten thousand cars a day", "Jane Doe"}}},
		{"pronoun after a sentence with a pronoun that does not agree",
			"Jane Doe runs the bridge trust. He was delighted. ‘It will carry ten thousand cars a day,’ she said.", nil},
		{"the pronoun's own lead-in names a programme",
			"Jane Doe said the bridge was late. Speaking on BBC Radio Four, she said: “It will carry ten thousand cars a day.”",
			[]quoted{{"It will carry ten thousand cars a day", "Jane Doe"}}},
		{"according to one person, another vowed",
			"According to Jane Doe, John Roe vowed to finish it. “I told him the bridge would carry ten thousand cars,” she said.",
			[]quoted{{"I told him the bridge would carry ten thousand cars", "Jane Doe"}}},
		{"pronoun after reported speech nested in another's",
			"The engineer's sister, Jane Doe, said John Roe claimed the bridge was safe. She said: “It will carry ten thousand cars a day.”",
			[]quoted{{"It will carry ten thousand cars a day", "Jane Doe, the engineer's sister"}}},
		{"a term in marks between the speaker and the pronoun",
			"“The bridge will open in May next year,” Jane Doe said. Critics call it a \"white elephant\". “It will carry ten thousand cars a day,” she said.",
			[]quoted{{"The bridge will open in May next year", "Jane Doe"}, {"It will carry ten thousand cars a day", "Jane Doe"}}},
		{"straight after an attribution with a decimal point",
			"“The bridge will open in May next year,” said Jane Doe, who ran it in 6.46 minutes. “It will carry ten thousand cars a day.”",
			[]quoted{{"The bridge will open in May next year", "Jane Doe"}, {"It will carry ten thousand cars a day", "Jane Doe"}}},
		{"a quotation standing alone after reported speech with an aside",
			"Jane Doe, speaking on local radio, also claimed that the bridge was safe. “It will carry ten thousand cars a day.”",
			[]quoted{{"It will carry ten thousand cars a day", "Jane Doe"}}},
		{"a sentence between", "“The bridge will open in May next year,” Jane Doe said. The council met on Monday. “It will carry ten thousand cars a day.”",
			[]quoted{{"The bridge will open in May next year", "Jane Doe"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, findAll(tc.para))
		})
	}
}

func TestFindQuotesKoreanJapanese(t *testing.T) {
	for _, tc := range []struct {
		name, para string
		want       []quoted
	}{
		{"subject before, 라고 말했다", "김 장관은 “이번 조치로 수출 기업의 부담이 크게 줄어들 것”이라고 말했다.",
			[]quoted{{"이번 조치로 수출 기업의 부담이 크게 줄어들 것", "김 장관"}}},
		{"subject after", "“이번 조치로 수출 기업의 부담이 크게 줄어들 것”이라고 김 장관은 밝혔다.",
			[]quoted{{"이번 조치로 수출 기업의 부담이 크게 줄어들 것", "김 장관"}}},
		{"single marks, 고 했다", "이창용 한국은행 총재는 '물가 안정을 위해 모든 수단을 동원하겠다'고 했다.",
			[]quoted{{"물가 안정을 위해 모든 수단을 동원하겠다", "이창용 한국은행 총재"}}},
		{"straight marks, 며", `박 교수는 "새 전지는 기존 제품보다 두 배 오래 간다"며 상용화를 예고했다.`,
			[]quoted{{"새 전지는 기존 제품보다 두 배 오래 간다", "박 교수"}}},
		{"chained by 이라며, polite verb", `이창환 교수는 "이번 성과는 중요한 핵심 단백질을 발견한 것"이라며 "조기 진단 키트와 신약 개발이 가능하다"고 말했습니다.`,
			[]quoted{{"이번 성과는 중요한 핵심 단백질을 발견한 것", "이창환 교수"}, {"조기 진단 키트와 신약 개발이 가능하다", "이창환 교수"}}},
		{"title and department", "김선영 서울대 생명과학부 교수는 “연구 환경이 크게 나아져야 좋은 성과가 나온다”고 강조했다.",
			[]quoted{{"연구 환경이 크게 나아져야 좋은 성과가 나온다", "김선영 서울대 생명과학부 교수"}}},
		{"no ending", "김 장관은 “이번 조치로 수출 기업의 부담이 크게 줄어들 것” 같은 표현을 썼다.", nil},
		{"a post quoted with 라거나 after the speaker's quotation", "김 장관은 “이번 조치로 수출 기업의 부담이 크게 줄어들 것”이라고 말하기도 했다. 또 “다음 달에 추가 대책을 내놓을 계획”이라거나 “우리 기업들이 더 힘을 내야 한다” 같은 글을 남기기도 했다.",
			[]quoted{{"이번 조치로 수출 기업의 부담이 크게 줄어들 것", "김 장관"}, {"다음 달에 추가 대책을 내놓을 계획", "김 장관"}, {"우리 기업들이 더 힘을 내야 한다", "김 장관"}}},
		{"pronoun after speaker", "김 장관은 “이번 조치로 수출 기업의 부담이 크게 줄어들 것”이라고 말했다. 그는 “다음 달에 추가 대책을 내놓을 계획”이라고 덧붙였다.",
			[]quoted{{"이번 조치로 수출 기업의 부담이 크게 줄어들 것", "김 장관"}, {"다음 달에 추가 대책을 내놓을 계획", "김 장관"}}},
		{"pronoun after the sentence naming him", "하지만 엘제이는 자신의 행동에 대해 무감한 태도를 보였다. 그는 “내가 사랑하는 사람의 추억을 간직하는 게 잘못이냐”고 말하기도 했다.",
			[]quoted{{"내가 사랑하는 사람의 추억을 간직하는 게 잘못이냐", "엘제이"}}},
		{"Japanese corner brackets", "田中社長は「新しい工場で来年から生産を始める予定です」と述べた。",
			[]quoted{{"新しい工場で来年から生産を始める予定です", "田中社長"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, findAll(tc.para))
		})
	}
}

// TestQuotesEvidence checks, through Build, that quotations run on across
// paragraphs and that their evidence is the source text exactly.
func TestTrimSpeakerHead(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Russian Dmitriy Bogdanov", "Dmitriy Bogdanov"},
		{"Harrogate Mr Kennedy", "Mr Kennedy"},
		{"A naturally disappointed Button", "Button"},
		{"A police spokesman", "A police spokesman"},
		{"An expert on the subject of Mirreyes", "An expert on the subject of Mirreyes"},
		{"Turkish Foreign Minister Mevlut Cavusoglu", "Turkish Foreign Minister Mevlut Cavusoglu"},
		{"Prime Minister Tony Blair", "Prime Minister Tony Blair"},
		{"Mr Kennedy", "Mr Kennedy"},
		{"Jane Doe, the mayor", "Jane Doe, the mayor"},
	} {
		assert.Equal(t, tc.want, trimSpeakerHead(tc.in), tc.in)
	}
}

func TestIsDescription(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"the Tottenham striker", true}, {"the 25-year-old", true}, {"the 2014 Amateur champion", true},
		{"the former striker", true}, {"the ministry", false}, {"the group", false},
		{"the magazine's US columnist", false}, {"the Ministry of Defence", false}, {"Jane Doe", false},
		{"The GAO report", false}, {"The double Olympic champion", true},
		{"the striker", true}, {"the American", true}, {"the company", false}, {"the latter", false},
	} {
		assert.Equal(t, tc.want, isDescription(tc.in), tc.in)
	}
}

func TestQuotesEvidence(t *testing.T) {
	text := "The council approved the bridge on Monday after a long debate.\n\n" +
		"Jane Doe, the council's leader, said: \"The bridge will open in May next year.\n\n" +
		"\"It will carry ten thousand cars a day and cut journeys by half.\"\n\n" +
		"Work starts next week, and the cost is put at £40m by the council."
	found := quotesOf(t, brief.Document{Title: "Bridge", Text: text})
	require.Len(t, found, 2)
	assert.Equal(t, "It will carry ten thousand cars a day and cut journeys by half", found[1].Text)
	b, err := Build(context.Background(), []brief.Document{{Title: "Bridge", Text: text}})
	require.NoError(t, err)
	for _, q := range slices.Concat(found, b.Quotes) {
		assert.Equal(t, "Jane Doe, the council's leader", q.Speaker)
		require.Len(t, q.Evidence, 1)
		e := q.Evidence[0]
		assert.Equal(t, q.Text, text[e.Start:e.End])
		assert.Equal(t, q.Text, e.Quote)
	}
}

// TestQuotesPronounAcrossParagraphs checks that "she" in a new paragraph
// means the person the paragraph before reports as speaking.
func TestQuotesPronounAcrossParagraphs(t *testing.T) {
	text := "Jane Doe said she is close to signing a new contract with the club.\n\n" +
		"The midfielder joined in 2003. \"The board have already made an offer to renew it,\" she told reporters."
	b, err := Build(context.Background(), []brief.Document{{Title: "Contract", Text: text}})
	require.NoError(t, err)
	require.Len(t, b.Quotes, 1)
	assert.Equal(t, "Jane Doe", b.Quotes[0].Speaker)
	assert.Equal(t, "The board have already made an offer to renew it", b.Quotes[0].Text)
}

// TestFindQuotesManyMarks checks that a paragraph of nothing but marks
// stays cheap and finds nothing.
func TestFindQuotesManyMarks(t *testing.T) {
	p := strings.Repeat(`"a' 'b" “c” ‘d’ `, 20000)
	start := time.Now()
	assert.Empty(t, findQuotes(p))
	assert.Less(t, time.Since(start), 5*time.Second)
}

func TestIsNameless(t *testing.T) {
	for _, tc := range []struct {
		speaker string
		want    bool
	}{
		{"the researchers", true},
		{"the opinion", true},
		{"The executive order", true},
		{"the company", true},
		{"officials", true},
		{"the singer and guitarist", false},
		{"a council spokesman", false},
		{"the prime minister", false},
		{"an Associated Press report", true},
		{"The memo for members of Congress", true},
		{"연구진", true},
		{"Jane Doe", false},
		{"the Ministry of Civil Defense", false},
		{"An Electoral Commission spokeswoman", false},
		{"council engineer Jane Doe", false},
		{"Jane Doe, the company's chief executive", false},
		{"AFP", false},
		{"김선영 교수", false},
	} {
		t.Run(tc.speaker, func(t *testing.T) {
			assert.Equal(t, tc.want, isNameless(tc.speaker))
		})
	}
}

// TestQuotesContinuationsLast checks that the parts that continue a
// quotation fill only the places other quotations leave.
func TestQuotesContinuationsLast(t *testing.T) {
	text := "The council approved the bridge on Monday after a long debate.\n\n" +
		"\"The bridge will open in May next year,\" said Jane Doe. \"It will carry ten thousand cars a day.\"\n\n" +
		"John Roe, the opposition leader, said: \"The cost of forty million pounds is far too high.\""
	limits := newConfig(nil).limits
	c, err := annotate(context.Background(), []brief.Document{{Title: "Bridge", Text: text}}, limits)
	require.NoError(t, err)
	require.NoError(t, c.score(context.Background(), limits))
	for _, tc := range []struct {
		n    int
		want []string
	}{
		// Two places: the continuing part gives way to another speaker.
		{2, []string{
			"Jane Doe: The bridge will open in May next year",
			"John Roe, the opposition leader: The cost of forty million pounds is far too high",
		}},
		// Room for all: chosen openings first, shown in the order the text
		// tells them.
		{3, []string{
			"Jane Doe: The bridge will open in May next year",
			"Jane Doe: It will carry ten thousand cars a day",
			"John Roe, the opposition leader: The cost of forty million pounds is far too high",
		}},
	} {
		var got []string
		qs, _ := c.quotes(tc.n)
		for _, q := range inTextOrder(qs) {
			got = append(got, q.Speaker+": "+q.Text)
		}
		assert.Equal(t, tc.want, got, "n=%d", tc.n)
	}
}

func TestFindQuotesOtherLanguages(t *testing.T) {
	for _, tc := range []struct {
		name, para string
		want       []quoted // nil: no speaker read, so no quote
	}{
		{"Spanish, verb after", "“No descartaría la posibilidad de un acuerdo pronto”, dijo Ana Pérez.",
			[]quoted{{"No descartaría la posibilidad de un acuerdo pronto", "Ana Pérez"}}},
		{"Spanish, a phrase after the name", "“Seamos honestos con todos nuestros votantes esta vez”, dijo Scott en un comunicado.",
			nil},
		{"German, name and colon", "Julia Weber sagte: „Diese Prozesse werden in der Regel schwierig zu führen sein.“",
			[]quoted{{"Diese Prozesse werden in der Regel schwierig zu führen sein", "Julia Weber"}}},
		{"German, name with a role set off", "Julian Weber, Landesvorstand der Jugend, erklärt: „Es kann nicht sein, dass wir so viel Zeit verlieren.“",
			[]quoted{{"Es kann nicht sein, dass wir so viel Zeit verlieren", "Julian Weber"}}},
		{"German, pronoun after the verb", "„Wir werden jetzt abwarten, was in den Wochen passiert“, sagte er.",
			nil},
		{"German, adverb before the verb", "Dann sagte er: „Wir werden jetzt abwarten, was in den Wochen passiert.“",
			nil},
		{"Portuguese", "\"Pode ser o número que for, vamos cortar na carne\", declarou Odair Carneiro.",
			[]quoted{{"Pode ser o número que for, vamos cortar na carne", "Odair Carneiro"}}},
		// the part nearest the verb names the speaker, not an opening phrase (review)
		{"Spanish, a place before the name", "En Madrid, Ana Pérez dijo: “No descartaría la posibilidad de un acuerdo pronto.”",
			[]quoted{{"No descartaría la posibilidad de un acuerdo pronto", "Ana Pérez"}}},
		{"German, a role before the name", "Der Bürgermeister, Hans Meier, sagte: „Diese Prozesse werden in der Regel schwierig zu führen sein.“",
			[]quoted{{"Diese Prozesse werden in der Regel schwierig zu führen sein", "Hans Meier"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, findAll(tc.para))
		})
	}
}
