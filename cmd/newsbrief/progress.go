package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"sync/atomic"
	"time"
)

// progress reports a batch's progress on stderr: a bar redrawn in place on
// a terminal, else a plain line now and then (for logs). It shows lines
// done out of the total when the total is known, the rate, the time left,
// and failures and bad lines apart. Only update and done draw, from one
// goroutine; the total may be set from another.
type progress struct {
	w     io.Writer
	tty   bool
	now   func() time.Time
	every time.Duration // the least time between two draws
	start time.Time
	last  time.Time    // of the last draw
	total atomic.Int64 // lines in the input, 0 until known
	width int          // of the last bar drawn, to clear it
}

// Draw intervals: a bar can move often; a log line every so often is
// enough.
const (
	barEvery  = 200 * time.Millisecond
	lineEvery = 10 * time.Second
)

func newProgress(w io.Writer, tty bool, now func() time.Time) *progress {
	p := &progress{w: w, tty: tty, now: now, every: lineEvery}
	if tty {
		p.every = barEvery
	}
	p.start = now()
	p.last = p.start
	return p
}

// countLines sets the total to the number of lines of f, when f is a
// regular file. It reads with ReadAt, leaving f's offset to its reader,
// and may run in its own goroutine.
func (p *progress) countLines(f *os.File) {
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() || fi.Size() == 0 {
		return
	}
	r := io.NewSectionReader(f, 0, fi.Size())
	buf := make([]byte, 1<<20)
	n, last := int64(0), byte('\n')
	for {
		k, err := r.Read(buf)
		if k > 0 {
			n += int64(bytes.Count(buf[:k], []byte{'\n'}))
			last = buf[k-1]
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return
		}
	}
	if last != '\n' {
		n++ // a last line without a line ending
	}
	p.total.Store(n)
}

// update redraws the progress of st, at most once per interval.
func (p *progress) update(st batchStats) {
	t := p.now()
	if t.Sub(p.last) < p.every {
		return
	}
	p.last = t
	p.draw(st, t)
}

// done draws the final state on a terminal and ends the bar's line. (A log
// gets the summary from the command instead.)
func (p *progress) done(st batchStats) {
	if !p.tty || st.lines == 0 {
		return
	}
	p.draw(st, p.now())
	fmt.Fprintln(p.w)
}

func (p *progress) draw(st batchStats, t time.Time) {
	status := p.status(st, t.Sub(p.start))
	if !p.tty {
		fmt.Fprintf(p.w, "newsbrief batch: %s\n", status)
		return
	}
	line := status
	if total := p.total.Load(); total > 0 {
		line = bar(float64(st.lines)/float64(total), 24) + " " + status
	}
	pad := max(p.width-len(line), 0)
	p.width = len(line)
	fmt.Fprintf(p.w, "\r%s%s", line, strings.Repeat(" ", pad))
}

// status words the progress after elapsed: "120/391 lines (31%), 12.4
// lines/s, 0:21 left, 3 failed, 1 bad line".
func (p *progress) status(st batchStats, elapsed time.Duration) string {
	total := int(p.total.Load())
	var b strings.Builder
	if total > 0 {
		fmt.Fprintf(&b, "%d/%d lines (%d%%)", st.lines, total, st.lines*100/max(total, 1))
	} else {
		b.WriteString(plural(st.lines, "line"))
	}
	if secs := elapsed.Seconds(); secs > 0 && st.lines > 0 {
		rate := float64(st.lines) / secs
		prec := 1
		if rate < 1 {
			prec = 2
		}
		fmt.Fprintf(&b, ", %.*f lines/s", prec, rate)
		if total > st.lines {
			left := time.Duration(float64(total-st.lines) / rate * float64(time.Second))
			fmt.Fprintf(&b, ", %s left", clock(left))
		}
	}
	if st.failed > 0 {
		fmt.Fprintf(&b, ", %d failed", st.failed)
	}
	if st.bad > 0 {
		fmt.Fprintf(&b, ", %s", plural(st.bad, "bad line"))
	}
	return b.String()
}

// bar draws a fraction done as [#####-----] of width cells.
func bar(frac float64, width int) string {
	n := int(min(max(frac, 0), 1) * float64(width))
	return "[" + strings.Repeat("#", n) + strings.Repeat("-", width-n) + "]"
}

// clock writes d as m:ss, or h:mm:ss from an hour on.
func clock(d time.Duration) string {
	s := int(d.Round(time.Second).Seconds())
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
