package extract

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/newsbrief/newsbrief/internal/aeb"
	"github.com/newsbrief/newsbrief/internal/sharedtest"
)

// BenchmarkFromReaderAEB extracts every benchmark page once per iteration.
func BenchmarkFromReaderAEB(b *testing.B) {
	pages, err := aeb.Load(filepath.Join(sharedtest.Dir(b), "data", "aeb"))
	if err != nil {
		b.Fatal(err)
	}
	data := make([][]byte, len(pages))
	for i, p := range pages {
		if data[i], err = p.HTML(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for i, d := range data {
			_, _ = FromReader(bytes.NewReader(d), WithURL(pages[i].URL))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pages)), "ns/page")
}
