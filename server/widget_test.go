package server

import (
	"net/http"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// widgetFS is a built widget: each file with its .br and .gz copies,
// and one stale copy from an earlier build.
func widgetFS() fstest.MapFS {
	built := time.Date(2026, 11, 29, 4, 23, 29, 373234605, time.UTC)
	file := func(data string, mod time.Time) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte(data), ModTime: mod}
	}
	return fstest.MapFS{
		"newsbrief-render.wasm":    file("\x00asm render", built),
		"newsbrief-render.wasm.br": file("br render", built.Truncate(time.Second)), // as the brotli command sets it
		"newsbrief-render.wasm.gz": file("gz render", built),
		"news-brief.js":            file("export class NewsBrief {}", built),
		"news-brief.js.gz":         file("gz js", built),
		"wasm_exec.js":             file("// wasm_exec", built),
		"wasm_exec.js.gz":          file("stale gz", built.Add(-2*time.Second)),
		"README.txt":               file("not served", built),
		"sub/x.js":                 file("not served", built),
	}
}

func TestWidget(t *testing.T) {
	s := New(WithWidget(widgetFS()))
	tests := []struct {
		name, path, acceptEncoding string
		ctype, encoding, body      string
	}{
		{"wasm, brotli", "/widget/newsbrief-render.wasm", "gzip, deflate, br, zstd", "application/wasm", "br", "br render"},
		{"wasm, gzip", "/widget/newsbrief-render.wasm", "gzip", "application/wasm", "gzip", "gz render"},
		{"wasm, gzip preferred by weight", "/widget/newsbrief-render.wasm", "br;q=0.5, gzip", "application/wasm", "gzip", "gz render"},
		{"wasm, anything", "/widget/newsbrief-render.wasm", "*", "application/wasm", "br", "br render"},
		{"wasm, brotli refused", "/widget/newsbrief-render.wasm", "*, br;q=0", "application/wasm", "gzip", "gz render"},
		{"wasm, identity", "/widget/newsbrief-render.wasm", "", "application/wasm", "", "\x00asm render"},
		{"js, no brotli copy", "/widget/news-brief.js", "br, gzip", "text/javascript; charset=utf-8", "gzip", "gz js"},
		{"js, stale gzip copy ignored", "/widget/wasm_exec.js", "gzip", "text/javascript; charset=utf-8", "", "// wasm_exec"},
	}
	tags := map[string]string{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := serve(t, s, request{method: http.MethodGet, target: tt.path, header: map[string]string{"Accept-Encoding": tt.acceptEncoding}})
			require.Equal(t, http.StatusOK, resp.StatusCode)
			assert.Equal(t, tt.ctype, resp.Header.Get("Content-Type"))
			assert.Equal(t, tt.encoding, resp.Header.Get("Content-Encoding"))
			assert.Equal(t, "Accept-Encoding", resp.Header.Get("Vary"))
			assert.Equal(t, "public, max-age=604800", resp.Header.Get("Cache-Control"))
			assert.NotEmpty(t, resp.Header.Get("Last-Modified"))
			assert.Equal(t, tt.body, body(t, resp))
			tag := resp.Header.Get("ETag")
			assert.Regexp(t, `^"[0-9a-f]{32}"$`, tag, "a strong ETag")
			key := tt.path + " " + tt.encoding
			if prev, ok := tags[key]; ok {
				assert.Equal(t, prev, tag)
			}
			for k, other := range tags {
				if k != key {
					assert.NotEqual(t, other, tag, "each file and coding has its own ETag")
				}
			}
			tags[key] = tag
		})
	}
}

func TestWidgetConditionalAndRange(t *testing.T) {
	s := New(WithWidget(widgetFS()))
	get := func(header map[string]string) *http.Response {
		return serve(t, s, request{method: http.MethodGet, target: "/widget/newsbrief-render.wasm", header: header})
	}
	tag := get(map[string]string{"Accept-Encoding": "br"}).Header.Get("ETag")

	resp := get(map[string]string{"Accept-Encoding": "br", "If-None-Match": tag})
	assert.Equal(t, http.StatusNotModified, resp.StatusCode)
	assert.Empty(t, body(t, resp))

	resp = get(map[string]string{"Accept-Encoding": "gzip", "If-None-Match": tag})
	assert.Equal(t, http.StatusOK, resp.StatusCode, "the brotli ETag does not match the gzip copy")

	resp = get(map[string]string{"Range": "bytes=0-3"})
	assert.Equal(t, http.StatusPartialContent, resp.StatusCode)
	assert.Equal(t, "\x00asm", body(t, resp))

	resp = serve(t, s, request{method: http.MethodHead, target: "/widget/newsbrief-render.wasm"})
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "11", resp.Header.Get("Content-Length"))
}

func TestWidgetProblems(t *testing.T) {
	tests := []struct {
		name   string
		s      *Server
		path   string
		want   *ProblemType
		detail string
	}{
		{"no widget files", New(), "/widget/news-brief.js", ErrNotFound, "go run ./wasm/build"},
		{"missing file", New(WithWidget(widgetFS())), "/widget/newsbrief.wasm", ErrNotFound, "newsbrief.wasm"},
		{"not a widget file", New(WithWidget(widgetFS())), "/widget/README.txt", ErrNotFound, "README.txt"},
		{"a copy by its own name", New(WithWidget(widgetFS())), "/widget/news-brief.js.gz", ErrNotFound, ""},
		{"subdirectory", New(WithWidget(widgetFS())), "/widget/sub/x.js", ErrNotFound, ""},
		{"directory", New(WithWidget(widgetFS())), "/widget/", ErrNotFound, ""},
		{"escaped traversal", New(WithWidgetDir("testdata")), "/widget/..%2fdemo.go", ErrNotFound, ""},
		{"POST", New(WithWidget(widgetFS())), "/widget/news-brief.js", ErrMethodNotAllowed, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			method := http.MethodGet
			if tt.want == ErrMethodNotAllowed {
				method = http.MethodPost
			}
			p := problemOf(t, serve(t, tt.s, request{method: method, target: tt.path}), tt.want)
			assert.Contains(t, p.Detail, tt.detail)
		})
	}
}
