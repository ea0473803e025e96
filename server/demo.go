package server

import (
	"embed"
	"fmt"
	"io/fs"
	"net/http"
	"strings"
)

//go:embed assets
var embedded embed.FS

// assetFS holds the demo page and its script.
var assetFS, _ = fs.Sub(embedded, "assets")

// demoCSP is the Content-Security-Policy of the demo page: its own
// scripts and the widget's wasm only, nothing inline but styles (the
// widget's shadow root holds a <style>).
const demoCSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

// serveDemo handles GET /: the demo page. Any other path not routed
// elsewhere is 404.
func (s *Server) serveDemo(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/" {
		writeProblem(w, r, fmt.Errorf("%w: no route %s", ErrNotFound, r.URL.Path))
		return
	}
	allow(http.HandlerFunc(s.demoPage), http.MethodGet, http.MethodHead).ServeHTTP(w, r)
}

// demoPage sends the demo page.
func (s *Server) demoPage(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", demoCSP)
	h.Set("Referrer-Policy", "no-referrer")
	if err := s.assets.serve(w, r, "index.html"); err != nil {
		writeProblem(w, r, err)
	}
}

// serveAsset handles GET /demo.js.
func (s *Server) serveAsset(w http.ResponseWriter, r *http.Request) {
	if err := s.assets.serve(w, r, strings.TrimPrefix(r.URL.Path, "/")); err != nil {
		writeProblem(w, r, err)
	}
}
