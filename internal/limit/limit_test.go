package limit

import (
	"errors"
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
