package extract

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/internal/aeb"
	"github.com/newsbrief/newsbrief/internal/sharedtest"
	"github.com/newsbrief/newsbrief/internal/shingle"
)

func TestTmpDebug(t *testing.T) {
	id := os.Getenv("PAGE")
	pages, _ := aeb.Load(filepath.Join(sharedtest.Dir(t), "data", "aeb"))
	ldHas, ldScores := 0, shingle.Scores{}
	for _, p := range pages {
		data, _ := p.HTML()
		a, _ := FromReader(bytes.NewReader(data), WithURL(p.URL))
		if a == nil {
			continue
		}
		if id == "" {
			continue
		}
		if !strings.HasPrefix(p.ID, id) {
			continue
		}
		truth := shingle.Shingles(p.Truth)
		for _, b := range a.Blocks {
			s := shingle.Shingles(b.Text)
			in := 0
			for k := range s {
				if truth[k] > 0 {
					in++
				}
			}
			mark := "  "
			if in*2 < len(s) {
				mark = "FP"
			}
			fmt.Printf("%s %-9s %s\n", mark, b.Kind, b.Text[:min(len(b.Text), 150)])
		}
		fmt.Println("---- TRUTH")
		fmt.Println(p.Truth[:min(len(p.Truth), 3000)])
	}
	_ = ldHas
	_ = ldScores
}
