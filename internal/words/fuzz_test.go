package words

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzWords(f *testing.F) {
	for _, seed := range []string{"", "The U.S. economy grew", "co\u00adop", "정부는 시장에서 발표했다", "\xff\xfe", "hopping studies"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range Tokens(s) {
			if tok == "" || strings.ContainsRune(tok, softHyphen) || !utf8.ValidString(tok) {
				t.Fatalf("bad token %q from %q", tok, s)
			}
			if st := Stem(tok); st == "" || len(st) > len(tok) {
				t.Fatalf("Stem(%q) = %q", tok, st)
			}
			if tp := TrimParticle(tok); !strings.HasPrefix(tok, tp) || tp == "" {
				t.Fatalf("TrimParticle(%q) = %q", tok, tp)
			}
			IsStop(tok)
		}
		Stem(s)
		TrimParticle(s)
	})
}
