package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/newsbrief/newsbrief/bench/internal/jsonl"
	"github.com/newsbrief/newsbrief/bench/internal/labeldata"
	"github.com/newsbrief/newsbrief/internal/classify"
	"github.com/newsbrief/newsbrief/internal/sentence"
)

// auditSections maps the classifier's labels to the brief sections the
// section audit judged.
var auditSections = map[string]string{"risk": "risks", "opportunity": "opportunities", "unknown": "unknowns"}

// auditFresh scores m against the project's out-of-sample section audit
// (testdata/section-audit.jsonl), group "fresh": BBC business and
// entertainment articles, lines 300-709 of bbc_news_summary.jsonl, none
// of which is in the labelled corpus. The audit judged the points the old
// rules put in each section, keyed by a hash of the sentence, so it can
// only say how precise the classifier is on the judged sentences it files
// under the same section; its other picks were never judged and are
// counted apart.
func auditFresh(m *classify.Model, root, sharedDir string) error {
	type key struct{ id, section, sha string }
	verdicts := map[key]string{}
	err := jsonl.Each(filepath.Join(root, "testdata", "section-audit.jsonl"), func(b []byte) error {
		var v struct{ Set, ID, Section, SHA256, Verdict string }
		if err := json.Unmarshal(b, &v); err != nil {
			return err
		}
		if v.Set == "bbc" && (strings.HasPrefix(v.ID, "business_") || strings.HasPrefix(v.ID, "entertainment_")) {
			verdicts[key{v.ID, v.Section, v.SHA256}] = v.Verdict
		}
		return nil
	})
	if err != nil {
		return err
	}
	all, err := labeldata.LoadAll(filepath.Join(sharedDir, "data"), filepath.Join(root, "testdata", "labels", "pages.txt"))
	if err != nil {
		return err
	}
	bbc := all["bbc"]
	type tally struct{ judged, agree, agreeCorrect, rulesCorrect, unjudgedPicks int }
	t := map[string]*tally{}
	for _, s := range auditSections {
		t[s] = &tally{}
	}
	found := 0
	for i := 300; i < 710 && i < len(bbc); i++ {
		a := bbc[i]
		id := strings.TrimPrefix(a.ID, "bbc:")
		spans := sentence.Split(a.Text)
		for j, sp := range spans {
			s := a.Text[sp.Start:sp.End]
			h := labeldata.SentHash(s)
			label, _ := m.Decide(m.Predict(classify.Input{Text: s, Lang: "en", Index: j, Count: len(spans)}))
			judgedAny := false
			for _, section := range auditSections {
				v, ok := verdicts[key{id, section, h}]
				if !ok {
					continue
				}
				judgedAny = true
				found++
				tl := t[section]
				tl.judged++
				if v == "correct" {
					tl.rulesCorrect++
				}
				if auditSections[label] == section {
					tl.agree++
					if v == "correct" {
						tl.agreeCorrect++
					}
				}
			}
			if sec, ok := auditSections[label]; ok && !judgedAny {
				t[sec].unjudgedPicks++
			}
		}
	}
	fmt.Printf("\nsection audit, fresh group (BBC business+entertainment 300-709; %d of %d judged points found by sentence hash):\n", found, len(verdicts))
	fmt.Printf("  %-13s %6s %15s %18s %14s\n", "section", "judged", "of them correct", "classifier agrees", "its precision")
	for _, section := range []string{"risks", "opportunities", "unknowns"} {
		tl := t[section]
		fmt.Printf("  %-13s %6d %15.3f %18d %14.3f   (+%d picks never judged)\n", section, tl.judged, ratio(tl.rulesCorrect, tl.judged), tl.agree, ratio(tl.agreeCorrect, tl.agree), tl.unjudgedPicks)
	}
	return nil
}
