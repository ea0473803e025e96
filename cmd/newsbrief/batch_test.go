package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// batchRecord is one line of batch output.
type batchRecord struct {
	ID    string          `json:"id"`
	Brief json.RawMessage `json:"brief"`
	Error string          `json:"error"`
}

func readRecords(t *testing.T, data string) []batchRecord {
	t.Helper()
	var recs []batchRecord
	for _, l := range strings.Split(strings.TrimSuffix(data, "\n"), "\n") {
		var r batchRecord
		require.NoError(t, json.Unmarshal([]byte(l), &r), l)
		recs = append(recs, r)
	}
	return recs
}

func sampleLine(t *testing.T, id string) string {
	t.Helper()
	article, err := os.ReadFile(filepath.Join("sample", "article.html"))
	require.NoError(t, err)
	html, _ := json.Marshal(string(article))
	return `{"id": "` + id + `", "html": ` + string(html) + `, "url": "https://valley-courier.example/x"}`
}

func TestBatch(t *testing.T) {
	dir := t.TempDir()
	lines := []string{
		sampleLine(t, "a"),
		`not json`,
		``,
		`{"id": "c", "text": "Harbour Bridge Reopens\n\nThe harbour bridge reopened on Monday after eight months of repairs that cost €12 million."}`,
		`{"id": "d"}`,
		`{"id": "e", "html": "<html><body><nav>menu</nav></body></html>"}`,
		`{"id": "f", "html": 7, "url": "https://example.com/"}`,
		`{"id": "g", "text": "broken off`,
		`{"id": "h", "text": "Just one line."}`,
		`   `,
	}
	in := filepath.Join(dir, "in.jsonl")
	out := filepath.Join(dir, "out.jsonl")
	require.NoError(t, os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644))
	code, _, errOut := runCLI(t, "", "batch", "-in", in, "-out", out, "-workers", "3")
	require.Equal(t, 1, code, "a batch with failed lines exits 1 after writing every line: "+errOut)
	assert.Contains(t, errOut, "10 lines: 2 briefs, 2 articles without a brief, 6 bad lines")
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	recs := readRecords(t, string(data))
	require.Len(t, recs, len(lines), "one output line per input line, blank or not, in order")

	want := []struct{ id, err string }{
		{"a", ""},
		{"", "line 2: invalid JSON"},
		{"", "line 3: blank line"},
		{"c", ""},
		{"d", `line 5: needs "html" or "text"`},
		{"e", "line 6: extract: no article found"},
		{"f", `line 7: field "html" holds a JSON number, want a string`},
		{"g", "line 8: invalid JSON"},
		{"h", "line 9: "},
		{"", "line 10: blank line"},
	}
	for i, w := range want {
		assert.Equal(t, w.id, recs[i].ID, "line %d keeps its id when it can be read", i+1)
		if w.err == "" {
			assert.Empty(t, recs[i].Error, "line %d", i+1)
			assert.NotEmpty(t, recs[i].Brief, "line %d", i+1)
			continue
		}
		assert.True(t, strings.HasPrefix(recs[i].Error, w.err), "line %d: %q", i+1, recs[i].Error)
		assert.Empty(t, recs[i].Brief)
	}
	assert.Contains(t, string(recs[0].Brief), `"headline":"Ostra to build region's largest floating solar farm"`)

	multi := `{"id": "m", "articles": [{"text": "Ostra Energy will build a 240-megawatt floating solar farm on the Marrow reservoir.", "outlet": "Valley Courier", "url": "https://valley-courier.example/a"}, {"text": "Ostra Energy's floating solar farm on the Marrow reservoir will have a capacity of 240 megawatts, Energy Wire reported.", "outlet": "Energy Wire", "published": "2026-11-24T09:00:00Z"}]}`
	require.NoError(t, os.WriteFile(in, []byte(multi+"\n"), 0o644))
	code, _, errOut = runCLI(t, "", "batch", "-in", in, "-out", out)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, "newsbrief batch: 1 line: 1 brief\n", errOut)
	data, err = os.ReadFile(out)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"outlet":"Energy Wire"`)
	assert.Contains(t, string(data), `"original":{"outlet":"Energy Wire"`, "the report the other credits")
	assert.Contains(t, string(data), `"outlet":"Valley Courier"`, "both articles are sources")

	for _, line := range []string{`[1, 2, 3]`, `{"id": 7}`, `{"id": "p", "text": "x", "published": "soon"}`} {
		require.NoError(t, os.WriteFile(in, []byte(line+"\n"), 0o644))
		code, _, _ = runCLI(t, "", "batch", "-in", in, "-out", out)
		assert.Equal(t, 1, code)
		data, err = os.ReadFile(out)
		require.NoError(t, err)
		assert.NotContains(t, string(data), "main.", "no Go type names in errors: %s", data)
		assert.Contains(t, string(data), `"error":"line 1: `)
	}
	assert.Contains(t, string(data), `"id":"p"`)

	code, _, errOut = runCLI(t, "", "batch", "-in", in, "extra")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "batch takes no arguments")
	code, _, errOut = runCLI(t, "", "batch", "-workers", "0")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "-workers must be at least 1")
}

// TestBatchStdinStdout: stdin to stdout is the default.
func TestBatchStdinStdout(t *testing.T) {
	code, out, errOut := runCLI(t, sampleLine(t, "a")+"\n"+`{"id": "b", "text": "Harbour Bridge Reopens\n\nThe harbour bridge reopened on Monday after eight months of repairs."}`, "batch")
	require.Equal(t, 0, code, errOut)
	recs := readRecords(t, out)
	require.Len(t, recs, 2)
	assert.Equal(t, "a", recs[0].ID)
	assert.Equal(t, "b", recs[1].ID)
	assert.Equal(t, "newsbrief batch: 2 lines: 2 briefs\n", errOut)

	code, out, errOut = runCLI(t, "", "batch")
	assert.Equal(t, 0, code, errOut)
	assert.Empty(t, out)
}

// failingWriter fails every write after the first n.
type failingWriter struct{ n, writes int }

func (w *failingWriter) Write(p []byte) (int, error) {
	w.writes++
	if w.writes > w.n {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

// endlessLines is an input that never ends.
type endlessLines struct {
	line string
	off  int
}

func (r *endlessLines) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		k := copy(p[n:], r.line[r.off:])
		n += k
		r.off = (r.off + k) % len(r.line)
	}
	return n, nil
}

func TestBatchStopsAtTheFirstWriteError(t *testing.T) {
	w := &failingWriter{n: 2}
	in := &endlessLines{line: `{"id": "x", "text": "Harbour Bridge Reopens\n\nThe harbour bridge reopened on Monday after eight months of repairs."}` + "\n"}
	done := make(chan struct{})
	var st batchStats
	var err error
	go func() {
		st, err = batch(context.Background(), in, w, 2, newProgress(io.Discard, false, time.Now))
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("batch goes on reading after a write error")
	}
	require.Error(t, err)
	assert.Contains(t, err.Error(), "writing the record of line 3: disk full")
	assert.Equal(t, 2, st.lines)
	assert.Equal(t, 3, w.writes, "no write after the one that failed")
}

func TestBatchFieldErrorsNameJSONFields(t *testing.T) {
	for line, want := range map[string]string{
		`{"id": "f", "html": 7}`:                    `field "html" holds a JSON number, want a string`,
		`{"id": "f", "articles": [{"text": true}]}`: `field "articles.text" holds a JSON bool, want a string`,
		`{"id": "f", "articles": {}}`:               `field "articles" holds a JSON object, want an array`,
	} {
		o := processLine(context.Background(), 4, []byte(line), nil)
		assert.Equal(t, "line 4: "+want, o.Error)
		assert.Equal(t, "f", o.ID)
		assert.True(t, o.bad)
	}
}
