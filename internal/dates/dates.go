// Package dates converts between time.Time and brief.Date, which package
// brief keeps free of package time for the browser build.
package dates

import (
	"time"

	"github.com/newsbrief/newsbrief/brief"
)

// Of returns t as a brief.Date with t's zone offset, or the zero Date when
// t is zero.
func Of(t time.Time) brief.Date {
	if t.IsZero() {
		return brief.Date{}
	}
	_, offset := t.Zone()
	return brief.UnixDate(t.Unix(), t.Nanosecond(), offset)
}

// Time returns d as a time.Time in a zone of d's offset, or the zero Time
// when d is zero.
func Time(d brief.Date) time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return time.Unix(d.Unix(), int64(d.Nanosecond())).In(time.FixedZone("", d.Offset()))
}
