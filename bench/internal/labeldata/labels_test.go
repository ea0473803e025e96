package labeldata

import (
	"strings"
	"testing"
)

func TestResolve(t *testing.T) {
	text := "The strike could delay deliveries. Talks resume on Monday. Nobody knows why."
	a := Article{ID: "x:1", Source: "x", Title: "T", Text: text, Lang: "en"}
	all := map[string][]Article{"x": {a}}
	infos := map[string]ArticleInfo{"x:1": {Article: "x:1", Group: "x:1"}}
	s2 := "Talks resume on Monday."
	start := strings.Index(text, s2)
	recs := []Record{
		{Article: "x:1", Start: start, End: start + len(s2), SHA: SentHash(s2), Label: "next"},
		// Offsets drifted (the text gained a prefix, say): found by hash.
		{Article: "x:1", Start: 3, End: 10, SHA: SentHash("Nobody knows why."), Label: "unknown"},
		{Article: "x:1", Start: 0, End: 34, SHA: SentHash("The strike could delay deliveries."), Label: "risk"},
	}
	got, err := Resolve(recs, infos, all)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		text  string
		label string
		index int
	}{
		{"The strike could delay deliveries.", "risk", 0},
		{"Talks resume on Monday.", "next", 1},
		{"Nobody knows why.", "unknown", 2},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d sentences, want %d", len(got), len(want))
	}
	for i, w := range want {
		if got[i].Text != w.text || got[i].Label != w.label || got[i].Index != w.index || got[i].Count != 3 {
			t.Errorf("sentence %d = %q %s index %d count %d, want %q %s index %d count 3", i, got[i].Text, got[i].Label, got[i].Index, got[i].Count, w.text, w.label, w.index)
		}
	}
	// A hash found nowhere is an error, never a silent mislabel.
	_, err = Resolve([]Record{{Article: "x:1", Start: 0, End: 5, SHA: "0000000000000000"}}, infos, all)
	if err == nil {
		t.Fatal("Resolve accepted a sentence hash that is not in the article")
	}
	_, err = Resolve([]Record{{Article: "missing:1", SHA: "0"}}, infos, all)
	if err == nil {
		t.Fatal("Resolve accepted an unknown article")
	}
}

// TestResolveExtractedPages: a labelled sentence of an extracted page that
// extract no longer returns (a caption it now drops) is left out, up to
// maxLost of the records; past that the labels have come loose.
func TestResolveExtractedPages(t *testing.T) {
	text := "The strike could delay deliveries. Talks resume on Monday."
	a := Article{ID: "trafilatura:p.html", Source: "trafilatura", Title: "T", Text: text, Lang: "en"}
	all := map[string][]Article{"trafilatura": {a}}
	infos := map[string]ArticleInfo{a.ID: {Article: a.ID, Group: a.ID}}
	s1 := "The strike could delay deliveries."
	kept := Record{Article: a.ID, Start: 0, End: len(s1), SHA: SentHash(s1), Label: "risk"}
	gone := Record{Article: a.ID, Start: 40, End: 60, SHA: SentHash("Street to be renamed after the rebellion"), Label: "next"}
	recs := []Record{gone}
	for range 600 {
		recs = append(recs, kept)
	}
	got, err := Resolve(recs, infos, all)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 600 {
		t.Fatalf("got %d sentences, want the 600 found", len(got))
	}
	if _, err := Resolve([]Record{gone, kept}, infos, all); err == nil {
		t.Fatal("Resolve left out half the records of a page without complaint")
	}
}
