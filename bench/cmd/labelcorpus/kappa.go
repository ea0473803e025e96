package main

import (
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// agreementPair is one sentence labelled by both annotators.
type agreementPair struct{ a, b, source string }

// pairs reads the first annotator's labels (labelsA, one file per main
// batch) and the second annotator's (labelsB, one file per agreement
// batch) and pairs them for every sentence of the agreement sample that
// both have labelled. A batch file that is absent means unlabelled;
// within a present file, keys left out are none.
func pairs(batches [][]*sampled, agree map[string]bool, labelsA, labelsB string) ([]agreementPair, error) {
	b := map[string]string{}
	files, err := filepath.Glob(filepath.Join(labelsB, "*.tsv"))
	if err != nil {
		return nil, err
	}
	coveredB := map[string]bool{}
	for _, f := range files {
		got, err := readLabels(f)
		if err != nil {
			return nil, err
		}
		for k, l := range got {
			b[k] = l
		}
		// The keys an agreement file covers are the sentence lines of the
		// agreement batch of the same name.
		keys, err := batchKeys(filepath.Join(filepath.Dir(labelsB), filepath.Base(f)))
		if err != nil {
			return nil, err
		}
		for _, k := range keys {
			coveredB[k] = true
		}
	}
	var out []agreementPair
	for bi, as := range batches {
		a, err := readLabels(filepath.Join(labelsA, batchName(bi)))
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		for _, art := range as {
			if !agree[art.ID] {
				continue
			}
			for _, s := range art.Sents {
				if !coveredB[s.Key] {
					continue
				}
				out = append(out, agreementPair{orNone(a[s.Key]), orNone(b[s.Key]), art.Source})
			}
		}
	}
	return out, nil
}

func orNone(l string) string {
	if l == "" {
		return "none"
	}
	return l
}

// batchKeys lists the sentence keys of a work batch file.
func batchKeys(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var keys []string
	for _, l := range strings.Split(string(data), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		k, _, _ := strings.Cut(l, "\t")
		keys = append(keys, k)
	}
	return keys, nil
}

// kappa is Cohen's κ of two label sequences over the given categories:
// (observed agreement − chance agreement) / (1 − chance agreement), with
// chance from each annotator's own label frequencies. It is NaN when
// chance agreement is 1 (both annotators used a single label).
func kappa(ps []agreementPair, label func(string) string) float64 {
	n := float64(len(ps))
	agreeN := 0.0
	ca, cb := map[string]float64{}, map[string]float64{}
	for _, p := range ps {
		a, b := label(p.a), label(p.b)
		if a == b {
			agreeN++
		}
		ca[a]++
		cb[b]++
	}
	po := agreeN / n
	pe := 0.0
	for k, v := range ca {
		pe += v / n * cb[k] / n
	}
	if pe >= 1 {
		return math.NaN()
	}
	return (po - pe) / (1 - pe)
}

// fmtKappa prints κ, or says why it is undefined.
func fmtKappa(k float64) string {
	if math.IsNaN(k) {
		return "n/a (both used one label only)"
	}
	return fmt.Sprintf("%.3f", k)
}

// printKappa writes overall κ (six labels), κ per label one-vs-rest, the
// counts each annotator gave every label, and overall κ per source.
func printKappa(w io.Writer, ps []agreementPair) {
	if len(ps) == 0 {
		fmt.Fprintln(w, "no sentence labelled by both annotators yet")
		return
	}
	same := func(s string) string { return s }
	fmt.Fprintf(w, "sentences labelled by both: %d\n", len(ps))
	fmt.Fprintf(w, "overall (6 labels)   kappa %s\n", fmtKappa(kappa(ps, same)))
	for _, l := range labels {
		na, nb := 0, 0
		for _, p := range ps {
			if p.a == l {
				na++
			}
			if p.b == l {
				nb++
			}
		}
		oneVsRest := func(s string) string {
			if s == l {
				return l
			}
			return "rest"
		}
		fmt.Fprintf(w, "%-12s one-vs-rest kappa %s  (A %d, B %d)\n", l, fmtKappa(kappa(ps, oneVsRest)), na, nb)
	}
	fmt.Fprintf(w, "confusion (rows: first pass, columns: second pass):\n%-13s", "")
	for _, b := range labels {
		fmt.Fprintf(w, "%13s", b)
	}
	fmt.Fprintln(w)
	for _, a := range labels {
		fmt.Fprintf(w, "%-13s", a)
		for _, b := range labels {
			n := 0
			for _, p := range ps {
				if p.a == a && p.b == b {
					n++
				}
			}
			fmt.Fprintf(w, "%13d", n)
		}
		fmt.Fprintln(w)
	}
	by := map[string][]agreementPair{}
	for _, p := range ps {
		by[p.source] = append(by[p.source], p)
	}
	srcs := make([]string, 0, len(by))
	for s := range by {
		srcs = append(srcs, s)
	}
	sort.Strings(srcs)
	for _, s := range srcs {
		fmt.Fprintf(w, "source %-12s %4d sentences, overall kappa %s\n", s, len(by[s]), fmtKappa(kappa(by[s], same)))
	}
}
