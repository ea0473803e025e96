package compose

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/internal/cue"
	"github.com/newsbrief/newsbrief/internal/words"
)

// entities finds the names the sources repeat: runs of capitalised words,
// a lone word counted with the longer name it ends ("Noem" with "Kristi
// Noem"), kept when named at least twice, most mentioned first.
func (c *corpus) entities(n int) []brief.Entity {
	counts := map[string]int{}
	first := map[string]int{}
	order := 0
	for _, s := range c.sents {
		if s.lang == "ko" {
			continue
		}
		for _, name := range capitalRuns(s.text) {
			if _, ok := first[name]; !ok {
				first[name] = order
				order++
			}
			counts[name]++
		}
	}
	names := make([]string, 0, len(counts))
	for name := range counts {
		names = append(names, name)
	}
	// Shorter names first, so each merges into the longest name it is part
	// of; ties in a fixed order, so the result is deterministic.
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) < len(names[j])
		}
		return names[i] < names[j]
	})
	for _, short := range names {
		long := ""
		for _, cand := range names {
			if cand != short && counts[cand] > 0 && len(cand) > len(long) && isPartOfName(short, cand) {
				long = cand
			}
		}
		if long != "" {
			counts[long] += counts[short]
			delete(counts, short)
		}
	}
	var out []brief.Entity
	for name, k := range counts {
		if k >= 2 {
			out = append(out, brief.Entity{Name: name, Mentions: k})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Mentions != out[j].Mentions {
			return out[i].Mentions > out[j].Mentions
		}
		return first[out[i].Name] < first[out[j].Name]
	})
	return out[:min(n, len(out))]
}

// isPartOfName reports whether the words of short appear, in order, among
// the words of long: "Noem" in "Kristi Noem", "President Biden" in
// "President Joe Biden".
func isPartOfName(short, long string) bool {
	sw, lw := strings.Fields(short), strings.Fields(long)
	if len(sw) >= len(lw) {
		return false
	}
	k := 0
	for _, w := range lw {
		if k < len(sw) && w == sw[k] {
			k++
		}
	}
	return k == len(sw)
}

// capitalRuns returns the runs of capitalised words in a sentence, but not
// a lone common word that opens it.
func capitalRuns(s string) []string {
	var out, run []string
	flush := func() {
		if len(run) > 0 && !(len(run) == 1 && isCommonWord(run[0])) {
			out = append(out, strings.Join(run, " "))
		}
		run = run[:0]
	}
	for i, t := range tokenize(s) {
		w := s[t.start:t.end]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || utf8.RuneCountInString(w) < 2 || (i == 0 && isCommonWord(w)) {
			flush()
			continue
		}
		run = append(run, w)
		if t.trailing {
			flush()
		}
	}
	flush()
	return out
}

func isCommonWord(w string) bool {
	l := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
	return words.IsStop(l) || cue.Has("en", cue.Months, l) || cue.Has("en", cue.Weekdays, l)
}
