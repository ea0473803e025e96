package main

import (
	"bytes"
	"context"
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
	format := fs.String("format", "json", "output `format`: json, text, markdown, html or jsonld")
	in := fs.String("in", "auto", "input `kind`: auto (HTML unless it looks like plain text), html or text")
	insights := fs.Int("insights", compose.DefaultMaxPoints, "the most key insights, and the most `N` points in each other section (1 to 10)")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching URLs on loopback and private networks")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	out, err := formatFlag("-format", *format, brief.JSON, brief.Text, brief.Markdown, brief.HTML, brief.JSONLD)
	if err != nil {
		return err
	}
	if *insights < 1 || *insights > server.MaxPoints {
		return usageError{"-insights " + strconv.Itoa(*insights) + ": want 1 to " + strconv.Itoa(server.MaxPoints)}
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
		d, err := c.document(arg, *in, *allowPrivate)
		if err != nil {
			return err
		}
		docs = append(docs, d)
	}
	b, err := compose.Build(c.ctx, docs, compose.WithMaxPoints(*insights))
	if err != nil {
		return err
	}
	return brief.Write(c.stdout, b, out)
}

// document reads one article, from a file, a URL or stdin ("-"), and
// names its outlet.
func (c *cli) document(arg, kind string, allowPrivate bool) (brief.Document, error) {
	src, pageURL, err := c.openSource(arg, allowPrivate)
	if err != nil {
		return brief.Document{}, err
	}
	defer src.Close()
	a, err := extractArticle(src, kind, pageURL)
	if err != nil {
		return brief.Document{}, fmt.Errorf("%s: %w", arg, err)
	}
	return newsbrief.Document(a, newsbrief.Meta{}), nil
}

// buildBrief extracts an article from HTML or text and builds its brief.
func buildBrief(ctx context.Context, r io.Reader, kind, pageURL string, opts ...compose.Option) (*brief.Brief, error) {
	a, err := extractArticle(r, kind, pageURL)
	if err != nil {
		return nil, err
	}
	return compose.Build(ctx, []brief.Document{newsbrief.Document(a, newsbrief.Meta{})}, opts...)
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
// there is one. URLs are fetched with source.Fetch and its guard against
// private addresses, unless allowPrivate.
func (c *cli) openSource(arg string, allowPrivate bool) (io.ReadCloser, string, error) {
	if strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://") {
		page, err := source.Fetch(context.Background(), arg, source.WithAllowPrivate(allowPrivate))
		if err != nil {
			return nil, "", err
		}
		return io.NopCloser(bytes.NewReader(page.Body)), page.URL, nil
	}
	r, err := c.input([]string{arg})
	return r, "", err
}
