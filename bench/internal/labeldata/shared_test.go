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
	labels := filepath.Join(root, "testdata", "labels")
	sents, err := Load(dir, labels, filepath.Join(labels, "extra"))
	if err != nil {
		t.Fatal(err)
	}
	extra, err := ReadArticles(filepath.Join(labels, "extra", "articles.jsonl"))
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
		if _, ok := extra[s.Article]; ok && s.Split != "train" {
			t.Fatalf("%s: an extra label is in the %s split; the extra sample is train only", s.Article, s.Split)
		}
		if SentHash(s.Text) != s.SHA {
			t.Fatalf("%s [%d,%d): text does not match its hash", s.Article, s.Start, s.End)
		}
	}
}
