package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/newsbrief/newsbrief/extract"
)

func runExtract(c *cli, fs *flag.FlagSet, args []string) error {
	format := fs.String("format", "json", "output `format`: json, text or markdown")
	pageURL := fs.String("url", "", "the page's `URL`, to resolve its links")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	write, ok := articleWriters[*format]
	if !ok {
		return usageError{"-format " + *format + ": want one of json, text, markdown"}
	}
	r, err := c.input(fs.Args(), "a page's HTML")
	if err != nil {
		return err
	}
	defer r.Close()
	a, err := extract.FromReader(r, extract.WithURL(*pageURL))
	if err != nil {
		return err
	}
	return write(c.stdout, a)
}

// articleWriters write an Article in each output format of extract.
var articleWriters = map[string]func(io.Writer, *extract.Article) error{
	"json": func(w io.Writer, a *extract.Article) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(a)
	},
	"text": func(w io.Writer, a *extract.Article) error {
		_, err := fmt.Fprintf(w, "%s\n\n%s\n", a.Title, a.Text)
		return err
	},
	"markdown": writeArticleMarkdown,
}

func writeArticleMarkdown(w io.Writer, a *extract.Article) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", a.Title)
	var meta []string
	if len(a.Authors) > 0 {
		meta = append(meta, "By "+strings.Join(a.Authors, ", "))
	}
	if a.Outlet != "" {
		meta = append(meta, a.Outlet)
	}
	if !a.Published.IsZero() {
		meta = append(meta, a.Published.Format(time.DateOnly))
	}
	if len(meta) > 0 {
		fmt.Fprintf(&b, "*%s*\n\n", strings.Join(meta, " · "))
	}
	for _, bl := range a.Blocks {
		switch bl.Kind {
		case extract.Heading:
			fmt.Fprintf(&b, "## %s\n\n", bl.Text)
		case extract.Quote:
			fmt.Fprintf(&b, "> %s\n\n", bl.Text)
		case extract.ListItem:
			fmt.Fprintf(&b, "- %s\n\n", bl.Text)
		case extract.Caption:
			fmt.Fprintf(&b, "*%s*\n\n", bl.Text)
		default:
			fmt.Fprintf(&b, "%s\n\n", bl.Text)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
