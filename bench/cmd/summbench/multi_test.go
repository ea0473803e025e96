package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestLiftHeader(t *testing.T) {
	d := liftHeader(doc{Text: "Quake hits Chile\n\nSaturday, February 27, 2010 \n\nA quake hit Chile."})
	if d.Title != "Quake hits Chile" || d.Date != "2010-02-27" || d.Text != "A quake hit Chile." {
		t.Errorf("liftHeader = %+v", d)
	}
	// A given title, or text that does not open with a headline, stays.
	for _, in := range []doc{{Title: "T", Text: "Head\n\nBody."}, {Text: "One line\nand another.\n\nBody."}} {
		if got := liftHeader(in); got != in {
			t.Errorf("liftHeader(%+v) = %+v", in, got)
		}
	}
}

func TestLoadStories(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.jsonl")
	data := `{"id": "a", "articles": [{"url": "https://x.com/1", "outlet": "X", "text": "One.", "published_from_url": "2021-04-22"}], "summary": ["The event. It happened.", "Coverage differed."]}
{"id": "m", "sources": [{"title": "", "text": "Head\n\nMonday, June 1, 2009\n\nBody."}], "summary": ["r1"], "references": [["r1"], ["r2", "r2b"]]}
`
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, err := loadStories(path)
	if err != nil {
		t.Fatal(err)
	}
	a, m := arts[0], arts[1]
	if !slices.Equal(a.Summary, []string{"The event.", "It happened."}) || len(a.Full) != 3 || a.Docs[0].Date != "2021-04-22" {
		t.Errorf("allsides story = %+v", a)
	}
	if len(references(m)) != 2 || m.Docs[0].Title != "Head" || m.Docs[0].Date != "2009-06-01" || m.Docs[0].Text != "Body." {
		t.Errorf("multiling story = %+v", m)
	}
}

// Lead-3 reads a story's first article; TextRank ranks the sentences of
// all of them.
func TestStoryBaselines(t *testing.T) {
	a := article{Docs: []doc{{Text: "One. Two."}, {Text: "Three. Four."}}}
	if got, _ := lead3(a, "en"); !slices.Equal(got, []string{"One.", "Two."}) {
		t.Errorf("lead3 = %q", got)
	}
	if got, _ := articleSentences(a); !slices.Equal(got, []string{"One.", "Two.", "Three.", "Four."}) {
		t.Errorf("articleSentences = %q", got)
	}
}
