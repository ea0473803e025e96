package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/newsbrief/newsbrief/bench/internal/labeldata"
)

// Editors judging briefs accept in Why this matters more than the labels'
// "significance" (RUBRIC.md): a statement of significance, consequence,
// scale or context, which they found in four articles of five where the
// labels find one in one of four. The broad file holds the sentences
// editors marked so on the train split's English BBC, XSum and
// CNN/DailyMail articles (testdata/quality/why-train.txt, annotated
// through briefjudge why-packets and why-broad), by article and text
// hash; with -broad FILE those sentences, labelled none, train as
// significance. Tried with testdata/labels/broad/significance.jsonl (362
// sentences of 165 articles, none of the study's own) and not adopted:
// Why this matters as Build fills it was right in 17 and 25 of the study's
// 64 tuning and frozen judgements, against 25 and 19 without
// (briefjudge why-score) — no gain beyond the noise of 32 articles a part.

// broadSentence is one sentence of the broad file.
type broadSentence struct {
	Article string `json:"article"`
	SHA     string `json:"sha"`
}

// readBroad reads the broad file as a set of article|hash keys; a missing
// file is an empty set.
func readBroad(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	keys := map[string]bool{}
	for n, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var b broadSentence
		if err := json.Unmarshal([]byte(line), &b); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n+1, err)
		}
		keys[b.Article+"|"+b.SHA] = true
	}
	return keys, nil
}

// applyBroad relabels as significance the train sentences labelled none
// that the broad file holds, and returns how many it relabelled and how
// many of the file's sentences it found.
func applyBroad(ex []example, sents []labeldata.Sentence, keys map[string]bool) (relabelled, found int) {
	sig := slices.Index(labels, "significance")
	for i := range ex {
		if ex[i].split != "train" || !keys[ex[i].article+"|"+labeldata.SentHash(sents[i].Text)] {
			continue
		}
		found++
		if ex[i].label == 0 {
			ex[i].label = sig
			relabelled++
		}
	}
	return relabelled, found
}
