package brief

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// parseFile parses a fixture from testdata.
func parseFile(t *testing.T, name string, opts ...Option) *Brief {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	require.NoError(t, err)
	defer f.Close()
	b, err := Parse(f, opts...)
	require.NoError(t, err)
	return b
}

// checkGolden compares got with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "golden file missing: run go test -update")
	assert.Equal(t, string(want), string(got))
}

func TestGoldenFixtures(t *testing.T) {
	for _, name := range []string{"harbor.md", "chrome.html", "axios.md", "plain.txt"} {
		t.Run(name, func(t *testing.T) {
			b := parseFile(t, name)
			var buf bytes.Buffer
			require.NoError(t, WriteJSON(&buf, b))
			checkGolden(t, name+".golden.json", buf.Bytes())
			requireRoundTrip(t, b)
		})
	}
}
