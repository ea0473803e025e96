package source

import (
	"context"
	"io"
	"net/http"
	"runtime"
	"testing"
	"time"
)

func TestScratchLeak(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { w.Header().Set("Content-Type", "text/html"); io.WriteString(w, "<p>x</p>") })
	slow := serve(t, stall(t, func(w http.ResponseWriter) { w.Header().Set("Content-Type", "text/html"); w.WriteHeader(200); w.(http.Flusher).Flush() }))
	for range 5 { Fetch(context.Background(), srv.URL, allow) }
	time.Sleep(200 * time.Millisecond)
	before := runtime.NumGoroutine()
	for range 200 { Fetch(context.Background(), srv.URL, allow) }
	for range 10 { Fetch(context.Background(), slow.URL, allow, WithTimeout(20*time.Millisecond)) }
	for range 100 { Fetch(context.Background(), "http://10.0.0.1/") }
	time.Sleep(500 * time.Millisecond)
	t.Log(before, runtime.NumGoroutine())
}
