package dates

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/newsbrief/newsbrief/brief"
)

func TestRoundTrip(t *testing.T) {
	for _, want := range []time.Time{
		time.Date(2026, 11, 29, 8, 30, 0, 5, time.FixedZone("KST", 9*3600)),
		time.Date(1969, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(2024, 2, 29, 12, 0, 0, 0, time.FixedZone("", -(5*3600+30*60))),
	} {
		d := Of(want)
		assert.Equal(t, want.Format(time.RFC3339Nano), d.String())
		got := Time(d)
		assert.True(t, want.Equal(got), "%v != %v", want, got)
		assert.Equal(t, want.Format(time.RFC3339Nano), got.Format(time.RFC3339Nano))
	}
	assert.True(t, Of(time.Time{}).IsZero())
	assert.True(t, Time(brief.Date{}).IsZero())
}
