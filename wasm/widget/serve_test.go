package widget_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/newsbrief/newsbrief/server"
	"github.com/newsbrief/newsbrief/wasm/widget"
	"github.com/stretchr/testify/assert"
)

// The server sends the embedded gzip copy to a client that accepts gzip,
// and the decompressed file to one that accepts no coding.
func TestServedByServer(t *testing.T) {
	srv := server.New(server.WithWidget(widget.FS()))
	for _, tc := range []struct{ accept, encoding, prefix string }{
		{"gzip, deflate, br", "gzip", "\x1f\x8b"},
		{"", "", "\x00asm"},
	} {
		req := httptest.NewRequest(http.MethodGet, "/widget/newsbrief-render.wasm", nil)
		if tc.accept != "" {
			req.Header.Set("Accept-Encoding", tc.accept)
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		assert.Equal(t, http.StatusOK, rec.Code, tc.accept)
		assert.Equal(t, "application/wasm", rec.Header().Get("Content-Type"))
		assert.Equal(t, tc.encoding, rec.Header().Get("Content-Encoding"))
		assert.Equal(t, tc.prefix, rec.Body.String()[:len(tc.prefix)])
	}
}
