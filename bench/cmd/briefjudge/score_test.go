package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestScoreReadsSavedVerdicts checks that verdicts saved with -save
// (keyed by set, id and point hash) score a later render: a point whose
// text is unchanged keeps its verdict, a changed or gone point loses it,
// and the packet's own verdict stays.
func TestScoreReadsSavedVerdicts(t *testing.T) {
	dir := t.TempDir()
	writeIndex := func(name string, index []packet) string {
		d := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(d, 0o755))
		data, err := json.Marshal(index)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(d, "index.json"), data, 0o644))
		return d
	}
	pts := func(k2 string) []point {
		return []point{{ID: "K1", Section: "keyInsights", SHA: "aaaa"}, {ID: "K2", Section: "keyInsights", SHA: k2}, {ID: "E1", Section: "names", SHA: "cccc"}}
	}
	// The same item is P01 in the first render and P02 in the second.
	first := writeIndex("first", []packet{{Packet: "P01", Set: "bbc", ID: "x", Points: pts("bbbb")}})
	second := writeIndex("second", []packet{{Packet: "P01", Set: "bbc", ID: "y"}, {Packet: "P02", Set: "bbc", ID: "x", Points: pts("changed")[:2]}})

	judged := filepath.Join(dir, "judge.jsonl")
	require.NoError(t, os.WriteFile(judged, []byte(strings.Join([]string{
		`{"packet":"P01","point":"K1","right":true,"useful":true,"redundant":false}`,
		`{"packet":"P01","point":"K2","right":true,"useful":false,"redundant":true}`,
		`{"packet":"P01","point":"E1","correct":true}`,
		`{"packet":"P01","point":"*","quotesVisible":2,"significanceStated":true}`,
	}, "\n")+"\n"), 0o644))
	saved := filepath.Join(dir, "saved.jsonl")
	require.NoError(t, runScore([]string{"-save", saved, first, judged}))

	again := filepath.Join(dir, "again.jsonl")
	require.NoError(t, runScore([]string{"-save", again, second, saved}))
	data, err := os.ReadFile(again)
	require.NoError(t, err)
	var kept []string
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var v struct{ Set, ID, Point string }
		require.NoError(t, json.Unmarshal([]byte(line), &v))
		kept = append(kept, v.Set+"/"+v.ID+"/"+v.Point)
	}
	assert.Equal(t, []string{"bbc/x/K1", "bbc/x/*"}, kept)
}

// TestOpenersThatLeanOnNothing checks which openers the unresolved count
// leaves out: an existential "there" and an "it" or "this" that points
// ahead lean on no sentence before them; a pronoun or connective does.
func TestOpenersThatLeanOnNothing(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"There used to be one moment that stood out.", true},
		{"\"There is no chance of it,\" said Parry.", true},
		{"There, the council met.", false},
		{"It remains unclear what caused the outage.", true},
		{"It was expected that Locke would stay.", true},
		{"\"It is important to remember that,\" a spokesman said.", true},
		{"It was a disaster for the town.", false},
		{"This year, Italy opened with a loss.", true},
		{"This means the plan is dead.", false},
		{"But it may take years.", false},
	} {
		assert.Equal(t, tc.want, existential(tc.text) || pointsAhead(tc.text), tc.text)
	}
}
