package cue

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLabelled checks the hand-written sentences in testdata/labelled.jsonl,
// one per line: {"lang", "label", "why", "text"}.
func TestLabelled(t *testing.T) {
	f, err := os.Open("testdata/labelled.jsonl")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var c struct{ Lang, Label, Why, Text string }
		require.NoError(t, json.Unmarshal(sc.Bytes(), &c), "line %d", n+1)
		want, ok := ParseLabel(c.Label)
		require.True(t, ok, "line %d: label %q", n+1, c.Label)
		n++
		t.Run(c.Why, func(t *testing.T) {
			r := Classify(c.Text, c.Lang)
			assert.Equal(t, want, r.Label, "%s\ncue %q, score %.2f", c.Text, r.Cue, r.Score)
		})
	}
	require.NoError(t, sc.Err())
	assert.GreaterOrEqual(t, n, 40)
}
