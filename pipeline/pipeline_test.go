package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/nlnwa/gowarc/v3"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsbrief/newsbrief/pipeline/warcpack"
)

func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

var crawled = time.Date(2026, 3, 5, 12, 0, 0, 0, time.UTC)

// The pages of a test crawl: the module's own story pages and the
// library's test pages.
var testPages = []string{
	"testdata/pages/lakeside-tram.html",
	"testdata/pages/valley-tram.html",
	"testdata/pages/lakeside-flood.html",
	"testdata/pages/coast-flood.html",
	"../extract/testdata/news.html",
	"../extract/testdata/ld-body.html",
	"../extract/testdata/euckr.html",
	"../server/testdata/article.html",
	"../brief/testdata/chrome.html",
}

// crawlWant is what a test crawl holds.
type crawlWant struct {
	records, pages, skipped, failed int
}

// writeCrawl packs the test pages into a WARC file with records that hold
// no article (skipped) and records that cannot be read or extracted
// (failed) mixed in, and returns how many of each it wrote.
func writeCrawl(t *testing.T, path string) crawlWant {
	t.Helper()
	var buf bytes.Buffer
	w := warcpack.NewWriter(&buf)
	var want crawlWant
	page := func(name string) {
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		require.NoError(t, w.Page("https://pages.example/"+filepath.Base(name), crawled, data))
		want.pages++
	}
	skipped := func(err error) { require.NoError(t, err); want.skipped++ }
	failed := func(err error) { require.NoError(t, err); want.failed++ }

	skipped(w.Record(gowarc.Warcinfo, "", crawled, "application/warc-fields", []byte("software: warcpack\r\n")))
	for i, name := range testPages {
		page(name)
		switch i {
		case 1:
			skipped(w.Record(gowarc.Request, "https://pages.example/a.pdf", crawled, "application/http;msgtype=request",
				[]byte("GET /a.pdf HTTP/1.1\r\nHost: pages.example\r\n\r\n")))
			skipped(w.Response("https://pages.example/a.pdf", crawled, 200, "application/pdf", []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")))
		case 3:
			skipped(w.Response("https://pages.example/gone.html", crawled, 404, "text/html", []byte("<html><body><h1>Not found</h1></body></html>")))
			skipped(w.Response("https://pages.example/logo.png", crawled, 200, "image/png", []byte("\x89PNG\r\n\x1a\n\x00\x00")))
			// Garbage pages: binary bytes and a page without an article.
			failed(w.Page("https://pages.example/binary.html", crawled, []byte("\x00\x01\x02\xff\xfe garbage \x00\x00\x07")))
			failed(w.Page("https://pages.example/empty.html", crawled, []byte("<html><body><p>Hi.</p></body></html>")))
		case 5:
			// Garbage bytes between two records.
			failed(w.Raw([]byte("this is not a WARC record\r\n\r\n")))
			skipped(w.Record(gowarc.Metadata, "https://pages.example/news.html", crawled, "application/warc-fields", []byte("via: test\r\n")))
		}
	}
	require.NoError(t, w.Close())
	// A truncated record at the end, as a download cut short leaves it.
	var last bytes.Buffer
	lw := warcpack.NewWriter(&last)
	data, err := os.ReadFile("testdata/pages/coast-flood.html")
	require.NoError(t, err)
	require.NoError(t, lw.Page("https://pages.example/cut.html", crawled, data))
	buf.Write(last.Bytes()[:last.Len()/2])
	want.failed++
	want.records = want.pages + want.skipped + want.failed
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
	return want
}

// run runs the pipeline on Prism.
func run(t *testing.T, c Config) Counts {
	t.Helper()
	require.NoError(t, os.MkdirAll(c.Output, 0o755))
	p, s := beam.NewPipelineWithRoot()
	require.NoError(t, Construct(s, c))
	require.NoError(t, ptest.Run(p))
	counts, err := ReadCounts(context.Background(), c.Output)
	require.NoError(t, err)
	return counts
}

// readLines reads the lines of all shards of an output.
func readLines(t *testing.T, dir, prefix string) []map[string]any {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, prefix+"-*-of-*.jsonl"))
	require.NoError(t, err)
	sort.Strings(files)
	var out []map[string]any
	for _, f := range files {
		fh, err := os.Open(f)
		require.NoError(t, err)
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var m map[string]any
			require.NoError(t, json.Unmarshal(sc.Bytes(), &m), "%s: %s", f, sc.Text())
			out = append(out, m)
		}
		require.NoError(t, sc.Err())
		fh.Close()
	}
	return out
}

func TestPipelineWARC(t *testing.T) {
	dir := t.TempDir()
	want := writeCrawl(t, filepath.Join(dir, "crawl-1.warc.gz"))
	out := filepath.Join(dir, "out")
	c := run(t, Config{Input: filepath.Join(dir, "*.warc.gz"), Output: out, Shards: 2, PerArticle: true})
	t.Logf("%s; reasons %v", c, c.Reasons)

	require.NoError(t, c.AddUp())
	assert.Equal(t, want.records, c.Records, "every record is counted")
	assert.Equal(t, want.skipped, c.Skipped)
	assert.Equal(t, want.pages, c.Briefed, "every test page is briefed")
	assert.Equal(t, want.failed, c.Failed)

	dead := readLines(t, out, "deadletter")
	assert.Len(t, dead, c.Skipped+c.Failed, "every record not briefed has a dead-letter line")
	for _, d := range dead {
		assert.NotEmpty(t, d["key"])
		assert.NotEmpty(t, d["reason"])
		assert.Contains(t, []any{"skipped", "failed"}, d["outcome"])
	}

	briefs := readLines(t, out, "briefs")
	assert.Equal(t, c.Stories, len(briefs))
	storyOf := map[string]string{}
	for _, b := range briefs {
		br, ok := b["brief"].(map[string]any)
		require.True(t, ok, "brief is an object: %v", b)
		assert.NotEmpty(t, br["headline"])
		for _, u := range b["articles"].([]any) {
			storyOf[u.(string)] = b["story"].(string)
		}
	}
	assert.Equal(t, storyOf["https://pages.example/lakeside-tram.html"], storyOf["https://pages.example/valley-tram.html"], "two outlets on the tram vote: one story")
	assert.Equal(t, storyOf["https://pages.example/lakeside-flood.html"], storyOf["https://pages.example/coast-flood.html"], "two outlets on the flood barrier: one story")
	assert.NotEqual(t, storyOf["https://pages.example/lakeside-tram.html"], storyOf["https://pages.example/lakeside-flood.html"], "one outlet, two stories")

	articles := readLines(t, out, "articles")
	assert.Equal(t, c.ArticleBriefs, len(articles))
	assert.Equal(t, c.Briefed, c.ArticleBriefs+c.ArticleBriefsFailed, "-per-article: one brief per briefed article")
}

// TestPipelineDeterministic runs the pipeline twice on the same crawl:
// the outputs are the same bytes, whatever order the runner took.
func TestPipelineDeterministic(t *testing.T) {
	dir := t.TempDir()
	writeCrawl(t, filepath.Join(dir, "crawl-1.warc.gz"))
	var outs [2]map[string]string
	for i := range outs {
		out := filepath.Join(dir, fmt.Sprintf("out%d", i))
		run(t, Config{Input: filepath.Join(dir, "*.warc.gz"), Output: out, Shards: 3})
		files, err := filepath.Glob(filepath.Join(out, "*"))
		require.NoError(t, err)
		outs[i] = map[string]string{}
		for _, f := range files {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			outs[i][filepath.Base(f)] = string(data)
		}
	}
	require.NotEmpty(t, outs[0])
	assert.Equal(t, outs[0], outs[1])
}

func TestPipelineJSONL(t *testing.T) {
	dir := t.TempDir()
	tram, err := os.ReadFile("testdata/pages/lakeside-tram.html")
	require.NoError(t, err)
	lines := []any{
		map[string]any{"id": "a1", "html": string(tram), "url": "https://herald.example/tram"},
		map[string]any{"id": "a2", "text": "Flood barrier closes\n\nThe River Lake flood barrier closed for the first time on Wednesday as water levels rose after three days of heavy rain. Engineers said it held back a surge of 2.4 metres.", "title": "Flood barrier closes", "outlet": "Coast Daily"},
		map[string]any{"id": "multi", "articles": []any{
			map[string]any{"html": string(tram), "url": "https://herald.example/tram-2"},
			map[string]any{"text": "Councillors voted 31 to 12 for the airport tram extension, which will cost 480 million euros and open in 2029.", "title": "Tram vote"},
		}},
		map[string]any{"id": "bad"}, // neither html nor text
	}
	var buf bytes.Buffer
	for _, l := range lines {
		data, err := json.Marshal(l)
		require.NoError(t, err)
		buf.Write(append(data, '\n'))
	}
	buf.WriteString("{not json\n\n")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "in.jsonl"), buf.Bytes(), 0o644))
	out := filepath.Join(dir, "out")
	c := run(t, Config{Input: filepath.Join(dir, "in.jsonl"), Output: out})
	t.Logf("%s; reasons %v", c, c.Reasons)

	require.NoError(t, c.AddUp())
	assert.Equal(t, 6, c.Records, "a line per article, a multi-article line per article, a bad line once; blank lines are not records")
	assert.Equal(t, 4, c.Briefed)
	assert.Equal(t, 2, c.Failed)
	briefs := readLines(t, out, "briefs")
	var multi []string
	for _, b := range briefs {
		for _, u := range b["articles"].([]any) {
			if strings.Contains(u.(string), "tram-2") || strings.Contains(u.(string), "in.jsonl:3") {
				multi = append(multi, b["story"].(string))
			}
		}
	}
	require.Len(t, multi, 2, "both articles of the multi-article line are briefed")
	assert.Equal(t, multi[0], multi[1], "the articles of one line are one story, as in newsbrief batch")
}
