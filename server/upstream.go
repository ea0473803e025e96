package server

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"syscall"

	"github.com/newsbrief/newsbrief/source"
)

// publicError is an error whose message is safe to send to a client,
// wrapping the full error, which only the request log shows. Problem
// details built from it never echo what the server resolved or dialled.
type publicError struct {
	typ    *ProblemType
	detail string
	err    error
}

// Error returns the detail a client may see.
func (e *publicError) Error() string { return e.detail }

// Unwrap returns the problem type and the full error, for errors.Is and
// Classify.
func (e *publicError) Unwrap() []error { return []error{e.typ, e.err} }

// internalMessage is the message the request log shows for err: the full
// error behind a publicError, else err's own message.
func internalMessage(err error) string {
	var pe *publicError
	if errors.As(err, &pe) {
		return pe.err.Error()
	}
	return err.Error()
}

// upstreamError describes a failure of source.Fetch for a client: what
// went wrong and with which URL the client gave, but never an address the
// host resolved to, the resolver's address or a dialled address. The
// full error stays behind it for the log.
func upstreamError(rawURL string, err error) error {
	shown := rawURL
	if u, perr := url.Parse(rawURL); perr == nil {
		shown = u.Redacted()
	}
	typ, detail := Classify(err), ""
	var status *source.StatusError
	var dns *net.DNSError
	switch {
	case errors.Is(err, source.ErrBlockedAddress):
		detail = fmt.Sprintf("blocked address: the host of %s, or of a page it redirects to, is or resolves to a "+
			"loopback, private or other non-public address, which this server does not fetch "+
			"(its operator can allow them with newsbrief serve -allow-private or server.WithAllowPrivate)", shown)
	case errors.Is(err, source.ErrUnsupportedURL), errors.Is(err, source.ErrTooManyRedirects),
		errors.Is(err, source.ErrTooLarge), errors.Is(err, source.ErrNotHTML):
		// These say what the URL or the page is, never an address.
		detail = strings.ReplaceAll(err.Error(), "source: ", "")
	case errors.As(err, &status):
		detail = fmt.Sprintf("fetching %s: the page answered HTTP %s", shown, strings.TrimPrefix(status.Error(), "source: HTTP "))
	case errors.Is(err, source.ErrTimeout):
		detail = fmt.Sprintf("timeout: fetching %s took too long", shown)
	case errors.Is(err, context.Canceled):
		detail = fmt.Sprintf("fetching %s stopped: the request ended", shown)
	case errors.As(err, &dns):
		typ, detail = ErrUpstream, fmt.Sprintf("fetching %s: the host name could not be resolved", shown)
	default:
		typ, detail = ErrUpstream, fmt.Sprintf("fetching %s: %s", shown, networkFailure(err))
	}
	return &publicError{typ: typ, detail: detail, err: err}
}

// networkFailure names the kind of a network failure in words that hold
// no address.
func networkFailure(err error) string {
	var cert x509.UnknownAuthorityError
	var host x509.HostnameError
	var inv x509.CertificateInvalidError
	var rec tls.RecordHeaderError
	var alert tls.AlertError
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return "the connection was refused"
	case errors.Is(err, syscall.ECONNRESET):
		return "the connection was reset"
	case errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH):
		return "the host cannot be reached"
	case errors.As(err, &cert), errors.As(err, &host), errors.As(err, &inv), errors.As(err, &rec), errors.As(err, &alert):
		return "the TLS connection failed"
	}
	return "the connection failed"
}
