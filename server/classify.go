package server

import (
	"context"
	"errors"
	"net/http"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
	"github.com/newsbrief/newsbrief/extract"
	"github.com/newsbrief/newsbrief/source"
)

// kinds maps the errors of newsbrief's packages to problem types, first
// match first.
var kinds = []struct {
	errs []error
	typ  *ProblemType
}{
	{[]error{source.ErrUnsupportedURL, source.ErrBlockedAddress}, ErrRefusedURL},
	{[]error{source.ErrTimeout}, ErrUpstreamTimeout},
	{[]error{source.ErrTooManyRedirects, source.ErrTooLarge, source.ErrNotHTML, source.ErrStatus}, ErrUpstream},
	{[]error{extract.ErrTooLarge, brief.ErrTooLarge}, ErrTooLarge},
	{[]error{extract.ErrNoArticle, extract.ErrEmpty, extract.ErrNotHTML, extract.ErrMalformed, compose.ErrNoText}, ErrNoArticle},
	{[]error{brief.ErrEmpty, brief.ErrBinary, brief.ErrMalformed, brief.ErrVersion}, ErrUnreadableBrief},
	{[]error{brief.ErrUnknownFormat}, ErrMalformedRequest},
	{[]error{context.Canceled, context.DeadlineExceeded}, ErrRequestTimeout},
}

// Classify returns the problem type of err: its own when err is or wraps
// a ProblemType or a Problem, else the type that stands for the error of
// source, extract or brief that err wraps (source.ErrBlockedAddress is
// ErrRefusedURL, extract.ErrNoArticle is ErrNoArticle, …), else
// ErrInternal.
func Classify(err error) *ProblemType {
	var t *ProblemType
	if errors.As(err, &t) {
		return t
	}
	var p *Problem
	if errors.As(err, &p) {
		for _, t := range allTypes {
			if p.Is(t) {
				return t
			}
		}
	}
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return ErrTooLarge
	}
	for _, k := range kinds {
		for _, e := range k.errs {
			if errors.Is(err, e) {
				return k.typ
			}
		}
	}
	return ErrInternal
}

// allTypes lists every ProblemType.
var allTypes = []*ProblemType{
	ErrMalformedRequest, ErrRefusedURL, ErrNotFound, ErrMethodNotAllowed, ErrRequestTimeout, ErrTooLarge,
	ErrUnsupportedMediaType, ErrNoArticle, ErrUnreadableBrief, ErrInternal, ErrUpstream, ErrBusy, ErrUpstreamTimeout,
	ErrWorkLimit,
}
