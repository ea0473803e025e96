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
// POST /v1/briefs builds the brief of one or more articles about one
// story. The body is a BriefRequest: each article a URL to fetch, a page's
// HTML (with the URL it came from, if known) or plain text (a short first
// line is its title), at most WithMaxArticles of them; options.maxPoints
// (1 to MaxPoints) and options.order ("source" or "importance") are
// optional. Articles given by URL are fetched with source.Fetch, all at
// once.
//
//	POST /v1/briefs
//	Content-Type: application/json
//
//	{"articles": [{"url": "https://example.com/news/story"},
//	              {"html": "<html>…</html>", "url": "https://other.example/a"},
//	              {"text": "Harbour Bridge Reopens\n\nThe harbour bridge reopened on Monday …"}],
//	 "options": {"maxPoints": 3, "order": "importance"}}
//
//	200 OK
//	Content-Type: application/json
//
//	{"version": 1, "headline": "Harbour Bridge Reopens",
//	 "keyInsights": [{"text": "The harbour bridge reopened on Monday after eight months of repairs that cost €12 million.",
//	                  "evidence": [{"source": 0, "start": 0, "end": 92, "quote": "The harbour bridge reopened …"}]}, …],
//	 "whyItMatters": […], "summary": […], "risks": […], …, "sources": [{"outlet": …, "url": …, "headline": …}]}
//
// One article's HTML (Content-Type text/html) or text (text/plain) may
// be the body itself, with ?url=, ?maxPoints= and ?order= in the query.
// The brief is JSON (brief.WriteJSON) unless Accept or ?format= asks for
// html, markdown, text or jsonld; ?theme=light|dark|auto makes HTML a
// <news-brief> element:
//
//	POST /v1/briefs?url=https://example.com/news/story&format=html&theme=auto
//	Content-Type: text/html
//
//	<html>…the page…</html>
//
//	200 OK
//	Content-Type: text/html; charset=utf-8
//	Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; sandbox
//
//	<news-brief theme="auto"><template shadowrootmode="open"><style>…</style>…</template></news-brief>
//
// POST /v1/extract finds the article in one page: the body is one
// Article in JSON, or the page's HTML or text with ?url=; the answer is
// the JSON of extract.Article.
//
//	POST /v1/extract
//	Content-Type: application/json
//
//	{"html": "<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>
//	          <p>The harbour bridge reopened on Monday after eight months of repairs.</p></article></body></html>",
//	 "url": "https://port-gazette.example/news/bridge"}
//
//	200 OK
//	Content-Type: application/json
//
//	{"url": "https://port-gazette.example/news/bridge", "title": "Bridge reopens",
//	 "text": "The harbour bridge reopened on Monday after eight months of repairs.",
//	 "blocks": [{"kind": "paragraph", "text": "The harbour bridge reopened …", "start": 0, "end": 68}], …}
//
// POST /v1/parse reads a brief document (text, Markdown, HTML or JSON;
// detected, or named by ?in= or the Content-Type) and answers the Brief,
// as /v1/briefs does:
//
//	POST /v1/parse?format=markdown
//	Content-Type: text/plain
//
//	Bridge reopens
//
//	Key insights
//	- The harbour bridge reopened on Monday.
//
//	200 OK
//	Content-Type: text/markdown; charset=utf-8
//
//	# Bridge reopens
//
//	## Key insights
//
//	- The harbour bridge reopened on Monday.
//
// POST /v1/render takes a Brief in JSON (what /v1/briefs answers) and
// answers the HTML fragment of brief.WriteHTML (Accept: text/html, the
// default; ?theme= for a <news-brief> element), or another format:
//
//	POST /v1/render
//	Content-Type: application/json
//
//	{"version": 1, "headline": "Harbour Bridge Reopens", "keyInsights": […], …}
//
//	200 OK
//	Content-Type: text/html; charset=utf-8
//
//	<article class="nb-brief" part="brief" data-nb-version="1">…</article>
//
// GET / is a demo page: paste a URL, HTML or text, see the brief in the
// <news-brief> widget. It uses relative URLs, so it works under any
// prefix; without widget files it renders briefs with POST /v1/render.
// GET /widget/NAME serves the widget's files (WithWidget),
// application/wasm or text/javascript, from the precompressed NAME.br or
// NAME.gz that go run ./wasm/build writes when the client accepts them,
// with strong ETags and Cache-Control: public, max-age=604800. GET
// /healthz answers {"status":"ok"}.
//
// # Limits
//
// A request that does work goes through these steps, each bounded:
//
//  1. Its client (ClientKey: the peer's address, IPv6 by /64) may have
//     at most a quarter of workers + queue requests in flight (at least
//     8; WithClientLimits); past that, 503 with Retry-After.
//  2. Its body is read before it takes any place among the workers:
//     within WithMaxBody bytes (413 past it, without reading the rest),
//     the Read timeout, and no slower than WithMinBodyRate on average
//     once its first two seconds have passed (408), even when the handler
//     is mounted in a server without timeouts. The buffer grows as bytes
//     arrive and counts against the memory budget, so clients dripping
//     their bodies hold neither workers nor much memory, and are cut off
//     in seconds.
//  3. It is admitted: at most WithWorkers requests work at once and
//     WithQueue more wait for them, each page it fetches taking one more
//     place; the rest get 503 with Retry-After rather than queueing
//     without end.
//  4. URLs are fetched with source.Fetch and its guard against
//     server-side request forgery: http and https only, no loopback,
//     private, link-local or other non-public address, redirects
//     included (unless WithAllowPrivate), a page at most WithMaxBody
//     bytes once decoded to UTF-8 (502 past it) and WithFetchTimeout
//     long (504).
//  5. It waits for a worker, in order and for at most the queue wait:
//     one of its client's share of the workers (half, at least one), and,
//     when its input is large (64 KiB of plain text, or HTML of a quarter
//     of WithMaxBody), one of the workers large inputs may hold, all but
//     one, so that small requests always find a worker; on Linux the work
//     on a large input runs on a thread of its own at nice 10, so that it
//     yields the processor to small requests. Then it takes the
//     memory its work is estimated to need (20 times its input) from the
//     budget (WithMemoryBudget); 503 when the budget is in use, 413 when
//     it could never fit.
//  6. Its work (extracting, building, parsing, rendering) has
//     WithComputeTimeout: past it the client gets 422 (ErrWorkLimit)
//     while the work, if it cannot stop yet, keeps its worker and memory
//     until it does.
//  7. If its client has gone by the time the answer is ready, nothing is
//     written and the log says 499 (StatusClientClosedRequest).
//
// HTTPServer and Serve set the read-header, read, write and idle timeouts
// of WithTimeouts and shut down gracefully.
//
// # Problems
//
// Errors are problem details (RFC 9457, application/problem+json) whose
// "type" is the URI of a ProblemType's documentation: ErrMalformedRequest
// and ErrRefusedURL (400), ErrNotFound (404), ErrMethodNotAllowed (405),
// ErrRequestTimeout (408), ErrTooLarge (413), ErrUnsupportedMediaType
// (415), ErrNoArticle, ErrUnreadableBrief and ErrWorkLimit (422),
// ErrInternal (500), ErrUpstream (502), ErrBusy (503) and
// ErrUpstreamTimeout (504). A Problem decoded from a response matches its
// type with errors.Is. A body of the wrong shape is answered with the
// shape the route takes:
//
//	POST /v1/extract
//	Content-Type: application/json
//
//	{"articles": []}
//
//	400 Bad Request
//	Content-Type: application/problem+json
//
//	{"type": "https://pkg.go.dev/github.com/newsbrief/newsbrief/server#ErrMalformedRequest",
//	 "title": "Malformed request", "status": 400,
//	 "detail": "invalid JSON: unknown field \"articles\"; send {\"url\": \"…\"} or {\"html\": \"…\", \"url\": \"…\"} or {\"text\": \"…\"}, …",
//	 "instance": "/v1/extract"}
//
// Details never echo what the server resolved or dialled (the addresses a
// host name resolves to, the resolver's address, a network error's
// addresses): those go to the log only.
//
// # Logging
//
// WithLogger logs one line per request with log/slog: method, path,
// status (499 when the client went away), bytes, duration, the client's
// address and, for errors, the problem type's name and the full error.
package server
