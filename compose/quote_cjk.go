package compose

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/cue"
	"github.com/newsbrief/newsbrief/internal/words"
)

// attributionKorean reads the attribution of a Korean quotation: it ends
// with a quotative ending ("…"라고 말했다, "…"며, '…'고 했다), and the
// speaker is the subject after it ("…"라고 김 장관은 말했다) or before it
// (김 장관은 "…"라고 말했다).
func attributionKorean(head, tail string) attribution {
	t := runePrefix(tail, attributionWindow)
	tok := t
	if i := strings.IndexAny(t, " ,.\n"); i >= 0 {
		tok = t[:i]
	}
	if !cue.Has("ko", cue.QuoteEndings, tok) {
		return attribution{}
	}
	rest := t[len(tok):]
	if i := strings.IndexFunc(rest, func(r rune) bool { return r == '.' || markFamily(r) >= 0 }); i >= 0 {
		rest = rest[:i]
	}
	ws := strings.Fields(rest)
	for i, w := range ws {
		if cue.Has("ko", cue.SpeechVerbs, strings.Trim(w, ",.")) {
			if a := koreanSubject(ws[:i]); a.ok() {
				return a
			}
			break
		}
	}
	return koreanSubject(strings.Fields(lastClause(head)))
}

// koreanSubject finds the subject among the words of a clause: the first
// word with a topic particle (장관은), else the last with a subject
// particle (회사가), with at most three bare words before it (김선영
// 서울대 생명과학부 교수는), the particle removed.
func koreanSubject(ws []string) attribution {
	best := -1
	for i, w := range ws {
		w = strings.Trim(w, ",")
		if cue.Has("ko", cue.Pronouns, w) {
			if best < 0 {
				return attribution{pronoun: true, personal: true, she: strings.HasPrefix(w, "그녀")}
			}
			break
		}
		if words.TrimParticle(w) == w || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) >= 0 {
			continue
		}
		if strings.HasSuffix(w, "은") || strings.HasSuffix(w, "는") {
			best = i
			break
		}
		if strings.HasSuffix(w, "이") || strings.HasSuffix(w, "가") {
			best = i
		}
	}
	if best < 0 {
		return attribution{}
	}
	stem := words.TrimParticle(strings.Trim(ws[best], ","))
	j := best
	for j > 0 && best-j < 3 && isBareKoreanWord(ws[j-1]) {
		j--
	}
	return attribution{speaker: strings.Join(append(ws[j:best:best], stem), " ")}
}

// isBareKoreanWord reports a word that may be part of a name or title: no
// particle, no verb ending, no punctuation.
func isBareKoreanWord(w string) bool {
	if w == "" || strings.IndexFunc(w, unicode.IsPunct) >= 0 {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		return true // a family name: 이 위원
	}
	_, n := utf8.DecodeLastRuneInString(w)
	// particles and verb endings: 회사를, 대해, 밝혔다, 열린 …
	return !cue.Has("ko", cue.WordEndings, w[len(w)-n:])
}

// attributionJapanese reads "田中社長は「…」と述べた": the quotative と
// after the quotation, the subject before it, its particle は or が
// removed.
func attributionJapanese(head, tail string) attribution {
	if !strings.HasPrefix(tail, "と") {
		return attribution{}
	}
	h := runeSuffix(head, attributionWindow)
	if i := strings.LastIndexAny(h, "。、」』"); i >= 0 {
		_, w := utf8.DecodeRuneInString(h[i:])
		h = h[i+w:]
	}
	h = strings.TrimSpace(h)
	for _, p := range []string{"は", "が"} {
		if name, ok := strings.CutSuffix(h, p); ok && name != "" && utf8.RuneCountInString(name) <= 12 && !strings.ContainsAny(name, " ") {
			return attribution{speaker: name}
		}
	}
	return attribution{}
}
