package crawl

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// MaxLine is the longest JSONL line read, as in `newsbrief batch`; a
// longer line fails.
const MaxLine = 32 << 20

// line is one line of `newsbrief batch` input: one article, or several
// about one story.
type line struct {
	ID string `json:"id"`
	article
	Articles []article `json:"articles"`
}

// article is an article of a line.
type article struct {
	HTML      string    `json:"html"`
	Text      string    `json:"text"`
	URL       string    `json:"url"`
	Title     string    `json:"title"`
	Outlet    string    `json:"outlet"`
	Published time.Time `json:"published"`
}

// ReadJSONL reads lines in the input format of `newsbrief batch`
// ({"id", "html"|"text", "url", "title", "outlet", "published"} or
// {"id", "articles": [...]}), calling fn for each article, or once for a
// line that fails, in file order; blank lines are not records. name is the
// file's name for record keys. It returns the number of records it
// passed to fn, or an error from fn or from reading, which stops it.
func ReadJSONL(r io.Reader, name string, fn func(Record) error) (int, error) {
	br := bufio.NewReaderSize(r, 1<<20)
	n := 0
	for no := 1; ; no++ {
		raw, err := readLine(br)
		if err == io.EOF {
			return n, nil
		}
		key := fmt.Sprintf("%s:%d", name, no)
		if err != nil && !errors.Is(err, errLineTooLong) {
			return n, err
		}
		if err == nil && strings.TrimSpace(string(raw)) == "" {
			continue
		}
		recs := fromLine(key, raw, err)
		for _, rec := range recs {
			n++
			if err := fn(rec); err != nil {
				return n, err
			}
		}
	}
}

// fromLine turns one line into its records.
func fromLine(key string, raw []byte, readErr error) []Record {
	if readErr != nil {
		return []Record{{Key: key, Kind: Failed, Reason: readErr.Error()}}
	}
	var in line
	if err := json.Unmarshal(raw, &in); err != nil {
		return []Record{{Key: key, Kind: Failed, Reason: jsonError(err)}}
	}
	if len(in.Articles) == 0 {
		return []Record{in.article.record(key, in.ID, "")}
	}
	out := make([]Record, len(in.Articles))
	for k, a := range in.Articles {
		out[k] = a.record(fmt.Sprintf("%s#%d", key, k+1), in.ID, key)
	}
	return out
}

// record makes the record of one article.
func (a article) record(key, id, story string) Record {
	r := Record{Key: key, ID: id, URL: a.URL, Title: a.Title, Outlet: a.Outlet, Published: a.Published, Story: story}
	switch {
	case a.HTML != "":
		r.Kind, r.Body = Page, []byte(a.HTML)
	case a.Text != "":
		r.Kind, r.Body = Text, []byte(a.Text)
	default:
		r.Kind, r.Reason = Failed, `needs "html" or "text"`
	}
	return r
}

// jsonError words a JSON error for a user, without Go type names.
func jsonError(err error) string {
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

var errLineTooLong = fmt.Errorf("line longer than %d bytes", MaxLine)

// readLine reads one line of at most MaxLine bytes; a longer line is
// consumed and reported as errLineTooLong.
func readLine(r *bufio.Reader) ([]byte, error) {
	var out []byte
	tooLong := false
	for {
		chunk, isPrefix, err := r.ReadLine()
		if err != nil {
			if err == io.EOF && (len(out) > 0 || tooLong) {
				break
			}
			return nil, err
		}
		if !tooLong {
			out = append(out, chunk...)
			if len(out) > MaxLine {
				out, tooLong = nil, true
			}
		}
		if !isPrefix {
			break
		}
	}
	if tooLong {
		return nil, errLineTooLong
	}
	return out, nil
}
