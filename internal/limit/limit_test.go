package limit

import (
	"errors"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadAll(t *testing.T) {
	errBig := errors.New("too large")
	tooLarge := func() error { return errBig }
	data, err := ReadAll(strings.NewReader("12345"), 5, tooLarge)
	require.NoError(t, err)
	assert.Equal(t, "12345", string(data))
	_, err = ReadAll(strings.NewReader("123456"), 5, tooLarge)
	assert.ErrorIs(t, err, errBig)
	r := &counting{}
	_, err = ReadAll(r, 1<<10, tooLarge)
	assert.ErrorIs(t, err, errBig)
	assert.LessOrEqual(t, r.n, int64(1<<10+512), "reads no more than the limit and a buffer")
}

// counting is an endless reader that counts what it gives.
type counting struct{ n int64 }

func (c *counting) Read(p []byte) (int, error) {
	c.n += int64(len(p))
	return len(p), nil
}

func TestReadAllOneBufferForAKnownLength(t *testing.T) {
	page := strings.Repeat("x", 1<<20)
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	data, err := ReadAll(strings.NewReader(page), 2<<20, func() error { return nil })
	runtime.ReadMemStats(&m1)
	require.NoError(t, err)
	assert.Equal(t, page, string(data))
	assert.Less(t, m1.TotalAlloc-m0.TotalAlloc, uint64(len(page)+64<<10), "one buffer, not a doubling series")
}
