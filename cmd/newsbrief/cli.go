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
	example string // shell lines shown by "newsbrief help NAME"
	run     func(c *cli, fs *flag.FlagSet, args []string) error
}

// commands lists the subcommands in the order help shows them.
var commands = []command{
	{"brief", "[-format json|text|markdown|html|jsonld] [-evidence=false] [-standalone] [-input-format auto|html|text] [-url URL] [-insights N] [-allow-private] FILE|URL|- ...",
		"build a brief from one or more news articles about a story (pages' HTML, URLs or plain text)",
		"newsbrief brief -format text https://example.com/news/story\n" +
			"newsbrief brief -format markdown -url https://example.com/news/story saved-page.html\n" +
			"newsbrief brief -format text first.html second.html third.txt   # several articles of one story",
		runBrief},
	{"batch", "[-in FILE.jsonl|-] [-out FILE.jsonl|-] [-workers N]",
		"build briefs for many articles: one JSON object per line in, one per line out (stdin to stdout by default)",
		"newsbrief batch < articles.jsonl > briefs.jsonl\n" +
			"newsbrief batch -in articles.jsonl -out briefs.jsonl -workers 4\n" +
			"# a line: {\"id\": \"a1\", \"html\": \"<html>…\", \"url\": \"https://…\"} or {\"id\": \"a2\", \"text\": \"…\"}\n" +
			"#   or {\"id\": \"s1\", \"articles\": [{\"url\": \"…\", \"html\": \"…\"}, {\"text\": \"…\", \"outlet\": \"…\"}]}",
		runBatch},
	{"parse", "[-format json|text|markdown|html|jsonld] [-evidence=false] [-standalone] [-input-format auto|text|markdown|html|json] [FILE|-]",
		"read an existing brief (text, Markdown, HTML or JSON) and write it in another format",
		"newsbrief parse brief.txt > brief.json\nnewsbrief parse -format markdown brief.html",
		runParse},
	{"render", "[-format html|text|markdown|json|jsonld] [-evidence=false] [-standalone] [FILE.json|-]",
		"render a brief in JSON as HTML or another format",
		"newsbrief render -standalone brief.json > brief.html   # a complete page\nnewsbrief render -format text -evidence=false brief.json",
		runRender},
	{"extract", "[-format json|text|markdown] [-url URL] [FILE|-]",
		"extract the article (text, title, authors, dates, outlet, links) from a news page's HTML",
		"newsbrief extract -format markdown -url https://example.com/news/story page.html",
		runExtract},
	{"demo", "[-format text|markdown|html|json|jsonld] [-evidence=false] [-standalone]",
		"build the brief of the embedded sample article (no network, no files)",
		"newsbrief demo -format markdown",
		runDemo},
	{"serve", "[-addr HOST:PORT] [-max-body SIZE] [-fetch-timeout D] [-allow-private] [-workers N] [-queue N] [-widget DIR] [-log-format text|json]",
		"run the HTTP service: the /v1 API, a demo page and the widget (each flag also as NEWSBRIEF_<FLAG>, e.g. NEWSBRIEF_MAX_BODY)",
		"newsbrief serve -addr 127.0.0.1:8080\nNEWSBRIEF_WORKERS=4 newsbrief serve",
		runServe},
	{"version", "",
		"print newsbrief's version, VCS revision and Go version",
		"newsbrief version",
		runVersion},
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
	switch args[0] {
	case "help", "-h", "-help", "--help":
		return c.helpCommand(args[1:])
	case "-version", "--version":
		args = []string{"version"}
	}
	cmd, ok := lookup(args[0])
	if !ok {
		fmt.Fprintf(stderr, "newsbrief: unknown command %q; run \"newsbrief help\"\n", args[0])
		return 2
	}
	err := cmd.run(c, c.flags(cmd), args[1:])
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		c.usage(c.stdout, cmd) // asked for: usage is the output
		return 0
	}
	fmt.Fprintf(stderr, "newsbrief %s: %s\n", cmd.name, oneLine(err.Error()))
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "usage: newsbrief %s %s\n", cmd.name, cmd.usage)
		fmt.Fprintf(stderr, "run \"newsbrief help %s\" for its flags and examples\n", cmd.name)
		return 2
	}
	return 1
}

// lookup finds the command called name.
func lookup(name string) (command, bool) {
	for _, cmd := range commands {
		if cmd.name == name {
			return cmd, true
		}
	}
	return command{}, false
}

// helpCommand runs "newsbrief help [COMMAND]".
func (c *cli) helpCommand(args []string) int {
	switch {
	case len(args) == 0:
		c.help(c.stdout)
		return 0
	case len(args) > 1:
		fmt.Fprintf(c.stderr, "newsbrief help: want one command, got %q\n", strings.Join(args, " "))
		return 2
	}
	cmd, ok := lookup(args[0])
	if !ok {
		fmt.Fprintf(c.stderr, "newsbrief help: unknown command %q; run \"newsbrief help\"\n", args[0])
		return 2
	}
	c.usage(c.stdout, cmd)
	return 0
}

func (c *cli) help(w io.Writer) {
	fmt.Fprintln(w, "newsbrief turns news articles into faithful, source-grounded briefs.")
	fmt.Fprintln(w, "\nUsage:\n  newsbrief <command> [flags] [arguments]\n\nCommands:")
	for _, cmd := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", cmd.name, cmd.summary)
	}
	fmt.Fprintln(w, "\nRun \"newsbrief help <command>\" (or \"newsbrief <command> -h\") for a command's flags and examples,")
	fmt.Fprintln(w, "\"newsbrief version\" for the version.")
}

// flags returns an empty, silent flag set for cmd; run prints usage.
func (c *cli) flags(cmd command) *flag.FlagSet {
	fs := flag.NewFlagSet(cmd.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// usage prints a command's usage, flags and examples to w.
func (c *cli) usage(w io.Writer, cmd command) {
	fmt.Fprintf(w, "usage: newsbrief %s %s\n\n%s.\n", cmd.name, cmd.usage, capitalize(cmd.summary))
	fs := c.flags(cmd)
	cmd.run(&cli{ctx: context.Background(), stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard}, fs, []string{"-h"})
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	if n > 0 {
		fmt.Fprintln(w, "\nFlags:")
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
	fmt.Fprintln(w, "\nExamples:")
	for _, line := range strings.Split(cmd.example, "\n") {
		fmt.Fprintf(w, "  %s\n", line)
	}
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
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

// input opens the single FILE argument, or stdin for "-" or none; what
// names what stdin should hold, for the hint on a terminal.
func (c *cli) input(args []string, what string) (io.ReadCloser, error) {
	switch {
	case len(args) == 0 || len(args) == 1 && args[0] == "-":
		return c.readStdin(what), nil
	case len(args) == 1:
		return os.Open(args[0])
	}
	return nil, usageError{"too many arguments: " + strings.Join(args, " ")}
}

// readStdin returns stdin, first telling the user what newsbrief waits for
// when stdin is a terminal ("reading article from stdin; Ctrl-D to end"):
// a silent wait looks like a hang.
func (c *cli) readStdin(what string) io.ReadCloser {
	if isTerminal(c.stdin) {
		fmt.Fprintf(c.stderr, "reading %s from stdin; Ctrl-D to end\n", what)
	}
	return io.NopCloser(c.stdin)
}

// isTerminal reports whether v is a file on a character device other than
// the null device: a terminal, in practice. It needs no system call beyond
// Stat.
func isTerminal(v any) bool {
	f, ok := v.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(fi, null)
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", "; ")), " ")
}

// inputFormatFlag defines -input-format, and -in as its deprecated alias
// (warned about by warnDeprecated).
func inputFormatFlag(fs *flag.FlagSet, value, usage string) *string {
	p := fs.String("input-format", value, usage)
	fs.StringVar(p, "in", value, "deprecated: use -input-format")
	return p
}

// warnDeprecated warns on stderr about each deprecated flag given.
func (c *cli) warnDeprecated(fs *flag.FlagSet) {
	fs.Visit(func(f *flag.Flag) {
		if newName, ok := strings.CutPrefix(f.Usage, "deprecated: use -"); ok {
			fmt.Fprintf(c.stderr, "newsbrief %s: -%s is deprecated; use -%s\n", fs.Name(), f.Name, newName)
		}
	})
}
