package main

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// The simulated clients of the attack run: the client measured is 0, the
// pathological-text clients come next, then the slow-body connections.
const (
	measuredClient = 0
	firstAttacker  = 1
	firstSlowBody  = 100
)

// attackResult is what the attack run measured: the small-brief client
// alone and under attack, what the attackers got, and the server's RSS.
type attackResult struct {
	Idle, Attacked *result
	// Patho counts the statuses of the pathological requests that ended.
	Patho map[string]int
	// SlowCut counts the slow-body connections the server answered
	// (408 or 503) or closed; SlowOpened counts those opened.
	SlowCut, SlowOpened atomic.Int64
	PeakRSS             int64
	PathoSize           int
	PathoClients, Slow  int
}

// pathological returns a text of about size bytes that is hardest for
// Build: nothing but short sentences, each a candidate point.
func pathological(size int) []byte {
	var b strings.Builder
	b.WriteString("Markets Move\n\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "Officials said item %d rose sharply. ", i)
		if i%20 == 19 {
			b.WriteString("\n\n")
		}
	}
	return []byte(b.String())
}

// attack measures the small-brief client alone, then while pathoClients
// clients post pathological texts of pathoSize bytes in a loop and slow
// connections drip their bodies a byte every 4 s (reconnecting when cut
// off), sampling the server's RSS throughout.
func (c *client) attack(small [][]byte, requests int, minTime time.Duration, pathoClients, pathoSize, slow int, rss func() (int64, int64)) (*attackResult, error) {
	res := &attackResult{Patho: map[string]int{}, PathoSize: pathoSize, PathoClients: pathoClients, Slow: slow}
	idle, err := c.sequence(small, requests, 0)
	if err != nil {
		return nil, err
	}
	res.Idle = idle

	var mu sync.Mutex
	stopSampling := sample(rss, 100*time.Millisecond, func(cur int64) {
		mu.Lock()
		res.PeakRSS = max(res.PeakRSS, cur)
		mu.Unlock()
	})
	defer stopSampling()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	text := pathological(pathoSize)
	for k := range pathoClients {
		wg.Go(func() {
			for ctx.Err() == nil {
				_, status := c.sendCtx(ctx, firstAttacker+k, "text/plain", text)
				if ctx.Err() == nil {
					mu.Lock()
					res.Patho[status]++
					mu.Unlock()
				}
			}
		})
	}
	for k := range slow {
		wg.Go(func() { c.drip(ctx, firstSlowBody+k, &res.SlowOpened, &res.SlowCut) })
	}
	time.Sleep(3 * time.Second) // every attacker has started
	attacked, err := c.sequence(small, requests, minTime)
	cancel()
	wg.Wait()
	if err != nil {
		return nil, err
	}
	res.Attacked = attacked
	return res, nil
}

// sequence sends small-brief requests, one at a time, as the measured
// client: requests of them, and more until minTime has passed.
func (c *client) sequence(bodies [][]byte, requests int, minTime time.Duration) (*result, error) {
	res := &result{Clients: 1, Statuses: map[string]int{}}
	start := time.Now()
	for i := 0; i < requests || time.Since(start) < minTime; i++ {
		d, status := c.post(measuredClient, bodies[i%len(bodies)])
		res.record(d, status)
	}
	res.Wall = time.Since(start)
	sortDurations(res.Latencies)
	if res.Requests == 0 {
		return nil, fmt.Errorf("no request sent")
	}
	return res, nil
}

// sendCtx is send bound to ctx.
func (c *client) sendCtx(ctx context.Context, k int, ct string, body []byte) (time.Duration, string) {
	start := time.Now()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, strings.NewReader(string(body)))
	if err != nil {
		return 0, "error: " + err.Error()
	}
	req.Header.Set("Content-Type", ct)
	resp, err := c.of(k).Do(req)
	if err != nil {
		return time.Since(start), "error"
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusServiceUnavailable && resp.Header.Get("Retry-After") != "" {
		return time.Since(start), busyStatus
	}
	return time.Since(start), fmt.Sprint(resp.StatusCode)
}

// drip keeps one slow-body connection open as simulated client k until
// ctx ends: it announces a 100 kB body and sends a byte every 4 s,
// reconnecting whenever the server answers or closes the connection.
func (c *client) drip(ctx context.Context, k int, opened, cut *atomic.Int64) {
	u, err := url.Parse(c.url)
	if err != nil {
		return
	}
	for ctx.Err() == nil {
		d := net.Dialer{Timeout: 5 * time.Second}
		if c.distinct {
			d.LocalAddr = &net.TCPAddr{IP: sourceAddr(k)}
		}
		conn, err := d.DialContext(ctx, "tcp", u.Host)
		if err != nil {
			sleep(ctx, time.Second)
			continue
		}
		opened.Add(1)
		answered := make(chan struct{})
		go func() {
			defer close(answered)
			http.ReadResponse(bufio.NewReader(conn), nil)
		}()
		fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n", u.Path, u.Host)
	drip:
		for {
			if _, err := conn.Write([]byte("a")); err != nil {
				break
			}
			select {
			case <-answered:
				break drip
			case <-ctx.Done():
				break drip
			case <-time.After(4 * time.Second):
			}
		}
		conn.Close()
		<-answered
		if ctx.Err() == nil {
			cut.Add(1)
		}
	}
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}
