package referents

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestUnintroduced(t *testing.T) {
	for _, tc := range []struct{ point, shown, want string }{
		{"Mr Peston's book claimed that the premier lied.", "Blair stresses prosperity goals", "Mr Peston"},
		{"Mr Blair said the plan would work.", "Tony Blair sets out his goals", ""},
		{"Dr Elizabeth Earland recorded a verdict.", "Inquest into Kiev death", ""},
		{"The victim was fatally injured outside a property.", "Man shot dead in Sheffield", "The … victim"},
		{"The man was taken to hospital.", "Man shot dead in Sheffield", ""},
		{"The three-time Olympic medallist, aboard Chilli Morning, rode well.", "Jung wins gold", "The … medallist"},
		{"The move follows days of airstrikes.", "Israel to widen its ground operation", "The … move"},
		{"The robots will dance for four more days.", "Firm hires pole dancing robots", ""},
		{"이 로봇은 지난해부터 개발됐다.", "'변신 로봇' 드디어 나온다", ""},
		{"이번 과제는 연구원이 주도한다.", "미래부, 새 기후사업 선정", "이번 과제는"},
		{"Shares rose on Monday.", "", ""},
	} {
		assert.Equal(t, tc.want, Unintroduced(tc.point, tc.shown), tc.point)
	}
}
