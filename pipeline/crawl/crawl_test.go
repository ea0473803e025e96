package crawl

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsbrief/newsbrief/pipeline/warcpack"
)

var day = time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)

func collect(t *testing.T, read func(func(Record) error) (int, error)) []Record {
	t.Helper()
	var out []Record
	n, err := read(func(r Record) error { out = append(out, r); return nil })
	require.NoError(t, err)
	require.Equal(t, len(out), n, "the count returned is the number of records passed on")
	return out
}

func TestReadWARC(t *testing.T) {
	var buf bytes.Buffer
	w := warcpack.NewWriter(&buf)
	require.NoError(t, w.Record(gowarc.Warcinfo, "", day, "application/warc-fields", []byte("software: test\r\n")))
	require.NoError(t, w.Page("https://a.example/1", day, []byte("<html><body><p>One</p></body></html>")))
	require.NoError(t, w.Response("https://a.example/2", day, 200, "text/html; charset=ISO-8859-1", []byte("<p>caf\xe9</p>")))
	require.NoError(t, w.Response("https://a.example/3", day, 301, "text/html", nil))
	require.NoError(t, w.Response("https://a.example/4", day, 200, "application/json", []byte("{}")))
	require.NoError(t, w.Raw([]byte("garbage\r\n")))
	require.NoError(t, w.Page("https://a.example/5", day, []byte("<p>Five</p>")))
	require.NoError(t, w.Close())
	full := buf.Len()
	require.NoError(t, w.Page("https://a.example/6", day, []byte("<p>Six, cut short</p>")))
	data := buf.Bytes()[:full+(buf.Len()-full)/2]

	recs := collect(t, func(fn func(Record) error) (int, error) { return ReadWARC(bytes.NewReader(data), "t.warc.gz", fn) })
	var got []string
	for _, r := range recs {
		got = append(got, r.Kind.String()+" "+r.URL+" "+r.Reason)
	}
	require.Len(t, recs, 8, "%q", got)
	assert.Equal(t, Skipped, recs[0].Kind)
	assert.Equal(t, "WARC warcinfo record", recs[0].Reason)
	assert.Equal(t, Page, recs[1].Kind)
	assert.Equal(t, "https://a.example/1", recs[1].URL)
	assert.Equal(t, day, recs[1].Crawled)
	assert.Equal(t, "ISO-8859-1", recs[2].Charset)
	assert.Equal(t, "<p>caf\xe9</p>", string(recs[2].Body))
	assert.Equal(t, "HTTP status 301", recs[3].Reason)
	assert.Equal(t, "content type application/json", recs[4].Reason)
	assert.Equal(t, Failed, recs[5].Kind, "garbage between records is a failed record")
	assert.Contains(t, recs[5].Reason, "9 bytes skipped")
	assert.Equal(t, Page, recs[6].Kind)
	assert.Equal(t, Failed, recs[7].Kind, "a truncated last record fails: %q", got)
	seen := map[string]bool{}
	for _, r := range recs {
		assert.False(t, seen[r.Key], "keys are unique: %s", r.Key)
		seen[r.Key] = true
		assert.True(t, strings.HasPrefix(r.Key, "t.warc.gz@"))
	}
}

func TestReadJSONL(t *testing.T) {
	in := `{"id": "a", "html": "<p>x</p>", "url": "https://a.example/a", "title": "T", "outlet": "O", "published": "2026-03-05T00:00:00Z"}

{"id": "b", "text": "plain"}
{"id": "c"}
{"id": "d", "articles": [{"text": "one"}, {"html": "<p>two</p>"}]}
{"id": 7}
not json
`
	recs := collect(t, func(fn func(Record) error) (int, error) { return ReadJSONL(strings.NewReader(in), "in.jsonl", fn) })
	require.Len(t, recs, 7)
	assert.Equal(t, Record{Key: "in.jsonl:1", ID: "a", Kind: Page, URL: "https://a.example/a", Body: []byte("<p>x</p>"), Title: "T", Outlet: "O", Published: day}, recs[0])
	assert.Equal(t, Text, recs[1].Kind)
	assert.Equal(t, "in.jsonl:3", recs[1].Key, "line numbers count blank lines")
	assert.Equal(t, Failed, recs[2].Kind)
	assert.Equal(t, `needs "html" or "text"`, recs[2].Reason)
	assert.Equal(t, "in.jsonl:5#1", recs[3].Key)
	assert.Equal(t, "in.jsonl:5", recs[3].Story)
	assert.Equal(t, "in.jsonl:5", recs[4].Story)
	assert.Equal(t, Page, recs[4].Kind)
	assert.Equal(t, `field "id" holds a JSON number, want a string`, recs[5].Reason)
	assert.Contains(t, recs[6].Reason, "invalid JSON")
}

func TestReadJSONLLongLine(t *testing.T) {
	in := `{"text": "` + strings.Repeat("x", MaxLine) + `"}` + "\n" + `{"text": "after"}` + "\n"
	recs := collect(t, func(fn func(Record) error) (int, error) { return ReadJSONL(strings.NewReader(in), "in.jsonl", fn) })
	require.Len(t, recs, 2)
	assert.Equal(t, Failed, recs[0].Kind)
	assert.Contains(t, recs[0].Reason, "line longer than")
	assert.Equal(t, "after", string(recs[1].Body))
}
