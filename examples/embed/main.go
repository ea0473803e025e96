// Embed serves a static page with three <news-brief> widgets, embedded three
// ways: server-side rendered with brief.AsElement, loaded from brief JSON
// with src=, and built in the browser from an article page with article=.
//
//	go run ./wasm/build                 # once: builds wasm/dist
//	go run ./examples/embed             # then open http://127.0.0.1:8080/
//	go run ./examples/embed -o page.html   # or write the page, for any static server
//
// The page is served with the Content-Security-Policy the widget needs:
// script-src 'self' 'wasm-unsafe-eval'.
package main

import (
	"bytes"
	"flag"
	"html/template"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsbrief/newsbrief/brief"
)

var page = template.Must(template.New("page").Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsbrief: three ways to embed a brief</title>
<script type="module" src="dist/news-brief.js"></script>
<style>
body { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; font: 1rem/1.5 system-ui, sans-serif; }
news-brief { margin: 1rem 0 2.5rem; }
news-brief::part(headline) { font-size: 1.5rem; }
code { font-size: 0.9em; overflow-wrap: anywhere; }
</style>
</head>
<body>
<main>
<h1>Three ways to embed a brief</h1>

<h2>1. Server-side rendered</h2>
<p>Written into the page by <code>brief.WriteHTML(w, b, brief.AsElement("auto"))</code>: a declarative
shadow root that shows the brief at first paint, before any script runs. The script only adds interaction.</p>
{{.SSR}}
<h2>2. From brief JSON: <code>src=</code></h2>
<p><code>&lt;news-brief src="brief.json" theme="light" sections="keyInsights,whyItMatters,risks,opportunities,sources"&gt;</code>,
rendered by <code>newsbrief-render.wasm</code>.</p>
<news-brief src="brief.json" theme="light" sections="keyInsights,whyItMatters,risks,opportunities,sources"></news-brief>

<h2>3. Built from an article: <code>article=</code></h2>
<p><code>&lt;news-brief article="article.html" theme="dark"&gt;</code>: <a href="article.html">the article</a> is fetched and
its brief built by <code>newsbrief.wasm</code> in a Web Worker.</p>
<news-brief article="article.html" theme="dark"></news-brief>
</main>
</body>
</html>
`))

func main() {
	dir := flag.String("dir", "examples/embed", "this example's folder")
	dist := flag.String("dist", "wasm/dist", "the widget, built by go run ./wasm/build")
	addr := flag.String("addr", "127.0.0.1:8080", "address to serve on")
	out := flag.String("o", "", "write the page to this file instead of serving it")
	flag.Parse()
	log.SetFlags(0)

	html, err := render(filepath.Join(*dir, "ssr-brief.md"))
	if err != nil {
		log.Fatal(err)
	}
	if *out != "" {
		if err := os.WriteFile(*out, html, 0o644); err != nil {
			log.Fatal(err)
		}
		return
	}
	if _, err := os.Stat(filepath.Join(*dist, "news-brief.js")); err != nil {
		log.Fatalf("%v: run go run ./wasm/build first", err)
	}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(html)
	})
	mux.Handle("GET /dist/", http.StripPrefix("/dist/", precompressed(*dist)))
	mux.Handle("GET /", http.FileServer(http.Dir(*dir)))
	log.Printf("serving http://%s/", *addr)
	log.Fatal(http.ListenAndServe(*addr, csp(mux)))
}

// render writes the page with the brief in file server-side rendered.
func render(file string) ([]byte, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := brief.Parse(f)
	if err != nil {
		return nil, err
	}
	var ssr, buf bytes.Buffer
	if err := brief.WriteHTML(&ssr, b, brief.AsElement("auto")); err != nil {
		return nil, err
	}
	err = page.Execute(&buf, map[string]any{"SSR": template.HTML(ssr.String())}) // escaped by brief.WriteHTML
	return buf.Bytes(), err
}

func csp(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "script-src 'self' 'wasm-unsafe-eval'")
		h.ServeHTTP(w, r)
	})
}

// precompressed serves dir, sending file.br or file.gz (written by
// go run ./wasm/build) when the browser accepts it.
func precompressed(dir string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		accept := r.Header.Get("Accept-Encoding")
		for _, enc := range [][2]string{{"br", ".br"}, {"gzip", ".gz"}} {
			name := filepath.Join(dir, filepath.FromSlash(r.URL.Path)) + enc[1]
			if !strings.Contains(accept, enc[0]) || strings.Contains(r.URL.Path, "..") {
				continue
			}
			f, err := os.Open(name)
			if err != nil {
				continue
			}
			defer f.Close()
			fi, err := f.Stat()
			if err != nil {
				continue
			}
			w.Header().Set("Content-Encoding", enc[0])
			w.Header().Set("Vary", "Accept-Encoding")
			// ServeContent takes the type from the name without .br/.gz.
			http.ServeContent(w, r, r.URL.Path, fi.ModTime(), f)
			return
		}
		files.ServeHTTP(w, r)
	})
}
