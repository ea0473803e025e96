package crawl

import (
	"bytes"
	"testing"
	"time"

	"github.com/newsbrief/newsbrief/pipeline/warcpack"
)

// FuzzReadWARC checks that any bytes give records, each with a key, and
// never a panic or an endless loop.
func FuzzReadWARC(f *testing.F) {
	var buf bytes.Buffer
	w := warcpack.NewWriter(&buf)
	w.Page("https://a.example/", time.Unix(0, 0), []byte("<p>x</p>"))
	f.Add(buf.Bytes())
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 99\r\n\r\nshort"))
	f.Add([]byte("\x1f\x8b\x08\x00garbage"))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := ReadWARC(bytes.NewReader(data), "f.warc", func(r Record) error {
			if r.Key == "" {
				t.Fatalf("record without a key: %+v", r)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("ReadWARC: %v", err)
		}
		if n > len(data)+1 {
			t.Fatalf("%d records from %d bytes", n, len(data))
		}
	})
}

// FuzzReadJSONL checks that any bytes give records, each with a key.
func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(`{"id": "a", "text": "x"}` + "\n" + `{"articles": [{"html": "<p>"}]}`))
	f.Add([]byte("{\n\n}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := ReadJSONL(bytes.NewReader(data), "f.jsonl", func(r Record) error {
			if r.Key == "" {
				t.Fatalf("record without a key: %+v", r)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("ReadJSONL: %v", err)
		}
	})
}
