package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsbrief/newsbrief/bench/internal/labeldata"

	"github.com/newsbrief/newsbrief/internal/classify"
	"github.com/newsbrief/newsbrief/internal/shared"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "labelcorpus:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: labelcorpus pages|stats|batches|collect|kappa|extra|collect-extra")
	}
	dir, err := shared.Dir()
	if err != nil {
		return err
	}
	switch args[0] {
	case "pages":
		return listPages(os.Stdout, filepath.Join(dir, "data", "trafilatura"))
	case "stats":
		arts, err := draw(dir)
		if err != nil {
			return err
		}
		fmt.Print(stats(arts))
		return nil
	case "collect":
		arts, err := draw(dir)
		if err != nil {
			return err
		}
		agree := agreement(arts)
		bs := batch(arts, agree)
		root, _ := shared.ModuleRoot()
		n, err := collect(bs, agree, filepath.Join(workDir(args[1:]), "labels-A"), filepath.Join(root, "testdata", "labels"))
		if err != nil {
			return err
		}
		fmt.Printf("%d sentences labelled\n", n)
		return nil
	case "kappa":
		arts, err := draw(dir)
		if err != nil {
			return err
		}
		agree := agreement(arts)
		bs := batch(arts, agree)
		wd := workDir(args[1:])
		ps, err := pairs(bs, agree, filepath.Join(wd, "labels-A"), filepath.Join(wd, "second-pass", "labels-B"))
		if err != nil {
			return err
		}
		printKappa(os.Stdout, ps)
		return nil
	case "extra":
		root, _ := shared.ModuleRoot()
		all, t, corpus, err := drawAll(dir)
		if err != nil {
			return err
		}
		ed := filepath.Join(workDir(args[1:]), "extra")
		done, err := readExtraBatches(ed, all, t, corpus)
		if err != nil {
			return err
		}
		in := map[string]bool{}
		for _, as := range append([][]*sampled{corpus}, done...) {
			for _, a := range as {
				in[a.ID] = true
			}
		}
		m, err := classify.Default()
		if err != nil {
			return err
		}
		bs := batchExtra(drawExtra(all, t, in, m), len(done))
		if err := writeExtra(ed, filepath.Join(root, "testdata", "labels", "RUBRIC.md"), bs, len(done)); err != nil {
			return err
		}
		var arts []*sampled
		for _, as := range bs {
			arts = append(arts, as...)
		}
		fmt.Printf("%d new extra batches after %d\n", len(bs), len(done))
		fmt.Print(stats(arts))
		return nil
	case "collect-extra":
		root, _ := shared.ModuleRoot()
		all, t, corpus, err := drawAll(dir)
		if err != nil {
			return err
		}
		ed := filepath.Join(workDir(args[1:]), "extra")
		bs, err := readExtraBatches(ed, all, t, corpus)
		if err != nil {
			return err
		}
		n, miss, nb, err := collectExtra(bs, filepath.Join(ed, "labels"), filepath.Join(root, "testdata", "labels", "extra"))
		if err != nil {
			return err
		}
		fmt.Printf("%d extra sentences labelled in %d of %d batches (%d keys of those batches without a label, left out)\n", n, nb, len(bs), miss)
		return nil
	case "batches":
		arts, err := draw(dir)
		if err != nil {
			return err
		}
		agree := agreement(arts)
		bs := batch(arts, agree)
		root, _ := shared.ModuleRoot()
		if err := writeWork(workDir(args[1:]), filepath.Join(root, "testdata", "labels", "RUBRIC.md"), bs, agree); err != nil {
			return err
		}
		fmt.Printf("%d batches, %d agreement articles\n", len(bs), len(agree))
		fmt.Print(stats(arts))
		return nil
	}
	return fmt.Errorf("unknown command %q", args[0])
}

// draw loads the sources and draws the sample.
func draw(sharedDir string) ([]*sampled, error) {
	root, err := shared.ModuleRoot()
	if err != nil {
		return nil, err
	}
	data := filepath.Join(sharedDir, "data")
	all, err := labeldata.LoadAll(data, filepath.Join(root, "testdata", "labels", "pages.txt"))
	if err != nil {
		return nil, err
	}
	t, err := loadTuned(data)
	if err != nil {
		return nil, err
	}
	return sample(all, t), nil
}

// workDir is the directory of the work files: the first argument, else
// /work/labels-work.
func workDir(args []string) string {
	if len(args) > 0 {
		return args[0]
	}
	return "/work/labels-work"
}

// drawAll loads the sources and draws the corpus's sample, returning
// both with what is known of tuning.
func drawAll(sharedDir string) (map[string][]labeldata.Article, tuned, []*sampled, error) {
	root, err := shared.ModuleRoot()
	if err != nil {
		return nil, tuned{}, nil, err
	}
	data := filepath.Join(sharedDir, "data")
	all, err := labeldata.LoadAll(data, filepath.Join(root, "testdata", "labels", "pages.txt"))
	if err != nil {
		return nil, tuned{}, nil, err
	}
	t, err := loadTuned(data)
	if err != nil {
		return nil, tuned{}, nil, err
	}
	return all, t, sample(all, t), nil
}
