// Package server provides newsbrief as an HTTP service: an http.Handler
// that builds briefs from articles (URLs, pages' HTML or text), extracts
// articles, parses and renders briefs, and serves the <news-brief>
// widget with a demo page. `newsbrief serve` runs it; any program can
// mount it in its own mux:
//
//	nb := server.New(server.WithWorkers(4), server.WithLogger(slog.Default()))
//	mux.Handle("/newsbrief/", http.StripPrefix("/newsbrief", nb))
//
// # Routes
//
//   - POST /v1/briefs: body {"articles": [{"url"} | {"html", "url"?} | {"text"}], "options": {"maxPoints", "order"}}
//     (a BriefRequest), or one article's HTML (Content-Type text/html) or text (text/plain) with ?url=;
//     answers the brief as JSON (brief.WriteJSON), or as HTML, Markdown, text or JSON-LD when Accept or
//     ?format= asks (?theme=light|dark|auto makes HTML a <news-brief> element). Articles given by URL are
//     fetched with source.Fetch, all at once.
//   - POST /v1/extract: one Article, the same ways; answers the JSON of extract.Article.
//   - POST /v1/parse: a brief document (text, Markdown, HTML or JSON; detected, or named by ?in= or the
//     Content-Type); answers the Brief, as /v1/briefs does.
//   - POST /v1/render: a Brief in JSON; answers the HTML fragment of brief.WriteHTML (Accept: text/html,
//     the default), or another format.
//   - GET /: a demo page: paste a URL, HTML or text, see the brief in the <news-brief> widget.
//   - GET /widget/NAME: the widget's files (WithWidget), application/wasm or text/javascript, served from
//     the precompressed NAME.br or NAME.gz that go run ./wasm/build writes when the client accepts them, with
//     strong ETags and Cache-Control: public, max-age=604800.
//   - GET /healthz: {"status":"ok"}.
//
// The demo page uses relative URLs, so it works under any prefix. Without
// widget files it renders briefs with POST /v1/render instead.
//
// # Limits
//
// Every request that does work is admitted first: at most WithWorkers
// requests extract, build, parse or render at once, at most WithQueue
// more wait for them, in order and for a bounded time; the rest get 503
// with Retry-After rather than queueing without end. A request's body is
// read before it waits for a worker, within WithMaxBody bytes (413 past
// it, without reading the rest) and the Read timeout (408), even when the
// handler is mounted in a server without timeouts. URLs are fetched with
// source.Fetch and its guard against server-side request forgery: http
// and https only, no loopback, private, link-local or other non-public
// address, redirects included (unless WithAllowPrivate), a page at most
// WithMaxBody bytes and WithFetchTimeout long. HTTPServer and Serve set
// the read-header, read, write and idle timeouts of WithTimeouts and
// shut down gracefully.
//
// Memory is bounded: a request takes one place among the workers + queue
// for its body and one more for each page it fetches, so at most that
// many bodies and pages (each at most WithMaxBody) are held at once, as
// long as workers + queue exceeds WithMaxArticles, plus the working
// memory of one extraction per worker. The price is that a
// client sending its body slowly holds a place for up to the Read
// timeout.
//
// # Problems
//
// Errors are problem details (RFC 9457, application/problem+json) whose
// "type" is the URI of a ProblemType's documentation: ErrMalformedRequest
// and ErrRefusedURL (400), ErrNotFound (404), ErrMethodNotAllowed (405),
// ErrRequestTimeout (408), ErrTooLarge (413), ErrUnsupportedMediaType
// (415), ErrNoArticle and ErrUnreadableBrief (422), ErrInternal (500),
// ErrUpstream (502), ErrBusy (503) and ErrUpstreamTimeout (504). A
// Problem decoded from a response matches its type with errors.Is.
//
// # Logging
//
// WithLogger logs one line per request with log/slog: method, path,
// status, bytes, duration, the client's address and, for errors, the
// problem type's name.
package server
