package server

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
)

// maxHeaderBytes bounds a request's header.
const maxHeaderBytes = 64 << 10

// HTTPServer returns an http.Server for h (s itself when h is nil, or a
// mux s is mounted in) with every timeout of WithTimeouts set, headers
// limited to 64 KiB and its errors logged by the WithLogger logger.
func (s *Server) HTTPServer(h http.Handler) *http.Server {
	if h == nil {
		h = s
	}
	t := s.cfg.timeouts
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: t.ReadHeader,
		ReadTimeout:       t.Read,
		WriteTimeout:      t.Write,
		IdleTimeout:       t.Idle,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(s.cfg.logger.Handler(), slog.LevelWarn),
	}
}

// Serve serves h (s itself when h is nil) on ln with HTTPServer until ctx
// is done, then shuts down gracefully: it stops accepting connections,
// lets the requests in flight finish, for at most the write timeout, and
// returns nil. Otherwise it returns the error that stopped it.
func (s *Server) Serve(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := s.HTTPServer(h)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.timeouts.Write)
	defer cancel()
	err := srv.Shutdown(sctx)
	if err != nil {
		srv.Close()
	}
	if serr := <-errc; err == nil && !errors.Is(serr, http.ErrServerClosed) {
		err = serr
	}
	return err
}
