package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/newsbrief/newsbrief"
	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
)

// maxBatchLine is the longest input line batch reads; longer lines get an
// error record.
const maxBatchLine = 32 << 20

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

// document extracts the article and applies what the line says about it.
func (a batchArticle) document() (brief.Document, error) {
	kind, body := "html", a.HTML
	switch {
	case a.HTML == "" && a.Text == "":
		return brief.Document{}, errors.New(`needs "html" or "text"`)
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
}

func runBatch(c *cli, fs *flag.FlagSet, args []string) error {
	inPath := fs.String("in", "", "input `FILE.jsonl` (- for stdin): {\"id\", \"html\"|\"text\", \"url\"?} per line")
	outPath := fs.String("out", "", "output `FILE.jsonl` (- for stdout): {\"id\", \"brief\"} or {\"id\", \"error\"} per line")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "how many articles to work on at once")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *inPath == "" || *outPath == "" || fs.NArg() > 0 {
		return usageError{"-in and -out are required, and nothing else"}
	}
	in, err := c.openPath(*inPath)
	if err != nil {
		return err
	}
	defer in.Close()
	out, closeOut, err := c.createPath(*outPath)
	if err != nil {
		return err
	}
	n, failed, err := batch(in, out, max(*workers, 1), newProgress(c.stderr))
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d lines failed; their records in the output say why", failed, n)
	}
	lines := "lines"
	if n == 1 {
		lines = "line"
	}
	fmt.Fprintf(c.stderr, "newsbrief batch: %d %s, no errors\n", n, lines)
	return nil
}

// batch reads articles line by line, builds their briefs with workers in
// parallel and writes the results in input order. A bad line gives an
// error record and the batch goes on.
func batch(in io.Reader, out io.Writer, workers int, p *progress) (n, failed int, err error) {
	type job struct {
		seq, line int
		raw       []byte
		err       error
	}
	type result struct {
		seq int
		out batchOut
	}
	jobs, results := make(chan job), make(chan result)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.seq, processLine(j.line, j.raw, j.err)}
			}
		}()
	}
	go func() {
		r := bufio.NewReaderSize(in, 1<<20)
		seq := 0
		for line := 1; ; line++ {
			raw, err := readLine(r)
			if err == io.EOF {
				break
			}
			if err == nil && strings.TrimSpace(string(raw)) == "" {
				continue
			}
			jobs <- job{seq, line, raw, err}
			seq++
		}
		close(jobs)
		wg.Wait()
		close(results)
	}()
	w := bufio.NewWriter(out)
	pending := map[int]batchOut{}
	var werr error
	for res := range results {
		pending[res.seq] = res.out
		for o, ok := pending[n]; ok; o, ok = pending[n] {
			delete(pending, n)
			n++
			if o.Error != "" {
				failed++
			}
			if werr == nil {
				werr = writeJSONLine(w, o)
			}
			p.update(n, failed)
		}
	}
	p.done()
	if werr == nil {
		werr = w.Flush()
	}
	return n, failed, werr
}

// processLine builds the brief of one input line.
func processLine(line int, raw []byte, readErr error) batchOut {
	if readErr != nil {
		return batchOut{Error: fmt.Sprintf("line %d: %v", line, readErr)}
	}
	var in batchIn
	if err := json.Unmarshal(raw, &in); err != nil {
		return batchOut{Error: fmt.Sprintf("line %d: %s", line, jsonLineError(err))}
	}
	articles := in.Articles
	if len(articles) == 0 {
		articles = []batchArticle{in.batchArticle}
	}
	var docs []brief.Document
	for k, a := range articles {
		d, err := a.document()
		if err != nil {
			if len(articles) > 1 {
				return batchOut{ID: in.ID, Error: fmt.Sprintf("line %d: article %d: %v", line, k+1, err)}
			}
			return batchOut{ID: in.ID, Error: fmt.Sprintf("line %d: %v", line, err)}
		}
		docs = append(docs, d)
	}
	b, err := compose.Build(context.Background(), docs)
	if err != nil {
		return batchOut{ID: in.ID, Error: err.Error()}
	}
	var buf strings.Builder
	if err := brief.WriteJSON(&buf, b); err != nil {
		return batchOut{ID: in.ID, Error: err.Error()}
	}
	return batchOut{ID: in.ID, Brief: json.RawMessage(buf.String())}
}

// jsonLineError words a JSON error for a user, without Go type names.
func jsonLineError(err error) string {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		return "invalid JSON: " + syn.Error()
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) && typ.Field != "" {
		return "field \"" + typ.Field + "\" holds a JSON " + typ.Value + ", want a " + typ.Type.Kind().String()
	}
	return `want a JSON object such as {"id": "a1", "text": "…"}`
}

var errLineTooLong = errors.New("line too long")

// readLine reads one line of at most maxBatchLine bytes; a longer line is
// consumed and reported as errLineTooLong.
func readLine(r *bufio.Reader) ([]byte, error) {
	var line []byte
	tooLong := false
	for {
		chunk, isPrefix, err := r.ReadLine()
		if err != nil {
			if err == io.EOF && (len(line) > 0 || tooLong) {
				break
			}
			return nil, err
		}
		if !tooLong {
			line = append(line, chunk...)
			if len(line) > maxBatchLine {
				line, tooLong = nil, true
			}
		}
		if !isPrefix {
			break
		}
	}
	if tooLong {
		return nil, errLineTooLong
	}
	return line, nil
}

func writeJSONLine(w io.Writer, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

// openPath opens a file, or stdin for "-".
func (c *cli) openPath(p string) (io.ReadCloser, error) {
	if p == "-" {
		return io.NopCloser(c.stdin), nil
	}
	return os.Open(p)
}

// createPath creates a file, or writes to stdout for "-".
func (c *cli) createPath(p string) (io.Writer, func() error, error) {
	if p == "-" {
		return c.stdout, func() error { return nil }, nil
	}
	f, err := os.Create(p)
	if err != nil {
		return nil, nil, err
	}
	return f, f.Close, nil
}

// progress draws a progress line on stderr when it is a terminal.
type progress struct {
	w   io.Writer
	tty bool
}

func newProgress(w io.Writer) *progress {
	f, ok := w.(*os.File)
	tty := false
	if ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			tty = true
		}
	}
	return &progress{w: w, tty: tty}
}

func (p *progress) update(n, failed int) {
	if p.tty {
		fmt.Fprintf(p.w, "\r%d articles, %d errors", n, failed)
	}
}

func (p *progress) done() {
	if p.tty {
		fmt.Fprintln(p.w)
	}
}
