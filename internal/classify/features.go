package classify

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/cue"
)

// Input is one sentence and where it sits in its article.
type Input struct {
	Text  string // the sentence
	Lang  string // BCP 47 primary subtag, "en" or "ko"
	Index int    // position among the article's sentences, from 0
	Count int    // sentences in the article (0 when unknown)
	// Cues is the cue rules' reading of Text, when the caller has it
	// already (see ReadCues); nil: Features reads it.
	Cues *Cues
}

// Cues is what package cue finds in a sentence: the rules' evidence and
// the phrases of the significance and next-step word lists.
type Cues struct {
	Evidence           cue.Evidence
	Significance, Next []string // cue.Matches of cue.Significance and cue.Next
}

// ReadCues reads text's cues, as Features would, for a caller that uses
// them too and passes them in Input.Cues.
func ReadCues(text, lang string) *Cues {
	if lang == "" {
		lang = "en"
	}
	return &Cues{
		Evidence:     cue.Explain(text, lang),
		Significance: cue.Matches(text, lang, cue.Significance),
		Next:         cue.Matches(text, lang, cue.Next),
	}
}

// maxText bounds the bytes of a sentence that are read, so that a huge
// input costs bounded time.
const maxText = 4 << 10

// Features returns the sorted, distinct feature indices of in, each in
// [0, 1<<dimBits). All features are binary.
func Features(in Input, dimBits uint) []uint32 {
	text := in.Text
	if len(text) > maxText {
		text = text[:maxText]
	}
	f := featureSet{mask: 1<<dimBits - 1}
	f.add("bias")
	lang := in.Lang
	if lang == "" {
		lang = "en"
	}
	toks := tokens(text)
	for _, t := range toks {
		f.add("w:" + t)
		if isHangul(t) {
			koreanFeatures(&f, t)
		}
	}
	cs := in.Cues
	if cs == nil {
		cs = ReadCues(text, lang)
	}
	cueFeatures(&f, cs)
	grammarFeatures(&f, toks, text)
	shapeFeatures(&f, in, toks, text)
	significanceFeatures(&f, toks, text)
	return f.sorted()
}

// featureSet collects hashed feature indices.
type featureSet struct {
	mask uint32
	idx  []uint32
}

func (f *featureSet) add(name string) {
	f.idx = append(f.idx, fnv32a(name)&f.mask)
}

// fnv32a is the 32-bit FNV-1a hash of s, without allocating.
func fnv32a(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func (f *featureSet) sorted() []uint32 {
	slices.Sort(f.idx)
	return slices.Compact(f.idx)
}

// tokens lower-cases text and splits it into runs of letters and digits;
// an apostrophe inside a word is kept ("didn't").
func tokens(text string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for i, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case (r == '\'' || r == '’') && b.Len() > 0 && i+utf8.RuneLen(r) < len(text):
			b.WriteByte('\'')
		default:
			flush()
		}
	}
	flush()
	return out
}

func isHangul(t string) bool {
	for _, r := range t {
		if unicode.Is(unicode.Hangul, r) {
			return true
		}
	}
	return false
}

// koreanFeatures adds character bigrams and the last two and three
// characters of a Korean word, where endings and particles carry tense
// and modality ("예정이다", "수 있다", "않았다").
func koreanFeatures(f *featureSet, t string) {
	rs := []rune(t)
	for i := 0; i+1 < len(rs); i++ {
		f.add("k2:" + string(rs[i:i+2]))
	}
	for _, n := range []int{2, 3} {
		if len(rs) > n {
			f.add("ks" + strconv.Itoa(n) + ":" + string(rs[len(rs)-n:]))
		}
	}
}

// cueFeatures adds the old rules' evidence (package cue): their verdict
// and its score in tenths, each label's score before the threshold in
// fifths, every cue phrase they weighed (and whether it was negated), and
// the significance and next-step phrases of the lexicon's word lists. The
// model learns how much each is worth, rather than taking the verdict.
func cueFeatures(f *featureSet, cs *Cues) {
	ev := cs.Evidence
	l := ev.Label.String()
	f.add("cue:" + l)
	if ev.Label != cue.None {
		f.add("cue:" + l + ":" + strconv.Itoa(int(ev.Score*10)))
	}
	for c, s := range ev.Scores {
		if s > 0 {
			f.add("cs:" + cue.Label(c).String() + ":" + strconv.Itoa(min(4, int(s*5))))
		}
	}
	for _, h := range ev.Hits {
		neg := ""
		if h.Negated {
			neg = ":neg"
		}
		f.add("ch:" + h.Phrase + neg)
		f.add("cl:" + h.Label.String() + neg)
	}
	if ev.Question {
		f.add("cue:question")
	}
	for _, l := range [...]struct {
		list cue.List
		ms   []string
	}{{cue.Significance, cs.Significance}, {cue.Next, cs.Next}} {
		list, ms := l.list, l.ms
		for _, m := range ms {
			f.add("cm:" + m)
		}
		if len(ms) > 0 {
			f.add("cn:" + string(list) + ":" + strconv.Itoa(min(3, len(ms))))
		}
	}
}

// Word classes for negation, modality and tense (English; Korean endings
// are caught by koreanFeatures and the cue lexicon).
var (
	negators = set("not", "no", "never", "none", "nor", "without", "didn't", "don't", "doesn't", "won't", "can't", "cannot", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't", "wouldn't", "couldn't", "shouldn't")
	modals   = set("could", "may", "might", "would", "should", "can", "possibly", "potentially", "likely", "unlikely", "perhaps", "expected", "expects", "expect", "hopes", "hope", "hoped", "fear", "fears", "feared", "warned", "warns", "risk", "threat")
	future   = set("will", "shall", "won't", "plans", "planned", "plan", "scheduled", "due", "set", "upcoming", "next", "later", "tomorrow", "soon", "forthcoming")
	past     = set("was", "were", "had", "did", "said", "told", "added", "announced", "reported", "ago", "yesterday", "last")
	unknowns = set("unclear", "unknown", "unconfirmed", "undisclosed", "whether", "investigating", "investigation", "probe", "uncertain", "remains", "yet")
	months   = set("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year")
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// grammarFeatures adds the classes above, each alone and paired with the
// others seen in the sentence.
func grammarFeatures(f *featureSet, toks []string, text string) {
	has := map[string]bool{}
	for _, t := range toks {
		switch {
		case negators[t]:
			has["neg"] = true
		case modals[t]:
			has["modal"] = true
		}
		if future[t] {
			has["future"] = true
		}
		if past[t] {
			has["past"] = true
		}
		if unknowns[t] {
			has["unk"] = true
		}
		if months[t] {
			has["date"] = true
		}
		if len(t) > 4 && strings.HasSuffix(t, "ed") {
			has["ed"] = true
		}
	}
	for _, k := range []string{"neg", "modal", "future", "past", "unk", "date", "ed"} {
		if has[k] {
			f.add("g:" + k)
		}
	}
	for _, p := range [][2]string{{"neg", "modal"}, {"neg", "future"}, {"modal", "past"}, {"future", "date"}, {"neg", "unk"}} {
		if has[p[0]] && has[p[1]] {
			f.add("g:" + p[0] + "+" + p[1])
		}
	}
	if strings.HasSuffix(strings.TrimSpace(text), "?") {
		f.add("g:question")
	}
}

// shapeFeatures adds position, length, numbers, money, percentages and
// quotation.
func shapeFeatures(f *featureSet, in Input, toks []string, text string) {
	if in.Index == 0 {
		f.add("pos:first")
	}
	f.add("pos:i" + strconv.Itoa(min(in.Index, 6)))
	if in.Count > 0 {
		f.add("pos:q" + strconv.Itoa(min(4, in.Index*5/max(in.Count, 1))))
		if in.Index == in.Count-1 {
			f.add("pos:last")
		}
	}
	n := len(toks)
	switch {
	case n < 6:
		f.add("len:short")
	case n < 15:
		f.add("len:mid")
	case n < 35:
		f.add("len:long")
	default:
		f.add("len:vlong")
	}
	if strings.ContainsAny(text, "0123456789") {
		f.add("shape:num")
	}
	if strings.ContainsAny(text, "$£€₩") || strings.Contains(text, "억") || strings.Contains(text, "bn") {
		f.add("shape:money")
	}
	if strings.ContainsAny(text, "%％") || strings.Contains(text, "per cent") || strings.Contains(text, "percent") {
		f.add("shape:pct")
	}
	if strings.ContainsAny(text, "\"“”‘’'") {
		f.add("shape:quote")
	}
}
