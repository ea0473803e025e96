package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// openPTY opens a pseudo-terminal: what the binary sees as a terminal is
// the pty's other end, which the test reads and writes.
func openPTY(t *testing.T) (pty, tty *os.File) {
	t.Helper()
	pty, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no pseudo-terminal in CI: %v", err)
		}
		t.Skipf("no pseudo-terminal to test terminal behaviour: %v", err)
	}
	t.Cleanup(func() { pty.Close() })
	var unlock int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, pty.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		t.Fatalf("unlocking the pty: %v", e)
	}
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, pty.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		t.Fatalf("naming the pty: %v", e)
	}
	tty, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	require.NoError(t, err)
	return pty, tty
}

// drain collects what the binary writes to the terminal until it closes.
func drain(pty *os.File) func() string {
	var buf bytes.Buffer
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		io.Copy(&buf, pty) // ends with EIO once no process holds the terminal
	}()
	return func() string { wg.Wait(); return buf.String() }
}

func TestBinaryStdinTerminal(t *testing.T) {
	pty, tty := openPTY(t)
	cmd := exec.Command(binary(t), "brief", "-format", "text")
	var out, errOut bytes.Buffer
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, &out, &errOut
	require.NoError(t, cmd.Start())
	tty.Close()
	echo := drain(pty)
	time.Sleep(100 * time.Millisecond) // let it start reading, as a user would
	_, err := io.WriteString(pty, "Harbour Bridge Reopens\n\nThe harbour bridge reopened on Monday after eight months of repairs that cost 12 million euros.\n\x04")
	require.NoError(t, err)
	waitOrKill(t, cmd)
	pty.Close()
	echo()
	assert.Equal(t, "reading article from stdin; Ctrl-D to end\n", errOut.String())
	assert.True(t, strings.HasPrefix(out.String(), "Harbour Bridge Reopens\n"), out.String())
}

func TestBinaryProgressBarOnATerminal(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	lines := []string{sampleLine(t, "a"), `not json`, sampleLine(t, "b"), `{"id": "e", "html": "<html><body><nav>menu</nav></body></html>"}`, sampleLine(t, "c"), sampleLine(t, "d")}
	require.NoError(t, os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644))

	pty, tty := openPTY(t)
	cmd := exec.Command(binary(t), "batch", "-in", in, "-out", filepath.Join(dir, "out.jsonl"))
	cmd.Stderr = tty
	require.NoError(t, cmd.Start())
	tty.Close()
	screen := drain(pty)
	waitOrKill(t, cmd)
	got := screen()
	assert.Contains(t, got, "\r[########################] 6/6 lines (100%), ", "a bar with done/total: %q", got)
	assert.Regexp(t, `6/6 lines \(100%\), [0-9.]+ lines/s, 1 failed, 1 bad line`, got, "rate, failures and bad lines apart")
	assert.Contains(t, got, "newsbrief batch: 6 lines: 4 briefs, 1 article without a brief, 1 bad line")
}

// waitOrKill waits for cmd, killing it after a minute.
func waitOrKill(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var exit *exec.ExitError
		if err != nil && !errors.As(err, &exit) {
			t.Fatal(err)
		}
	case <-time.After(time.Minute):
		cmd.Process.Kill()
		<-done
		t.Fatal("newsbrief did not end")
	}
}

func TestBinaryBatchInterrupted(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	require.NoError(t, os.WriteFile(out, []byte("old\n"), 0o644))
	cmd := exec.Command(binary(t), "batch", "-out", out)
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	require.NoError(t, cmd.Start())
	_, err = io.WriteString(stdin, sampleLine(t, "a")+"\n")
	require.NoError(t, err)
	// The temporary output exists once the binary handles Ctrl-C.
	for start := time.Now(); ; time.Sleep(20 * time.Millisecond) {
		if tmp, _ := filepath.Glob(filepath.Join(dir, ".out.jsonl.*.tmp")); len(tmp) > 0 {
			break
		}
		require.Less(t, time.Since(start), 30*time.Second, "no temporary output")
	}
	require.NoError(t, cmd.Process.Signal(os.Interrupt))
	waitOrKill(t, cmd)
	stdin.Close()
	assert.Equal(t, 1, cmd.ProcessState.ExitCode())
	assert.Contains(t, errOut.String(), "interrupted after ")
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, "old\n", string(data))
	assertOnlyFiles(t, dir, "out.jsonl")
}

func TestIsTerminal(t *testing.T) {
	_, tty := openPTY(t)
	defer tty.Close()
	assert.True(t, isTerminal(tty))

	null, err := os.Open(os.DevNull)
	require.NoError(t, err)
	defer null.Close()
	assert.False(t, isTerminal(null), "the null device is a character device, not a terminal")

	r, w, err := os.Pipe()
	require.NoError(t, err)
	defer r.Close()
	defer w.Close()
	assert.False(t, isTerminal(r))
	assert.False(t, isTerminal(strings.NewReader("")))
}
