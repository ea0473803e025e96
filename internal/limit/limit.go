// Package limit reads input up to a size limit, the one way brief, extract
// and source do it:
//
//	data, err := limit.ReadAll(r, max, func() error { return ErrTooLarge })
package limit

import (
	"bytes"
	"io"
)

// ReadAll reads all of r, and fails with the error tooLarge returns when r
// holds more than max bytes. It reads at most max+1 bytes, so memory stays
// bounded however much r holds. A reader that tells how much it holds
// (a Len method, as bytes.Reader, strings.Reader and bytes.Buffer have)
// is read into one buffer of that size, not a doubling series.
func ReadAll(r io.Reader, max int64, tooLarge func() error) ([]byte, error) {
	var data []byte
	var err error
	if l, ok := r.(interface{ Len() int }); ok {
		var buf bytes.Buffer
		buf.Grow(int(min(int64(l.Len()), max+1)) + bytes.MinRead)
		_, err = buf.ReadFrom(io.LimitReader(r, max+1))
		data = buf.Bytes()
	} else {
		data, err = io.ReadAll(io.LimitReader(r, max+1))
	}
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, tooLarge()
	}
	return data, nil
}
