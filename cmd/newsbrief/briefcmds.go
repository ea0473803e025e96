package main

import (
	_ "embed"
	"flag"
	"strings"

	"github.com/newsbrief/newsbrief/brief"
)

//go:embed sample/article.html
var sampleArticle string

// sampleURL is the address of the embedded sample article.
const sampleURL = "https://valley-courier.example/news/marrow-floating-solar"

func runParse(c *cli, fs *flag.FlagSet, args []string) error {
	out := fs.String("format", "json", "output `format`: json, text, markdown, html or jsonld")
	in := fs.String("in", "auto", "input `format`: auto, text, markdown, html or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	inFormat, err := formatFlag("-in", *in, brief.Auto, brief.Text, brief.Markdown, brief.HTML, brief.JSON)
	if err != nil {
		return err
	}
	return c.convert(fs.Args(), inFormat, *out)
}

func runRender(c *cli, fs *flag.FlagSet, args []string) error {
	out := fs.String("format", "html", "output `format`: html, text, markdown, json or jsonld")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	return c.convert(fs.Args(), brief.JSON, *out)
}

// convert reads the brief named by the command line in format in and writes
// it to stdout in the format named out.
func (c *cli) convert(args []string, in brief.Format, out string) error {
	outFormat, err := formatFlag("-format", out, brief.JSON, brief.Text, brief.Markdown, brief.HTML, brief.JSONLD)
	if err != nil {
		return err
	}
	r, err := c.input(args)
	if err != nil {
		return err
	}
	defer r.Close()
	b, err := brief.Parse(r, brief.WithFormat(in))
	if err != nil {
		return err
	}
	return brief.Write(c.stdout, b, outFormat)
}

func runDemo(c *cli, fs *flag.FlagSet, args []string) error {
	out := fs.String("format", "text", "output `format`: text, markdown, html, json or jsonld")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"demo takes no arguments"}
	}
	outFormat, err := formatFlag("-format", *out, brief.JSON, brief.Text, brief.Markdown, brief.HTML, brief.JSONLD)
	if err != nil {
		return err
	}
	b, err := buildBrief(c.ctx, strings.NewReader(sampleArticle), "html", sampleURL)
	if err != nil {
		return err
	}
	return brief.Write(c.stdout, b, outFormat)
}

// formatFlag parses a format flag's value and checks it is one of allowed.
func formatFlag(flagName, value string, allowed ...brief.Format) (brief.Format, error) {
	f, err := brief.ParseFormat(value)
	if err == nil {
		for _, a := range allowed {
			if a == f {
				return f, nil
			}
		}
	}
	names := make([]string, len(allowed))
	for i, a := range allowed {
		names[i] = a.String()
	}
	return 0, usageError{flagName + " " + value + ": want one of " + strings.Join(names, ", ")}
}
