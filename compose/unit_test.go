package compose

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestShownSpan(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"(CNN) -- The bridge reopened on Monday.", "The bridge reopened on Monday."},
		{"(CNN)The bridge reopened on Monday.", "The bridge reopened on Monday."},
		{"LONDON (Reuters) - Shares fell sharply on Tuesday.", "Shares fell sharply on Tuesday."},
		{"WASHINGTON — The Senate voted on the bill.", "The Senate voted on the bill."},
		{"SEOUL, South Korea -- North Korea fired a missile.", "North Korea fired a missile."},
		{"Washington (AP) — The Senate voted.", "The Senate voted."},
		{"  The bridge reopened.  ", "The bridge reopened."},
		{"Hong Kong (CNN Business)A muddled view weighs on investors.", "A muddled view weighs on investors."},
		{"Washington (CNN)The Senate voted.", "The Senate voted."},
		// Not a dateline: a company and its ticker, then prose.
		{"Apple (AAPL) shares rose 3% on Monday.", "Apple (AAPL) shares rose 3% on Monday."},
		{"Apple (AAPL)shares rose 3% on Monday.", "Apple (AAPL)shares rose 3% on Monday."},
		// Not datelines: a dash inside ordinary prose.
		{"The mayor - who had opposed the plan - voted for it.", "The mayor - who had opposed the plan - voted for it."},
		{"Prices rose 5% -- the most in a decade.", "Prices rose 5% -- the most in a decade."},
		{"It was (in part) a surprise - said critics.", "It was (in part) a surprise - said critics."},
		{"(서울=연합뉴스) 홍길동 기자 = 정부는 새 대책을 발표했다.", "정부는 새 대책을 발표했다."},
		{"(세종=뉴스1) 정부는 새 대책을 발표했다.", "정부는 새 대책을 발표했다."},
		{"(사진) 정부는 새 대책을 발표했다.", "(사진) 정부는 새 대책을 발표했다."},
		{"Meanwhile, in Paris - the talks went on.", "Meanwhile, in Paris - the talks went on."},
		{"", ""},
	} {
		lo, hi := shownSpan(tc.in)
		assert.Equal(t, tc.want, tc.in[lo:hi], tc.in)
	}
}

func TestWholeAndNeedsPrevious(t *testing.T) {
	for _, tc := range []struct {
		in, lang string
		want     bool
	}{
		{"The city approved the plan on Tuesday.", "en", true},
		{"But it may take years to finish.", "en", false},
		{"They said the plan would cost more.", "en", false},
		{"However, the council delayed the vote.", "en", false},
		{"This means the plan is dead.", "en", false},
		{"It is not yet clear whether tolls will return.", "en", true},
		{"It was expected that the vote would pass.", "en", true},
		{"It was a disaster for the town.", "en", false},
		{"This year the plan cost €2 million.", "en", true},
		{"It’s flanked by new digital matrix LED lights.", "en", false},
		{"That's because the plan was never funded.", "en", false},
		{"They're expected to vote next week.", "en", false},
		{"Itself a landmark, the bridge reopened.", "en", true},
		{"“We will win this fight,” said Mayor Lena Brandt.", "en", true},
		{"“But our town will not give up,” said Mayor Lena Brandt.", "en", false}, // "But" answers the speaker's words before it
		{"\"However more must be done,\" the report said.", "en", false},
		{"\"They seemed like a perfect fit with our audience,\" said Rick Krim.", "en", false},
		{"“It will not be a pretty game,” said the lock forward.", "en", false},
		{"‘This is a disgrace,’ she said.", "en", false},
		{"“His friendship with the banker is under investigation,” the expert warned.", "en", false},
		{"“It is not yet clear whether we will play,” he said.", "en", true},
		{"“This year we will win,” he said.", "en", true},
		{"The report said prices would rise in the coming...", "en", false},
		{"The report said prices would rise …", "en", false},
		{"Er steht für Chancengleichheit.", "de", false},
		{"Diese warten auf die Rückkehr in die Freiheit.", "de", false},
		{"Dieses Jahr findet das Turnier wieder statt.", "de", true},
		{"Die Stadt hat den Plan am Dienstag gebilligt.", "de", true},
		{"Es gibt sechs Skigebiete.", "de", true},
		{"„Sie ist eine Heldin“, sagte der Bürgermeister.", "de", true},
		{"그러나 이 계획은 수년이 걸릴 수 있다.", "ko", true},
		{"또한 이 계획은 수년이 걸릴 수 있다.", "ko", false},
		{"여기서 드론 500대가 날았다.", "ko", false},
		{"이날 부산항에 새 터미널이 문을 열었다.", "ko", true},
		{"이순신 장군의 동상이 세워졌다.", "ko", true},
		{"One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " +
			"seventeen eighteen nineteen twenty one two three four five six seven eight nine ten eleven twelve " +
			"thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty one two three four five six seven eight nine ten " +
			"eleven twelve thirteen fourteen fifteen sixteen.", "en", false},
	} {
		assert.Equal(t, tc.want, whole(tc.in) && !needsPrevious(tc.in, tc.lang), tc.in)
	}
}

func TestEndsStatement(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"The council approved the tram line.", true},
		{"The council approved it!", true},
		{`He said it was "a disgrace."`, true},
		{"The mayor called it “historic”.", true},
		{"(The vote was close.)", true},
		{"The share used for animal products is 83 percent.₇", true},
		{"The share used for animal products is 83 percent.[3]", true},
		{"Fry the tofu until golden brown.\u2063", true},
		{"政府は新しい対策を発表した。", true},
		{"정부는 새 대책을 발표했다.", true},
		{"Keine festen Tagessätze oder Pauschalen", false},
		{"Free delivery on every order", false},
		{"Image credit: www.apple.com/in/", false},
		{"Prices start at 5.5", false},
		{"The list [3]", false},
		{"", false},
	} {
		assert.Equal(t, tc.want, endsStatement(tc.in), tc.in)
	}
}
