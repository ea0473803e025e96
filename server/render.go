package server

import (
	"bytes"
	"context"
	"fmt"
	"net/http"

	"github.com/newsbrief/newsbrief/brief"
)

// render handles POST /v1/render: a Brief in JSON rendered as HTML (the
// brief.WriteHTML fragment; a <news-brief> element with ?theme=), or in
// the format Accept or ?format= asks for.
func (s *Server) render(w http.ResponseWriter, r *http.Request, body []byte) error {
	if mt := mediaType(r); !isJSON(mt) {
		return fmt.Errorf("%w: %s: send the brief as application/json", ErrUnsupportedMediaType, mt)
	}
	var b *brief.Brief
	err := s.withWorker(r.Context(), int64(len(body)), int64(len(body)) >= s.cfg.maxBody/4, func(context.Context) (err error) {
		b, err = brief.Parse(bytes.NewReader(body), brief.WithFormat(brief.JSON), brief.WithMaxBytes(s.cfg.maxBody))
		return err
	})
	if err != nil {
		return err
	}
	return writeBrief(w, r, b, htmlFirst)
}
