// Command trainsections trains the sentence classifier of package
// internal/classify from the labelled corpus in testdata/labels and
// writes its weights to internal/classify/model.bin:
//
//	cd bench && go run ./cmd/trainsections
//	cd bench && go run ./cmd/trainsections -o /tmp/model.bin -curves
//
// It is deterministic: the same labels and data give the same weights.
// Only the train split is used for any choice: 5-fold cross-validation
// (folds by article group) gives out-of-fold probabilities, from which it
// prints each label's precision/recall curve and picks the threshold that
// reaches precision 0.85 with the most recall. The final model is trained
// on the whole train split. The frozen test split is then scored once,
// with the old cue rules on the same sentences beside it, and again for
// its Korean part.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsbrief/newsbrief/bench/internal/labeldata"
	"github.com/newsbrief/newsbrief/internal/classify"
	"github.com/newsbrief/newsbrief/internal/shared"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "trainsections:", err)
		os.Exit(1)
	}
}

func run() error {
	root, err := shared.ModuleRoot()
	if err != nil {
		return err
	}
	out := flag.String("o", filepath.Join(root, "internal", "classify", "model.bin"), "where to write the weights")
	curves := flag.Bool("curves", false, "print each label's precision/recall curve")
	curve := flag.Bool("curve", false, "print a learning curve (cross-validation on shares of the train split) and stop")
	useClusters := flag.Bool("clusters", false, "add word-cluster features learnt from unlabelled news")
	cvOnly := flag.Bool("cv", false, "cross-validate on the train split only: write no model and never read the test split")
	audit := flag.Bool("audit", false, "also score the model on the section audit's fresh group (testdata/section-audit.jsonl)")
	flag.Parse()
	dir, err := shared.Dir()
	if err != nil {
		return err
	}
	sents, err := labeldata.Load(dir, filepath.Join(root, "testdata", "labels"))
	if err != nil {
		return err
	}
	var wc *classify.WordClusters
	if *useClusters {
		testGroups := map[string]bool{}
		for _, s := range sents {
			if s.Split == "test" {
				testGroups[s.Group] = true
			}
		}
		all, err := labeldata.LoadAll(filepath.Join(dir, "data"), filepath.Join(root, "testdata", "labels", "pages.txt"))
		if err != nil {
			return err
		}
		texts, err := clusterText(all, testGroups, filepath.Join(dir, "data"))
		if err != nil {
			return err
		}
		wc = buildClusters(texts)
	}
	ex := examples(sents, wc)
	var train, test []example
	for _, e := range ex {
		if e.split == "test" {
			test = append(test, e)
		} else {
			train = append(train, e)
		}
	}
	fmt.Printf("sentences: %d train, %d test\n\n", len(train), len(test))

	if *curve {
		learningCurve(train, grid[1], []float64{0.25, 0.5, 0.75, 1})
		return nil
	}
	fmt.Println("training settings, by mean average precision in 5-fold cross-validation on the train split:")
	params, oof := chooseParams(train, 5, func(f string, a ...any) { fmt.Printf(f, a...) })
	fmt.Printf("  chosen: epochs %d rate %.2f l2 %.1f flat %v\n\n", params.epochs, params.rate, params.l2, params.flat)
	thresholds := make([]float32, len(labels))
	fmt.Println("5-fold cross-validation on the train split (out-of-fold), thresholds for precision >= 0.85:")
	for l := 1; l < len(labels); l++ {
		t, p, r, n := pickThreshold(oof, train, l, 0.85)
		thresholds[l] = t
		fmt.Printf("  %-12s AP %.3f threshold %.3f  precision %.3f recall %.3f (%d predicted)\n", labels[l], averagePrecision(oof, train, l), t, p, r, n)
		if *curves {
			printCurve(oof, train, l)
		}
	}
	thresholds[0] = 0
	cp := cueProbs(train)
	fmt.Printf("  old cue rules on the train split: AP risk %.3f, opportunity %.3f, unknown %.3f\n",
		averagePrecision(cp, train, 1), averagePrecision(cp, train, 2), averagePrecision(cp, train, 3))
	if *cvOnly {
		return nil
	}

	m := fit(train, params)
	m.Thresholds = thresholds
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := m.Encode(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	// Evaluate what ships: the quantised model read back from the file.
	shipped, err := readModel(*out)
	if err != nil {
		return err
	}
	fmt.Printf("\nwrote %s\n\n", *out)

	oofDecided := decideAll(oof, thresholds)
	fmt.Println("cross-validation, out-of-fold, with the thresholds above:")
	report(train, oofDecided, oof)
	testProbs := predictAll(shipped, test)
	testDecided := decideAll(testProbs, thresholds)
	fmt.Println("\nFROZEN TEST SPLIT (not used for any choice above):")
	report(test, testDecided, testProbs)
	fmt.Println("\n  old cue rules on the same test sentences:")
	reportCue(test)
	var ko []int
	for i, e := range test {
		if e.lang == "ko" {
			ko = append(ko, i)
		}
	}
	fmt.Printf("\nKorean part of the test split (%d sentences):\n", len(ko))
	report(pick(test, ko), pickS(testDecided, ko), pickP(testProbs, ko))
	fmt.Println("\n  old cue rules on the same Korean test sentences:")
	reportCue(pick(test, ko))
	if *audit {
		return auditFresh(shipped, root, dir)
	}
	return nil
}

func readModel(path string) (*classify.Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return classify.Parse(f)
}
