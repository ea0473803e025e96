package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The tests in this file run the built binary, as a user does: streams,
// exit status and files as the shell sees them. NEWSBRIEF_BIN names
// another binary to test instead (such as one built from an older commit).

var (
	buildOnce sync.Once
	builtBin  string
	buildErr  error
	buildOut  []byte
)

// binary returns the path of the newsbrief binary, built once per test run.
func binary(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("NEWSBRIEF_BIN"); p != "" {
		return p
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "newsbrief-bin-")
		if err != nil {
			buildErr = err
			return
		}
		builtBin = filepath.Join(dir, "newsbrief")
		// -buildvcs=auto overrides a GOFLAGS=-buildvcs=false: the binary
		// stamps its revision where the go command can (a clone; not a
		// git worktree, whose .git is a file).
		buildOut, buildErr = exec.Command("go", "build", "-buildvcs=auto", "-o", builtBin, ".").CombinedOutput()
		if buildErr != nil && strings.Contains(string(buildOut), "VCS") {
			// git is there but cannot tell the status (such as a
			// repository owned by another user): build unstamped.
			buildOut, buildErr = exec.Command("go", "build", "-buildvcs=false", "-o", builtBin, ".").CombinedOutput()
		}
	})
	require.NoError(t, buildErr, "go build: %s", buildOut)
	return builtBin
}

// TestMain removes the binary built by the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if builtBin != "" {
		os.RemoveAll(filepath.Dir(builtBin))
	}
	os.Exit(code)
}

// result is what a run of the binary gave.
type result struct {
	code           int
	stdout, stderr string
}

// runBinary runs the binary with stdin (nil for none) and returns what it
// did. A run that takes more than a minute is killed and fails the test.
func runBinary(t *testing.T, stdin io.Reader, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary(t), args...)
	cmd.Stdin = stdin
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	code := 0
	switch {
	case err == nil:
	case errorAs(err, &exit):
		code = exit.ExitCode()
	default:
		require.NoError(t, err)
	}
	require.NoError(t, ctx.Err(), "newsbrief %s did not end", strings.Join(args, " "))
	return result{code, out.String(), errOut.String()}
}

func errorAs(err error, target **exec.ExitError) bool {
	e, ok := err.(*exec.ExitError)
	if ok {
		*target = e
	}
	return ok
}

// gitHead returns the commit of the source tree, or "" outside git.
func gitHead() string {
	out, err := exec.Command("git", "rev-parse", "HEAD").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}
