package newsbrief_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/newsbrief/newsbrief"
	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestConcurrentUse backs the README's word that the library's functions
// may run in several goroutines at once, sharing options and a brief
// (run it with -race): every goroutine gets the same result.
func TestConcurrentUse(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("cmd", "newsbrief", "sample", "article.html"))
	require.NoError(t, err)
	opts := []newsbrief.Option{newsbrief.WithURL("https://valley-courier.example/news/marrow-floating-solar"),
		newsbrief.WithExtractOptions(extract.WithMaxBytes(1 << 20))}
	first, err := newsbrief.FromHTML(context.Background(), bytes.NewReader(page), opts...)
	require.NoError(t, err)
	var want bytes.Buffer
	require.NoError(t, brief.WriteJSON(&want, first))

	const n = 8
	got := make([]string, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b, err := newsbrief.FromHTML(context.Background(), bytes.NewReader(page), opts...)
			if err != nil {
				got[i] = err.Error()
				return
			}
			var md, js bytes.Buffer
			brief.WriteMarkdown(&md, first) // the shared brief, read by all
			if _, err := brief.Parse(&md); err != nil {
				got[i] = err.Error()
				return
			}
			brief.WriteJSON(&js, b)
			got[i] = js.String()
		}()
	}
	wg.Wait()
	for i := range n {
		assert.Equal(t, want.String(), got[i], "goroutine %d", i)
	}
}
