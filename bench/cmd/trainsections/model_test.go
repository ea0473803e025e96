package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsbrief/newsbrief/internal/sharedtest"
)

// TestEmbeddedModelIsTrained retrains the classifier (deterministic) and
// fails when the embedded weights differ: the model reads the cue
// lexicons as features, so a change of a lexicon, the labels or the
// features needs `cd bench && go run ./cmd/trainsections`.
func TestEmbeddedModelIsTrained(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the classifier (about 10 s)")
	}
	sharedtest.Dir(t)
	out := filepath.Join(t.TempDir(), "model.bin")
	cmd := exec.Command("go", "run", ".", "-o", out)
	cmd.Stderr = os.Stderr
	require.NoError(t, cmd.Run())
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	want, err := os.ReadFile(filepath.Join("..", "..", "..", "internal", "classify", "model.bin"))
	require.NoError(t, err)
	require.True(t, bytes.Equal(got, want), "internal/classify/model.bin is stale: run cd bench && go run ./cmd/trainsections")
}
