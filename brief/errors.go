package brief

import (
	"errors"
	"strconv"
	"strings"
)

// Errors returned by Parse. Test for them with errors.Is; a *ParseError
// wraps one of them with the format and line where reading failed.
var (
	// ErrEmpty means the input holds no brief at all.
	ErrEmpty = errors.New("brief: empty input")
	// ErrTooLarge means the input is larger than the limit set by WithMaxBytes.
	ErrTooLarge = errors.New("brief: input too large")
	// ErrBinary means the input is not text.
	ErrBinary = errors.New("brief: binary input")
	// ErrMalformed means the input could not be read in the given format.
	ErrMalformed = errors.New("brief: malformed input")
	// ErrVersion means a JSON brief has a version this package does not know.
	ErrVersion = errors.New("brief: unsupported version")
)

// ParseError reports where reading a brief failed.
//
// Safe for concurrent use: nothing changes it once returned.
type ParseError struct {
	// Format is the format being read.
	Format Format
	// Line is the 1-based line of the input, or 0 when unknown.
	Line int
	// Err is the cause; errors.Is(err, ErrMalformed) and the like see through it.
	Err error
}

// Error implements error.
func (e *ParseError) Error() string {
	s := "brief: reading " + e.Format.String()
	if e.Line > 0 {
		s += " at line " + strconv.Itoa(e.Line)
	}
	return s + ": " + strings.TrimPrefix(e.Err.Error(), "brief: ")
}

// Unwrap returns the cause.
func (e *ParseError) Unwrap() error { return e.Err }

// wrapErr joins a sentinel with the error that caused it, so both match
// errors.Is, in a message on one line.
func wrapErr(sentinel, cause error) error {
	if cause == nil {
		return sentinel
	}
	return &causeError{sentinel: sentinel, cause: cause}
}

type causeError struct{ sentinel, cause error }

func (e *causeError) Error() string   { return e.sentinel.Error() + ": " + e.cause.Error() }
func (e *causeError) Unwrap() []error { return []error{e.sentinel, e.cause} }
