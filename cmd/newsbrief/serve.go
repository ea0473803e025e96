package main

import (
	"context"
	"flag"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/newsbrief/newsbrief/server"
)

// serveContext returns the context serve runs in: done on SIGINT or
// SIGTERM. Tests replace it.
var serveContext = func() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}

// serveFlags are the flags of serve.
type serveFlags struct {
	addr         string
	maxBody      byteSize
	fetchTimeout time.Duration
	allowPrivate bool
	workers      int
	queue        int
	widget       string
	logFormat    string
}

// define defines the flags on fs.
func (f *serveFlags) define(fs *flag.FlagSet) {
	f.maxBody = server.DefaultMaxBody
	fs.StringVar(&f.addr, "addr", "127.0.0.1:8080", "`address` to listen on")
	fs.Var(&f.maxBody, "max-body", "largest request body, and largest page fetched for a URL (`size`: 4MiB, 512KB, 1048576)")
	fs.DurationVar(&f.fetchTimeout, "fetch-timeout", server.DefaultFetchTimeout, "time limit of each fetch of an article's URL")
	fs.BoolVar(&f.allowPrivate, "allow-private", false, "allow articles' URLs on loopback and private networks (trusted clients only)")
	fs.IntVar(&f.workers, "workers", runtime.GOMAXPROCS(0), "how many requests build, extract, parse or render at once")
	fs.IntVar(&f.queue, "queue", server.DefaultQueue, "how many more requests may wait for a worker; the rest get 503")
	fs.StringVar(&f.widget, "widget", "", "`DIR` of the <news-brief> widget built by go run ./wasm/build (default: wasm/dist of the newsbrief source tree when built there, else the widget built into this binary)")
	fs.StringVar(&f.logFormat, "log-format", "text", "request log `format` on stderr: text or json")
}

// check rejects values that make no sense.
func (f *serveFlags) check() error {
	switch {
	case f.maxBody <= 0:
		return usageError{"-max-body must be more than 0"}
	case f.fetchTimeout <= 0:
		return usageError{"-fetch-timeout must be more than 0"}
	case f.workers < 1:
		return usageError{"-workers must be at least 1"}
	case f.queue < 0:
		return usageError{"-queue must be at least 0"}
	case f.logFormat != "text" && f.logFormat != "json":
		return usageError{"-log-format " + f.logFormat + ": want text or json"}
	}
	return nil
}

func runServe(c *cli, fs *flag.FlagSet, args []string) error {
	var f serveFlags
	f.define(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := flagsFromEnv(fs); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"serve takes no arguments"}
	}
	if err := f.check(); err != nil {
		return err
	}
	logger := newLogger(c.stderr, f.logFormat)
	opts, err := f.options(logger)
	if err != nil {
		return err
	}
	s := server.New(opts...)
	ln, err := net.Listen("tcp", f.addr)
	if err != nil {
		return err
	}
	ctx, stop := serveContext()
	defer stop()
	logger.Info("newsbrief serve: listening", "url", "http://"+ln.Addr().String()+"/", "workers", f.workers, "queue", f.queue,
		"max_body", int64(f.maxBody), "fetch_timeout", f.fetchTimeout, "allow_private", f.allowPrivate)
	err = s.Serve(ctx, ln, nil)
	logger.Info("newsbrief serve: stopped")
	return err
}

// options makes the server's options from the flags, finding the
// widget's files. A -widget DIR without them is an error; by default the
// widget is the source tree's fresh build, else the one built in.
func (f *serveFlags) options(logger *slog.Logger) ([]server.Option, error) {
	opts := []server.Option{
		server.WithMaxBody(int64(f.maxBody)),
		server.WithFetchTimeout(f.fetchTimeout),
		server.WithAllowPrivate(f.allowPrivate),
		server.WithWorkers(f.workers),
		server.WithQueue(f.queue, server.DefaultQueueWait),
		server.WithLogger(logger),
	}
	widget, from, err := widgetOption(f.widget)
	if err != nil {
		return nil, err
	}
	logger.Info("newsbrief serve: serving the widget", "from", from)
	return append(opts, widget), nil
}

// newLogger logs to w as text or JSON.
func newLogger(w io.Writer, format string) *slog.Logger {
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, nil))
	}
	return slog.New(slog.NewTextHandler(w, nil))
}
