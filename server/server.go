package server

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/newsbrief/newsbrief/source"
)

// Server is the newsbrief HTTP service, an http.Handler. Mount it at the
// root of a server, or under a prefix with http.StripPrefix. It is safe
// for concurrent use.
type Server struct {
	cfg       config
	lim       *limiter
	fetchOpts []source.Option
	widget    *files
	assets    *files
	handler   http.Handler
}

// New returns a Server configured by opts.
func New(opts ...Option) *Server {
	c := newConfig(opts)
	s := &Server{
		cfg: c,
		lim: newLimiter(c.workers, c.queue, c.queueWait),
		fetchOpts: append([]source.Option{
			source.WithMaxBytes(c.maxBody),
			source.WithTimeout(c.fetchTimeout),
			source.WithAllowPrivate(c.allowPrivate),
		}, c.fetch...),
		widget: newFiles(c.widget, widgetCacheControl),
		assets: newFiles(assetFS, "no-cache"),
	}
	s.handler = s.logged(s.recovered(s.routes()))
	return s
}

// ServeHTTP handles a request. Every response carries
// X-Content-Type-Options: nosniff.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	s.handler.ServeHTTP(w, r)
}

// routes returns the mux of the service's routes.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/v1/briefs", allow(s.work(s.briefs), http.MethodPost))
	mux.Handle("/v1/extract", allow(s.work(s.extractArticle), http.MethodPost))
	mux.Handle("/v1/parse", allow(s.work(s.parseBrief), http.MethodPost))
	mux.Handle("/v1/render", allow(s.work(s.render), http.MethodPost))
	mux.Handle("/widget/", allow(http.HandlerFunc(s.serveWidget), http.MethodGet, http.MethodHead))
	mux.Handle("/healthz", allow(http.HandlerFunc(healthz), http.MethodGet, http.MethodHead))
	mux.Handle("/demo.js", allow(http.HandlerFunc(s.serveAsset), http.MethodGet, http.MethodHead))
	mux.Handle("/", http.HandlerFunc(s.serveDemo))
	return mux
}

// allow answers 405 to methods other than methods.
func allow(h http.Handler, methods ...string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !slices.Contains(methods, r.Method) {
			w.Header().Set("Allow", strings.Join(methods, ", "))
			writeProblem(w, r, fmt.Errorf("%w: %s %s takes %s", ErrMethodNotAllowed, r.Method, r.URL.Path, strings.Join(methods, " or ")))
			return
		}
		h.ServeHTTP(w, r)
	})
}

// work makes a handler of a route that reads a body: the request is
// admitted (or turned away with 503), its body read within the limits,
// and any error answered as a problem.
func (s *Server) work(fn func(w http.ResponseWriter, r *http.Request, body []byte) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		leave, err := s.lim.enter()
		if err != nil {
			writeProblem(w, r, err)
			return
		}
		defer leave()
		body, err := readBody(w, r, s.cfg.maxBody, s.cfg.timeouts.Read)
		if err == nil {
			err = fn(w, r, body)
		}
		if err != nil {
			writeProblem(w, r, err)
		}
	})
}

// withWorker runs fn on a worker, once one is free.
func (s *Server) withWorker(ctx context.Context, fn func() error) error {
	release, err := s.lim.acquire(ctx)
	if err != nil {
		return err
	}
	defer release()
	return fn()
}

// healthz handles GET /healthz.
func healthz(w http.ResponseWriter, r *http.Request) {
	send(w, "application/json", []byte(`{"status":"ok"}`+"\n"))
}
