package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// soakResult is what the soak run measured: the load, and the server's
// RSS once a second.
type soakResult struct {
	*result
	Duration time.Duration
	RSS      []int64 // one sample a second
}

// soak sends requests from clients goroutines for d and samples the
// server's RSS once a second.
func (c *client) soak(bodies [][]byte, clients int, d time.Duration, rss func() (int64, int64)) (*soakResult, error) {
	res := &soakResult{result: &result{Clients: clients, Statuses: map[string]int{}}, Duration: d}
	var mu sync.Mutex
	stopSampling := sample(rss, time.Second, func(cur int64) {
		mu.Lock()
		res.RSS = append(res.RSS, cur)
		res.PeakRSS = max(res.PeakRSS, cur)
		mu.Unlock()
	})
	var next atomic.Int64
	deadline := time.Now().Add(d)
	start := time.Now()
	var wg sync.WaitGroup
	for k := range clients {
		wg.Go(func() {
			for time.Now().Before(deadline) {
				i := next.Add(1) - 1
				dur, status := c.post(k, bodies[i%int64(len(bodies))])
				mu.Lock()
				res.record(dur, status)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	res.Wall = time.Since(start)
	stopSampling()
	if res.Requests == 0 {
		return nil, fmt.Errorf("no request finished in the soak run")
	}
	sortDurations(res.Latencies)
	return res, nil
}

// window returns the mean of the RSS samples in [from, to) seconds.
func (s *soakResult) window(from, to int) int64 {
	from, to = max(from, 0), min(to, len(s.RSS))
	if to <= from {
		return 0
	}
	var sum int64
	for _, v := range s.RSS[from:to] {
		sum += v
	}
	return sum / int64(to-from)
}
