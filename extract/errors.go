package extract

import "errors"

// Errors returned by the extractors; test for them with errors.Is.
var (
	// ErrEmpty means the input is empty.
	ErrEmpty = errors.New("extract: empty input")
	// ErrTooLarge means the input is larger than the limit set by WithMaxBytes.
	ErrTooLarge = errors.New("extract: input too large")
	// ErrNotHTML means the input is not an HTML page (binary data, say).
	ErrNotHTML = errors.New("extract: not HTML")
	// ErrMalformed means the page cannot be parsed as HTML, for example
	// because its elements nest deeper than HTML parsers allow.
	ErrMalformed = errors.New("extract: malformed HTML")
	// ErrNoArticle means the page holds no article text: a home page, a
	// login wall, an error page.
	ErrNoArticle = errors.New("extract: no article found")
	// ErrNotText means FromText was given binary data. It matches
	// ErrNotHTML too, which FromText returned before.
	ErrNotText error = notText{}
)

type notText struct{}

func (notText) Error() string        { return "extract: binary data, not text" }
func (notText) Is(target error) bool { return target == ErrNotHTML }
