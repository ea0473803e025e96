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
			if strings.ContainsAny(rest, "()[]") {
				continue // "93PF(페타플롭)의"
			}
			word := s[fields[last][0]:fields[last][1]]
			stem := koreanNoun(word)
			if stem == "" {
				continue
			}
			end := fields[last][0] + len(stem)
			if stem == word && last+1 < len(fields) {
				// a bare noun opens a compound whose head follows, marked by
				// its particle: "22명의 노벨과학상 수상자를" counts 수상자,
				// "2개의 단일 가닥 DNA가" counts DNA; with no head in
				// reach, what it counts is not shown ("약 2만장의 알프스")
				head := ""
				for k := last + 1; k < len(fields) && k <= last+maxCompound; k++ {
					next := s[fields[k][0]:fields[k][1]]
					if strings.HasSuffix(next, "로") && !strings.HasSuffix(next, "으로") {
						continue // as often a noun's last syllable (등산로, 도로) as a particle
					}
					if h := koreanNoun(next); h != next {
						if h != "" && !strings.ContainsAny(h, "()[]") {
							head, last = h, k
						}
						break
					}
				}
				if head == "" {
					continue
				}
				end = fields[last][0] + len(head)
			}
			out = append(out, [2]int{start, end})
			i = last
			continue
		}
		if start == fields[i][0] && i > 0 && isKoreanSubject(s[fields[i-1][0]:fields[i-1][1]]) {
			from := i - 1
			if from > 0 && isAdnominal(s[fields[from-1][0]:fields[from-1][1]]) {
				continue // a clause says whose rate it is: "의학계열로 진학한 비율은 20.5%"
			}
			// the noun the subject belongs to: "폐암 환자의 완치율은 30%"
			if from > 0 && strings.HasSuffix(s[fields[from-1][0]:fields[from-1][1]], "의") && allHangul(s[fields[from-1][0]:fields[from-1][1]]) {
				from--
				if from > 0 && isBareKoreanWord(s[fields[from-1][0]:fields[from-1][1]]) {
					from--
				}
			}
			if last+1 < len(fields) {
				end += qualifierAfter(s[fields[last+1][0]:fields[last+1][1]], fields[last+1][0]-end) // "30% 이하"
			}
			out = append(out, [2]int{fields[from][0], end})
			i = last
		}
	}
	return out
}

// qualifierAfter returns how many bytes past a figure's end the bound
// word that qualifies its number reaches ("30% 이하로" → "30% 이하"): gap
// bytes of space and the qualifier (cue list number-qualifier) without its
// particle; 0 when w opens with none.
func qualifierAfter(w string, gap int) int {
	r := []rune(w)
	for k := min(len(r), 2); k >= 1; k-- {
		if cue.Has("ko", cue.NumberQualifiers, string(r[:k])) {
			return gap + len(string(r[:k]))
		}
	}
	return 0
}

// maxCompound is how many words after a bare noun may reach the head of
// its compound ("2개의 단일 가닥 DNA가").
const maxCompound = 3

// isAdnominal reports a Hangul word that ends as a verb modifying the noun
// after it ("진학한", "발견된", "늘어난"), which makes that noun part of a
// clause a figure cannot show whole.
func isAdnominal(w string) bool {
	if !allHangul(w) || utf8.RuneCountInString(w) < 2 {
		return false
	}
	for _, e := range []string{"한", "된", "던", "난", "진", "운", "할", "될"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
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

// splitNumber splits a field into the number that opens it, with the
// large units inside it ("18조8000억"), and the rest.
func splitNumber(f string) (string, string) {
	k := 0
	for k < len(f) {
		switch {
		case f[k] >= '0' && f[k] <= '9' || k > 0 && (f[k] == ',' || f[k] == '.') && k+1 < len(f) && f[k+1] >= '0' && f[k+1] <= '9':
			k++
			continue
		case k > 0:
			if u := largeUnit(f[k:]); u > 0 && k+u < len(f) && f[k+u] >= '0' && f[k+u] <= '9' {
				k += u // "18조8000억": the number goes on after 조
				continue
			}
		}
		break
	}
	if k == 0 {
		return "", f
	}
	return f[:k], f[k:]
}

// largeUnit returns the byte length of the Korean unit of ten thousand or
// more that opens s ("만", "억", "조"), or 0.
func largeUnit(s string) int {
	for _, u := range []string{"만", "억", "조"} {
		if strings.HasPrefix(s, u) {
			return len(u)
		}
	}
	return 0
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
		rest = w[2:]
	}
	if n := koreanNoun(rest); n != "" {
		return len(n) // a particle after a unit sign: "35만6509㎞로" → "㎞"
	}
	return len(rest)
}

// isKoreanDate reports a counter of a date or a time ("년", "월", "일",
// "시", "분", "초").
func isKoreanDate(rest string) bool {
	for _, p := range []string{"년", "월", "일", "시", "분", "초", "세기", "주", "개월", "세", "차", "위", "번째"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// isKoreanSubject reports a Hangul noun of measure, bare or marked as a
// subject or topic ("매출이", "완치율은", "몸길이"), that says what the number
// after it measures.
func isKoreanSubject(w string) bool {
	stem := w
	for _, p := range []string{"이", "가", "은", "는"} {
		if st, ok := strings.CutSuffix(w, p); ok && utf8.RuneCountInString(st) >= 2 && !endsWithMeasureNoun(w) {
			stem = st
			break
		}
	}
	return allHangul(stem) && utf8.RuneCountInString(stem) >= 2 && endsWithMeasureNoun(stem)
}

// endsWithMeasureNoun reports a word ending with a noun of measure.
func endsWithMeasureNoun(w string) bool {
	r := []rune(w)
	for k := 1; k <= 2 && k <= len(r); k++ {
		if cue.Has("ko", cue.MeasureNouns, string(r[len(r)-k:])) {
			return true
		}
	}
	return false
}

// koreanNoun returns the noun that opens w, without its particle and
// punctuation ("종으로" → "종", "가구가" → "가구"), or "".
func koreanNoun(w string) string {
	w = strings.TrimRight(w, ".,)」』”'\"")
	if k := strings.IndexAny(w, "()[]"); k >= 0 {
		w = w[:k]
	}
	for _, p := range []string{"이었다", "였다", "이다", "이며", "이고", "으로부터", "로부터", "에게서", "에게", "에서", "으로", "부터", "까지", "보다", "처럼", "로", "을", "를", "이", "가", "은", "는", "의", "에", "와", "과", "도", "만"} {
		if st, ok := strings.CutSuffix(w, p); ok && st != "" {
			return st
		}
	}
	return w
}
