// Command lowerwords prints the English lexicon's lower-word list: the
// words that English news writes in lower case inside a sentence far more
// often than capitalised there ("new", "top", "neither", "another"), and
// that do open sentences before a capitalised word. Capitalised at a
// sentence's start before a name ("Neither Afghanistan nor Iraq", "New
// Southampton manager Harry Redknapp"), such a word is capitalised for the
// start, not as part of the name (compose/name_runs.go).
//
//	cd bench && go run ./cmd/lowerwords > /tmp/lower.txt
//
// It counts the texts of ../shared's BBC, CNN/DailyMail, XSum and AllSides
// sets and the news sentences of its factuality set, leaving out every
// item a brief-quality sample lists (testdata/quality/*.txt, the blind
// sample included), and prints lexicon lines to paste into
// internal/cue/lexicon/en.txt.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/sentence"
	"github.com/newsbrief/newsbrief/internal/shared"
)

// Thresholds of the list: a word is written in lower case inside a
// sentence at least minLower times and ratio times as often as
// capitalised there, and opens a sentence before a capitalised word at
// least once.
const (
	minLower = 20
	ratio    = 2
	perLine  = 20 // words per lexicon line
)

func main() {
	flag.Parse()
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "lowerwords:", err)
		os.Exit(1)
	}
}

// counts holds, per lower-cased word, how often it is written in lower
// case inside a sentence, capitalised inside one (not in capitals), and
// capitalised first before a capitalised word.
type counts struct{ lower, mid, opens map[string]int }

func run() error {
	root, err := shared.ModuleRoot()
	if err != nil {
		return err
	}
	dir, err := shared.Dir()
	if err != nil {
		return err
	}
	skip, err := sampleIDs(filepath.Join(root, "testdata", "quality"))
	if err != nil {
		return err
	}
	c := counts{lower: map[string]int{}, mid: map[string]int{}, opens: map[string]int{}}
	for _, f := range []string{"summ/bbc_news_summary.jsonl", "summ/cnndm_frank.jsonl", "summ/xsum_frank.jsonl", "multi/allsides_neus.jsonl", "summ/uncertainty/factuality_uw.jsonl"} {
		if err := readSet(filepath.Join(dir, "data", f), skip, c.add); err != nil {
			return err
		}
	}
	var list []string
	for w, k := range c.lower {
		if k >= minLower && k >= ratio*c.mid[w] && c.opens[w] > 0 && isLexiconWord(w) {
			list = append(list, w)
		}
	}
	sort.Strings(list)
	for i := 0; i < len(list); i += perLine {
		fmt.Printf("list:lower-word 1 %s\n", strings.Join(list[i:min(i+perLine, len(list))], "|"))
	}
	return nil
}

// isLexiconWord reports a word the lexicon takes in a list: two or more
// letters a to z ("fly-half" and "don't" are not).
func isLexiconWord(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return len(w) >= 2
}

// sampleIDs returns the ids every sample file under dir lists ("set id"
// lines).
func sampleIDs(dir string) (map[string]bool, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	ids := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(string(b), "\n") {
			if p := strings.Fields(line); len(p) >= 2 && !strings.HasPrefix(line, "#") {
				ids[p[1]] = true
			}
		}
	}
	return ids, nil
}

// readSet calls add with the text of every item of a JSONL set not in
// skip: an item's "text", or its articles' texts (AllSides).
func readSet(path string, skip map[string]bool, add func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var item struct {
			ID       string `json:"id"`
			Text     string `json:"text"`
			Articles []struct {
				Text string `json:"text"`
			} `json:"articles"`
		}
		if err := json.Unmarshal(sc.Bytes(), &item); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if skip[item.ID] {
			continue
		}
		add(item.Text)
		for _, a := range item.Articles {
			add(a.Text)
		}
	}
	return sc.Err()
}

// add counts the words of text, sentence by sentence.
func (c counts) add(text string) {
	for _, sp := range sentence.Split(text) {
		words := strings.FieldsFunc(text[sp.Start:sp.End], func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-'
		})
		for i, w := range words {
			w = strings.Trim(w, "'’-")
			r, _ := utf8.DecodeRuneInString(w)
			l := strings.ToLower(w)
			switch {
			case w == "":
			case unicode.IsLower(r):
				c.lower[l]++
			case i > 0 && strings.ToUpper(w) != w:
				c.mid[l]++
			case i == 0 && len(words) > 1:
				if r2, _ := utf8.DecodeRuneInString(words[1]); unicode.IsUpper(r2) {
					c.opens[l]++
				}
			}
		}
	}
}
