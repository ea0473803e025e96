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
	var wf writeFlags
	wf.define(fs, "json", "json, text, markdown, html or jsonld")
	in := inputFormatFlag(fs, "auto", "input `format`: auto, text, markdown, html or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	c.warnDeprecated(fs)
	inFormat, err := formatFlag("-input-format", *in, brief.Auto, brief.Text, brief.Markdown, brief.HTML, brief.JSON)
	if err != nil {
		return err
	}
	return c.convert(fs.Args(), inFormat, &wf)
}

func runRender(c *cli, fs *flag.FlagSet, args []string) error {
	var wf writeFlags
	wf.define(fs, "html", "html, text, markdown, json or jsonld")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	return c.convert(fs.Args(), brief.JSON, &wf)
}

// convert reads the brief named by the command line in format in and writes
// it to stdout as wf says.
func (c *cli) convert(args []string, in brief.Format, wf *writeFlags) error {
	outFormat, err := wf.check()
	if err != nil {
		return err
	}
	r, err := c.input(args, "a brief")
	if err != nil {
		return err
	}
	defer r.Close()
	b, err := brief.Parse(r, brief.WithFormat(in))
	if err != nil {
		return err
	}
	return wf.write(c.stdout, b, outFormat)
}

func runDemo(c *cli, fs *flag.FlagSet, args []string) error {
	var wf writeFlags
	wf.define(fs, "text", "text, markdown, html, json or jsonld")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"demo takes no arguments"}
	}
	outFormat, err := wf.check()
	if err != nil {
		return err
	}
	b, err := buildBrief(c.ctx, strings.NewReader(sampleArticle), "html", sampleURL)
	if err != nil {
		return err
	}
	return wf.write(c.stdout, b, outFormat)
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
