package brief

import (
	"errors"
	"time"
)

// errDate is the cause of every date parseDate refuses.
var errDate = errors.New("not an RFC 3339 date-time")

// parseDate reads an RFC 3339 date-time such as 2026-11-29T08:30:00+09:00,
// with optional fractional seconds, as time.Time.UnmarshalText does (the
// same zone: UTC for Z, Local when the offset is Local's, else a fixed
// zone). It is written by hand because time.Parse would bring its layout
// engine into the browser build.
func parseDate(s string) (time.Time, error) {
	if len(s) < len("2006-01-02T15:04:05Z") || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' {
		return time.Time{}, errDate
	}
	var f [6]int // year, month, day, hour, minute, second
	for i, at := range [...][2]int{{0, 4}, {5, 7}, {8, 10}, {11, 13}, {14, 16}, {17, 19}} {
		n, ok := digits(s[at[0]:at[1]])
		if !ok {
			return time.Time{}, errDate
		}
		f[i] = n
	}
	if f[1] < 1 || f[1] > 12 || f[2] < 1 || f[2] > daysIn(f[0], f[1]) || f[3] > 23 || f[4] > 59 || f[5] > 59 {
		return time.Time{}, errDate
	}
	rest := s[19:]
	nsec, rest, ok := fraction(rest)
	if !ok {
		return time.Time{}, errDate
	}
	t := time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], f[5], nsec, time.UTC)
	if rest == "Z" {
		return t, nil
	}
	offset, ok := zoneOffset(rest)
	if !ok {
		return time.Time{}, errDate
	}
	t = t.Add(-time.Duration(offset) * time.Second)
	if _, local := t.In(time.Local).Zone(); local == offset {
		return t.In(time.Local), nil
	}
	return t.In(time.FixedZone("", offset)), nil
}

// digits reads a run of ASCII digits.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, s != ""
}

// fraction reads optional fractional seconds (a period or comma and one to
// nine digits; more digits are read and dropped) and returns the rest.
func fraction(s string) (nsec int, rest string, ok bool) {
	if s == "" || s[0] != '.' && s[0] != ',' {
		return 0, s, true
	}
	i := 1
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		if i <= 9 {
			nsec = nsec*10 + int(s[i]-'0')
		}
		i++
	}
	if i == 1 {
		return 0, s, false
	}
	for n := i - 1; n < 9; n++ {
		nsec *= 10
	}
	return nsec, s[i:], true
}

// zoneOffset reads a zone offset such as +09:00, in seconds east of UTC.
func zoneOffset(s string) (int, bool) {
	if len(s) != len("+09:00") || s[0] != '+' && s[0] != '-' || s[3] != ':' {
		return 0, false
	}
	h, ok1 := digits(s[1:3])
	m, ok2 := digits(s[4:6])
	if !ok1 || !ok2 || h > 23 || m > 59 {
		return 0, false
	}
	offset := (h*60 + m) * 60
	if s[0] == '-' {
		offset = -offset
	}
	return offset, true
}

// daysIn returns the number of days in a month of a year.
func daysIn(year, month int) int {
	if month == 2 {
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	}
	return 30 + (month+month/8)%2
}

// formatDate writes t in RFC 3339 with as many fractional digits as it
// needs, as t.Format(time.RFC3339Nano) does, or "" when t is outside the
// years 0 to 9999.
func formatDate(t time.Time) string {
	b, err := t.MarshalText()
	if err != nil {
		return ""
	}
	return string(b)
}
