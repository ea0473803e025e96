package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
)

// serverProcess is the server under load: one loadbench started, or one
// given by -url.
type serverProcess struct {
	url  string
	pid  int
	cmd  *exec.Cmd
	args []string
	// tmp is the directory of the binary loadbench built, removed at the
	// end.
	tmp string
	// logErrors counts the server's log lines at level ERROR.
	logErrors atomic.Int64
	done      chan struct{}
}

// startServer builds newsbrief (unless -bin or -url) and starts
// `newsbrief serve` on a free loopback port.
func startServer(o options) (*serverProcess, error) {
	if o.url != "" {
		return &serverProcess{url: strings.TrimSuffix(o.url, "/") + "/", pid: o.pid}, nil
	}
	bin, tmp := o.bin, ""
	if bin == "" {
		var err error
		if bin, err = buildNewsbrief(); err != nil {
			return nil, err
		}
		tmp = filepath.Dir(bin)
	}
	args := append([]string{"serve", "-addr", "127.0.0.1:0", "-log-format", "json"}, o.serveArgs...)
	cmd := exec.Command(bin, args...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &serverProcess{pid: cmd.Process.Pid, cmd: cmd, args: args, tmp: tmp, done: make(chan struct{})}
	urls := make(chan string, 1)
	go s.readLog(stderr, urls)
	select {
	case s.url = <-urls:
		return s, nil
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		return nil, errors.New("newsbrief serve did not start within 30 s")
	}
}

// readLog reads the server's JSON log: the address it listens on, then
// the request lines, counting errors.
func (s *serverProcess) readLog(r io.Reader, urls chan<- string) {
	defer close(s.done)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		var line struct {
			Level string `json:"level"`
			Msg   string `json:"msg"`
			URL   string `json:"url"`
		}
		if json.Unmarshal(sc.Bytes(), &line) != nil {
			fmt.Fprintf(os.Stderr, "server: %s\n", sc.Text())
			continue
		}
		switch {
		case line.Msg == "newsbrief serve: listening":
			urls <- line.URL
		case line.Level == "ERROR":
			s.logErrors.Add(1)
		}
	}
}

// buildNewsbrief builds cmd/newsbrief of the main module into a temporary
// directory.
func buildNewsbrief() (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/newsbrief/newsbrief").Output()
	if err != nil {
		return "", fmt.Errorf("finding the main module: %w", err)
	}
	dir, err := os.MkdirTemp("", "loadbench")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "newsbrief")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/newsbrief")
	cmd.Dir = strings.TrimSpace(string(out))
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go build ./cmd/newsbrief: %w", err)
	}
	return bin, nil
}

// rss returns the server's resident set size and its peak (VmRSS and
// VmHWM from /proc), in bytes, or zeros when they cannot be read.
func (s *serverProcess) rss() (cur, peak int64) {
	if s.pid == 0 {
		return 0, 0
	}
	data, err := os.ReadFile("/proc/" + strconv.Itoa(s.pid) + "/status")
	if err != nil {
		return 0, 0
	}
	for line := range strings.Lines(string(data)) {
		k, v, _ := strings.Cut(line, ":")
		f := strings.Fields(v)
		if len(f) < 1 {
			continue
		}
		kb, _ := strconv.ParseInt(f[0], 10, 64)
		switch k {
		case "VmRSS":
			cur = kb << 10
		case "VmHWM":
			peak = kb << 10
		}
	}
	return cur, peak
}

// stop stops a server loadbench started, with SIGTERM (a graceful
// shutdown), and waits for it.
func (s *serverProcess) stop() {
	if s.cmd == nil {
		return
	}
	s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(30 * time.Second):
		s.cmd.Process.Kill()
	}
	s.cmd.Wait()
	if s.tmp != "" {
		os.RemoveAll(s.tmp)
	}
}
