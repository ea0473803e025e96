package labeldata

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsbrief/newsbrief/internal/shared"
	"github.com/newsbrief/newsbrief/internal/sharedtest"
)

// TestCommittedLabelsResolve checks that every committed label still finds
// its sentence in ../shared (by offsets, or by hash when the text has
// moved), so a change to package extract or to the sentence splitter
// cannot silently detach labels from their text.
func TestCommittedLabelsResolve(t *testing.T) {
	dir := sharedtest.Dir(t)
	root, err := shared.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	sents, err := Load(dir, filepath.Join(root, "testdata", "labels"))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) == 0 {
		t.Fatal("no labelled sentences")
	}
	valid := []string{"none", "risk", "opportunity", "unknown", "significance", "next"}
	for _, s := range sents {
		if !slices.Contains(valid, s.Label) || (s.Split != "train" && s.Split != "test") {
			t.Fatalf("%s [%d,%d): label %q split %q", s.Article, s.Start, s.End, s.Label, s.Split)
		}
		if SentHash(s.Text) != s.SHA {
			t.Fatalf("%s [%d,%d): text does not match its hash", s.Article, s.Start, s.End)
		}
	}
}
