// Package jsonl reads JSON-lines files for the bench commands: the data
// sets in ../shared and the verdict and label files of the repository.
// Blank lines are skipped and not counted; a line that does not decode is
// an error naming the file and the line.
package jsonl

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

// maxLine is the longest line read: a whole multi-outlet story fits.
const maxLine = 64 << 20

// Each calls fn with each non-blank line of the file at path.
func Each(path string, fn func(line []byte) error) error {
	return EachRange(path, 0, -1, fn)
}

// EachRange calls fn with the non-blank lines from index from up to, not
// including, index to (counting from 0); to < 0 means to the end.
func EachRange(path string, from, to int, fn func(line []byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), maxLine)
	n := 0
	for physical := 1; sc.Scan() && (to < 0 || n < to); physical++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		if n++; n <= from {
			continue
		}
		if err := fn(sc.Bytes()); err != nil {
			return fmt.Errorf("%s:%d: %w", path, physical, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// Read decodes each non-blank line of the file at path as a T.
func Read[T any](path string) ([]T, error) { return Range[T](path, 0, -1) }

// Range decodes the non-blank lines [from, to) of the file at path, each
// as a T; to < 0 means to the end.
func Range[T any](path string, from, to int) ([]T, error) {
	var out []T
	err := EachRange(path, from, to, func(line []byte) error {
		var v T
		if err := json.Unmarshal(line, &v); err != nil {
			return err
		}
		out = append(out, v)
		return nil
	})
	return out, err
}
