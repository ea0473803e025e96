package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsbrief/newsbrief/compose"
)

func TestWhyTally(t *testing.T) {
	tests := []struct {
		name  string
		pos   int
		an    whyAnnotation
		right bool
	}{
		{"empty, nothing stated", -1, whyAnnotation{Stated: false}, true},
		{"empty, significance stated", -1, whyAnnotation{Stated: true, Sentences: []int{3}}, false},
		{"an annotated sentence", 3, whyAnnotation{Stated: true, Sentences: []int{1, 3}}, true},
		{"another sentence", 2, whyAnnotation{Stated: true, Sentences: []int{1, 3}}, false},
		{"a sentence where nothing is stated", 2, whyAnnotation{Stated: false}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tl whyTally
			tl.add(tt.pos, tt.an)
			assert.Equal(t, 1, tl.articles)
			assert.Equal(t, tt.right, tl.right == 1)
			assert.Equal(t, tt.pos >= 0, tl.shown == 1)
		})
	}
}

func TestWhyRulePick(t *testing.T) {
	a := whyArticle{sents: []compose.Sentence{
		{Position: 0, Candidate: true, Label: "none", SignificanceProb: 0.9},
		{Position: 1, Candidate: true, Label: "risk", SignificanceProb: 0.8},
		{Position: 2, Candidate: true, Label: "none", SignificanceProb: 0.3},
		{Position: 3, Candidate: false, Label: "none", SignificanceProb: 0.7},
		{Position: 4, Candidate: true, Label: "none", SignificanceProb: 0.5},
	}}
	assert.Equal(t, 4, whyRule{threshold: 0.2, within: 10}.pick(a), "the most probable eligible sentence")
	assert.Equal(t, 2, whyRule{threshold: 0.2, within: 4}.pick(a), "only the first within")
	assert.Equal(t, 0, whyRule{threshold: 0.2, within: 10, lead: true}.pick(a), "the lead when allowed")
	assert.Equal(t, -1, whyRule{threshold: 0.6, within: 10}.pick(a), "empty below the threshold")
}

func TestWhyArticleFind(t *testing.T) {
	a := whyArticle{sents: []compose.Sentence{
		{Position: 0, Start: 9, End: 40, Text: "Police said the road had reopened."},
		{Position: 1, Start: 41, End: 80, Text: "No one was hurt in the crash, they said."},
	}}
	tests := []struct {
		name string
		ws   whySentence
		want int
	}{
		{"its start inside a sentence", whySentence{Start: 41, End: 80}, 1},
		{"by its hash when offsets moved", whySentence{Start: 500, End: 540, SHA: sha("No one was hurt in the crash, they said.")}, 1},
		{"annotated whole, shown from after a dateline", whySentence{Start: 0, End: 40, SHA: "0000000000000000"}, 0},
		{"nowhere", whySentence{Start: 90, End: 120, SHA: "0000000000000000"}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, a.find(tt.ws))
		})
	}
}
