package main

import (
	"math"
	"os"
	"path/filepath"
	"testing"
)

func TestKappa(t *testing.T) {
	same := func(s string) string { return s }
	tests := []struct {
		name string
		a, b []string
		want float64
	}{
		// po = 3/4; pe = .5·.25 + .5·.75 = .5; κ = (.75-.5)/(1-.5) = .5.
		{"half", []string{"risk", "risk", "none", "none"}, []string{"risk", "none", "none", "none"}, 0.5},
		{"perfect", []string{"risk", "none", "next"}, []string{"risk", "none", "next"}, 1},
		// po = 0; pe = .5·.5 + .5·.5 = .5; κ = -1.
		{"opposite", []string{"risk", "none"}, []string{"none", "risk"}, -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ps []agreementPair
			for i := range tc.a {
				ps = append(ps, agreementPair{tc.a[i], tc.b[i], "x"})
			}
			if got := kappa(ps, same); math.Abs(got-tc.want) > 1e-9 {
				t.Fatalf("kappa = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestReadLabels(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.tsv")
	data := "# header\n\n## art | title\n001-001\trisk\tsome sentence\n001-002 next\n001-003\tnone\n"
	if err := os.WriteFile(good, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := readLabels(good)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"001-001": "risk", "001-002": "next", "001-003": "none"}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Fatalf("key %s: got %q, want %q", k, got[k], v)
		}
	}
	for name, bad := range map[string]string{
		"placeholder": "001-001\t_\tsentence\n",
		"unknown":     "001-001 maybe\n",
		"twice":       "001-001 risk\n001-001 none\n",
	} {
		p := filepath.Join(dir, name+".tsv")
		if err := os.WriteFile(p, []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := readLabels(p); err == nil {
			t.Errorf("%s: readLabels accepted %q", name, bad)
		}
	}
}
