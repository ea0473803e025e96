package brief

import "errors"

// ErrDate is the cause of every date ParseDate refuses: anything but an
// RFC 3339 date-time.
var ErrDate = errors.New("brief: not an RFC 3339 date-time")

// Date is a moment as RFC 3339 writes it: an instant to the nanosecond and
// the zone offset it was written with, so that a date read from a brief is
// written back as it was. The zero Date means "unknown".
//
// brief has its own date type rather than time.Time because package time
// (with the runtime settings it registers) costs the browser build about
// 45 KB with brotli. Convert with UnixDate and the Unix, Nanosecond and
// Offset methods:
//
//	d := brief.UnixDate(t.Unix(), t.Nanosecond(), offset) // _, offset := t.Zone()
//	t := time.Unix(d.Unix(), int64(d.Nanosecond())).In(time.FixedZone("", d.Offset()))
type Date struct {
	sec    int64 // seconds since 1970-01-01T00:00:00Z
	nsec   int32 // 0 to 999,999,999
	offset int32 // seconds east of UTC, less than a day either way
	known  bool
}

// UnixDate returns the instant sec seconds and nsec nanoseconds after
// 1970-01-01T00:00:00Z, to be written with a zone offset of offset seconds
// east of UTC. nsec outside [0, 1e9) is carried into sec; an offset of a
// day or more either way is taken as 0 (UTC).
func UnixDate(sec int64, nsec, offset int) Date {
	sec += int64(nsec / 1e9)
	nsec %= 1e9
	if nsec < 0 {
		nsec += 1e9
		sec--
	}
	if offset <= -86400 || offset >= 86400 {
		offset = 0
	}
	return Date{sec: sec, nsec: int32(nsec), offset: int32(offset), known: true}
}

// ParseDate reads an RFC 3339 date-time such as 2026-11-29T08:30:00+09:00,
// with optional fractional seconds (a period or comma and at least one
// digit; digits past the ninth are dropped), as time.Time.UnmarshalText
// reads it. It refuses what RFC 3339 does not allow (a one-digit hour, an
// offset of 24 hours, a leap second) with an error wrapping ErrDate.
func ParseDate(s string) (Date, error) {
	if len(s) < len("2006-01-02T15:04:05Z") || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' {
		return Date{}, ErrDate
	}
	var f [6]int // year, month, day, hour, minute, second
	for i, at := range [...][2]int{{0, 4}, {5, 7}, {8, 10}, {11, 13}, {14, 16}, {17, 19}} {
		n, ok := digits(s[at[0]:at[1]])
		if !ok {
			return Date{}, ErrDate
		}
		f[i] = n
	}
	if f[1] < 1 || f[1] > 12 || f[2] < 1 || f[2] > daysIn(f[0], f[1]) || f[3] > 23 || f[4] > 59 || f[5] > 59 {
		return Date{}, ErrDate
	}
	nsec, rest, ok := fraction(s[19:])
	if !ok {
		return Date{}, ErrDate
	}
	offset := 0
	if rest != "Z" {
		if offset, ok = zoneOffset(rest); !ok {
			return Date{}, ErrDate
		}
	}
	sec := daysFromCivil(f[0], f[1], f[2])*86400 + int64(f[3]*3600+f[4]*60+f[5]) - int64(offset)
	return UnixDate(sec, nsec, offset), nil
}

// IsZero reports whether d is the zero Date: no date known.
func (d Date) IsZero() bool { return !d.known }

// Unix returns d as seconds since 1970-01-01T00:00:00Z (rounded down).
func (d Date) Unix() int64 { return d.sec }

// Nanosecond returns the nanoseconds past d's second, 0 to 999,999,999.
func (d Date) Nanosecond() int { return int(d.nsec) }

// Offset returns the zone offset d is written with, in seconds east of UTC.
func (d Date) Offset() int { return int(d.offset) }

// Compare compares the instants d and u (not their zone offsets): -1 when
// d is before u, +1 when after, 0 when they are the same instant. The zero
// Date is before every other.
func (d Date) Compare(u Date) int {
	switch {
	case d.known != u.known:
		if d.known {
			return 1
		}
		return -1
	case d.sec != u.sec:
		return cmp(d.sec < u.sec)
	case d.nsec != u.nsec:
		return cmp(d.nsec < u.nsec)
	}
	return 0
}

// cmp is -1 when less, else +1.
func cmp(less bool) int {
	if less {
		return -1
	}
	return 1
}

// Before reports whether d is an earlier instant than u.
func (d Date) Before(u Date) bool { return d.Compare(u) < 0 }

// Equal reports whether d and u are the same instant, whatever their
// offsets.
func (d Date) Equal(u Date) bool { return d.Compare(u) == 0 }

// String returns d in RFC 3339 with its offset ("Z" for UTC) and as many
// fractional digits as it needs, as time's RFC3339Nano layout writes it;
// "" for the zero Date or a year outside 0 to 9999.
func (d Date) String() string { return string(d.append(nil, true)) }

// MarshalText is String as bytes; it fails for a year outside 0 to 9999.
// The zero Date is empty text.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	b := d.append(nil, true)
	if b == nil {
		return nil, ErrDate
	}
	return b, nil
}

// UnmarshalText reads text as ParseDate does; empty text is the zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// append appends d in RFC 3339, with the fraction when frac is true and d
// has one, or returns nil when d is zero or its year is outside 0 to 9999.
func (d Date) append(b []byte, frac bool) []byte {
	if d.IsZero() {
		return nil
	}
	local := d.sec + int64(d.offset)
	days, secs := local/86400, local%86400
	if secs < 0 {
		days, secs = days-1, secs+86400
	}
	year, month, day := civilFromDays(days)
	if year < 0 || year > 9999 {
		return nil
	}
	b = appendDigits(b, year, 4, '-')
	b = appendDigits(b, month, 2, '-')
	b = appendDigits(b, day, 2, 'T')
	b = appendDigits(b, int(secs/3600), 2, ':')
	b = appendDigits(b, int(secs/60%60), 2, ':')
	b = appendDigits(b, int(secs%60), 2, 0)
	if frac && d.nsec != 0 {
		n, width := int(d.nsec), 9
		for n%10 == 0 {
			n, width = n/10, width-1
		}
		b = appendDigits(append(b, '.'), n, width, 0)
	}
	if d.offset == 0 {
		return append(b, 'Z')
	}
	off, sign := int(d.offset), byte('+')
	if off < 0 {
		off, sign = -off, '-'
	}
	b = appendDigits(append(b, sign), off/3600, 2, ':')
	return appendDigits(b, off/60%60, 2, 0)
}

// appendDigits appends n with at least width digits, then sep unless it is
// 0.
func appendDigits(b []byte, n, width int, sep byte) []byte {
	var buf [20]byte
	i := len(buf)
	for n > 0 || width > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n, width = n/10, width-1
	}
	b = append(b, buf[i:]...)
	if sep != 0 {
		b = append(b, sep)
	}
	return b
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

// daysFromCivil returns the days from 1970-01-01 to a date of the proleptic
// Gregorian calendar, counting in 400-year eras of 146,097 days whose years
// start on 1 March (so that the leap day ends the year).
func daysFromCivil(year, month, day int) int64 {
	y := int64(year)
	if month <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400                               // year of era, 0 to 399
	doy := int64((153*((month+9)%12)+2)/5 + day - 1) // day of the March-based year, 0 to 365
	doe := yoe*365 + yoe/4 - yoe/100 + doy           // day of era, 0 to 146,096
	return era*146097 + doe - 719468                 // 719,468 days from 0000-03-01 to 1970-01-01
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(days int64) (year, month, day int) {
	days += 719468
	era := floorDiv(days, 146097)
	doe := days - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153 // month from March, 0 to 11
	day = int(doy - (153*mp+2)/5 + 1)
	month = int((mp+2)%12 + 1)
	year = int(yoe + era*400)
	if month <= 2 {
		year++
	}
	return year, month, day
}

// floorDiv is a / b rounded down, for b > 0.
func floorDiv(a, b int64) int64 {
	if a < 0 {
		return (a - b + 1) / b
	}
	return a / b
}
