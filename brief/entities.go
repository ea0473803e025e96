package brief

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/words"
)

// entities finds the names the sources repeat: runs of capitalised words,
// a lone word counted with the longer name it ends ("Noem" with "Kristi
// Noem"), kept when named at least twice, most mentioned first.
func (c *corpus) entities(n int) []Entity {
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
	for name, k := range counts {
		if strings.Contains(name, " ") {
			continue
		}
		for long := range counts {
			if strings.HasSuffix(long, " "+name) || strings.HasPrefix(long, name+" ") {
				counts[long] += k
				delete(counts, name)
				break
			}
		}
	}
	var out []Entity
	for name, k := range counts {
		if k >= 2 {
			out = append(out, Entity{Name: name, Mentions: k})
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
	return words.IsStop(l) || monthWords[l] || weekdays[l]
}

var weekdays = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
