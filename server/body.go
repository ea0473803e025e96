package server

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"os"
	"strings"
	"time"
)

// readBody reads a request's body, at most max bytes and within timeout.
// A body announced or found larger fails with ErrTooLarge without being
// read further, a body that does not arrive in time with
// ErrRequestTimeout; both close the connection after the response.
func readBody(w http.ResponseWriter, r *http.Request, max int64, timeout time.Duration) ([]byte, error) {
	if r.ContentLength > max {
		w.Header().Set("Connection", "close")
		return nil, fmt.Errorf("%w: the body is %d bytes, more than %d", ErrTooLarge, r.ContentLength, max)
	}
	// The deadline holds even when the handler is mounted in a server
	// without a ReadTimeout; it is lifted once the body is read, so it
	// cannot cancel the request's context while the work goes on.
	rc := http.NewResponseController(w)
	_ = rc.SetReadDeadline(time.Now().Add(timeout))
	defer rc.SetReadDeadline(time.Time{})

	var buf bytes.Buffer
	if r.ContentLength > 0 {
		buf.Grow(int(r.ContentLength) + 1)
	}
	_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, max))
	if err == nil {
		return buf.Bytes(), nil
	}
	w.Header().Set("Connection", "close")
	var tooLarge *http.MaxBytesError
	var ne net.Error
	switch {
	case errors.As(err, &tooLarge):
		return nil, fmt.Errorf("%w: the body is more than %d bytes", ErrTooLarge, max)
	case errors.Is(err, os.ErrDeadlineExceeded) || errors.As(err, &ne) && ne.Timeout():
		return nil, fmt.Errorf("%w: the body did not arrive within %v", ErrRequestTimeout, timeout)
	}
	return nil, fmt.Errorf("%w: reading the body: %w", ErrMalformedRequest, err)
}

// mediaType returns the media type of the request's Content-Type, in
// lower case, or "" when there is none.
func mediaType(r *http.Request) string {
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		return ""
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
	}
	return mt
}

// isJSON reports whether a media type is JSON; no Content-Type counts as
// JSON.
func isJSON(mt string) bool {
	return mt == "" || mt == "application/json" || strings.HasPrefix(mt, "application/") && strings.HasSuffix(mt, "+json")
}
