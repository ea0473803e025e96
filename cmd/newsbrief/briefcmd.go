package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/extract"
)

func runBrief(c *cli, fs *flag.FlagSet, args []string) error {
	format := fs.String("format", "json", "output `format`: json, text, markdown, html or jsonld")
	in := fs.String("in", "auto", "input `kind`: auto (HTML unless it looks like plain text), html or text")
	insights := fs.Int("insights", brief.DefaultMaxPoints, "the most `N` points per section")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	out, err := formatFlag("-format", *format, brief.JSON, brief.Text, brief.Markdown, brief.HTML, brief.JSONLD)
	if err != nil {
		return err
	}
	if *in != "auto" && *in != "html" && *in != "text" {
		return usageError{"-in " + *in + ": want one of auto, html, text"}
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	var docs []brief.Document
	for _, arg := range inputs {
		d, err := c.document(arg, *in)
		if err != nil {
			return err
		}
		docs = append(docs, d)
	}
	b, err := brief.Build(docs, brief.WithMaxPoints(*insights))
	if err != nil {
		return err
	}
	return brief.Write(c.stdout, b, out)
}

// document reads one article, from a file, a URL or stdin ("-").
func (c *cli) document(arg, kind string) (brief.Document, error) {
	src, pageURL, err := c.openSource([]string{arg})
	if err != nil {
		return brief.Document{}, err
	}
	defer src.Close()
	a, err := extractArticle(src, kind, pageURL)
	if err != nil {
		return brief.Document{}, fmt.Errorf("%s: %w", arg, err)
	}
	return a.Document(), nil
}

// buildBrief extracts an article from HTML or text and builds its brief.
func buildBrief(r io.Reader, kind, pageURL string, opts ...brief.BuildOption) (*brief.Brief, error) {
	a, err := extractArticle(r, kind, pageURL)
	if err != nil {
		return nil, err
	}
	return brief.Build([]brief.Document{a.Document()}, opts...)
}

// extractArticle reads an article from HTML or plain text; kind "auto"
// takes input that starts with '<' for HTML.
func extractArticle(r io.Reader, kind, pageURL string) (*extract.Article, error) {
	data, err := io.ReadAll(io.LimitReader(r, extract.DefaultMaxBytes+1))
	if err != nil {
		return nil, err
	}
	if kind == "auto" {
		kind = "text"
		if t := strings.TrimSpace(string(data[:min(len(data), 2048)])); strings.HasPrefix(t, "<") {
			kind = "html"
		}
	}
	if kind == "html" {
		return extract.FromReader(strings.NewReader(string(data)), extract.WithURL(pageURL))
	}
	return extract.FromText(strings.NewReader(string(data)), extract.WithURL(pageURL))
}

// openSource opens a file, a URL or stdin, and returns the page URL when
// there is one.
func (c *cli) openSource(args []string) (io.ReadCloser, string, error) {
	if len(args) == 1 && (strings.HasPrefix(args[0], "http://") || strings.HasPrefix(args[0], "https://")) {
		body, err := fetch(args[0])
		return body, args[0], err
	}
	r, err := c.input(args)
	return r, "", err
}

// fetch gets a page over HTTP with a time limit and a size cap.
func fetch(u string) (io.ReadCloser, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		cancel()
		return nil, err
	}
	req.Header.Set("User-Agent", "newsbrief/0.1 (+https://github.com/newsbrief/newsbrief)")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		cancel()
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		cancel()
		return nil, errors.New("fetching " + u + ": " + resp.Status)
	}
	return struct {
		io.Reader
		io.Closer
	}{io.LimitReader(resp.Body, extract.DefaultMaxBytes+1), closerFunc(func() error { cancel(); return resp.Body.Close() })}, nil
}

type closerFunc func() error

func (f closerFunc) Close() error { return f() }
