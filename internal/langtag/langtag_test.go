package langtag

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestBase(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"ko", "ko"}, {"ko-KR", "ko"}, {"KO_kr", "ko"}, {" en ", "en"}, {"en-US", "en"},
		{"", ""}, {"x", ""}, {"e1", ""}, {"-KR", ""}, {"한국어", ""}, {"toolongtag", ""},
	} {
		assert.Equal(t, tc.want, Base(tc.in), tc.in)
	}
}

func TestOf(t *testing.T) {
	assert.Equal(t, "ko", Of("ko-KR", "English text"), "the tag wins over the script")
	assert.Equal(t, "ko", Of("", "부산항에 새 터미널이 문을 열었다."))
	assert.Equal(t, "en", Of("", "The harbour bridge reopened."))
	assert.Equal(t, "en", Of("", ""))
	assert.Equal(t, "ko", Of("", "삼성전자 (Samsung) 는 새 반도체 공장을 짓는다."), "Korean with a little Latin")
}

func FuzzBase(f *testing.F) {
	for _, s := range []string{"ko-KR", "en_US", "", "x-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tag string) {
		b := Base(tag)
		assert.Equal(t, b, Base(b), "Base is idempotent")
		if b != "" {
			assert.Equal(t, b, Base(b+"-XX"))
		}
	})
}
