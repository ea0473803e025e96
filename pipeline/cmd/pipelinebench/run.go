package main

import (
	"bytes"
	"fmt"
	"os/exec"
	"syscall"
	"time"
)

// result is a child process's wall time, CPU time (user and system: what
// other jobs on a shared machine distort less than wall time) and peak
// RSS.
type result struct {
	wall, cpu time.Duration
	maxRSS    int64 // bytes
}

func (r result) String() string {
	return fmt.Sprintf("%.1fs (CPU %.1fs), peak RSS %d MiB", r.wall.Seconds(), r.cpu.Seconds(), r.maxRSS>>20)
}

// runChild runs a command and measures it; its stderr is returned for
// the counts line.
func runChild(name string, args ...string) (result, string, error) {
	cmd := exec.Command(name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	r := result{wall: time.Since(start), cpu: cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSS = ru.Maxrss << 10 // Linux reports KiB
	}
	if err != nil {
		tail := stderr.String()
		if len(tail) > 2000 {
			tail = tail[len(tail)-2000:]
		}
		return r, stderr.String(), fmt.Errorf("%s: %w\n%s", name, err, tail)
	}
	return r, stderr.String(), nil
}
