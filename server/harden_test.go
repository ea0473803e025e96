package server

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// slowBuild makes building on s take a known time: briefs of texts of at
// least minText bytes wait until release is called (at the latest when
// the test ends), and for their context too when cancellable; the others
// are built as usual. Call it before s serves.
func slowBuild(t *testing.T, s *Server, minText int, cancellable bool) (release func()) {
	ch := make(chan struct{})
	var once sync.Once
	release = func() { once.Do(func() { close(ch) }) }
	t.Cleanup(release)
	s.composeBuild = func(ctx context.Context, docs []brief.Document, opts ...compose.Option) (*brief.Brief, error) {
		if len(docs) > 0 && len(docs[0].Text) >= minText {
			if cancellable {
				select {
				case <-ch:
				case <-ctx.Done():
					return nil, ctx.Err()
				}
			} else {
				<-ch
			}
		}
		return compose.Build(ctx, docs, opts...)
	}
	return release
}

// slowText is a text of n short sentences, which briefs read in full.
func slowText(n int) string {
	var b strings.Builder
	b.WriteString("Markets Move\n\n")
	for i := range n {
		fmt.Fprintf(&b, "Officials said item %d rose sharply. ", i)
	}
	return b.String()
}

func TestClientGoneIsNotAnswered200(t *testing.T) {
	for _, cancellable := range []bool{false, true} {
		t.Run(fmt.Sprintf("cancellable %v", cancellable), func(t *testing.T) {
			// Building ends 300 ms after the client has given up: on its own,
			// or because its context ended.
			var log syncBuffer
			s := New(WithLogger(slog.New(slog.NewJSONHandler(&log, nil))))
			release := slowBuild(t, s, 10000, cancellable)
			addr := listen(t, s, nil)
			client := &http.Client{Timeout: 150 * time.Millisecond}
			_, err := client.Post("http://"+addr+"/v1/briefs", "text/plain", strings.NewReader(slowText(500)))
			require.Error(t, err, "the client gives up first")
			time.Sleep(300 * time.Millisecond)
			release()
			require.Eventually(t, func() bool { return len(log.lines()) == 1 }, 10*time.Second, 20*time.Millisecond)
			assert.Equal(t, float64(StatusClientClosedRequest), log.lines()[0]["status"], "the review: the log said status=200 for a client that had gone")
		})
	}
}

func TestComputeTimeout(t *testing.T) {
	for _, cancellable := range []bool{false, true} {
		t.Run(fmt.Sprintf("cancellable %v", cancellable), func(t *testing.T) {
			s := New(WithComputeTimeout(100 * time.Millisecond))
			slowBuild(t, s, 10000, cancellable)
			start := time.Now()
			resp := serve(t, s, request{target: "/v1/briefs", contentType: "text/plain", body: slowText(500)})
			p := problemOf(t, resp, ErrWorkLimit)
			assert.Contains(t, p.Detail, "100ms")
			assert.Less(t, time.Since(start), time.Second, "answered at the deadline, even when the work cannot stop")
			resp = serve(t, s, request{target: "/v1/briefs", contentType: "text/plain", body: articleText})
			assert.Equal(t, http.StatusOK, resp.StatusCode, "a small request fits")
		})
	}
}

func TestSlowBodiesDoNotHoldTheQueue(t *testing.T) {
	// The review: 66 connections sending a byte every 4 s locked every
	// /v1/* route for 30 s. Each is its own client here, so that only
	// reading bodies before admission, and the minimum rate, protect the
	// others.
	s := New(WithClientKey(func(r *http.Request) string { return r.Header.Get("X-Client") }))
	addr := listen(t, s, nil)
	var conns []net.Conn
	for i := range 66 {
		conns = append(conns, dial(t, addr, fmt.Sprintf("POST /v1/briefs HTTP/1.1\r\nHost: test\r\nX-Client: slow-%d\r\n"+
			"Content-Type: text/plain\r\nContent-Length: 100000\r\n\r\nA", i)))
	}
	time.Sleep(300 * time.Millisecond) // every slow body is being read
	okBrief(t, addr)
	start := time.Now()
	var wg sync.WaitGroup
	for _, conn := range conns {
		wg.Go(func() {
			resp := readResponse(t, conn, 10*time.Second)
			problemOf(t, resp, ErrRequestTimeout)
		})
	}
	wg.Wait()
	assert.Less(t, time.Since(start), 4*time.Second, "bodies slower than the minimum rate are cut off after its grace")
}

func TestClientLimits(t *testing.T) {
	t.Run("requests in flight", func(t *testing.T) {
		s := New(WithClientLimits(2, 1))
		addr := listen(t, s, nil)
		for range 2 {
			dial(t, addr, "POST /v1/briefs HTTP/1.1\r\nHost: test\r\nContent-Length: 10\r\n\r\n")
		}
		time.Sleep(100 * time.Millisecond)
		resp, err := http.Post("http://"+addr+"/v1/briefs", "text/plain", strings.NewReader(articleText))
		require.NoError(t, err)
		p := problemOf(t, resp, ErrBusy)
		assert.Contains(t, p.Detail, "this client")
		assert.Equal(t, "1", resp.Header.Get("Retry-After"))
	})
	t.Run("share of the workers", func(t *testing.T) {
		l := newLimiter(2, 4, 100*time.Millisecond).perClientLimits(8, 1)
		a, leaveA, err := l.join("a")
		require.NoError(t, err)
		defer leaveA()
		b, leaveB, err := l.join("b")
		require.NoError(t, err)
		defer leaveB()
		release, err := l.acquire(context.Background(), a, false)
		require.NoError(t, err)
		_, err = l.acquire(context.Background(), a, false)
		require.ErrorIs(t, err, ErrBusy, "a holds its share: one worker of two")
		releaseB, err := l.acquire(context.Background(), b, false)
		require.NoError(t, err, "b gets the other at once")
		releaseB()
		release()
		assert.Empty(t, l.work)
		assert.Empty(t, a.working)
	})
	t.Run("heavy inputs leave a worker", func(t *testing.T) {
		l := newLimiter(2, 4, 100*time.Millisecond).perClientLimits(8, 2)
		release, err := l.acquire(context.Background(), nil, true)
		require.NoError(t, err)
		_, err = l.acquire(context.Background(), nil, true)
		require.ErrorIs(t, err, ErrBusy, "one of two workers for large inputs")
		small, err := l.acquire(context.Background(), nil, false)
		require.NoError(t, err, "the other is left for small ones")
		small()
		release()
	})
	t.Run("clients are forgotten", func(t *testing.T) {
		l := newLimiter(2, 4, time.Second)
		_, leave, err := l.join("a")
		require.NoError(t, err)
		leave()
		assert.Empty(t, l.clients)
	})
}

func TestMemoryBudget(t *testing.T) {
	b := newBudget(100)
	require.NoError(t, b.take(60))
	require.ErrorIs(t, b.take(50), ErrBusy)
	require.ErrorIs(t, b.take(101), ErrTooLarge)
	b.give(60)
	require.NoError(t, b.take(100))
	b.give(100)
	assert.Zero(t, b.inUse())

	s := New(WithMemoryBudget(1 << 20))
	resp := serve(t, s, request{target: "/v1/briefs", contentType: "text/plain", body: slowText(2000)})
	p := problemOf(t, resp, ErrTooLarge)
	assert.Contains(t, p.Detail, "memory")
	assert.Zero(t, s.budget.inUse(), "everything taken is given back")
	resp = serve(t, s, request{target: "/v1/briefs", contentType: "text/plain", body: articleText})
	assert.Equal(t, http.StatusOK, resp.StatusCode)
}

func TestLargeInputsLeaveAWorker(t *testing.T) {
	// Two clients post large texts whose building lasts until release; a
	// third posting a small one is answered while they still build.
	s := New(WithWorkers(2), WithClientKey(func(r *http.Request) string { return r.Header.Get("X-Client") }))
	release := slowBuild(t, s, heavyText, false)
	addr := listen(t, s, nil)
	post := func(client, text string) (int, error) {
		req, err := http.NewRequest(http.MethodPost, "http://"+addr+"/v1/briefs", strings.NewReader(text))
		if err != nil {
			return 0, err
		}
		req.Header.Set("Content-Type", "text/plain")
		req.Header.Set("X-Client", client)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0, err
		}
		body(t, resp)
		return resp.StatusCode, nil
	}
	var heavyDone sync.WaitGroup
	var finished atomic.Int32
	for _, c := range []string{"a", "b"} {
		heavyDone.Go(func() {
			code, err := post(c, slowText(2000)) // 77 kB
			assert.NoError(t, err)
			assert.Equal(t, http.StatusOK, code)
			finished.Add(1)
		})
	}
	time.Sleep(200 * time.Millisecond) // both large texts are building
	start := time.Now()
	code, err := post("c", articleText)
	require.NoError(t, err)
	assert.Equal(t, http.StatusOK, code)
	assert.Less(t, time.Since(start), time.Second, "the small request does not wait for the large ones")
	assert.Zero(t, finished.Load(), "the small request was answered while both large ones were still building")
	release()
	heavyDone.Wait()
}
