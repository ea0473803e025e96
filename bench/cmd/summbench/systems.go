package main

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/newsbrief/newsbrief/internal/words"
)

// A system turns an article into summary sentences. lang is the set's
// language tag, such as "en" or "ko".
type system struct {
	name string
	run  func(a article, lang string) ([]string, error)
}

// presplit makes the baselines read an article's sentences from the set's
// own "sentences" field, where it has one, instead of splitting the text
// with internal/sentence (the -presplit flag).
var presplit bool

// systems are the candidates, in the order they run by default. newsbrief
// adds itself in newsbrief.go unless built with -tags nonewsbrief.
var systems = []system{
	{"lead3", lead3},
	{"textrank", textRank},
}

// summaryLen is the number of sentences the baselines pick.
const summaryLen = 3

// lead3 is the first three sentences of the article, or of a story's
// first article.
func lead3(a article, _ string) ([]string, error) {
	if len(a.Docs) > 0 {
		a = article{Text: a.Docs[0].Text}
	}
	sents, _ := articleSentences(a)
	return sents[:min(summaryLen, len(sents))], nil
}

// textRank is plain TextRank (Mihalcea and Tarau 2004): a graph of the
// article's sentences weighted by their word overlap normalised by log
// lengths, weighted PageRank with damping 0.85, and the three best
// sentences in source order. There is no position prior; ties go to the
// earlier sentence. In English, stop words (internal/words) do not count
// as overlap or length, which approximates the paper's content-word
// filter; other languages use every token. A story's sentences are those
// of all its articles, in turn.
func textRank(a article, lang string) ([]string, error) {
	sents, toks := articleSentences(a)
	if len(sents) <= summaryLen {
		return sents, nil
	}
	if lang == "en" {
		for i, t := range toks {
			toks[i] = slices.DeleteFunc(t, words.IsStop)
		}
	}
	scores := pageRank(similarityGraph(toks), 0.85)
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int {
		switch {
		case scores[x] > scores[y]:
			return -1
		case scores[x] < scores[y]:
			return 1
		}
		return 0
	})
	top := order[:summaryLen]
	slices.Sort(top)
	out := make([]string, len(top))
	for i, k := range top {
		out[i] = sents[k]
	}
	return out, nil
}

// similarityGraph is TextRank's sentence similarity: the number of
// distinct words two sentences share, divided by the sum of the logs of
// their lengths in tokens. Sentences whose log lengths sum to zero or less
// (one token each, or none) are not linked.
func similarityGraph(toks [][]string) [][]float64 {
	n := len(toks)
	sets := make([]map[string]bool, n)
	for i, t := range toks {
		sets[i] = make(map[string]bool, len(t))
		for _, w := range t {
			sets[i][w] = true
		}
	}
	g := make([][]float64, n)
	for i := range g {
		g[i] = make([]float64, n)
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			den := math.Log(float64(len(toks[i]))) + math.Log(float64(len(toks[j])))
			if den <= 0 {
				continue
			}
			small, large := sets[i], sets[j]
			if len(small) > len(large) {
				small, large = large, small
			}
			shared := 0
			for w := range small {
				if large[w] {
					shared++
				}
			}
			g[i][j] = float64(shared) / den
			g[j][i] = g[i][j]
		}
	}
	return g
}

// pageRank is weighted PageRank on the symmetric graph g:
// WS(i) = (1-d) + d · Σ_j g[j][i] / Σ_k g[j][k] · WS(j), iterated until no
// score moves by more than 1e-6, or 200 times.
func pageRank(g [][]float64, d float64) []float64 {
	n := len(g)
	out := make([]float64, n)
	for j := range n {
		for _, w := range g[j] {
			out[j] += w
		}
	}
	ws := make([]float64, n)
	for i := range ws {
		ws[i] = 1
	}
	next := make([]float64, n)
	for range 200 {
		delta := 0.0
		for i := range n {
			sum := 0.0
			for j := range n {
				if g[j][i] > 0 {
					sum += g[j][i] / out[j] * ws[j]
				}
			}
			next[i] = 1 - d + d*sum
			delta = max(delta, math.Abs(next[i]-ws[i]))
		}
		ws, next = next, ws
		if delta < 1e-6 {
			break
		}
	}
	return ws
}

// articleSentences returns the article's sentences that have at least one
// word, with their tokens (internal/words, as internal/rouge scores them).
// The text is split with internal/sentence, unless presplit is set and the
// set gives the sentences. A story's sentences are those of each of its
// articles in turn.
func articleSentences(a article) ([]string, [][]string) {
	var sents []string
	var toks [][]string
	if len(a.Docs) > 0 {
		for _, d := range a.Docs {
			s, t := articleSentences(article{Text: d.Text})
			sents, toks = append(sents, s...), append(toks, t...)
		}
		return sents, toks
	}
	src := a.Sentences
	if !presplit || len(src) == 0 {
		src = splitSentences(a.Text)
	}
	for _, s := range src {
		s = strings.TrimSpace(s)
		t := words.Tokens(s)
		if len(t) == 0 {
			continue
		}
		sents = append(sents, s)
		toks = append(toks, t)
	}
	return sents, toks
}

// safeRun runs sys on one article, turning a panic into an error.
func safeRun(sys system, a article, lang string) (sents []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			sents, err = nil, fmt.Errorf("panic: %v", r)
		}
	}()
	return sys.run(a, lang)
}

// selectSystems returns the systems named in only (comma-separated, in
// that order), or all of them when only is empty.
func selectSystems(only string) ([]system, error) {
	if only == "" {
		return systems, nil
	}
	var sel []system
	for name := range strings.SplitSeq(only, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		found := false
		for _, sys := range systems {
			if sys.name == name {
				sel, found = append(sel, sys), true
				break
			}
		}
		if !found {
			var names []string
			for _, sys := range systems {
				names = append(names, sys.name)
			}
			hint := ""
			if name == "newsbrief" {
				hint = "; built with -tags nonewsbrief?"
			}
			return nil, fmt.Errorf("unknown system %q (have %s%s)", name, strings.Join(names, ", "), hint)
		}
	}
	if len(sel) == 0 {
		return nil, fmt.Errorf("-only %q names no system", only)
	}
	return sel, nil
}
