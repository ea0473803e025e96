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
	"bytes"
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
	useExtra := flag.Bool("extra", true, "train on the extra labels in testdata/labels/extra too (never scored)")
	cvOnly := flag.Bool("cv", false, "cross-validate on the train split only: write no model and never read the test split")
	audit := flag.Bool("audit", false, "also score the model on the section audit's fresh group (testdata/section-audit.jsonl)")
	flag.Parse()
	dir, err := shared.Dir()
	if err != nil {
		return err
	}
	labelsDir := filepath.Join(root, "testdata", "labels")
	var more []string
	if *useExtra {
		if _, err := os.Stat(filepath.Join(labelsDir, "extra", "articles.jsonl")); err == nil {
			more = append(more, filepath.Join(labelsDir, "extra"))
		}
	}
	sents, err := labeldata.Load(dir, labelsDir, more...)
	if err != nil {
		return err
	}
	extraIDs, err := extraArticles(labelsDir, more)
	if err != nil {
		return err
	}
	ex := examples(sents)
	var train, test []example
	for _, e := range ex {
		e.extra = extraIDs[e.article]
		if e.split == "test" {
			if e.extra {
				return fmt.Errorf("extra label of %s is in the test split", e.article)
			}
			test = append(test, e)
		} else {
			train = append(train, e)
		}
	}
	nExtra := 0
	for _, e := range train {
		if e.extra {
			nExtra++
		}
	}
	fmt.Printf("sentences: %d train (%d of them from the extra sample, trained on but never scored), %d test\n\n", len(train), nExtra, len(test))

	if *curve {
		learningCurve(train, grid[0], []float64{0.25, 0.5, 0.75, 1})
		return nil
	}
	fmt.Println("training settings, by mean average precision in 5-fold cross-validation on the train split:")
	params, oofAll := chooseParams(train, 5, func(f string, a ...any) { fmt.Printf(f, a...) })
	fmt.Printf("  chosen: epochs %d rate %.2f l2 %.1f\n\n", params.epochs, params.rate, params.l2)
	// Scores and thresholds come from the corpus's own sentences only: the
	// extra sample was drawn with the classifier's help, so it is no fair
	// sample to measure on.
	cv, oof := scored(train, oofAll)
	fmt.Println("5-fold cross-validation on the train split (out-of-fold), thresholds for precision >= 0.85:")
	th85 := make([]float32, len(labels))
	for l := 1; l < len(labels); l++ {
		t, p, r, n := pickThreshold(oof, cv, l, 0.85)
		th85[l] = t
		fmt.Printf("  %-12s AP %.3f threshold %.3f  precision %.3f recall %.3f (%d predicted)\n", labels[l], averagePrecision(oof, cv, l), t, p, r, n)
		if *curves {
			printCurve(oof, cv, l)
		}
	}
	report(cv, decideAll(oof, th85), oof)
	fmt.Println("\n  old rules on the train split:")
	cvRules := reportCue(cv)
	matched := matchRules(oof, cv)
	fmt.Println("\n  model at the old rules' train precision (the threshold for precision >= the rules', with the most recall), out-of-fold:")
	cvModel := report(cv, decideAll(oof, matched), oof)
	fmt.Printf("  thresholds:")
	for l := 1; l < len(labels); l++ {
		fmt.Printf(" %s %.3f", labels[l], matched[l])
	}
	fmt.Println()
	if *cvOnly {
		return nil
	}

	// Evaluate what ships: the quantised model, encoded and read back.
	m := fit(train, params)
	m.Thresholds = make([]float32, len(labels))
	shipped, err := roundTrip(m)
	if err != nil {
		return err
	}
	testProbs := predictAll(shipped, test)
	fmt.Println("\nFROZEN TEST SPLIT (not used for any choice above), thresholds for precision >= 0.85:")
	report(test, decideAll(testProbs, th85), testProbs)
	fmt.Println("\n  at the old rules' train precision:")
	testMatched := decideAll(testProbs, matched)
	testModel := report(test, testMatched, testProbs)
	fmt.Println("\n  old rules on the same test sentences:")
	testRules := reportCue(test)

	// A label replaces the rules only where it beats them on the
	// cross-validation folds and again on the frozen test split; elsewhere
	// its threshold is above 1 and compose keeps the rules.
	fmt.Println("\nlabels the classifier decides (beats the old rules on precision and recall@3, in cross-validation and on the test split):")
	for l := 1; l < len(labels); l++ {
		m.Thresholds[l] = classify.Off
		use := beats(cvModel[l], cvRules[l]) && beats(testModel[l], testRules[l])
		if use {
			m.Thresholds[l] = matched[l]
		}
		fmt.Printf("  %-12s %-5v (cv %v, test %v)\n", labels[l], use, beats(cvModel[l], cvRules[l]), beats(testModel[l], testRules[l]))
	}
	if err := writeModel(*out, m); err != nil {
		return err
	}
	fmt.Printf("wrote %s\n", *out)

	var ko []int
	for i, e := range test {
		if e.lang == "ko" {
			ko = append(ko, i)
		}
	}
	fmt.Printf("\nKorean part of the test split (%d sentences), at the old rules' train precision:\n", len(ko))
	report(pick(test, ko), pickS(testMatched, ko), pickP(testProbs, ko))
	fmt.Println("\n  old rules on the same Korean test sentences:")
	reportCue(pick(test, ko))
	if *audit {
		shipped.Thresholds = matched
		return auditFresh(shipped, root, dir)
	}
	return nil
}

// scored keeps the examples (and their predictions) that may be scored:
// those of the corpus, not of the extra sample.
func scored(ex []example, probs [][]float64) ([]example, [][]float64) {
	var e2 []example
	var p2 [][]float64
	for i, e := range ex {
		if !e.extra {
			e2 = append(e2, e)
			p2 = append(p2, probs[i])
		}
	}
	return e2, p2
}

// extraArticles lists the articles of the extra label directories.
func extraArticles(labelsDir string, more []string) (map[string]bool, error) {
	out := map[string]bool{}
	for _, d := range more {
		infos, err := labeldata.ReadArticles(filepath.Join(d, "articles.jsonl"))
		if err != nil {
			return nil, err
		}
		for id := range infos {
			out[id] = true
		}
	}
	return out, nil
}

func roundTrip(m *classify.Model) (*classify.Model, error) {
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		return nil, err
	}
	return classify.Parse(&buf)
}

func writeModel(path string, m *classify.Model) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := m.Encode(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
