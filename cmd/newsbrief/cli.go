package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// command is one subcommand of newsbrief.
type command struct {
	name    string
	usage   string // arguments after the name
	summary string
	run     func(c *cli, fs *flag.FlagSet, args []string) error
}

// commands lists the subcommands in the order help shows them.
var commands = []command{
	{"parse", "[-format json|text|markdown|html|jsonld] [-in auto|text|markdown|html|json] [FILE|-]",
		"read an existing brief (text, Markdown, HTML or JSON) and write it in another format", runParse},
	{"render", "[-format html|text|markdown|json|jsonld] [FILE.json|-]",
		"render a brief in JSON as HTML or another format", runRender},
	{"brief", "[-format json|text|markdown|html|jsonld] [-in auto|html|text] [-insights N] [-allow-private] FILE|URL|- ...",
		"build a brief from one or more news articles about a story (pages' HTML, URLs or plain text)", runBrief},
	{"batch", "-in FILE.jsonl -out FILE.jsonl [-workers N]",
		"build briefs for many articles: one JSON object per line in, one per line out", runBatch},
	{"extract", "[-format json|text|markdown] [-url URL] [FILE|-]",
		"extract the article (text, title, authors, dates, outlet, links) from a news page's HTML", runExtract},
	{"demo", "[-format text|markdown|html|json|jsonld]",
		"build the brief of the embedded sample article (no network, no files)", runDemo},
	{"serve", "[-addr HOST:PORT] [-max-body SIZE] [-fetch-timeout D] [-allow-private] [-workers N] [-queue N] [-widget DIR] [-log-format text|json]",
		"run the HTTP service: the /v1 API, a demo page and the widget (each flag also as NEWSBRIEF_<FLAG>, e.g. NEWSBRIEF_MAX_BODY)", runServe},
}

// cli carries the streams a command uses, so tests can run commands in
// process.
type cli struct {
	ctx            context.Context // ends the command's work (building is cancelled with it)
	stdin          io.Reader
	stdout, stderr io.Writer
}

// usageError marks an error in the command line itself (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// run runs newsbrief with args and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := &cli{ctx: context.Background(), stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		c.help(stderr) // a wrong command line: usage goes to stderr
		return 2
	}
	if args[0] == "help" || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" {
		c.help(stdout)
		return 0
	}
	for _, cmd := range commands {
		if cmd.name != args[0] {
			continue
		}
		err := cmd.run(c, c.flags(cmd), args[1:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			c.usage(cmd)
			return 0
		}
		fmt.Fprintf(stderr, "newsbrief %s: %s\n", cmd.name, oneLine(err.Error()))
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "usage: newsbrief %s %s\n", cmd.name, cmd.usage)
			return 2
		}
		return 1
	}
	fmt.Fprintf(stderr, "newsbrief: unknown command %q; run \"newsbrief help\"\n", args[0])
	return 2
}

func (c *cli) help(w io.Writer) {
	fmt.Fprintln(w, "newsbrief turns news articles into faithful, source-grounded briefs.")
	fmt.Fprintln(w, "\nUsage:\n  newsbrief <command> [flags] [arguments]\n\nCommands:")
	for _, cmd := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", cmd.name, cmd.summary)
	}
	fmt.Fprintln(w, "\nRun \"newsbrief <command> -h\" for a command's flags.")
}

// flags returns an empty, silent flag set for cmd; run prints usage.
func (c *cli) flags(cmd command) *flag.FlagSet {
	fs := flag.NewFlagSet(cmd.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// usage prints a command's usage and flags to stderr.
func (c *cli) usage(cmd command) {
	fmt.Fprintf(c.stderr, "usage: newsbrief %s %s\n\n%s.\n\n", cmd.name, cmd.usage, cmd.summary)
	fs := c.flags(cmd)
	cmd.run(c, fs, []string{"-h"})
	fs.SetOutput(c.stderr)
	fs.PrintDefaults()
}

// parseFlags parses args, turning flag errors into usage errors. Flags may
// follow the arguments ("brief story.txt -format text"); after "--" all is
// arguments.
func parseFlags(fs *flag.FlagSet, args []string) error {
	var positional []string
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		if err != nil {
			return usageError{err.Error()}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			positional = append(positional, rest...)
			break
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
	return fs.Parse(append([]string{"--"}, positional...))
}

// input opens the single FILE argument, or stdin for "-" or none.
func (c *cli) input(args []string) (io.ReadCloser, error) {
	switch {
	case len(args) == 0 || len(args) == 1 && args[0] == "-":
		return io.NopCloser(c.stdin), nil
	case len(args) == 1:
		return os.Open(args[0])
	}
	return nil, usageError{"too many arguments: " + strings.Join(args, " ")}
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", "; ")), " ")
}
