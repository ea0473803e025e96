package source

import (
	"errors"
	"strconv"
	"strings"

	"github.com/newsbrief/newsbrief/internal/outlet"
)

// Errors returned by Fetch and Canonical; test for them with errors.Is.
var (
	// ErrUnsupportedURL means the URL cannot be fetched: it does not parse,
	// its scheme is not http or https, it has no host or an invalid one, or
	// it carries a user name or password. Redirects to such URLs fail with
	// it too.
	ErrUnsupportedURL = outlet.ErrUnsupportedURL
	// ErrBlockedAddress means the host is, or resolves to, an address that
	// Fetch refuses unless WithAllowPrivate(true) is given: loopback,
	// private, link-local, multicast, unspecified, shared (CGNAT) or
	// reserved. Its message names the address and says how to lift the
	// guard (see BlockedHint).
	ErrBlockedAddress = errors.New("source: blocked address")
	// ErrTooManyRedirects means the server redirected more than
	// MaxRedirects times.
	ErrTooManyRedirects = errors.New("source: too many redirects")
	// ErrTooLarge means the response body is larger than the limit set by
	// WithMaxBytes.
	ErrTooLarge = errors.New("source: response too large")
	// ErrNotHTML means the response is not an HTML, XHTML or plain-text
	// page (an image or a PDF, say), or is in a content encoding Fetch
	// does not decode.
	ErrNotHTML = errors.New("source: not HTML")
	// ErrTimeout means the fetch took longer than WithTimeout allows or
	// than the context's deadline.
	ErrTimeout = errors.New("source: timeout")
	// ErrStatus matches every *StatusError.
	ErrStatus = errors.New("source: HTTP error status")
)

// BlockedHint ends the message of every ErrBlockedAddress error: the way
// forward for a caller who means to reach a private address.
const BlockedHint = "use -allow-private / source.WithAllowPrivate to fetch private addresses"

// StatusError is the error Fetch returns for a response whose status is
// not 2xx. errors.Is(err, ErrStatus) is true for it.
//
// Safe for concurrent use: nothing changes it once returned.
type StatusError struct {
	// Code is the HTTP status code, such as 404.
	Code int
	// Status is the status line's text, such as "404 Not Found".
	Status string
}

// Error returns "source: HTTP " and the status.
func (e *StatusError) Error() string {
	s := strings.TrimSpace(e.Status)
	if s == "" {
		s = strconv.Itoa(e.Code)
	}
	return "source: HTTP " + s
}

// Is reports whether target is ErrStatus.
func (e *StatusError) Is(target error) bool { return target == ErrStatus }
