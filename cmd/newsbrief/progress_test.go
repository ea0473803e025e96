package main

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// fakeClock is a clock the test moves.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time { return c.t }

func TestProgressLinesWhenNotATerminal(t *testing.T) {
	clock := &fakeClock{time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)}
	var w strings.Builder
	p := newProgress(&w, false, clock.now)
	p.total.Store(400)

	clock.t = clock.t.Add(5 * time.Second)
	p.update(batchStats{lines: 50})
	assert.Empty(t, w.String(), "nothing before the first interval")

	clock.t = clock.t.Add(5 * time.Second)
	p.update(batchStats{lines: 100, failed: 3, bad: 1})
	assert.Equal(t, "newsbrief batch: 100/400 lines (25%), 10.0 lines/s, 0:30 left, 3 failed, 1 bad line\n", w.String())

	clock.t = clock.t.Add(time.Second)
	p.update(batchStats{lines: 110, failed: 3, bad: 1})
	assert.Equal(t, 1, strings.Count(w.String(), "\n"), "at most one line per interval")

	clock.t = clock.t.Add(20 * time.Second)
	p.update(batchStats{lines: 310, failed: 3, bad: 2})
	assert.Equal(t, "newsbrief batch: 310/400 lines (77%), 10.0 lines/s, 0:09 left, 3 failed, 2 bad lines\n", strings.SplitAfter(w.String(), "\n")[1])

	p.done(batchStats{lines: 400})
	assert.Equal(t, 2, strings.Count(w.String(), "\n"), "a log gets its summary from the command")
}

func TestProgressBarOnATerminal(t *testing.T) {
	clock := &fakeClock{time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)}
	var w strings.Builder
	p := newProgress(&w, true, clock.now)

	clock.t = clock.t.Add(time.Second)
	p.update(batchStats{lines: 20, bad: 1})
	assert.Equal(t, "\r20 lines, 20.0 lines/s, 1 bad line", w.String(), "total unknown: no bar, no time left")

	p.total.Store(200)
	clock.t = clock.t.Add(time.Second)
	p.update(batchStats{lines: 50, failed: 2, bad: 1})
	assert.True(t, strings.HasSuffix(w.String(), "\r[######------------------] 50/200 lines (25%), 25.0 lines/s, 0:06 left, 2 failed, 1 bad line"), w.String())

	clock.t = clock.t.Add(time.Hour)
	p.update(batchStats{lines: 51})
	last := w.String()[strings.LastIndex(w.String(), "\r"):]
	assert.Contains(t, last, "left ", "a shorter line is padded over the longer one before it")
	assert.Contains(t, last, "51/200 lines (25%), 0.01 lines/s, 2:55:23 left")

	p.done(batchStats{lines: 200})
	assert.True(t, strings.HasSuffix(w.String(), "\n"))
}

func TestClock(t *testing.T) {
	assert.Equal(t, "0:09", clock(9400*time.Millisecond))
	assert.Equal(t, "2:05", clock(125*time.Second))
	assert.Equal(t, "1:00:00", clock(time.Hour))
}
