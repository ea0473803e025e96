package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
	"github.com/newsbrief/newsbrief/source"
)

// Server is the newsbrief HTTP service, an http.Handler. Mount it at the
// root of a server, or under a prefix with http.StripPrefix. It is safe
// for concurrent use.
type Server struct {
	cfg       config
	lim       *limiter
	budget    *budget
	fetchOpts []source.Option
	widget    *files
	assets    *files
	handler   http.Handler
	// composeBuild is compose.Build.
	composeBuild func(context.Context, []brief.Document, ...compose.Option) (*brief.Brief, error)
}

// New returns a Server configured by opts.
func New(opts ...Option) *Server {
	c := newConfig(opts)
	s := &Server{
		cfg:    c,
		lim:    newLimiter(c.workers, c.queue, c.queueWait).perClientLimits(c.clientRequests, c.clientWorkers),
		budget: newBudget(c.memory),
		fetchOpts: append([]source.Option{
			source.WithMaxBytes(c.maxBody),
			source.WithTimeout(c.fetchTimeout),
			source.WithAllowPrivate(c.allowPrivate),
		}, c.fetch...),
		widget:       newFiles(c.widget, widgetCacheControl),
		assets:       newFiles(assetFS, "no-cache"),
		composeBuild: compose.Build,
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

// work makes a handler of a route that reads a body. The request counts
// against its client's limits, its body is read before it takes any
// place among the workers (within the size, time and rate limits), then
// it is admitted (or turned away with 503) and handled, and any error is
// answered as a problem. Nothing is written for a client that has gone:
// the log says 499.
func (s *Server) work(fn func(w http.ResponseWriter, r *http.Request, body []byte) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		guard := &goneGuard{ResponseWriter: w, ctx: r.Context()}
		w = guard
		c, leaveClient, err := s.lim.join(s.cfg.clientKey(r))
		if err != nil {
			writeProblem(w, r, err)
			return
		}
		defer leaveClient()
		body, release, err := s.readBody(w, r)
		if err != nil {
			writeProblem(w, r, err)
			return
		}
		defer release()
		guard.armed = true
		leave, err := s.lim.enter()
		if err != nil {
			writeProblem(w, r, err)
			return
		}
		defer leave()
		r = r.WithContext(context.WithValue(r.Context(), clientCtxKey{}, c))
		if err := fn(w, r, body); err != nil {
			writeProblem(w, r, err)
		}
	})
}

// clientCtxKey is the context key of a request's *clientState.
type clientCtxKey struct{}

// withWorker runs fn on a worker, once one is free, with input bytes of
// input (the body and any fetched pages): the client's share of the
// workers first, one of the workers large inputs may hold when heavy (see
// isHeavy), and the memory its work is estimated to need, from the
// budget. fn's context ends at the compute timeout, and withWorker returns
// then with ErrWorkLimit even if fn has not returned: fn keeps the worker
// and the memory until it does, so the work in flight stays bounded while
// the client gets its answer in time.
func (s *Server) withWorker(ctx context.Context, input int64, heavy bool, fn func(ctx context.Context) error) error {
	c, _ := ctx.Value(clientCtxKey{}).(*clientState)
	release, err := s.lim.acquire(ctx, c, heavy)
	if err != nil {
		return err
	}
	need := workFactor * input
	if err := s.budget.take(need); err != nil {
		release()
		return err
	}
	wctx, cancel := context.WithTimeout(ctx, s.cfg.compute)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		defer func() {
			s.budget.give(need)
			release()
		}()
		defer func() {
			// recovered does not see this goroutine's panics.
			if v := recover(); v != nil {
				s.cfg.logger.Error("panic", "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
				done <- fmt.Errorf("%w: panic: %v", ErrInternal, v)
			}
		}()
		if !heavy {
			done <- fn(wctx)
			return
		}
		var err error
		atLowPriority(func() { err = fn(wctx) })
		done <- err
	}()
	select {
	case err = <-done:
	case <-wctx.Done():
		err = wctx.Err() // fn is left to finish on its own
	}
	if err != nil && ctx.Err() == nil && errors.Is(wctx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("%w: the work took more than the %v this server allows a request; send shorter or fewer articles",
			ErrWorkLimit, s.cfg.compute)
	}
	return err
}

// healthz handles GET /healthz.
func healthz(w http.ResponseWriter, r *http.Request) {
	send(w, "application/json", []byte(`{"status":"ok"}`+"\n"))
}
