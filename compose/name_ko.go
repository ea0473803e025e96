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
		case isKoreanPerson(stem) && stem == f && titledAfterAffiliation(fields, i+1):
			out = append(out, stem) // "김선영 서울대 생명과학부 교수", "이민형 STEPI 선임연구위원"
		case utf8.RuneCountInString(stem) == 1 && stem == f && cue.Has("ko", cue.Surnames, stem) && i+1 < len(fields) && hasListPrefix(fields[i+1], cue.PersonTitles) && !hasListPrefix(fields[i+1], cue.Bylines):
			out = append(out, stem) // "이 교수": a later mention of 이창환 교수, merged by nameTally
		case strings.HasSuffix(stem, "씨") && isKoreanPerson(strings.TrimSuffix(stem, "씨")):
			out = append(out, strings.TrimSuffix(stem, "씨"))
		case isKoreanOrg(stem) && !(i > 0 && isDepartment(stem) && isAffiliation(strings.Trim(fields[i-1], ",.·"))):
			out = append(out, stem) // not a department after its university ("UNIST 생명과학부")
		}
	}
	return out
}

// koreanReporter returns the body a Korean sentence reports an
// announcement of: the topic that opens it ("포스텍은", "한국천문연구원은")
// when it ends with a reporting verb ("… 1일 발표했다."), a name of two or
// more Hangul syllables that is no person, title or common noun ("회사는",
// "연구팀은"). Such a body is the story's source, listed though named once.
func koreanReporter(s string) string {
	fields := strings.Fields(s)
	if len(fields) < 3 {
		return ""
	}
	first := strings.Trim(fields[0], "\"'“”‘’()[]<>「」『』·,.")
	stem, ok := strings.CutSuffix(first, "은")
	if !ok {
		stem, ok = strings.CutSuffix(first, "는")
	}
	last := strings.TrimRight(fields[len(fields)-1], ".!?\"'”’")
	if !ok || !cue.Has("ko", cue.ReportVerbs, last) || utf8.RuneCountInString(stem) < 2 || !allHangul(stem) {
		return ""
	}
	if isKoreanPerson(stem) || cue.Has("ko", cue.PersonTitles, stem) || cue.Has("ko", cue.NotSpeakers, stem) || cue.Has("ko", cue.NotNames, stem) || isDepartment(stem) {
		return ""
	}
	return stem
}

// maxAffiliation is the most words of an affiliation between a Korean
// name and its title ("서울대 생명과학부").
const maxAffiliation = 3

// titledAfterAffiliation reports whether fields from i are an
// affiliation, one to maxAffiliation words each an organisation
// ("서울대", "생명과학부", "STEPI"), then a title, maybe compound
// ("교수는", "선임연구위원은").
func titledAfterAffiliation(fields []string, i int) bool {
	for k := i; k < len(fields) && k < i+maxAffiliation; k++ {
		if !isAffiliation(strings.Trim(fields[k], ",.·")) {
			return false
		}
		if k+1 < len(fields) && !hasListPrefix(fields[k+1], cue.Bylines) && (hasListPrefix(fields[k+1], cue.PersonTitles) || endsWithTitle(words.TrimParticle(fields[k+1]))) {
			return true
		}
	}
	return false
}

// isAffiliation reports a word naming an organisation or a part of one:
// in Latin capitals ("STEPI", "KAIST") or Hangul ending as an
// organisation, a university ("서울대") or a department ("화학과").
func isAffiliation(w string) bool {
	if leadingLatin(w) == w && isCaps(w) {
		return true
	}
	if !allHangul(w) || utf8.RuneCountInString(w) < 2 {
		return false
	}
	return isKoreanOrg(w) || strings.HasSuffix(w, "대") || strings.HasSuffix(w, "과") || strings.HasSuffix(w, "학부")
}

// isDepartment reports a university's department or faculty ("생명과학부",
// "기계항공공학부", "화학과"): named after its university, it is part of
// that name, not one to list.
func isDepartment(w string) bool {
	return strings.HasSuffix(w, "학부") || strings.HasSuffix(w, "학과")
}

// endsWithTitle reports a compound title ending with a title of two or
// more syllables ("선임연구위원").
func endsWithTitle(w string) bool {
	r := []rune(w)
	for k := 2; k < len(r) && k <= 4; k++ {
		if cue.Has("ko", cue.PersonTitles, string(r[len(r)-k:])) {
			return true
		}
	}
	return false
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
