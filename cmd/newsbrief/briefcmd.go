package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/newsbrief/newsbrief"
	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
	"github.com/newsbrief/newsbrief/extract"
	"github.com/newsbrief/newsbrief/server"
	"github.com/newsbrief/newsbrief/source"
)

func runBrief(c *cli, fs *flag.FlagSet, args []string) error {
	var wf writeFlags
	wf.define(fs, "json", "json, text, markdown, html or jsonld")
	in := inputFormatFlag(fs, "auto", "input `kind`: auto (HTML unless it looks like plain text), html or text")
	pageURL := fs.String("url", "", "the `URL` a saved page (FILE or -) was fetched from: its source gets that URL, domain and outlet, and its links resolve")
	insights := fs.Int("insights", defaultMaxPoints, "the most key insights, and the most `N` points in each other section (1 to 10)")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching URLs on loopback and private networks")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	c.warnDeprecated(fs)
	out, err := wf.check()
	if err != nil {
		return err
	}
	if *insights < 1 || *insights > server.MaxPoints {
		return usageError{"-insights " + strconv.Itoa(*insights) + ": want 1 to " + strconv.Itoa(server.MaxPoints)}
	}
	if *in != "auto" && *in != "html" && *in != "text" {
		return usageError{"-input-format " + *in + ": want one of auto, html, text"}
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	if *pageURL != "" {
		if err := checkPageURL(*pageURL, inputs); err != nil {
			return err
		}
	}
	ctx := c.ctx
	var docs []brief.Document
	for _, arg := range inputs {
		d, err := c.document(ctx, arg, *in, *pageURL, *allowPrivate)
		if err != nil {
			return err
		}
		docs = append(docs, d)
	}
	b, err := buildDocs(ctx, docs, *insights)
	if err != nil {
		return err
	}
	return wf.write(c.stdout, b, out)
}

// checkPageURL checks -url: an absolute http(s) URL, for one saved page.
func checkPageURL(pageURL string, inputs []string) error {
	if !isURL(pageURL) {
		return usageError{"-url " + pageURL + ": want an absolute http or https URL"}
	}
	if len(inputs) != 1 || isURL(inputs[0]) {
		return usageError{"-url names where one saved page came from: give one FILE or -, not a URL or several inputs"}
	}
	return nil
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// document reads one article, from a file, a URL or stdin ("-"), and
// names its outlet. pageURL, if not empty, is where a saved page came from.
func (c *cli) document(ctx context.Context, arg, kind, pageURL string, allowPrivate bool) (brief.Document, error) {
	src, fetchedURL, err := c.openSource(ctx, arg, allowPrivate)
	if err != nil {
		return brief.Document{}, err
	}
	defer src.Close()
	if fetchedURL != "" {
		pageURL = fetchedURL
	}
	a, err := extractArticle(src, kind, pageURL)
	if err != nil {
		if arg == "-" {
			arg = "stdin"
		}
		return brief.Document{}, fmt.Errorf("%s: %w", arg, err)
	}
	return newsbrief.Document(a, newsbrief.Meta{}), nil
}

// defaultMaxPoints is -insights' default.
const defaultMaxPoints = compose.DefaultMaxPoints

// buildDocs builds the brief of docs with at most maxPoints points a
// section. Every command builds through it.
func buildDocs(ctx context.Context, docs []brief.Document, maxPoints int) (*brief.Brief, error) {
	return compose.Build(ctx, docs, compose.WithMaxPoints(maxPoints))
}

// buildBrief extracts an article from HTML or text and builds its brief.
func buildBrief(ctx context.Context, r io.Reader, kind, pageURL string) (*brief.Brief, error) {
	a, err := extractArticle(r, kind, pageURL)
	if err != nil {
		return nil, err
	}
	return buildDocs(ctx, []brief.Document{newsbrief.Document(a, newsbrief.Meta{})}, defaultMaxPoints)
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
		return extract.FromReader(bytes.NewReader(data), extract.WithURL(pageURL))
	}
	return extract.FromText(bytes.NewReader(data), extract.WithURL(pageURL))
}

// openSource opens a file, a URL or stdin, and returns the page URL when
// there is one. URLs are fetched with source.Fetch and its guard against
// private addresses, unless allowPrivate; a refusal says how to proceed.
func (c *cli) openSource(ctx context.Context, arg string, allowPrivate bool) (io.ReadCloser, string, error) {
	if isURL(arg) {
		page, err := source.Fetch(ctx, arg, source.WithAllowPrivate(allowPrivate))
		if errors.Is(err, source.ErrBlockedAddress) {
			return nil, "", blockedError{err}
		}
		if err != nil {
			return nil, "", err
		}
		return io.NopCloser(bytes.NewReader(page.Body)), page.URL, nil
	}
	r, err := c.input([]string{arg}, "article")
	return r, "", err
}

// blockedError is a refused URL, worded for the command line: it names
// the flag that allows it, in place of any hint the library gives for its
// callers. It wraps source.ErrBlockedAddress.
type blockedError struct{ err error }

func (e blockedError) Error() string {
	msg, _, _ := strings.Cut(e.err.Error(), " (use ")
	return msg + "; use -allow-private to fetch private addresses"
}

func (e blockedError) Unwrap() error { return e.err }
