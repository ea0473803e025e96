// Package limit reads input up to a size limit, the one way brief, extract
// and source do it:
//
//	data, err := limit.ReadAll(r, max, func() error { return ErrTooLarge })
package limit

import "io"

// ReadAll reads all of r, and fails with the error tooLarge returns when r
// holds more than max bytes. It reads at most max+1 bytes, so memory stays
// bounded however much r holds.
func ReadAll(r io.Reader, max int64, tooLarge func() error) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, tooLarge()
	}
	return data, nil
}
