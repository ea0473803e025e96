package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// client sends the requests: each simulated client has its own
// connection pool and, with distinct, its own loopback source address
// (127.1.x.y), so that the server's per-client limits see it as a client
// of its own, as they would see distinct users.
type client struct {
	url      string
	distinct bool
	mu       sync.Mutex
	pools    map[int]*http.Client
}

func newClient(base string, distinct bool) *client {
	return &client{url: base + "v1/briefs", distinct: distinct, pools: map[int]*http.Client{}}
}

// sourceAddr is the loopback address of simulated client i (1 to 64,000).
func sourceAddr(i int) net.IP { return net.IPv4(127, 1, byte(i/250), byte(i%250+1)) }

// of returns the HTTP client of simulated client i.
func (c *client) of(i int) *http.Client {
	c.mu.Lock()
	defer c.mu.Unlock()
	if h := c.pools[i]; h != nil {
		return h
	}
	d := &net.Dialer{Timeout: 10 * time.Second}
	if c.distinct {
		d.LocalAddr = &net.TCPAddr{IP: sourceAddr(i)}
	}
	tr := &http.Transport{DialContext: d.DialContext, MaxIdleConnsPerHost: 2, IdleConnTimeout: time.Minute}
	h := &http.Client{Transport: tr, Timeout: 2 * time.Minute}
	c.pools[i] = h
	return h
}

// result is what one level measured.
type result struct {
	Clients   int             `json:"clients"`
	Requests  int             `json:"requests"`
	Errors    int             `json:"errors"` // failures other than 503 with Retry-After
	Busy      int             `json:"busy"`   // 503s with Retry-After
	Statuses  map[string]int  `json:"statuses"`
	Wall      time.Duration   `json:"wall"`
	Latencies []time.Duration `json:"-"`
	PeakRSS   int64           `json:"peakRSS"`
}

// rate is requests per second.
func (r *result) rate() float64 { return float64(r.Requests) / r.Wall.Seconds() }

// percentile returns the q-quantile of the latencies (nearest rank).
func (r *result) percentile(q float64) time.Duration {
	if len(r.Latencies) == 0 {
		return 0
	}
	i := int(q*float64(len(r.Latencies))+0.5) - 1
	return r.Latencies[min(max(i, 0), len(r.Latencies)-1)]
}

// mean is the mean latency.
func (r *result) mean() time.Duration {
	var sum time.Duration
	for _, d := range r.Latencies {
		sum += d
	}
	return sum / time.Duration(max(len(r.Latencies), 1))
}

// load sends n requests from clients goroutines, or fewer when maxTime
// passes, sampling rss meanwhile when it is given.
func (c *client) load(bodies [][]byte, clients, n int, maxTime time.Duration, rss func() (int64, int64)) (*result, error) {
	var next atomic.Int64
	deadline := time.Now().Add(maxTime)
	res := &result{Clients: clients, Statuses: map[string]int{}}
	var mu sync.Mutex
	stopSampling := sample(rss, 100*time.Millisecond, func(cur int64) { res.PeakRSS = max(res.PeakRSS, cur) })
	start := time.Now()
	var wg sync.WaitGroup
	for k := range clients {
		wg.Go(func() {
			for {
				i := next.Add(1) - 1
				if i >= int64(n) || time.Now().After(deadline) {
					return
				}
				d, status := c.post(k, bodies[i%int64(len(bodies))])
				mu.Lock()
				res.record(d, status)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	res.Wall = time.Since(start)
	stopSampling()
	sortDurations(res.Latencies)
	if res.Requests == 0 {
		return nil, fmt.Errorf("no request finished within %v", maxTime)
	}
	return res, nil
}

// sortDurations sorts ds in increasing order.
func sortDurations(ds []time.Duration) {
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
}

// busyStatus is the status of a 503 with Retry-After: the server turning
// work away as it should under overload, which the 64-client target
// allows.
const busyStatus = "503+Retry-After"

// record notes one request.
func (r *result) record(d time.Duration, status string) {
	r.Requests++
	r.Latencies = append(r.Latencies, d)
	if status != "200" {
		r.Statuses[status]++
		if status == busyStatus {
			r.Busy++
		} else {
			r.Errors++
		}
	}
}

// post sends one request as simulated client k and reads the whole
// response; the status is the status code ("503+Retry-After" for a 503
// that says when to retry), or the error.
func (c *client) post(k int, body []byte) (time.Duration, string) {
	return c.send(k, "application/json", body)
}

// send posts body with content type ct as simulated client k.
func (c *client) send(k int, ct string, body []byte) (time.Duration, string) {
	start := time.Now()
	resp, err := c.of(k).Post(c.url, ct, bytes.NewReader(body))
	if err != nil {
		return time.Since(start), "error: " + err.Error()
	}
	_, err = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	d := time.Since(start)
	if err != nil {
		return d, "error: " + err.Error()
	}
	if resp.StatusCode == http.StatusServiceUnavailable && resp.Header.Get("Retry-After") != "" {
		return d, busyStatus
	}
	return d, fmt.Sprint(resp.StatusCode)
}

// sample calls rss every interval and passes the current RSS to note,
// until the returned function is called.
func sample(rss func() (int64, int64), interval time.Duration, note func(int64)) (stop func()) {
	if rss == nil {
		return func() {}
	}
	done, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			cur, _ := rss()
			note(cur)
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() { close(done); <-finished }
}
