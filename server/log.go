package server

import (
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"time"
)

// recorder notes what a handler sends, for the request log.
type recorder struct {
	http.ResponseWriter
	status  int
	bytes   int64
	problem string
	// err is the error a problem reported, for the log.
	err error
}

// WriteHeader notes the status.
func (rec *recorder) WriteHeader(code int) {
	if rec.status == 0 && code >= 200 {
		rec.status = code
	}
	rec.ResponseWriter.WriteHeader(code)
}

// Write counts the bytes.
func (rec *recorder) Write(p []byte) (int, error) {
	if rec.status == 0 {
		rec.status = http.StatusOK
	}
	n, err := rec.ResponseWriter.Write(p)
	rec.bytes += int64(n)
	return n, err
}

// Unwrap returns the ResponseWriter, for http.ResponseController.
func (rec *recorder) Unwrap() http.ResponseWriter { return rec.ResponseWriter }

// logged logs one line per request: method, path, status, bytes,
// duration, the client's address and, for errors, the problem type.
func (s *Server) logged(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w}
		h.ServeHTTP(rec, r)
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		attrs := []slog.Attr{
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", rec.status),
			slog.Int64("bytes", rec.bytes),
			slog.Duration("duration", time.Since(start)),
			slog.String("remote", r.RemoteAddr),
		}
		if rec.problem != "" {
			attrs = append(attrs, slog.String("problem", rec.problem[strings.LastIndexByte(rec.problem, '#')+1:]))
		}
		if rec.err != nil {
			attrs = append(attrs, slog.String("error", internalMessage(rec.err)))
		}
		level := slog.LevelInfo
		if rec.status >= 500 {
			level = slog.LevelError
		}
		s.cfg.logger.LogAttrs(r.Context(), level, "request", attrs...)
	})
}

// recovered answers 500 when a handler panics, instead of dropping the
// connection, and logs the stack.
func (s *Server) recovered(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.cfg.logger.Error("panic", "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			if rec, ok := w.(*recorder); !ok || rec.status == 0 {
				writeProblem(w, r, fmt.Errorf("%w: panic: %v", ErrInternal, v))
			}
		}()
		h.ServeHTTP(w, r)
	})
}
