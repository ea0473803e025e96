package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestServeUsage(t *testing.T) {
	code, usage, _ := runCLI(t, "", "serve", "-h")
	assert.Equal(t, 0, code)
	for _, want := range []string{"usage: newsbrief serve [-addr HOST:PORT]", "NEWSBRIEF_MAX_BODY", "-max-body size", "-fetch-timeout", "-allow-private", "-workers", "-queue", "-widget DIR", `(default "127.0.0.1:8080")`} {
		assert.Contains(t, usage, want)
	}
	code, out, _ := runCLI(t, "", "help")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "\n  serve    run the HTTP service")
}

func TestServeBadCommandLines(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		args []string
		code int
		msg  string
	}{
		{"no workers", nil, []string{"-workers", "0"}, 2, "-workers must be at least 1"},
		{"negative queue", nil, []string{"-queue", "-1"}, 2, "-queue must be at least 0"},
		{"bad size", nil, []string{"-max-body", "12XB"}, 2, `"12XB" is not a size`},
		{"zero size", nil, []string{"-max-body", "0"}, 2, "-max-body must be more than 0"},
		{"bad duration", nil, []string{"-fetch-timeout", "soon"}, 2, "-fetch-timeout"},
		{"log format", nil, []string{"-log-format", "xml"}, 2, "-log-format xml"},
		{"arguments", nil, []string{"now"}, 2, "serve takes no arguments"},
		{"bad environment", map[string]string{"NEWSBRIEF_WORKERS": "many"}, nil, 2, "NEWSBRIEF_WORKERS=many"},
		{"widget dir without the widget", nil, []string{"-widget", "no-such-dir"}, 1, "go run ./wasm/build"},
		{"bad address", nil, []string{"-addr", "127.0.0.1:99999"}, 1, "invalid port"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			code, _, errOut := runCLI(t, "", append([]string{"serve"}, tt.args...)...)
			assert.Equal(t, tt.code, code, errOut)
			assert.Contains(t, errOut, tt.msg)
		})
	}
}

func TestByteSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1048576", 1 << 20, true},
		{"4MiB", 4 << 20, true},
		{"4mib", 4 << 20, true},
		{"4M", 4 << 20, true},
		{"512KB", 512000, true},
		{"512 KiB", 512 << 10, true},
		{"2GB", 2e9, true},
		{"10b", 10, true},
		{"", 0, false},
		{"MiB", 0, false},
		{"-1", 0, false},
		{"1.5MiB", 0, false},
		{"99999999999GiB", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var b byteSize
			err := b.Set(tt.in)
			if !tt.ok {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, int64(b))
		})
	}
}

func TestServeFlagsFromEnv(t *testing.T) {
	t.Setenv("NEWSBRIEF_WORKERS", "3")
	t.Setenv("NEWSBRIEF_QUEUE", "5")
	t.Setenv("NEWSBRIEF_MAX_BODY", "1MiB")
	t.Setenv("NEWSBRIEF_ALLOW_PRIVATE", "true")
	var f serveFlags
	fs := (&cli{}).flags(command{name: "serve"})
	f.define(fs)
	require.NoError(t, parseFlags(fs, []string{"-queue", "7"}))
	require.NoError(t, flagsFromEnv(fs))
	assert.Equal(t, 3, f.workers)
	assert.Equal(t, 7, f.queue, "the command line wins")
	assert.Equal(t, byteSize(1<<20), f.maxBody)
	assert.True(t, f.allowPrivate)
	assert.Equal(t, "NEWSBRIEF_FETCH_TIMEOUT", envName("fetch-timeout"))
}

func TestServe(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	old := serveContext
	serveContext = func() (context.Context, context.CancelFunc) { return ctx, cancel }
	t.Cleanup(func() { serveContext = old })

	logR, logW := io.Pipe()
	done := make(chan int, 1)
	go func() {
		code := run([]string{"serve", "-addr", "127.0.0.1:0", "-log-format", "json", "-workers", "2"}, strings.NewReader(""), io.Discard, logW)
		logW.Close()
		done <- code
	}()
	logs := make(chan map[string]any, 100)
	go func() {
		sc := bufio.NewScanner(logR)
		for sc.Scan() {
			var m map[string]any
			if json.Unmarshal(sc.Bytes(), &m) == nil {
				logs <- m
			}
		}
		close(logs)
	}()
	var base string
	for m := range logs {
		if m["msg"] == "newsbrief serve: listening" {
			base = m["url"].(string)
			break
		}
	}
	require.NotEmpty(t, base)

	resp, err := http.Get(base + "healthz")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	resp, err = http.Post(base+"v1/briefs", "text/plain", strings.NewReader("Harbour Bridge Reopens\n\nThe harbour bridge reopened on Monday after eight months of repairs that cost €12 million."))
	require.NoError(t, err)
	data, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode, string(data))
	assert.Contains(t, string(data), `"headline": "Harbour Bridge Reopens"`)

	cancel()
	select {
	case code := <-done:
		assert.Equal(t, 0, code)
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
	var requests []map[string]any
	var stopped bool
	for m := range logs {
		switch m["msg"] {
		case "request":
			requests = append(requests, m)
		case "newsbrief serve: stopped":
			stopped = true
		}
	}
	require.Len(t, requests, 2, "one log line per request")
	assert.Equal(t, "/healthz", requests[0]["path"])
	assert.Equal(t, "/v1/briefs", requests[1]["path"])
	assert.Equal(t, 200.0, requests[1]["status"])
	assert.True(t, stopped)
}
