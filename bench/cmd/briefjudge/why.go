package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
	"github.com/newsbrief/newsbrief/internal/shared"
)

// The Why-this-matters study measures, per article, whether Build's Why
// this matters holds a sentence editors would accept there, or is empty
// when the article states no significance — the rubric's judgement —
// against annotations of every sentence of the article rather than of
// the one shown, so that alternative decisions can be scored too:
//
//	cd bench && go run ./cmd/briefjudge why-packets -out DIR             # numbered sentences, one packet per article
//	cd bench && go run ./cmd/briefjudge why-score                        # Build's decision and the alternatives, per part
//	cd bench && go run ./cmd/briefjudge why-score -save A.jsonl B.jsonl  # store annotators' files in the repository
//
// The sample is testdata/quality/why-annot.txt (odd positions tuning, even
// frozen). An annotator writes a line per packet, {"packet": "P07",
// "stated": true, "sentences": [3, 9]}: whether the article states its
// significance, and the numbers of the sentences that would be right in
// Why this matters; -save stores them, by article and sentence offsets, in
// testdata/quality/why-annotations.jsonl, which why-score reads by default.

const whySample = "testdata/quality/why-annot.txt"

// whyShown is how many of an article's first sentences a packet lists.
const whyShown = 30

// whyArticle is one article of the study: its sentences as Build sees them.
type whyArticle struct {
	item
	packet string
	title  string
	sents  []compose.Sentence // document 0's sentences, by position
	shown  int                // position of Build's Why sentence, or -1
}

func loadWhyArticles(sample string) ([]whyArticle, error) {
	items, err := readSample(sample)
	if err != nil {
		return nil, err
	}
	dir, err := shared.Dir()
	if err != nil {
		return nil, err
	}
	var arts []whyArticle
	for k, it := range items {
		docs, err := loadItem(dir, it)
		if err != nil {
			return nil, fmt.Errorf("%s %s: %w", it.Set, it.ID, err)
		}
		a := whyArticle{item: it, packet: fmt.Sprintf("P%02d", k+1), title: docs[0].Title, shown: -1}
		ex, err := compose.Explain(context.Background(), docs)
		if err != nil {
			return nil, fmt.Errorf("%s %s: %w", it.Set, it.ID, err)
		}
		for _, s := range ex.Sentences {
			if s.Doc == 0 {
				a.sents = append(a.sents, s)
			}
		}
		b, err := compose.Build(context.Background(), docs)
		if err != nil {
			return nil, fmt.Errorf("%s %s: %w", it.Set, it.ID, err)
		}
		if len(b.WhyItMatters) > 0 {
			a.shown = a.position(b.WhyItMatters[0].Evidence)
		}
		arts = append(arts, a)
	}
	return arts, nil
}

// position returns the position of the sentence that evidence quotes.
func (a whyArticle) position(ev []brief.Evidence) int {
	for _, e := range ev {
		if e.Source != 0 {
			continue
		}
		for _, s := range a.sents {
			if e.Start >= s.Start && e.Start < s.End {
				return s.Position
			}
		}
	}
	return -1
}

func runWhyPackets(args []string) error {
	fs := flag.NewFlagSet("why-packets", flag.ExitOnError)
	out := fs.String("out", "", "directory to write the packets to (outside the repository: they hold article text)")
	sample := fs.String("sample", whySample, "sample file, relative to the module root")
	fs.Parse(args)
	if *out == "" {
		return fmt.Errorf("why-packets: -out DIR is required")
	}
	arts, err := loadWhyArticles(*sample)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	for _, a := range arts {
		var md strings.Builder
		fmt.Fprintf(&md, "# Packet %s\n\nTitle: %s\n\n", a.packet, orNone(a.title))
		for _, s := range a.sents {
			if s.Position >= whyShown {
				fmt.Fprintf(&md, "(… %d more sentences not listed)\n", len(a.sents)-whyShown)
				break
			}
			fmt.Fprintf(&md, "[%d] %s\n\n", s.Position, strings.Join(strings.Fields(s.Text), " "))
		}
		if err := os.WriteFile(filepath.Join(*out, a.packet+".md"), []byte(md.String()), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// whyAnnotation is one annotator's reading of one article: Sentences
// are positions in the packet the annotator read.
type whyAnnotation struct {
	Packet    string `json:"packet"`
	Stated    bool   `json:"stated"`
	Sentences []int  `json:"sentences"`
}

// whyStored is an annotation as the repository keeps it: by article, and
// each sentence by its byte offsets and text hash in the article, so that
// it is found again when sentence splitting changes; no text.
type whyStored struct {
	Set       string        `json:"set"`
	ID        string        `json:"id"`
	Annotator string        `json:"annotator"`
	Stated    bool          `json:"stated"`
	Sentences []whySentence `json:"sentences"`
}

// whySentence locates an annotated sentence in its article's text.
type whySentence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	SHA   string `json:"sha"`
}

// whyAnnotations is the repository's file of annotations of whySample
// (why-annotations-ko.jsonl holds those of why-annot-ko.txt).
const whyAnnotations = "testdata/quality/why-annotations.jsonl"

// whyRule is a decision Build could make: the most probable sentence among
// the document's first within, not the lead unless lead, not filed under
// another section, shown when its probability reaches threshold.
type whyRule struct {
	threshold float64
	within    int
	lead      bool
}

func (r whyRule) String() string {
	return fmt.Sprintf("p ≥ %.2f, first %d, lead %v", r.threshold, r.within, r.lead)
}

func (r whyRule) pick(a whyArticle) int {
	best, bestP := -1, 0.0
	for _, s := range a.sents {
		if !s.Candidate || s.Label != "none" || s.Position >= r.within || (s.Position == 0 && !r.lead) {
			continue
		}
		if p := s.SignificanceProb; p >= r.threshold && p > bestP {
			best, bestP = s.Position, p
		}
	}
	return best
}

// whyTally counts articles judged right, and shown sentences judged right.
type whyTally struct{ right, articles, shown, shownRight, stated int }

func (t *whyTally) add(pos int, an whyAnnotation) {
	t.articles++
	if an.Stated {
		t.stated++
	}
	if pos < 0 {
		if !an.Stated {
			t.right++
		}
		return
	}
	t.shown++
	for _, s := range an.Sentences {
		if s == pos {
			t.right++
			t.shownRight++
			return
		}
	}
}

func (t whyTally) String() string {
	return fmt.Sprintf("right %d/%d = %.0f%% (shown %d, of them right %d; significance stated in %d)",
		t.right, t.articles, 100*float64(t.right)/float64(max(t.articles, 1)), t.shown, t.shownRight, t.stated)
}

func runWhyScore(args []string) error {
	fs := flag.NewFlagSet("why-score", flag.ExitOnError)
	grid := fs.Bool("grid", false, "print every rule's tallies, both parts")
	sample := fs.String("sample", whySample, "sample file, relative to the module root")
	annotations := fs.String("annotations", whyAnnotations, "the sample's stored annotations, relative to the module root")
	save := fs.Bool("save", false, "store the annotation files given (annotator = file name) in the -annotations file")
	fs.Parse(args)
	arts, err := loadWhyArticles(*sample)
	if err != nil {
		return err
	}
	var ann map[string][]whyAnnotation
	if fs.NArg() > 0 {
		ann = map[string][]whyAnnotation{}
		for _, path := range fs.Args() {
			if err := readWhyAnnotations(path, ann); err != nil {
				return err
			}
		}
		if *save {
			if err := saveWhyAnnotations(arts, fs.Args(), *annotations); err != nil {
				return err
			}
		}
	} else if ann, err = loadWhyStored(arts, *annotations, *sample); err != nil {
		return err
	}
	parts := func(k int) string { return [2]string{"tuning", "frozen"}[k%2] }
	// score returns each part's tally of a decision, per annotator.
	score := func(decide func(whyArticle) int) map[string]*whyTally {
		t := map[string]*whyTally{"tuning": {}, "frozen": {}}
		for k, a := range arts {
			for _, an := range ann[a.packet] {
				t[parts(k)].add(decide(a), an)
			}
		}
		return t
	}
	build := score(func(a whyArticle) int { return a.shown })
	fmt.Printf("Build:  tuning %v\n        frozen %v\n", build["tuning"], build["frozen"])
	empty := score(func(whyArticle) int { return -1 })
	fmt.Printf("empty:  tuning %v\n        frozen %v\n", empty["tuning"], empty["frozen"])
	var best whyRule
	var bestT *whyTally
	for _, within := range []int{3, 5, 8, 10, 15, whyShown} {
		for _, lead := range []bool{false, true} {
			for th := 0.02; th <= 0.5; th += 0.02 {
				r := whyRule{th, within, lead}
				all := score(r.pick)
				t := all["tuning"]
				if *grid {
					fmt.Printf("%-32v tuning %2d  frozen %2d  (shown %d+%d)\n", r, t.right, all["frozen"].right, t.shown, all["frozen"].shown)
				}
				if bestT == nil || t.right > bestT.right {
					best, bestT = r, t
				}
			}
		}
	}
	fmt.Printf("best rule on tuning (%v):\n        tuning %v\n        frozen %v\n", best, bestT, score(best.pick)["frozen"])
	return nil
}

func readWhyAnnotations(path string, into map[string][]whyAnnotation) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var a whyAnnotation
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if !a.Stated && len(a.Sentences) > 0 {
			return fmt.Errorf("%s:%d: stated is false but %d sentences are given", path, line, len(a.Sentences))
		}
		into[a.Packet] = append(into[a.Packet], a)
	}
	return sc.Err()
}

// saveWhyAnnotations stores the annotation files, one per annotator, by
// article and sentence offsets.
func saveWhyAnnotations(arts []whyArticle, paths []string, to string) error {
	byPacket := map[string]whyArticle{}
	for _, a := range arts {
		byPacket[a.packet] = a
	}
	var out []any
	for _, path := range paths {
		ann := map[string][]whyAnnotation{}
		if err := readWhyAnnotations(path, ann); err != nil {
			return err
		}
		name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		for _, a := range arts {
			for _, an := range ann[a.packet] {
				st := whyStored{Set: a.Set, ID: a.ID, Annotator: name, Stated: an.Stated, Sentences: []whySentence{}}
				for _, pos := range an.Sentences {
					if pos < 0 || pos >= len(a.sents) {
						return fmt.Errorf("%s: %s has no sentence %d", path, a.packet, pos)
					}
					s := a.sents[pos]
					st.Sentences = append(st.Sentences, whySentence{s.Start, s.End, sha(s.Text)})
				}
				out = append(out, st)
			}
		}
	}
	return writeJSONL(to, out)
}

// writeJSONL writes values, one JSON line each, to the file rel names
// relative to the module root.
func writeJSONL(rel string, values []any) error {
	var b strings.Builder
	for _, v := range values {
		line, err := json.Marshal(v)
		if err != nil {
			return err
		}
		b.Write(append(line, '\n'))
	}
	root, err := shared.ModuleRoot()
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(root, rel), []byte(b.String()), 0o644)
}

// loadWhyStored reads the repository's annotations as positions in the
// articles as Build now splits them: a sentence is found by its offsets,
// else by its hash.
func loadWhyStored(arts []whyArticle, from, sample string) (map[string][]whyAnnotation, error) {
	root, err := shared.ModuleRoot()
	if err != nil {
		return nil, err
	}
	byItem := map[item]whyArticle{}
	for _, a := range arts {
		byItem[a.item] = a
	}
	ann := map[string][]whyAnnotation{}
	data, err := os.ReadFile(filepath.Join(root, from))
	if err != nil {
		return nil, err
	}
	for n, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var st whyStored
		if err := json.Unmarshal([]byte(line), &st); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", from, n+1, err)
		}
		a, ok := byItem[item{st.Set, st.ID}]
		if !ok {
			return nil, fmt.Errorf("%s:%d: %s %s is not in %s", from, n+1, st.Set, st.ID, sample)
		}
		an := whyAnnotation{Packet: a.packet, Stated: st.Stated}
		for _, ws := range st.Sentences {
			pos := a.find(ws)
			if pos < 0 {
				return nil, fmt.Errorf("%s:%d: sentence %d–%d of %s %s not found", from, n+1, ws.Start, ws.End, st.Set, st.ID)
			}
			an.Sentences = append(an.Sentences, pos)
		}
		ann[a.packet] = append(ann[a.packet], an)
	}
	return ann, nil
}

// find returns the position of the sentence ws locates: the one holding
// its start, failing that one with its hash, failing that the first one
// overlapping its span (Build cuts datelines and wire prefixes from the
// spans it shows, so a sentence annotated whole may now start later).
func (a whyArticle) find(ws whySentence) int {
	for _, s := range a.sents {
		if ws.Start >= s.Start && ws.Start < s.End {
			return s.Position
		}
	}
	for _, s := range a.sents {
		if sha(s.Text) == ws.SHA {
			return s.Position
		}
	}
	for _, s := range a.sents {
		if ws.Start < s.End && s.Start < ws.End {
			return s.Position // the sentence now shows less of its span: a dateline or wire prefix cut from its start
		}
	}
	return -1
}

// runWhyBroad writes the sentences annotators marked right for Why this
// matters, of a sample of labelled articles, as trainsections' -broad
// file: one {"article", "sha"} line per sentence, no text.
func runWhyBroad(args []string) error {
	fs := flag.NewFlagSet("why-broad", flag.ExitOnError)
	sample := fs.String("sample", "testdata/quality/why-train.txt", "sample file, relative to the module root")
	out := fs.String("out", "testdata/labels/broad/significance.jsonl", "file to write, relative to the module root")
	exclude := fs.String("exclude", whySample, "sample file (relative to the module root) whose articles are left out: the study's own")
	fs.Parse(args)
	arts, err := loadWhyArticles(*sample)
	if err != nil {
		return err
	}
	left, err := readSample(*exclude)
	if err != nil {
		return err
	}
	ann := map[string][]whyAnnotation{}
	for _, path := range fs.Args() {
		if err := readWhyAnnotations(path, ann); err != nil {
			return err
		}
	}
	var lines []any
	articles := 0
	for _, a := range arts {
		if len(ann[a.packet]) == 0 {
			return fmt.Errorf("why-broad: %s (%s %s) has no annotation", a.packet, a.Set, a.ID)
		}
		if slices.Contains(left, a.item) {
			continue
		}
		articles++
		seen := map[int]bool{}
		for _, an := range ann[a.packet] {
			for _, pos := range an.Sentences {
				if pos < 0 || pos >= len(a.sents) {
					return fmt.Errorf("why-broad: %s has no sentence %d", a.packet, pos)
				}
				if seen[pos] {
					continue
				}
				seen[pos] = true
				lines = append(lines, struct {
					Article string `json:"article"`
					SHA     string `json:"sha"`
				}{a.Set + ":" + a.ID, sha(a.sents[pos].Text)})
			}
		}
	}
	fmt.Printf("%d articles annotated\n", articles)
	return writeJSONL(*out, lines)
}
