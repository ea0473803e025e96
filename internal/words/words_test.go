package words

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTokens(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"empty", "", nil},
		{"punctuation only", " ,.!? — ", nil},
		{"lower case", "The U.S. Economy GREW", []string{"the", "u", "s", "economy", "grew"}},
		{"digits and underscore", "GDP rose 3.5% in Q2_2024", []string{"gdp", "rose", "3", "5", "in", "q2_2024"}},
		{"contraction", "don't", []string{"don", "t"}},
		{"hyphen splits", "state-of-the-art", []string{"state", "of", "the", "art"}},
		{"soft hyphen joins", "co\u00adoperation and\u00ad bar", []string{"cooperation", "and", "bar"}},
		{"soft hyphen alone", "a \u00ad b", []string{"a", "b"}},
		{"Korean keeps particles", "정부는 시장에서 발표했다.", []string{"정부는", "시장에서", "발표했다"}},
		{"Devanagari vowel signs are marks", "नमस्ते café", []string{"नमस्ते", "café"}},
		{"combining mark", "cafe\u0301", []string{"cafe\u0301"}},
		{"Unicode numbers", "km² ½ ٣", []string{"km²", "½", "٣"}},
		{"CJK", "東京は雨", []string{"東京は雨"}},
		{"quotes and brackets", "“Hello” (world)", []string{"hello", "world"}},
		{"Unicode lower case", "ÉCOLE ΑΘΉΝΑ", []string{"école", "αθήνα"}},
		{"invalid UTF-8 separates", "ab\xffcd", []string{"ab", "cd"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, Tokens(tc.in))
		})
	}
}

func TestIsStop(t *testing.T) {
	for _, w := range []string{"the", "and", "of", "is", "was", "said", "t", "don", "은", "는", "이", "가", "을", "를", "의", "에", "에서", "와", "과", "도", "로", "으로", "하고", "및", "등", "더", "또", "그", "저", "것", "수", "있다", "했다", "밝혔다"} {
		assert.True(t, IsStop(w), w)
	}
	for _, w := range []string{"economy", "election", "", "The", "정부", "정부는", "시장", "발표"} {
		assert.False(t, IsStop(w), w)
	}
	assert.GreaterOrEqual(t, len(englishStop), 150, "English stop list size")
}

func TestStem(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// Plurals.
		{"cats", "cat"}, {"markets", "market"}, {"classes", "class"}, {"boxes", "box"},
		{"churches", "church"}, {"stories", "stori"}, {"story", "stori"}, {"ties", "tie"},
		{"houses", "hous"}, {"house", "hous"}, {"prices", "price"}, {"price", "price"},
		// Words that only look plural.
		{"news", "news"}, {"bus", "bus"}, {"status", "status"}, {"analysis", "analysis"},
		{"this", "this"}, {"gas", "gas"}, {"series", "series"}, {"its", "its"},
		// -ing and -ed with Porter's repairs.
		{"running", "run"}, {"hopping", "hop"}, {"hoping", "hope"}, {"hope", "hope"},
		{"making", "make"}, {"make", "make"}, {"created", "creat"}, {"create", "creat"},
		{"agreed", "agre"}, {"agree", "agre"}, {"need", "need"}, {"speed", "speed"},
		{"controlled", "control"}, {"control", "control"}, {"voted", "vote"}, {"voting", "vote"},
		{"studied", "studi"}, {"studying", "studi"}, {"studies", "studi"}, {"died", "die"},
		{"sing", "sing"}, {"thing", "thing"}, {"bring", "bring"}, {"bed", "bed"}, {"red", "red"},
		// -ly.
		{"quickly", "quick"}, {"really", "real"}, {"finally", "final"}, {"happily", "happi"},
		{"happy", "happi"}, {"likely", "like"}, {"reportedly", "report"}, {"seemingly", "seem"},
		{"only", "onli"}, {"early", "earli"}, {"family", "famili"}, {"families", "famili"},
		{"supply", "suppli"}, {"supplies", "suppli"}, {"reply", "repli"},
		// Left alone.
		{"", ""}, {"a", "a"}, {"go", "go"}, {"the", "the"}, {"정부는", "정부는"},
		{"café", "café"}, {"covid19", "covid19"}, {"Running", "Running"}, {"q2_2024", "q2_2024"},
	} {
		assert.Equal(t, tc.want, Stem(tc.in), "Stem(%q)", tc.in)
	}
}

func TestTrimParticle(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"정부는", "정부"}, {"시장에서", "시장"}, {"기업이", "기업"}, {"소비자가", "소비자"},
		{"경제를", "경제"}, {"정책을", "정책"}, {"한국의", "한국"}, {"서울에", "서울"},
		{"미국과", "미국"}, {"중국와", "중국와"}, {"한국와", "한국와"}, {"일본과", "일본"},
		{"대학으로", "대학"}, {"학교로", "학교"}, {"서울로", "서울"},
		{"시장에서는", "시장"}, {"정부에게", "정부"}, {"오늘까지", "오늘"}, {"내년부터", "내년"},
		{"기업들은", "기업"}, {"기업들", "기업"}, {"사람들이", "사람"}, {"그들", "그들"},
		{"AI는", "AI"}, {"5G가", "5G"}, {"ai가", "ai"},
		// Too short: one syllable would remain.
		{"나는", "나는"}, {"그가", "그가"}, {"회의", "회의"}, {"결과", "결과"},
		// Nouns that end like particles.
		{"전문가", "전문가"}, {"국가", "국가"}, {"평가", "평가"}, {"효과", "효과"},
		{"디스플레이", "디스플레이"}, {"민주주의", "민주주의"}, {"민주주의의", "민주주의"},
		{"광주의", "광주"}, {"10만", "10만"}, {"수백만", "수백만"}, {"정부만", "정부"},
		// Not Korean, or no particle.
		{"정부", "정부"}, {"market", "market"}, {"", ""}, {"은", "은"}, {"100%가", "100%가"},
	} {
		assert.Equal(t, tc.want, TrimParticle(tc.in), "TrimParticle(%q)", tc.in)
	}
}
