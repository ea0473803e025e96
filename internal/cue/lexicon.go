package cue

import (
	"bufio"
	"embed"
	"errors"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The lexicons, one file per language, named by the primary BCP 47 subtag.
//
//go:embed lexicon/*.txt
var lexiconFS embed.FS

// kind is what a lexicon line is.
type kind uint8

const (
	kindCue      kind = iota // a cue for a label
	kindModal                // a hedge or modal that licenses a /modal cue
	kindNegation             // a negator that cancels a risk or opportunity cue
	kindIgnore               // a phrase in which no cue counts
	kindBreak                // a word that starts a new clause
	kindAside                // opens a clause whose cues are asides, weighed less
	kindList                 // a phrase of a named word list (list.go)
)

// entry is one lexicon line.
type entry struct {
	kind      kind
	label     Label   // for kindCue; for kindModal, the only label it licenses (None: any)
	needModal bool    // a "/modal" cue: counts only with a modal nearby
	after     bool    // a "-after" modal or negator: it follows what it governs
	weight    float64 // in (0,1]
	list      List    // for kindList
	pat       []ptok
	phrase    string // the line's label and phrase as written ("risk/modal delay|delays"), naming the entry
}

// ptok is one position of a phrase: alternatives, or a gap.
type ptok struct {
	gap  bool // "...": up to maxGap tokens
	alts []alt
}

// alt is one spelling of a phrase position.
type alt struct {
	s      string
	prefix bool // "word*": matches every token starting with s
}

// lexicon is a parsed lexicon file, indexed by the first word of each phrase.
type lexicon struct {
	exact  map[string][]*entry
	prefix map[string][]*entry
	breaks map[string]bool
	maxPre int // longest prefix key, in bytes
	lists  map[List]*wordList
}

var kinds = map[string]struct {
	k         kind
	label     Label
	needModal bool
	after     bool
}{
	"risk":              {kindCue, Risk, false, false},
	"opportunity":       {kindCue, Opportunity, false, false},
	"unknown":           {kindCue, Unknown, false, false},
	"risk/modal":        {kindCue, Risk, true, false},
	"opportunity/modal": {kindCue, Opportunity, true, false},
	"modal":             {kindModal, None, false, false},
	"modal-after":       {kindModal, None, false, true},
	"modal/risk":        {kindModal, Risk, false, false},
	"modal/opportunity": {kindModal, Opportunity, false, false},
	"negation":          {kindNegation, None, false, false},
	"negation-after":    {kindNegation, None, false, true},
	"ignore":            {kindIgnore, None, false, false},
	"break":             {kindBreak, None, false, false},
	"aside":             {kindAside, None, false, false},
}

// parseLexicon reads a lexicon file; see doc.go for the format.
func parseLexicon(src string) (*lexicon, error) {
	lx := &lexicon{exact: map[string][]*entry{}, prefix: map[string][]*entry{}, breaks: map[string]bool{}, lists: map[List]*wordList{}}
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) < 3 {
			return nil, lineError(n, "want <label> <weight> <phrase>")
		}
		k, ok := kinds[f[0]]
		list, isList := strings.CutPrefix(f[0], "list:")
		switch {
		case isList && validListName(list):
			k.k = kindList
		case !ok:
			return nil, lineError(n, "unknown label "+strconv.Quote(f[0]))
		}
		w, err := strconv.ParseFloat(f[1], 64)
		if err != nil || !(w > 0 && w <= 1) {
			return nil, lineError(n, "weight "+strconv.Quote(f[1])+" not in (0,1]")
		}
		e := &entry{kind: k.k, label: k.label, needModal: k.needModal, after: k.after, weight: w, list: List(list), phrase: f[0] + " " + strings.Join(f[2:], " ")}
		for i, word := range f[2:] {
			if word == "..." {
				if i == 0 || i == len(f)-3 || e.pat[len(e.pat)-1].gap {
					return nil, lineError(n, "a gap must be between words")
				}
				e.pat = append(e.pat, ptok{gap: true})
				continue
			}
			var p ptok
			for _, a := range strings.Split(word, "|") {
				pre := strings.HasSuffix(a, "*")
				a = strings.TrimSuffix(a, "*")
				if !validWord(a) {
					return nil, lineError(n, strconv.Quote(a)+" is not a lower-case word (letters and digits only)")
				}
				p.alts = append(p.alts, alt{s: a, prefix: pre})
			}
			e.pat = append(e.pat, p)
		}
		if w := repeated(e.pat); w != "" {
			return nil, lineError(n, strconv.Quote(w)+" at two positions: a|b alternates single words, so write each phrase on its own line")
		}
		if k.k == kindList {
			lx.addToList(e)
			continue
		}
		if k.k == kindBreak {
			if len(e.pat) != 1 {
				return nil, lineError(n, "a break is one word")
			}
			for _, a := range e.pat[0].alts {
				lx.breaks[a.s] = true
			}
			continue
		}
		for _, a := range e.pat[0].alts {
			if a.prefix {
				lx.prefix[a.s] = append(lx.prefix[a.s], e)
				lx.maxPre = max(lx.maxPre, len(a.s))
			} else {
				lx.exact[a.s] = append(lx.exact[a.s], e)
			}
		}
	}
	return lx, sc.Err()
}

// repeated returns a word that appears at two positions of pat, the sign
// of "a b|c d" written for "a b" or "c d", or "".
func repeated(pat []ptok) string {
	seen := map[string]bool{}
	for _, p := range pat {
		for _, a := range p.alts {
			if seen[a.s] {
				return a.s
			}
		}
		for _, a := range p.alts {
			seen[a.s] = true
		}
	}
	return ""
}

// validWord reports whether s is a non-empty run of lower-case letters,
// digits and combining marks, as the tokenizer produces them.
func validWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) || unicode.ToLower(r) != r {
			return false
		}
	}
	return true
}

// mustLoadLexicons parses every embedded lexicon. A broken embedded file is
// a programming error caught by the package's tests.
func mustLoadLexicons() map[string]*lexicon {
	files, err := lexiconFS.ReadDir("lexicon")
	if err != nil {
		panic(err)
	}
	m := map[string]*lexicon{}
	for _, f := range files {
		b, err := lexiconFS.ReadFile("lexicon/" + f.Name())
		if err != nil {
			panic(err)
		}
		lx, err := parseLexicon(string(b))
		if err != nil {
			panic("cue: lexicon/" + f.Name() + ": " + err.Error())
		}
		m[strings.TrimSuffix(f.Name(), ".txt")] = lx
	}
	return m
}

// candidates calls fn for every entry whose phrase may start at token t.
func (lx *lexicon) candidates(t string, fn func(*entry)) {
	for _, e := range lx.exact[t] {
		fn(e)
	}
	for i := 1; i <= len(t) && i <= lx.maxPre; i++ {
		if i < len(t) && !utf8.RuneStart(t[i]) {
			continue // not a whole-rune prefix
		}
		for _, e := range lx.prefix[t[:i]] {
			fn(e)
		}
	}
}

// lineError is an error in line n of a lexicon.
func lineError(n int, msg string) error {
	return errors.New("line " + strconv.Itoa(n) + ": " + msg)
}
