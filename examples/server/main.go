// Server mounts the newsbrief service in a program's own mux: the
// program keeps its own pages and adds the brief API, the demo page and
// the <news-brief> widget under /newsbrief/.
//
//	go run ./wasm/build          # once, for the widget (optional: without it the demo renders on the server)
//	go run ./examples/server     # then open http://127.0.0.1:8080/
//
//	curl -H 'Content-Type: text/html' --data-binary @page.html \
//	    'http://127.0.0.1:8080/newsbrief/v1/briefs?url=https://example.com/story'
//
// The server has every timeout set (server.HTTPServer) and shuts down
// gracefully on Ctrl-C, letting requests in flight finish.
package main

import (
	"context"
	"flag"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/newsbrief/newsbrief/server"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	widget := flag.String("widget", filepath.Join("wasm", "dist"), "the widget's files, built by go run ./wasm/build")
	flag.Parse()
	logger := slog.New(slog.NewTextHandler(os.Stderr, nil))

	nb := server.New(options(*widget, logger)...)
	mux := newMux(nb)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		logger.Error("listen", "err", err)
		os.Exit(1)
	}
	logger.Info("listening", "url", "http://"+ln.Addr().String()+"/")
	if err := nb.Serve(ctx, ln, mux); err != nil {
		logger.Error("serve", "err", err)
		os.Exit(1)
	}
}

// options configures the newsbrief service: request logs, and the widget
// when it has been built.
func options(widget string, logger *slog.Logger) []server.Option {
	opts := []server.Option{server.WithLogger(logger), server.WithMaxBody(2 << 20)}
	if _, err := os.Stat(filepath.Join(widget, "news-brief.js")); err != nil {
		logger.Warn("no widget: run go run ./wasm/build for it; the demo renders briefs on the server meanwhile", "dir", widget)
		return opts
	}
	return append(opts, server.WithWidgetDir(widget))
}

// newMux is the program's own mux, with the newsbrief service mounted
// under /newsbrief/.
func newMux(nb http.Handler) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", home)
	mux.Handle("/newsbrief/", http.StripPrefix("/newsbrief", nb))
	return mux
}

// home is the program's own page.
func home(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	io.WriteString(w, `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>My news site</title></head>
<body>
<h1>My news site</h1>
<p>Briefs of any article: <a href="/newsbrief/">the newsbrief demo</a>, or
<code>POST /newsbrief/v1/briefs</code> with <code>{"articles": [{"url": "…"}]}</code>.</p>
</body>
</html>
`)
}
