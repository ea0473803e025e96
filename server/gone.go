package server

import (
	"context"
	"net/http"
)

// StatusClientClosedRequest is the status the request log gives a request
// whose client went away before the answer was ready (nginx's 499): no
// response is written for it.
const StatusClientClosedRequest = 499

// goneGuard writes nothing once the request's context has ended after
// its body was read (armed), that is once its client has gone: a result
// that was built for nobody is not sent, and the log says 499 rather than
// 200. Before the body is read, the context also ends when reading it
// fails, and the problem is still answered.
type goneGuard struct {
	http.ResponseWriter
	ctx                context.Context
	armed, wrote, gone bool
}

// WriteHeader writes the header unless the client has gone.
func (g *goneGuard) WriteHeader(code int) {
	if g.wrote {
		return
	}
	g.wrote = true
	if g.armed && g.ctx.Err() != nil {
		g.gone = true
		if rec := recorderOf(g.ResponseWriter); rec != nil && rec.status == 0 {
			rec.status = StatusClientClosedRequest
		}
		return
	}
	g.ResponseWriter.WriteHeader(code)
}

// Write writes p unless the client has gone.
func (g *goneGuard) Write(p []byte) (int, error) {
	if !g.wrote {
		g.WriteHeader(http.StatusOK)
	}
	if g.gone {
		return len(p), nil
	}
	return g.ResponseWriter.Write(p)
}

// Unwrap returns the ResponseWriter, for http.ResponseController.
func (g *goneGuard) Unwrap() http.ResponseWriter { return g.ResponseWriter }

// recorderOf finds the request log's recorder under w, if any.
func recorderOf(w http.ResponseWriter) *recorder {
	for {
		switch v := w.(type) {
		case *recorder:
			return v
		case interface{ Unwrap() http.ResponseWriter }:
			w = v.Unwrap()
		default:
			return nil
		}
	}
}
