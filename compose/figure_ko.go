package compose

import (
	"strings"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/cue"
	"github.com/newsbrief/newsbrief/internal/words"
)

// findKoreanFigures returns the byte ranges of the figures of a Korean
// sentence that say what they count: a number with its counter and the
// noun it counts after a genitive ("약 30%의 가구", "3000억 원 규모의
// 투자"), or the subject before it ("매출이 30%"). Dates and times ("3월",
// "10시") are left out.
func findKoreanFigures(s string) [][2]int {
	fields := fieldSpans(s)
	var out [][2]int
	for i := 0; i < len(fields); i++ {
		f := s[fields[i][0]:fields[i][1]]
		num, rest := splitNumber(f)
		if num == "" || isKoreanDate(rest) || isYear(num) || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "/") {
			continue
		}
		start, last := fields[i][0], i
		if i > 0 && s[fields[i-1][0]:fields[i-1][1]] == "약" {
			start = fields[i-1][0]
		}
		end := fields[i][0] + len(num) + cutAt(rest)
		// a counter or currency after the number: "3000억 원"
		if !strings.Contains(rest, "의") && i+1 < len(fields) && hasListPrefix(s[fields[i+1][0]:fields[i+1][1]], cue.Counters) {
			last = i + 1
			rest = s[fields[last][0]:fields[last][1]]
			end = fields[last][0] + cutAt(rest)
		}
		genitive := strings.HasSuffix(rest, "의") && rest != "의" // "30%의", not a bare "3의"
		if !genitive && last+2 < len(fields) && s[fields[last+1][0]:fields[last+1][1]] == "규모의" {
			last++ // "3000억 원 규모의 투자"
			genitive = true
		}
		if genitive && last+1 < len(fields) {
			last++
			noun := s[fields[last][0]:fields[last][1]]
			stem := words.TrimParticle(strings.TrimRight(noun, ".,)"))
			out = append(out, [2]int{start, fields[last][0] + len(stem)})
			i = last
			continue
		}
		if start == fields[i][0] && i > 0 && isKoreanSubject(s[fields[i-1][0]:fields[i-1][1]]) {
			out = append(out, [2]int{fields[i-1][0], end})
			i = last
		}
	}
	return out
}

// fieldSpans returns the byte ranges of the space-separated fields of s.
func fieldSpans(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if j > i {
			out = append(out, [2]int{i, j})
		}
		i = j
	}
	return out
}

// splitNumber splits a field into the number that opens it and the rest.
func splitNumber(f string) (string, string) {
	k := 0
	for k < len(f) && (f[k] >= '0' && f[k] <= '9' || k > 0 && (f[k] == ',' || f[k] == '.') && k+1 < len(f) && f[k+1] >= '0' && f[k+1] <= '9') {
		k++
	}
	if k == 0 {
		return "", f
	}
	return f[:k], f[k:]
}

// cutAt returns where the counter after a number ends: before a bracket,
// punctuation or particle ("11명(39%)" → "명", "280g으로" → "g", "82%였으나"
// → "%").
func cutAt(rest string) int {
	if k := strings.IndexAny(rest, "()[],.·“”\"'"); k >= 0 {
		rest = rest[:k]
	}
	if k := strings.Index(rest, "%"); k >= 0 {
		return k + 1
	}
	if w := words.TrimParticle("00" + rest); len(w) >= 2 {
		return len(w) - 2
	}
	return len(rest)
}

// isKoreanDate reports a counter of a date or a time ("년", "월", "일",
// "시", "분", "초").
func isKoreanDate(rest string) bool {
	for _, p := range []string{"년", "월", "일", "시", "분", "초", "세기"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// isKoreanSubject reports a Hangul word marked as a subject or topic
// ("매출이", "인구는") that may say what the number after it counts.
func isKoreanSubject(w string) bool {
	stem := words.TrimParticle(w)
	return stem != w && allHangul(stem) && utf8.RuneCountInString(stem) >= 2 &&
		(strings.HasSuffix(w, "이") || strings.HasSuffix(w, "가") || strings.HasSuffix(w, "은") || strings.HasSuffix(w, "는"))
}
