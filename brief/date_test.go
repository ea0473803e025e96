package brief

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

var dates = []string{
	"2026-11-29T08:30:00Z", "2026-11-29T08:30:00+09:00", "2026-11-29T08:30:00-05:30", "2026-11-29T08:30:00.5Z",
	"2026-11-29T08:30:00,123456789+00:00", "2026-11-29T08:30:00.1234567891Z", "2024-02-29T00:00:00Z",
	"2023-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-29T24:00:00Z",
	"2026-11-29T23:60:00Z", "2026-11-29T23:59:60Z", "2026-11-29t08:30:00Z", "2026-11-29 08:30:00Z",
	"2026-11-29T08:30:00", "2026-11-29T08:30:00+9:00", "2026-11-29T08:30:00+24:00", "2026-11-29T08:30:00.Z",
	"2026-11-29T08:30:00z", "026-11-29T08:30:00Z", "2026-11-29T08:30:00+09:00x", "", "yesterday",
	"0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999-23:59", "1900-02-29T00:00:00Z", "2000-02-29T00:00:00Z",
}

// TestParseDateIsUnmarshalText checks parseDate against the time package:
// what parseDate accepts, time reads the same; what time refuses, parseDate
// refuses. parseDate is stricter than time, which falls back to the lenient
// time.Parse (a one-digit hour, an offset of +24:00).
func TestParseDateIsUnmarshalText(t *testing.T) {
	for _, s := range dates {
		checkParseDate(t, s)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range dates {
		f.Add(s)
	}
	f.Fuzz(checkParseDate)
}

func checkParseDate(t *testing.T, s string) {
	var want time.Time
	wantErr := want.UnmarshalText([]byte(s))
	got, err := parseDate(s)
	switch {
	case err != nil:
		return
	case wantErr != nil:
		t.Errorf("parseDate accepts %q, which time refuses: %v", s, wantErr)
	default:
		assert.Equal(t, want, got, "%q", s)
	}
}

func TestParseDateAcceptsWhatWriteJSONWrites(t *testing.T) {
	for _, s := range []string{"2026-11-29T08:30:00Z", "2026-11-29T08:30:00+09:00", "2026-11-29T08:30:00.123456789-05:30",
		"0001-01-01T00:00:00.5Z", "9999-12-31T23:59:59.999999999-23:59", "2024-02-29T12:00:00+14:00"} {
		_, err := parseDate(s)
		assert.NoError(t, err, "%q", s)
	}
}

func TestFormatDate(t *testing.T) {
	for _, s := range dates {
		if d, err := parseDate(s); err == nil {
			assert.Equal(t, d.Format(time.RFC3339Nano), formatDate(d), "%q", s)
		}
	}
	assert.Empty(t, formatDate(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)))
}
