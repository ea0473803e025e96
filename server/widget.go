package server

import (
	"fmt"
	"net/http"
	"strings"
)

// widgetCacheControl is the Cache-Control of the widget's files: a week,
// then a cheap revalidation by ETag. The names carry no version, so
// "immutable" would keep an old widget after an upgrade.
const widgetCacheControl = "public, max-age=604800"

// errNoWidget says how to get the widget files when none are served.
var errNoWidget = fmt.Errorf("%w: the widget files are not being served: build them with "+
	"`go run ./wasm/build` in the newsbrief source tree, then serve wasm/dist "+
	"(newsbrief serve -widget DIR, or server.WithWidgetDir)", ErrNotFound)

// serveWidget handles GET /widget/NAME: the files of the <news-brief>
// widget, application/wasm and text/javascript, precompressed.
func (s *Server) serveWidget(w http.ResponseWriter, r *http.Request) {
	if s.widget.fsys == nil {
		writeProblem(w, r, errNoWidget)
		return
	}
	if err := s.widget.serve(w, r, strings.TrimPrefix(r.URL.Path, "/widget/")); err != nil {
		writeProblem(w, r, err)
	}
}
