package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// A pending point is one nobody has judged yet.
type pending struct {
	set, id, title, section, text string
}

// writeJudging writes the points nobody has judged to dir/judge.tsv for a
// blind judgement (nothing says which code picked them): per article a
// line "## <set> <id> | <title>", then per point "a<n><TAB>_<TAB><section><TAB><point>".
func writeJudging(dir string, ps []pending) error {
	if err := os.MkdirAll(filepath.Join(dir, "labels"), 0o755); err != nil {
		return err
	}
	f, err := os.Create(filepath.Join(dir, "judge.tsv"))
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "# judge.tsv: is each point right in its section (risks, opportunities, unknowns)? Write labels/judge.tsv: key<TAB>correct|incorrect for every key.")
	fmt.Fprintln(w, "# format: key<TAB>_<TAB>section<TAB>point; articles start with '## <set> <article id> | <title>'")
	last := ""
	for i, p := range ps {
		if a := p.set + " " + p.id; a != last {
			fmt.Fprintf(w, "\n## %s | %s\n", a, strings.Join(strings.Fields(p.title), " "))
			last = a
		}
		fmt.Fprintf(w, "a%03d\t_\t%s\t%s\n", i+1, p.section, strings.Join(strings.Fields(p.text), " "))
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// collectJudging appends the verdicts in dir/labels/judge.tsv on the
// points of the work file dir/judge.tsv to the audit file, and returns how
// many. A verdict is on a point's text in its article and section, so it
// holds whichever code picks the point.
func collectJudging(dir, auditFile string) (int, error) {
	work, err := os.ReadFile(filepath.Join(dir, "judge.tsv"))
	if err != nil {
		return 0, err
	}
	byKey := map[string]pending{}
	var set, id string
	for _, line := range strings.Split(string(work), "\n") {
		if a, ok := strings.CutPrefix(line, "## "); ok {
			a, _, _ = strings.Cut(a, " | ")
			set, id, _ = strings.Cut(a, " ")
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) == 4 && !strings.HasPrefix(line, "#") {
			byKey[f[0]] = pending{set: set, id: id, section: f[2], text: f[3]}
		}
	}
	labels, err := os.ReadFile(filepath.Join(dir, "labels", "judge.tsv"))
	if err != nil {
		return 0, err
	}
	out, err := os.OpenFile(auditFile, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return 0, err
	}
	enc := json.NewEncoder(out)
	n := 0
	for i, line := range strings.Split(string(labels), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		p, ok := byKey[f[0]]
		if len(f) < 2 || !ok || f[1] != "correct" && f[1] != "incorrect" {
			out.Close()
			return n, fmt.Errorf("labels/judge.tsv:%d: want a key of judge.tsv and correct|incorrect, have %q", i+1, line)
		}
		rec := struct {
			Set     string `json:"set"`
			ID      string `json:"id"`
			Section string `json:"section"`
			SHA256  string `json:"sha256"`
			Verdict string `json:"verdict"`
		}{p.set, p.id, p.section, textHash(p.text), f[1]}
		if err := enc.Encode(rec); err != nil {
			out.Close()
			return n, err
		}
		n++
	}
	return n, out.Close()
}
