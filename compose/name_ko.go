package compose

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/cue"
	"github.com/newsbrief/newsbrief/internal/words"
)

// koreanNames returns the names a Korean sentence writes: a person's name
// of two to four syllables opening with a surname before a title ("김민수
// 교수", "김민수씨"), but not a reporter's by-line ("홍길동 기자"); an
// organisation whose name ends as one does ("서울대학교", "기상청"); and
// names in Latin script ("KAIST", "Google DeepMind").
func koreanNames(s string) []string {
	var out []string
	fields := strings.Fields(s)
	for i := 0; i < len(fields); i++ {
		f := strings.Trim(fields[i], "\"'“”‘’()[]<>「」『』·,.")
		if latin, n := latinName(fields, i); n > 0 {
			if !is(cue.NotNames, strings.ToLower(latin)) {
				out = append(out, latin)
			}
			i += n - 1
			continue
		}
		stem := words.TrimParticle(f)
		switch {
		case isKoreanPerson(stem) && i+1 < len(fields) && hasListPrefix(fields[i+1], cue.PersonTitles) && !hasListPrefix(fields[i+1], cue.Bylines):
			out = append(out, stem)
		case utf8.RuneCountInString(stem) == 1 && stem == f && cue.Has("ko", cue.Surnames, stem) && i+1 < len(fields) && hasListPrefix(fields[i+1], cue.PersonTitles) && !hasListPrefix(fields[i+1], cue.Bylines):
			out = append(out, stem) // "이 교수": a later mention of 이창환 교수, merged by nameTally
		case strings.HasSuffix(stem, "씨") && isKoreanPerson(strings.TrimSuffix(stem, "씨")):
			out = append(out, strings.TrimSuffix(stem, "씨"))
		case isKoreanOrg(stem):
			out = append(out, stem)
		}
	}
	return out
}

// isKoreanPerson reports two to four Hangul syllables opening with a
// surname and not ending as an organisation ("서울대").
func isKoreanPerson(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 4 || !allHangul(w) || isKoreanOrg(w) || strings.HasSuffix(w, "대") {
		return false
	}
	r := []rune(w)
	return cue.Has("ko", cue.Surnames, string(r[:1])) || n > 2 && cue.Has("ko", cue.Surnames, string(r[:2]))
}

// isKoreanOrg reports a Hangul word that ends with an organisation suffix
// and has at least two syllables before it ("기상청", not "요청").
func isKoreanOrg(w string) bool {
	if !allHangul(w) {
		return false
	}
	r := []rune(w)
	for k := 1; k <= 3 && k < len(r); k++ {
		if cue.Has("ko", cue.OrgSuffixes, string(r[len(r)-k:])) && len(r)-k >= 2 {
			return true
		}
	}
	return false
}

// hasListPrefix reports whether w opens with a phrase of list l ("교수는").
func hasListPrefix(w string, l cue.List) bool {
	r := []rune(w)
	for k := min(len(r), 4); k >= 1; k-- {
		if cue.Has("ko", l, string(r[:k])) {
			return true
		}
	}
	return false
}

// latinName returns the name in Latin script that fields[i] opens, with
// the capitalised Latin words after it, and how many fields it spans (0:
// none).
func latinName(fields []string, i int) (string, int) {
	name, n := "", 0
	for k := i; k < len(fields); k++ {
		w := strings.TrimRight(leadingLatin(fields[k]), "-")
		r, _ := utf8.DecodeRuneInString(w)
		if len(w) < 2 || !unicode.IsUpper(r) || hasDigit(w) {
			break
		}
		name, n = strings.TrimPrefix(name+" "+w, " "), n+1
		if len(w) < len(fields[k]) {
			break // a particle or punctuation ends it: "KAIST는"
		}
	}
	return name, n
}

// leadingLatin returns the Latin letters, digits and hyphens that open w.
func leadingLatin(w string) string {
	k := 0
	for k < len(w) && (w[k] >= 'a' && w[k] <= 'z' || w[k] >= 'A' && w[k] <= 'Z' || w[k] >= '0' && w[k] <= '9' || w[k] == '-' || w[k] == '&') {
		k++
	}
	return w[:k]
}

func allHangul(w string) bool {
	for _, r := range w {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
	}
	return w != ""
}
