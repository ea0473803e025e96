package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"reflect"
	"runtime"
	"strings"
	"time"

	"github.com/newsbrief/newsbrief"
	"github.com/newsbrief/newsbrief/brief"
)

// batchIn is one line of batch input: one article, or several about one
// story.
type batchIn struct {
	ID string `json:"id"`
	batchArticle
	Articles []batchArticle `json:"articles"`
}

// batchArticle is an article of a batch line.
type batchArticle struct {
	HTML      string    `json:"html"`
	Text      string    `json:"text"`
	URL       string    `json:"url"`
	Title     string    `json:"title"`
	Outlet    string    `json:"outlet"`
	Published time.Time `json:"published"`
}

// errNoBody is a batch article with neither "html" nor "text": the line is
// malformed rather than the article unusable.
var errNoBody = errors.New(`needs "html" or "text"`)

// document extracts the article and applies what the line says about it.
func (a batchArticle) document() (brief.Document, error) {
	kind, body := "html", a.HTML
	switch {
	case a.HTML == "" && a.Text == "":
		return brief.Document{}, errNoBody
	case a.HTML == "":
		kind, body = "text", a.Text
	}
	art, err := extractArticle(strings.NewReader(body), kind, a.URL)
	if err != nil {
		return brief.Document{}, err
	}
	return newsbrief.Document(art, newsbrief.Meta{Title: a.Title, Outlet: a.Outlet, Published: a.Published}), nil
}

// batchOut is one line of batch output.
type batchOut struct {
	ID    string          `json:"id"`
	Brief json.RawMessage `json:"brief,omitempty"`
	Error string          `json:"error,omitempty"`
	bad   bool            // the line is not a batch record (counted apart from articles)
}

func runBatch(c *cli, fs *flag.FlagSet, args []string) error {
	inPath := fs.String("in", "-", "input `FILE.jsonl` (- for stdin): {\"id\", \"html\"|\"text\", \"url\"?} or {\"id\", \"articles\": [...]} per line")
	outPath := fs.String("out", "-", "output `FILE.jsonl` (- for stdout), written whole or not at all: {\"id\", \"brief\"} or {\"id\", \"error\"} per input line")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "how many articles to work on at once")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"batch takes no arguments: give the input as -in FILE or on stdin"}
	}
	if *workers < 1 {
		return usageError{"-workers must be at least 1"}
	}
	ctx, stop := signal.NotifyContext(c.ctx, os.Interrupt) // before any file is made
	defer stop()
	in, inFile, err := c.openBatchInput(*inPath)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := c.openBatchOutput(*outPath, inFile)
	if err != nil {
		return err
	}
	// A bar redrawn in place on a terminal, unless the records go to the
	// same terminal: there the bar would cut through them.
	bar := isTerminal(c.stderr) && !(*outPath == "-" && isTerminal(c.stdout))
	p := newProgress(c.stderr, bar, time.Now)
	if inFile != nil {
		go p.countLines(inFile)
	}
	st, err := batch(ctx, in, out, *workers, p)
	if err != nil {
		out.abort()
		if errors.Is(err, context.Canceled) {
			err = fmt.Errorf("interrupted after %s", plural(st.lines, "line"))
		}
		if *outPath != "-" {
			err = fmt.Errorf("%w; %s is left as it was", err, *outPath)
		}
		return err
	}
	if err := out.commit(); err != nil {
		return err
	}
	if st.failed+st.bad > 0 {
		return fmt.Errorf("%s; the output's error records say why", st)
	}
	fmt.Fprintf(c.stderr, "newsbrief batch: %s\n", st)
	return nil
}

// batchStats counts a batch's lines by outcome.
type batchStats struct {
	lines  int // lines read, each with one output record
	failed int // articles, or groups of articles, without a brief
	bad    int // lines that are not a batch record
}

func (s batchStats) String() string {
	msg := plural(s.lines, "line") + ": " + plural(s.lines-s.failed-s.bad, "brief")
	if s.failed > 0 {
		msg += ", " + plural(s.failed, "article") + " without a brief"
	}
	if s.bad > 0 {
		msg += ", " + plural(s.bad, "bad line")
	}
	return msg
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// processLine builds the brief of one input line. Every error names the
// line, and the record keeps the line's id whenever it can be read.
func processLine(ctx context.Context, line int, raw []byte, readErr error) batchOut {
	bad := func(id, format string, args ...any) batchOut {
		return batchOut{ID: id, Error: fmt.Sprintf("line %d: ", line) + fmt.Sprintf(format, args...), bad: true}
	}
	switch {
	case readErr != nil:
		return bad("", "%v", readErr)
	case len(strings.TrimSpace(string(raw))) == 0:
		return bad("", `blank line; want a JSON object such as {"id": "a1", "text": "…"}`)
	}
	var in batchIn
	if err := json.Unmarshal(raw, &in); err != nil {
		return bad(lenientID(raw), "%s", jsonLineError(err))
	}
	articles := in.Articles
	if len(articles) == 0 {
		articles = []batchArticle{in.batchArticle}
	}
	var docs []brief.Document
	for k, a := range articles {
		d, err := a.document()
		where := ""
		if len(articles) > 1 {
			where = fmt.Sprintf("article %d: ", k+1)
		}
		switch {
		case errors.Is(err, errNoBody):
			return bad(in.ID, "%s%v", where, err)
		case err != nil:
			return batchOut{ID: in.ID, Error: fmt.Sprintf("line %d: %s%v", line, where, err)}
		}
		docs = append(docs, d)
	}
	b, err := buildDocs(ctx, docs, defaultMaxPoints)
	if err != nil {
		return batchOut{ID: in.ID, Error: fmt.Sprintf("line %d: %v", line, err)}
	}
	var buf strings.Builder
	if err := brief.WriteJSON(&buf, b); err != nil {
		return batchOut{ID: in.ID, Error: fmt.Sprintf("line %d: %v", line, err)}
	}
	return batchOut{ID: in.ID, Brief: json.RawMessage(buf.String())}
}

// lenientID reads the "id" of a line that is not a valid batch record, as
// far as the line can be read: a string, or a number's digits. It returns
// "" when the line is not an object or breaks off before its id.
func lenientID(raw []byte) string {
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return ""
	}
	id := ""
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			break
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			break
		}
		if key != "id" {
			continue
		}
		var s string
		var n json.Number
		switch {
		case json.Unmarshal(v, &s) == nil:
			id = s
		case json.Unmarshal(v, &n) == nil:
			id = n.String()
		}
	}
	return id
}

// jsonLineError words a JSON error for a user, without Go type names.
func jsonLineError(err error) string {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		return "invalid JSON: " + syn.Error()
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		if typ.Field != "" {
			field := strings.ReplaceAll(typ.Field, "batchArticle.", "") // the embedded struct's Go name
			return "field \"" + field + "\" holds a JSON " + typ.Value + ", want " + jsonKind(typ.Type.Kind())
		}
		return `want a JSON object such as {"id": "a1", "text": "…"}`
	}
	return strings.TrimPrefix(err.Error(), "json: ") // such as a "published" time that is not RFC 3339

}

// jsonKind names the JSON value a Go kind decodes from.
func jsonKind(k reflect.Kind) string {
	switch k {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return "a number"
}
