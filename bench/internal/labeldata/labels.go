package labeldata

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/newsbrief/newsbrief/bench/internal/jsonl"
	"github.com/newsbrief/newsbrief/internal/sentence"
)

// Record is one line of a committed label file: where a sentence is in its
// article and its label, never its text.
type Record struct {
	Article string `json:"article"`
	Source  string `json:"source"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	SHA     string `json:"sha"`
	Label   string `json:"label"`
	Split   string `json:"split"`
}

// ArticleInfo is one line of testdata/labels/articles.jsonl.
type ArticleInfo struct {
	Article   string `json:"article"`
	Source    string `json:"source"`
	Lang      string `json:"lang"`
	Group     string `json:"group"`
	Split     string `json:"split"`
	Overlap   string `json:"overlap,omitempty"`
	Sentences int    `json:"sentences"`
	Batch     string `json:"batch"`
	Agreement bool   `json:"agreement,omitempty"`
}

// Sentence is a labelled sentence joined with its text.
type Sentence struct {
	Record
	Text  string
	Lang  string
	Group string // the unit of the split (story, topic or article)
	Index int    // position among the article's sentences (those with a letter or digit), from 0
	Count int    // sentences in the article
	Title string
	Prev  string // the previous labelled sentence of the article, "" for the first
	Next  string // the next labelled sentence of the article, "" for the last
}

// SentHash is the first 16 hex digits of the sha256 of s, as label files
// store it.
func SentHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:8])
}

// ReadRecords reads every <source>.jsonl label file in dir (not
// articles.jsonl).
func ReadRecords(dir string) ([]Record, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, err
	}
	var out []Record
	for _, f := range files {
		if filepath.Base(f) == "articles.jsonl" {
			continue
		}
		err := jsonl.Each(f, func(b []byte) error {
			var r Record
			if err := json.Unmarshal(b, &r); err != nil {
				return err
			}
			out = append(out, r)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// ReadArticles reads testdata/labels/articles.jsonl.
func ReadArticles(path string) (map[string]ArticleInfo, error) {
	out := map[string]ArticleInfo{}
	err := jsonl.Each(path, func(b []byte) error {
		var a ArticleInfo
		if err := json.Unmarshal(b, &a); err != nil {
			return err
		}
		out[a.Article] = a
		return nil
	})
	return out, err
}

// Resolve joins label records with the text of their articles. A record
// whose offsets no longer give a sentence with its hash (the article text
// changed, say because package extract did) is found again by hash among
// the article's sentences; a record found nowhere is an error, so a label
// can never silently attach to the wrong text — except a "none" record,
// which is left out: its sentence is boilerplate that extract now removes
// (a by-line, a copyright line), and nothing is lost with it. A record of
// a page whose text is extract's (trafilatura, aeb) is left out too when
// extract no longer returns its sentence (a caption it now drops), as
// long as at most maxLost of all records are: beyond that the labels have
// come loose from their text, and Resolve fails.
func Resolve(recs []Record, infos map[string]ArticleInfo, all map[string][]Article) ([]Sentence, error) {
	byID := map[string]Article{}
	for _, as := range all {
		for _, a := range as {
			byID[a.ID] = a
		}
	}
	var out []Sentence
	byArticle := map[string][]int{}
	lost := 0
	for _, r := range recs {
		a, ok := byID[r.Article]
		if !ok {
			return nil, fmt.Errorf("labeldata: article %s is not in the shared data", r.Article)
		}
		if r.Start < 0 || r.End > len(a.Text) || r.Start > r.End || SentHash(a.Text[r.Start:r.End]) != r.SHA {
			start, end, ok := findByHash(a.Text, r.SHA)
			if !ok && (r.Label == "none" || extracted(a.Source)) {
				lost += b2i(r.Label != "none")
				continue
			}
			if !ok {
				return nil, fmt.Errorf("labeldata: %s [%d,%d): no sentence with hash %s", r.Article, r.Start, r.End, r.SHA)
			}
			r.Start, r.End = start, end
		}
		info := infos[r.Article]
		byArticle[r.Article] = append(byArticle[r.Article], len(out))
		out = append(out, Sentence{Record: r, Text: a.Text[r.Start:r.End], Lang: a.Lang, Group: info.Group, Title: a.Title})
	}
	if float64(lost) > maxLost*float64(len(recs)) {
		return nil, fmt.Errorf("labeldata: %d labelled sentences of extracted pages are no longer in extract's text (at most %.1f%% may be)", lost, 100*maxLost)
	}
	for id, idx := range byArticle {
		slices.SortFunc(idx, func(x, y int) int { return out[x].Start - out[y].Start })
		starts := sentenceStarts(byID[id].Text)
		for i, k := range idx {
			out[k].Index, out[k].Count = i, len(idx)
			if j, ok := slices.BinarySearch(starts, out[k].Start); ok {
				out[k].Index, out[k].Count = j, len(starts)
			}
			if i > 0 {
				out[k].Prev = out[idx[i-1]].Text
			}
			if i+1 < len(idx) {
				out[k].Next = out[idx[i+1]].Text
			}
		}
	}
	slices.SortStableFunc(out, func(x, y Sentence) int {
		if c := strings.Compare(x.Article, y.Article); c != 0 {
			return c
		}
		return x.Start - y.Start
	})
	return out, nil
}

// maxLost is the share of records that may be left out because extract no
// longer returns their sentence.
const maxLost = 0.002

// extracted reports a source whose article text is what package extract
// returns from its HTML page, and so changes when extract does.
func extracted(source string) bool { return source == "trafilatura" || source == "aeb" }

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sentenceStarts returns the start offsets of text's sentences that have
// a letter or digit, in order: the sentences a labelled corpus is drawn
// from, so that a sentence's position is the same whether its article was
// labelled whole or in part.
func sentenceStarts(text string) []int {
	var out []int
	for _, sp := range sentence.Split(text) {
		if strings.IndexFunc(text[sp.Start:sp.End], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			out = append(out, sp.Start)
		}
	}
	return out
}

// findByHash looks for a sentence of text with the given hash.
func findByHash(text, sha string) (int, int, bool) {
	for _, sp := range sentence.Split(text) {
		if SentHash(text[sp.Start:sp.End]) == sha {
			return sp.Start, sp.End, true
		}
	}
	return 0, 0, false
}

// Load reads the label files in labelsDir, and in each of the further
// directories more (each with its own articles.jsonl, such as
// testdata/labels/extra), and resolves them against the shared data
// directory sharedDir.
func Load(sharedDir, labelsDir string, more ...string) ([]Sentence, error) {
	var recs []Record
	infos := map[string]ArticleInfo{}
	for _, d := range append([]string{labelsDir}, more...) {
		rs, err := ReadRecords(d)
		if err != nil {
			return nil, err
		}
		in, err := ReadArticles(filepath.Join(d, "articles.jsonl"))
		if err != nil {
			return nil, err
		}
		recs = append(recs, rs...)
		for k, v := range in {
			if _, dup := infos[k]; dup {
				return nil, fmt.Errorf("labeldata: article %s is in more than one label directory", k)
			}
			infos[k] = v
		}
	}
	all, err := LoadAll(filepath.Join(sharedDir, "data"), filepath.Join(labelsDir, "pages.txt"))
	if err != nil {
		return nil, err
	}
	return Resolve(recs, infos, all)
}
