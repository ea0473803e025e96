package brief

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var dates = []string{
	"2026-11-29T08:30:00Z", "2026-11-29T08:30:00+09:00", "2026-11-29T08:30:00-05:30", "2026-11-29T08:30:00.5Z",
	"2026-11-29T08:30:00,123456789+00:00", "2026-11-29T08:30:00.1234567891Z", "2024-02-29T00:00:00Z",
	"2023-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-29T24:00:00Z",
	"2026-11-29T23:60:00Z", "2026-11-29T23:59:60Z", "2026-11-29t08:30:00Z", "2026-11-29 08:30:00Z",
	"2026-11-29T08:30:00", "2026-11-29T08:30:00+9:00", "2026-11-29T08:30:00+24:00", "2026-11-29T08:30:00.Z",
	"2026-11-29T08:30:00z", "026-11-29T08:30:00Z", "2026-11-29T08:30:00+09:00x", "", "yesterday",
	"0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999-23:59", "1900-02-29T00:00:00Z", "2000-02-29T00:00:00Z",
	"1969-12-31T23:59:59.999999999Z", "0000-03-01T00:00:00+23:59", "1600-02-29T12:00:00-00:00",
}

// TestParseDateIsUnmarshalText checks ParseDate against the time package:
// what ParseDate accepts, time reads as the same instant and offset and
// writes as Date.String does; what time refuses, ParseDate refuses.
// ParseDate is stricter than time, which falls back to the lenient
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
	got, err := ParseDate(s)
	switch {
	case err != nil:
		assert.ErrorIs(t, err, ErrDate)
	case wantErr != nil:
		t.Errorf("ParseDate accepts %q, which time refuses: %v", s, wantErr)
	default:
		sameAsTime(t, want, got, s)
	}
}

// sameAsTime checks that d is the instant of want, with its offset, and is
// written as time writes it.
func sameAsTime(t *testing.T, want time.Time, d Date, msg string) {
	t.Helper()
	_, offset := want.Zone()
	assert.Equal(t, want.Unix(), d.Unix(), "%s: seconds", msg)
	assert.Equal(t, want.Nanosecond(), d.Nanosecond(), "%s: nanoseconds", msg)
	assert.Equal(t, offset, d.Offset(), "%s: offset", msg)
	assert.Equal(t, want.Format(time.RFC3339Nano), d.String(), "%s: text", msg)
	assert.Equal(t, want.Format(time.RFC3339), string(d.append(nil, false)), "%s: text without the fraction", msg)
}

// TestUnixDateIsTime checks the calendar arithmetic against the time
// package over the years RFC 3339 can write, and that what String writes
// ParseDate reads back.
func TestUnixDateIsTime(t *testing.T) {
	first := time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	last := time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC).Unix()
	step := (last - first) / 20011 // a prime count of steps, so days and hours vary
	for i, sec := 0, first; sec <= last; i, sec = i+1, sec+step {
		nsec := (i * 7919) % 1e9
		offset := (i%49 - 24) * 1799 // whole and odd minutes, east and west
		offset -= offset % 60
		want := time.Unix(sec, int64(nsec)).In(time.FixedZone("", offset))
		if want.Year() < 0 || want.Year() > 9999 {
			continue
		}
		d := UnixDate(sec, nsec, offset)
		sameAsTime(t, want, d, want.String())
		back, err := ParseDate(d.String())
		require.NoError(t, err, d.String())
		assert.Equal(t, d, back)
	}
}

func TestDate(t *testing.T) {
	var zero Date
	assert.True(t, zero.IsZero())
	assert.Empty(t, zero.String())
	text, err := zero.MarshalText()
	assert.NoError(t, err)
	assert.Empty(t, text)

	assert.Equal(t, UnixDate(11, 5, 0), UnixDate(10, 1e9+5, 0), "nanoseconds carry into seconds")
	assert.Equal(t, UnixDate(9, 999999999, 0), UnixDate(10, -1, 0))
	assert.Equal(t, 0, UnixDate(0, 0, 86400).Offset(), "an offset of a day is taken as UTC")
	assert.Empty(t, UnixDate(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).Unix(), 0, 0).String(), "year 10000")
	_, err = UnixDate(time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC).Unix(), 0, 0).MarshalText()
	assert.ErrorIs(t, err, ErrDate, "year -1")

	a, _ := ParseDate("2026-11-29T08:30:00+09:00")
	b, _ := ParseDate("2026-11-28T23:30:00Z")
	c, _ := ParseDate("2026-11-28T23:30:00.000000001Z")
	assert.True(t, a.Equal(b), "the same instant in other zones")
	assert.NotEqual(t, a, b, "but written differently")
	assert.True(t, b.Before(c))
	assert.Equal(t, 1, c.Compare(a))
	assert.Equal(t, -1, zero.Compare(a), "the zero Date is before every other")
	assert.True(t, zero.Equal(Date{}))

	var u Date
	require.NoError(t, u.UnmarshalText([]byte("2026-11-29T08:30:00+09:00")))
	assert.Equal(t, a, u)
	assert.ErrorIs(t, u.UnmarshalText([]byte("yesterday")), ErrDate)
	require.NoError(t, u.UnmarshalText(nil))
	assert.True(t, u.IsZero())
}

func TestParseDateAcceptsWhatWriteJSONWrites(t *testing.T) {
	for _, s := range []string{"2026-11-29T08:30:00Z", "2026-11-29T08:30:00+09:00", "2026-11-29T08:30:00.123456789-05:30",
		"0001-01-01T00:00:00.5Z", "9999-12-31T23:59:59.999999999-23:59", "2024-02-29T12:00:00+14:00"} {
		d, err := ParseDate(s)
		assert.NoError(t, err, "%q", s)
		assert.Equal(t, s, d.String())
	}
}
