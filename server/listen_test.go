package server

import (
	"context"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHTTPServerSetsEveryTimeout(t *testing.T) {
	srv := New().HTTPServer(nil)
	assert.Equal(t, 5*time.Second, srv.ReadHeaderTimeout)
	assert.Equal(t, 30*time.Second, srv.ReadTimeout)
	assert.Equal(t, 30*time.Second+DefaultQueueWait+DefaultFetchTimeout+15*time.Second, srv.WriteTimeout)
	assert.Equal(t, 120*time.Second, srv.IdleTimeout)
	assert.Equal(t, 64<<10, srv.MaxHeaderBytes)
	assert.NotNil(t, srv.Handler)
	assert.NotNil(t, srv.ErrorLog)

	srv = New(WithTimeouts(Timeouts{Read: time.Second, Write: 2 * time.Second})).HTTPServer(http.NotFoundHandler())
	assert.Equal(t, 5*time.Second, srv.ReadHeaderTimeout, "zero fields keep their defaults")
	assert.Equal(t, time.Second, srv.ReadTimeout)
	assert.Equal(t, 2*time.Second, srv.WriteTimeout)
}

func TestGracefulShutdown(t *testing.T) {
	html := articleHTML(t)
	arrived := make(chan struct{})
	page := upstream(t, func(w http.ResponseWriter, r *http.Request) {
		close(arrived)
		time.Sleep(300 * time.Millisecond)
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(html))
	})
	s := New(WithAllowPrivate(true))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln, nil) }()

	inflight := make(chan *http.Response, 1)
	go func() {
		resp, err := http.Post("http://"+ln.Addr().String()+"/v1/briefs", "application/json",
			strings.NewReader(`{"articles": [{"url": "`+page.URL+`"}]}`))
		assert.NoError(t, err)
		inflight <- resp
	}()
	<-arrived
	cancel()
	resp := <-inflight
	require.NotNil(t, resp)
	assert.Equal(t, http.StatusOK, resp.StatusCode, "the request in flight finishes")
	body(t, resp)
	require.NoError(t, <-done)
	_, err = net.DialTimeout("tcp", ln.Addr().String(), time.Second)
	assert.Error(t, err, "no more connections are accepted")
}
