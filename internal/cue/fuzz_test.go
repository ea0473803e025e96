package cue

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzClassify checks that Classify never panics and always returns a
// well-formed Result.
func FuzzClassify(f *testing.F) {
	for _, s := range []string{
		"", "?", "n't", "'", "’s", "did n't", "--", "4,000", "cannot",
		"The strike could delay deliveries until spring.",
		"It's unclear whether the deal, which won't close, could fail?",
		"Job cuts are likely, though the closure would not hurt.",
		"회사는 인수 금액을 밝히지 않았다.",
		"생산 차질은 없을 것으로 보인다.",
		"not not not could could risk risk of of",
		"\xff\xfe could delay",
	} {
		f.Add(s, "en")
		f.Add(s, "")
		f.Add(s, "ko")
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		r := Classify(s, lang)
		switch {
		case r.Label < None || r.Label > Unknown:
			t.Fatalf("label %d", r.Label)
		case r.Label == None && (r.Score != 0 || r.Cue != ""):
			t.Fatalf("none with score %v cue %q", r.Score, r.Cue)
		case r.Label != None && !(r.Score >= minScore && r.Score <= 1):
			t.Fatalf("score %v", r.Score)
		case r.Label != None && (r.Cue == "" || !strings.Contains(s, r.Cue)):
			t.Fatalf("cue %q not in %q", r.Cue, s)
		case utf8.ValidString(s) && !utf8.ValidString(r.Cue):
			t.Fatalf("cue %q cuts a rune", r.Cue)
		}
	})
}
