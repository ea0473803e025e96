package crawl

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/nlnwa/gowarc/v3"
)

// MaxBody is the most bytes of a page or text kept; a larger record fails
// with a reason rather than being cut.
const MaxBody = 16 << 20

// maxStuck is how many failed reads in a row, without the reader moving
// on, end a file: the rest of it is one failed record.
const maxStuck = 3

// ReadWARC reads the records of a WARC file, calling fn for each, in file
// order. name is the file's name for record keys. Response records
// with an HTML payload and a 2xx status are pages; every other record is
// skipped with its type, status or content type as the reason; records
// that cannot be parsed fail. ReadWARC returns the number of records it
// passed to fn, or an error from fn, which stops it.
func ReadWARC(r io.Reader, name string, fn func(Record) error) (int, error) {
	wr, err := gowarc.NewWarcFileReaderFromStream(bufio.NewReaderSize(r, 1<<16), 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrWarn),
		gowarc.WithBlockErrorPolicy(gowarc.ErrWarn),
		gowarc.WithBufferMaxMemBytes(MaxBody))
	if err != nil {
		return 0, err
	}
	defer wr.Close()
	n, stuck := 0, 0
	lastOffset := int64(-1)
	for {
		rec, err := wr.Next()
		if err == io.EOF && rec.WarcRecord == nil {
			return n, nil
		}
		var out Record
		if err != nil {
			out = Record{Key: fmt.Sprintf("%s@%d", name, rec.Offset), Kind: Failed, Reason: "unreadable WARC record: " + err.Error()}
			if rec.Offset == lastOffset || errors.Is(err, io.ErrUnexpectedEOF) {
				stuck++
			}
			if stuck >= maxStuck || rec.Size <= 0 && rec.Offset <= lastOffset {
				out.Reason = "rest of the file unreadable: " + err.Error()
				n++
				return n, fn(out)
			}
			lastOffset = rec.Offset
		} else {
			stuck = 0
			lastOffset = rec.Offset
			if skipped := garbageBefore(rec.Validation); skipped > 0 {
				n++
				g := Record{Key: fmt.Sprintf("%s@%d", name, rec.Offset-skipped), Kind: Failed,
					Reason: fmt.Sprintf("not a WARC record: %d bytes skipped", skipped)}
				if err := fn(g); err != nil {
					rec.Close()
					return n, err
				}
			}
			out = fromWARC(rec, name)
		}
		rec.Close()
		n++
		if err := fn(out); err != nil {
			return n, err
		}
	}
}

// fromWARC turns one parsed WARC record into a Record.
func fromWARC(rec gowarc.Record, name string) Record {
	w := rec.WarcRecord
	h := w.WarcHeader()
	out := Record{Key: fmt.Sprintf("%s@%d", name, rec.Offset), ID: h.GetId(gowarc.WarcRecordID), URL: h.Get(gowarc.WarcTargetURI)}
	out.Crawled, _ = w.Date()
	if w.Type() != gowarc.Response {
		return skip(out, "WARC "+w.Type().String()+" record")
	}
	block, ok := w.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return skip(out, "response record without an HTTP response")
	}
	if code := block.HttpStatusCode(); code < 200 || code > 299 {
		return skip(out, fmt.Sprintf("HTTP status %d", code))
	}
	ctype := ""
	if hh := block.HttpHeader(); hh != nil {
		ctype = hh.Get("Content-Type")
	}
	mt, params, _ := mime.ParseMediaType(ctype)
	if !isHTML(mt) {
		if mt == "" {
			mt = "none"
		}
		return skip(out, "content type "+mt)
	}
	out.Charset = params["charset"]
	payload, err := block.PayloadBytes()
	if err != nil {
		return fail(out, "payload: "+err.Error())
	}
	body, err := io.ReadAll(io.LimitReader(payload, MaxBody+1))
	if err != nil {
		return fail(out, "truncated payload: "+err.Error())
	}
	if len(body) > MaxBody {
		return fail(out, fmt.Sprintf("payload larger than %d bytes", MaxBody))
	}
	if cl, err := w.ContentLength(); err == nil && rec.Validation != nil && truncated(rec.Validation) {
		return fail(out, fmt.Sprintf("truncated record (Content-Length %d): %v", cl, errors.Join(rec.Validation...)))
	}
	out.Kind, out.Body = Page, body
	return out
}

// garbageBefore is the number of bytes the reader skipped before a record
// because they did not start one, from its validation findings.
func garbageBefore(vs []error) int64 {
	for _, v := range vs {
		var n int64
		if _, err := fmt.Sscanf(v.Error(), "gowarc: record was found %d bytes after expected offset", &n); err == nil && n > 0 {
			return n
		}
	}
	return 0
}

// truncated reports whether validation findings say the record's block
// is shorter than its Content-Length.
func truncated(vs []error) bool {
	for _, v := range vs {
		var cl *gowarc.ContentLengthError
		if errors.As(v, &cl) || strings.Contains(v.Error(), "end of record") {
			return true
		}
	}
	return false
}

// isHTML reports whether a media type is an HTML page's.
func isHTML(mt string) bool { return mt == "text/html" || mt == "application/xhtml+xml" }

func skip(r Record, reason string) Record { r.Kind, r.Reason = Skipped, reason; return r }
func fail(r Record, reason string) Record { r.Kind, r.Reason = Failed, reason; return r }
