package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path"
	"strings"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/pipeline/crawl"
	"github.com/newsbrief/newsbrief/pipeline/internal/nb"
)

// readFn reads one input file and extracts its articles with Workers
// goroutines. It emits each article, an Outcome for each record that is
// skipped or fails, and the count of records read ("records").
type readFn struct {
	// Format is "warc", "jsonl" or "auto" (by file name).
	Format  string
	Workers int
}

// ProcessElement reads one file.
func (fn *readFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emitArticle func(Article), emitOutcome func(Outcome), emitCount func(string, int)) error {
	// Record keys start with the file's path as matched, so that they are
	// unique across directories and say where to look.
	name := f.Metadata.Path
	format := fn.Format
	if format == "auto" || format == "" {
		format = formatOf(path.Base(name))
	}
	rc, err := f.Open(ctx)
	if err != nil {
		return fmt.Errorf("open %s: %w", f.Metadata.Path, err)
	}
	defer rc.Close()
	jobs := make(chan crawl.Record)
	type result struct {
		art Article
		out *Outcome
	}
	results := make(chan result)
	var wg sync.WaitGroup
	for range max(fn.Workers, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for rec := range jobs {
				a, o := toArticle(rec)
				results <- result{a, o}
			}
		}()
	}
	var n int
	var readErr error
	go func() {
		n, readErr = read(ctx, rc, name, format, func(r crawl.Record) error {
			select {
			case jobs <- r:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
		close(jobs)
		wg.Wait()
		close(results)
	}()
	for r := range results {
		if r.out != nil {
			emitOutcome(*r.out)
			emitCount(r.out.Outcome, 1)
			emitCount(r.out.Outcome+": "+reasonClass(*r.out), 1)
			continue
		}
		emitArticle(r.art)
	}
	emitCount("records", n)
	if readErr != nil {
		return fmt.Errorf("read %s: %w", f.Metadata.Path, readErr)
	}
	return nil
}

// read dispatches a file to its reader; gzip-compressed JSONL is
// decompressed here, while WARC readers handle their gzip members.
func read(ctx context.Context, r io.Reader, name, format string, fn func(crawl.Record) error) (int, error) {
	switch format {
	case "warc":
		return crawl.ReadWARC(r, name, fn)
	case "jsonl":
		if strings.HasSuffix(name, ".gz") {
			gz, err := gzip.NewReader(r)
			if err != nil {
				return 0, err
			}
			defer gz.Close()
			r = gz
		}
		return crawl.ReadJSONL(r, name, fn)
	}
	return 0, fmt.Errorf("unknown input format %q (want warc or jsonl)", format)
}

// formatOf guesses a file's format from its name: JSONL for .jsonl and
// .json (optionally .gz), WARC otherwise.
func formatOf(name string) string {
	n := strings.TrimSuffix(name, ".gz")
	if strings.HasSuffix(n, ".jsonl") || strings.HasSuffix(n, ".json") || strings.HasSuffix(n, ".ndjson") {
		return "jsonl"
	}
	return "warc"
}

// toArticle extracts the article of a record, or says why there is none.
func toArticle(rec crawl.Record) (Article, *Outcome) {
	switch rec.Kind {
	case crawl.Skipped, crawl.Failed:
		return Article{}, &Outcome{Key: rec.Key, ID: rec.ID, Outcome: rec.Kind.String(), Stage: "read", Reason: rec.Reason}
	}
	doc, err := extractDoc(rec)
	if err != nil {
		return Article{}, &Outcome{Key: rec.Key, ID: rec.ID, Outcome: "failed", Stage: "extract", Reason: err.Error()}
	}
	data, err := json.Marshal(doc)
	if err != nil {
		return Article{}, &Outcome{Key: rec.Key, ID: rec.ID, Outcome: "failed", Stage: "extract", Reason: err.Error()}
	}
	a := Article{Key: rec.Key, ID: rec.ID, URL: doc.URL, Story: rec.Story, Doc: data}
	if !doc.Published.IsZero() {
		a.Published = doc.Published.Unix()
	}
	if a.URL == "" {
		a.URL = rec.URL
	}
	return a, nil
}

// reasonClass is the part of an outcome's reason that counts group by:
// the stage and the reason up to its first colon.
func reasonClass(o Outcome) string {
	r := o.Reason
	if i := strings.IndexByte(r, ':'); i > 0 {
		r = r[:i]
	}
	return o.Stage + ": " + r
}

// extractDoc makes the document of a page or text record, with what the
// record says of it.
func extractDoc(rec crawl.Record) (brief.Document, error) {
	m := nb.Meta{Title: rec.Title, Outlet: rec.Outlet, Published: rec.Published}
	if rec.Kind == crawl.Text {
		return nb.FromText(bytes.NewReader(rec.Body), rec.URL, m)
	}
	return nb.FromHTML(rec.Body, rec.URL, rec.Charset, m)
}
