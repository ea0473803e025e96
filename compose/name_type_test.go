package compose

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNamesNeedTypeEvidence(t *testing.T) {
	for _, tc := range []struct {
		name, title, text string
		want, notWant     []string
	}{
		{
			name:  "a product mentioned twice with no evidence of a person, organisation or place (a word of it written in lower case: no person in full)",
			title: "A new phone goes on sale",
			text: "The Pixel Fold went on sale this week; its screen can fold in half.\n\n" +
				"Buyers of the Pixel Fold queued for hours.\n\n" +
				"Google said demand was strong, and Google said more were coming.",
			want:    []string{"Google"},
			notWant: []string{"Pixel Fold"},
		},
		{
			name:  "a place after a locative, a body by its head word, a person by a title",
			title: "Council votes on the plan",
			text: "Residents in Harwich met the Tendring Council on Monday.\n\n" +
				"Mrs Okafor told the Tendring Council the plan would fail.\n\n" +
				"Later Harwich residents and Mrs Okafor marched.",
			want: []string{"Harwich", "Tendring Council", "Okafor"},
		},
		{
			name:  "an acronym bracketed after its expansion; a person in full",
			title: "Agency fines a firm",
			text: "The Environment Agency (EA) fined the firm.\n\n" +
				"The EA fined it again, and Geoff Harris welcomed it.\n\n" +
				"Geoff Harris had asked for fines.",
			want: []string{"Environment Agency", "Geoff Harris"},
		},
		{
			name:  "an event named twice is none; a place beside a typed place in a list is one",
			title: "Runners gather",
			text: "The London Marathon starts on Sunday with runners from Kenya.\n\n" +
				"Runners from Kenya and Ethiopia lead the London Marathon field.\n\n" +
				"Ethiopia has sent five runners to the marathon.",
			want:    []string{"Kenya", "Ethiopia"},
			notWant: []string{"London Marathon"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			names := namesOf(t, tc.title, tc.text)
			for _, w := range tc.want {
				assert.Contains(t, names, w)
			}
			for _, w := range tc.notWant {
				assert.NotContains(t, names, w)
			}
		})
	}
}

func TestNameContextEvidence(t *testing.T) {
	for _, tc := range []struct {
		sentence, name string
		want           nameEvidence
	}{
		{"He lives in Leeds now.", "Leeds", evidencePlace},
		{"She moved to the U.S. from the Philippines.", "Philippines", evidencePlace},
		{"Google said it would appeal.", "Google", evidenceSpeech},
		{"Google has said it would appeal.", "Google", evidenceSpeech},
		{"The minister told Reuters on Monday.", "Reuters", evidenceTold},
		{"Google's chief executive spoke.", "Google", evidenceRole},
		{"A Sky spokesman declined to comment.", "Sky", evidenceRole},
		{"Chelsea have won again.", "Chelsea", evidenceRole},
		{"Mr Conte denied it.", "Conte", evidenceTitle},
		{"Smith, 45, was arrested.", "Smith", evidenceApposed},
		{"Smith, a nurse, was arrested.", "Smith", evidenceApposed},
		{"The people of Texas voted.", "Texas", evidencePlace},
		{"Britain's biggest union Unison will ballot members.", "Unison", evidenceTitle},
		{"The side included CA Del Fava (Parma) at lock.", "Parma", evidenceRole},
		{"Derek cannot win against this Celtic side.", "Celtic", evidenceRole},
		{"He was held at the San Ysidro, California, crossing.", "California", evidencePlace},
		{"She bought a Pixel Fold, Pixel Buds.", "Pixel Buds", 0},
		{"The Pixel Fold went on sale.", "Pixel Fold", 0},
		{"Buyers of the Pixel Fold queued.", "Pixel Fold", 0},
	} {
		at := wordOccurrences(tc.sentence, tc.name)
		if assert.Len(t, at, 1, tc.sentence) {
			assert.Equal(t, tc.want, contextEvidence(tc.sentence, at[0], at[0]+len(tc.name)), tc.sentence)
		}
	}
}
