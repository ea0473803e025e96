package server

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"os"
	"strings"
	"time"
)

// readBody reads a request's body before the request takes any place
// among the workers: at most maxBody bytes, within the Read timeout, and,
// once the first bodyGrace has passed, no slower than the minimum body
// rate on average, so that a client dripping its body is cut off in
// seconds. The buffer grows as bytes arrive, never to the announced
// length at once, and its bytes are taken from the memory budget; the
// caller calls release once it no longer holds the body. A body announced
// or found too large fails with ErrTooLarge without being read further,
// one too slow with ErrRequestTimeout, one the budget has no room for with
// ErrBusy; all close the connection after the response.
func (s *Server) readBody(w http.ResponseWriter, r *http.Request) (body []byte, release func(), err error) {
	limit, timeout, rate := s.cfg.maxBody, s.cfg.timeouts.Read, s.cfg.minBodyRate
	var held int64
	giveBack := func() { s.budget.give(held) }
	defer func() {
		if err != nil {
			w.Header().Set("Connection", "close")
			giveBack()
		}
	}()
	if r.ContentLength > limit {
		return nil, nil, fmt.Errorf("%w: the body is %d bytes, more than %d", ErrTooLarge, r.ContentLength, limit)
	}
	// The deadlines hold even when the handler is mounted in a server
	// without a ReadTimeout; they are lifted once the body is read, so
	// they cannot cancel the request's context while the work goes on.
	rc := http.NewResponseController(w)
	defer rc.SetReadDeadline(time.Time{})
	start := time.Now()
	end := start.Add(timeout)
	src := http.MaxBytesReader(w, r.Body, limit)
	var buf []byte
	for {
		if len(buf) == cap(buf) {
			size := min(limit+1, max(bodyChunk, 2*int64(cap(buf))))
			if r.ContentLength >= 0 && r.ContentLength+1 > int64(cap(buf)) {
				size = min(size, r.ContentLength+1)
			}
			if err := s.budget.take(size - held); err != nil {
				return nil, nil, err
			}
			held = size
			buf = append(make([]byte, 0, size), buf...)
		}
		deadline := end
		if rate > 0 {
			deadline = minTime(end, start.Add(bodyGrace+time.Duration(float64(len(buf)+1)/float64(rate)*float64(time.Second))))
		}
		_ = rc.SetReadDeadline(deadline)
		n, rerr := src.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if rerr == io.EOF {
			return buf, giveBack, nil
		}
		if rerr == nil && time.Now().After(deadline) {
			rerr = os.ErrDeadlineExceeded // a server that cannot set deadlines
		}
		if rerr != nil {
			return nil, nil, bodyError(rerr, limit, timeout, rate, deadline.Before(end))
		}
	}
}

// bodyChunk is the least the body's buffer grows by.
const bodyChunk = 32 << 10

// bodyGrace is how long a body may take before the minimum rate applies.
const bodyGrace = 2 * time.Second

// bodyError describes a failure to read a body.
func bodyError(err error, limit int64, timeout time.Duration, rate int64, byRate bool) error {
	var tooLarge *http.MaxBytesError
	var ne net.Error
	switch {
	case errors.As(err, &tooLarge):
		return fmt.Errorf("%w: the body is more than %d bytes", ErrTooLarge, limit)
	case errors.Is(err, os.ErrDeadlineExceeded) || errors.As(err, &ne) && ne.Timeout():
		if byRate {
			return fmt.Errorf("%w: the body arrived slower than %d bytes a second", ErrRequestTimeout, rate)
		}
		return fmt.Errorf("%w: the body did not arrive within %v", ErrRequestTimeout, timeout)
	}
	return fmt.Errorf("%w: reading the body: %w", ErrMalformedRequest, err)
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
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
