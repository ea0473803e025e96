// Command trainsections trains the sentence classifier of package
// internal/classify from the labelled corpus in testdata/labels (and the
// extra, train-only sample in testdata/labels/extra) and writes its
// weights to internal/classify/model.bin:
//
//	cd bench && go run ./cmd/trainsections -audit
//	cd bench && go run ./cmd/trainsections -cv      # cross-validation only
//	cd bench && go run ./cmd/trainsections -curve   # learning curve
//	cd bench && go run ./cmd/trainsections -why     # also Why this matters as compose.Build fills it
//
// It is deterministic: the same labels and data give the same weights.
// Settings are chosen on the train split only: 5-fold cross-validation
// (folds by article group; extra sentences train but are never scored)
// gives out-of-fold probabilities, from which it prints each label's
// figures at precision 0.85 and picks the operating threshold: where the
// model is at least as precise as the old rules on the English train
// split, with the most recall. The final model is trained on the whole
// train split and the frozen test split is scored once, beside the old
// rules. A label is decided by the model only where it beats the rules in
// cross-validation and on the test split (and is not named by -rules); a
// language only where the model is no worse than the rules on its own
// sentences. Other labels get the threshold classify.Off, and compose
// keeps the rules for them.
//
// Why this matters is decided per article (why.go): the article's most
// probable statement of significance is shown when its probability
// clears a threshold, chosen with the other knobs of the decision for the
// best article accuracy on the out-of-fold probabilities of the train
// split; the threshold is written as the significance label's, and
// compose's whyWithin must match the position limit printed.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

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
	keepRules := flag.String("rules", "opportunity,unknown", "comma-separated labels that keep the cue rules whatever the figures say (see testdata/labels/README.md; unknown: an unknown is no key insight, so the model would move the key insights)")
	audit := flag.Bool("audit", false, "also score the model on the section audit's fresh group (testdata/section-audit.jsonl)")
	broadPath := flag.String("broad", "", "a file of editors' broader significance sentences of the train split to train as significance (see broad.go; tried with testdata/labels/broad/significance.jsonl, not adopted)")
	whyBuilt := flag.Bool("why", false, "also score Why this matters as compose.Build fills it, per article of the train and test splits")
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
	if *broadPath != "" {
		keys, err := readBroad(*broadPath)
		if err != nil {
			return err
		}
		if len(keys) > 0 {
			relabelled, found := applyBroad(ex, sents, keys)
			fmt.Printf("broad significance: %d of %d sentences found in the train split, %d relabelled from none\n", found, len(keys), relabelled)
		}
	}
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
	// The operating point and the choice of labels are made on English,
	// the language with nearly all the labels; each other language then
	// keeps the rules unless the model is no worse there (below).
	en := langIndex(cv, "en")
	cvEn, oofEn := pick(cv, en), pickP(oof, en)
	fmt.Printf("\n  old rules on the English train split (%d sentences):\n", len(en))
	cvRules := reportCue(cvEn)
	matched := matchRules(oofEn, cvEn)
	fmt.Println("\n  model at the old rules' precision there (the threshold for precision >= the rules', with the most recall), out-of-fold:")
	cvModel := report(cvEn, decideAll(oofEn, matched), oofEn)
	fmt.Printf("  thresholds:")
	for l := 1; l < len(labels); l++ {
		fmt.Printf(" %s %.3f", labels[l], matched[l])
	}
	fmt.Println()
	ko := langIndex(cv, "ko")
	fmt.Printf("\n  Korean part of the train split (%d sentences), out-of-fold, at those thresholds:\n", len(ko))
	report(pick(cv, ko), pickS(decideAll(oof, matched), ko), pickP(oof, ko))
	fmt.Println("  old rules on the same Korean sentences:")
	reportCue(pick(cv, ko))
	why := chooseWhyRules(cv, oof, matched)
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
	testMatched := decideAll(testProbs, matched)
	fmt.Println("\n  at the old rules' precision on the English train split:")
	report(test, testMatched, testProbs)
	fmt.Println("\n  old rules on the same test sentences:")
	reportCue(test)
	tEn := langIndex(test, "en")
	fmt.Printf("\n  English part (%d sentences), at the old rules' precision:\n", len(tEn))
	testModel := report(pick(test, tEn), pickS(testMatched, tEn), pickP(testProbs, tEn))
	fmt.Println("  old rules on the same English sentences:")
	testRules := reportCue(pick(test, tEn))

	// A label replaces the rules only where it beats them on the English
	// cross-validation folds and again on the English frozen test split;
	// elsewhere its threshold is Off and compose keeps the rules.
	fmt.Println("\nlabels the classifier decides (beats the old rules on precision and recall@3, in English, in cross-validation and on the test split):")
	for l := 1; l < len(labels); l++ {
		m.Thresholds[l] = classify.Off
		kept := slices.Contains(strings.Split(*keepRules, ","), labels[l])
		use := beats(cvModel[l], cvRules[l]) && beats(testModel[l], testRules[l]) && !kept
		if use {
			m.Thresholds[l] = matched[l]
		}
		fmt.Printf("  %-12s %-5v (cv %v, test %v, kept with the rules by -rules %v)\n", labels[l], use, beats(cvModel[l], cvRules[l]), beats(testModel[l], testRules[l]), kept)
	}
	// A language keeps the rules unless, on its own sentences, the model
	// is no worse than the rules on every label it decides, in
	// cross-validation and on the test split.
	fmt.Println("\nlanguages the classifier decides (no worse than the old rules on each decided label, on that language's sentences):")
	cvDecided, testDecided := decideAll(oof, m.Thresholds), decideAll(testProbs, m.Thresholds)
	for _, lang := range []string{"en", "ko"} {
		ok := true
		for _, part := range []struct {
			name    string
			ex      []example
			decided []int
			probs   [][]float64
		}{{"cv", cv, cvDecided, oof}, {"test", test, testDecided, testProbs}} {
			idx := langIndex(part.ex, lang)
			ms := scoreLabels(pick(part.ex, idx), pickS(part.decided, idx), pickP(part.probs, idx))
			rd, rp := ruleVerdicts(pick(part.ex, idx))
			rs := scoreLabels(pick(part.ex, idx), rd, rp)
			for l := 1; l < len(labels); l++ {
				if m.Thresholds[l] <= 1 && !noWorse(ms[l], rs[l]) {
					ok = false
					fmt.Printf("  %s %s: %s worse than the rules (P %.3f R@3 %.3f vs %.3f %.3f)\n", lang, part.name, labels[l], ms[l].precision, ms[l].recall3, rs[l].precision, rs[l].recall3)
				}
			}
		}
		if ok {
			m.Langs = append(m.Langs, lang)
		}
		fmt.Printf("  %s: %v\n", lang, ok)
	}
	if len(m.Langs) == 0 {
		for l := range m.Thresholds {
			m.Thresholds[l] = classify.Off // no language: nothing decided (an empty list would mean all)
		}
	}
	reportWhyTest(why, test, testProbs, testMatched)
	// Why this matters shows an article's best statement of significance
	// when it clears the article-level threshold chosen above; compose
	// reads it as the label's threshold.
	if sig := slices.Index(labels, "significance"); m.Thresholds[sig] <= 1 {
		m.Thresholds[sig] = float32(why.en.threshold)
	}
	if err := writeModel(*out, m); err != nil {
		return err
	}
	fmt.Printf("wrote %s\n", *out)

	tKo := langIndex(test, "ko")
	fmt.Printf("\nKorean part of the test split (%d sentences), the model at the thresholds above:\n", len(tKo))
	report(pick(test, tKo), pickS(testMatched, tKo), pickP(testProbs, tKo))
	fmt.Println("\n  old rules on the same Korean test sentences:")
	reportCue(pick(test, tKo))
	if *whyBuilt {
		if err := reportWhyBuild(cv, test, dir, filepath.Join(labelsDir, "pages.txt")); err != nil {
			return err
		}
	}
	if *audit {
		shipped.Thresholds, shipped.Langs = m.Thresholds, m.Langs
		return auditFresh(shipped, root, dir)
	}
	return nil
}

// langIndex lists the examples in language lang.
func langIndex(ex []example, lang string) []int {
	var out []int
	for i, e := range ex {
		if e.lang == lang {
			out = append(out, i)
		}
	}
	return out
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
