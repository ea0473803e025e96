package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// A verdict is a judge's line: on one point of a packet, or, with point
// "*", on the packet itself.
type verdict struct {
	Packet string `json:"packet"`
	Point  string `json:"point"`
	// Points of the sections (K W S R O U N), figures (F) and coverage (C).
	Right     *bool `json:"right,omitempty"`
	Useful    *bool `json:"useful,omitempty"`
	Redundant *bool `json:"redundant,omitempty"`
	Counts    *bool `json:"counts,omitempty"`    // F: says what it counts
	Correct   *bool `json:"correct,omitempty"`   // E: a clean, real name; H: a clean headline
	Real      *bool `json:"real,omitempty"`      // Q: a quotation in the source, verbatim
	SpeakerOK *bool `json:"speakerOk,omitempty"` // Q: the speaker as the source names them
	Copies    *bool `json:"copies,omitempty"`    // C: copies another point of the brief
	// Packet verdicts.
	QuotesVisible      *int  `json:"quotesVisible,omitempty"`      // attributed quotations a reader can see
	SignificanceStated *bool `json:"significanceStated,omitempty"` // the article says why the story matters
}

// maxQuotes is how many quotes a brief shows: recall counts against at
// most that many visible quotations.
const maxQuotes = 3

// ratio counts yes answers.
type ratio struct{ yes, all int }

func (r *ratio) add(b *bool) {
	if b != nil {
		r.all++
		if *b {
			r.yes++
		}
	}
}

func (r ratio) String() string {
	if r.all == 0 {
		return "—"
	}
	return fmt.Sprintf("%.0f%% (%d/%d)", 100*float64(r.yes)/float64(r.all), r.yes, r.all)
}

// runScore prints the table of the rubric from a render directory and the
// judges' verdict files, and with -save writes the verdicts keyed by set,
// id and point hash (no text) for the repository. A saved file is read
// like a judge's: its verdicts count for the points whose text is
// unchanged. Every line counts, so a saved file must not be given together
// with the files it was saved from.
func runScore(args []string) error {
	fs := flag.NewFlagSet("score", flag.ExitOnError)
	save := fs.String("save", "", "also write the verdicts, keyed by set, id, section and point hash, to this JSONL `file`")
	fs.Parse(args)
	if fs.NArg() < 2 {
		return fmt.Errorf("score: want DIR VERDICTS.jsonl…")
	}
	var index []packet
	data, err := os.ReadFile(filepath.Join(fs.Arg(0), "index.json"))
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, &index); err != nil {
		return err
	}
	packets := map[string]packet{}
	points := map[string]point{}
	bySetID := map[string]string{} // "set/id" → packet, to read saved verdicts
	for _, p := range index {
		packets[p.Packet] = p
		bySetID[p.Set+"/"+p.ID] = p.Packet
		for _, pt := range p.Points {
			points[p.Packet+"/"+pt.ID] = pt
		}
	}
	var verdicts []verdict
	stale := 0
	for _, f := range fs.Args()[1:] {
		err := eachLine(f, func(_ int, raw []byte) error {
			var v verdict
			if err := json.Unmarshal(raw, &v); err != nil {
				return err
			}
			if v.Packet == "" { // a saved verdict (-save): keyed by set, id and the point's hash
				var key struct{ Set, ID, SHA string }
				if err := json.Unmarshal(raw, &key); err != nil {
					return err
				}
				v.Packet = bySetID[key.Set+"/"+key.ID]
				pt, ok := points[v.Packet+"/"+v.Point]
				if v.Packet == "" || v.Point != "*" && (!ok || key.SHA != "" && pt.SHA != key.SHA) {
					stale++ // an item not in DIR, or a point whose text changed since
					return nil
				}
			}
			if _, ok := packets[v.Packet]; !ok {
				return fmt.Errorf("unknown packet %q", v.Packet)
			}
			if _, ok := points[v.Packet+"/"+v.Point]; v.Point != "*" && !ok {
				return fmt.Errorf("packet %s has no point %q", v.Packet, v.Point)
			}
			verdicts = append(verdicts, v)
			return nil
		})
		if err != nil {
			return err
		}
	}
	if stale > 0 {
		fmt.Fprintf(os.Stderr, "briefjudge: %d saved verdicts left out: their item is not in %s or their point's text changed\n", stale, fs.Arg(0))
	}
	printTable(index, verdicts)
	if *save != "" {
		return saveVerdicts(*save, packets, points, verdicts)
	}
	return nil
}

// sectionOrder lists the point sections in the table's order.
var sectionOrder = []struct{ prefix, name string }{
	{"K", "Key insights"}, {"W", "Why this matters"}, {"S", "Summary"}, {"R", "Risks"}, {"O", "Opportunities"},
	{"U", "What we don't know yet"}, {"N", "What's next"}, {"F", "Key figures"}, {"C", "What others are reporting"},
}

func printTable(index []packet, verdicts []verdict) {
	right, useful, redundant := map[string]*ratio{}, map[string]*ratio{}, map[string]*ratio{}
	for _, s := range sectionOrder {
		right[s.prefix], useful[s.prefix], redundant[s.prefix] = &ratio{}, &ratio{}, &ratio{}
	}
	var names, counts, headline, real, speaker, copies ratio
	quotesShown, quotesVisible := 0, 0
	stated := map[string]bool{}
	for _, v := range verdicts {
		if v.Point == "*" {
			if v.QuotesVisible != nil {
				quotesVisible += min(*v.QuotesVisible, maxQuotes)
			}
			if v.SignificanceStated != nil {
				stated[v.Packet] = *v.SignificanceStated
			}
			continue
		}
		prefix := strings.TrimRight(v.Point, "0123456789")
		switch prefix {
		case "E":
			names.add(v.Correct)
		case "H":
			headline.add(v.Correct)
		case "Q":
			real.add(v.Real)
			if v.Real != nil && *v.Real {
				quotesShown++
				speaker.add(v.SpeakerOK)
			}
		default:
			if right[prefix] == nil {
				continue
			}
			right[prefix].add(v.Right)
			useful[prefix].add(v.Useful)
			redundant[prefix].add(v.Redundant)
			if prefix == "F" {
				counts.add(v.Counts)
			}
			if prefix == "C" {
				copies.add(v.Copies)
			}
		}
	}
	// An empty Why this matters is right when the article states no
	// significance.
	for _, p := range index {
		if hasPrefix(p.Points, "W") {
			continue
		}
		if s, ok := stated[p.Packet]; ok {
			b := !s
			right["W"].add(&b)
		}
	}
	fmt.Println("| section | right section | useful | redundant |")
	fmt.Println("|---|--:|--:|--:|")
	for _, s := range sectionOrder {
		fmt.Printf("| %s | %s | %s | %s |\n", s.name, right[s.prefix], useful[s.prefix], redundant[s.prefix])
	}
	fmt.Println()
	fmt.Printf("- names correct: %s\n- figures that say what they count: %s\n- coverage lines that copy another point: %s\n",
		names, counts, copies)
	fmt.Printf("- quotes real: %s; recall: %s of the visible attributed quotations (at most %d a brief); speakers correct: %s\n",
		real, ratio{quotesShown, quotesVisible}, maxQuotes, speaker)
	fmt.Printf("- headlines clean: %s\n", headline)
	long, dots, pronoun, unresolved, all := 0, 0, 0, 0, 0
	for _, p := range index {
		for k, pt := range p.Points {
			switch strings.TrimRight(pt.ID, "0123456789") {
			case "K", "W", "S", "R", "O", "U", "N":
			default:
				continue
			}
			all++
			if len(strings.Fields(pt.Text)) > 60 {
				long++
			}
			if strings.HasSuffix(strings.TrimSpace(pt.Text), "...") || strings.HasSuffix(strings.TrimSpace(pt.Text), "…") {
				dots++
			}
			if opensWithReference(pt.Text) {
				pronoun++
				if !existential(pt.Text) && !pointsAhead(pt.Text) && (k == 0 || !follows(p.Points[k-1], pt)) {
					unresolved++
				}
			}
		}
	}
	fmt.Printf("- of %d points: %d longer than 60 words, %d ending in \"...\", %d opening with a pronoun or connective", all, long, dots, pronoun)
	fmt.Printf(" (%d of them neither right after the text they lean on, in the point before, nor an existential \"there is\")\n", unresolved)
}

func hasPrefix(pts []point, prefix string) bool {
	for _, p := range pts {
		if strings.TrimRight(p.ID, "0123456789") == prefix {
			return true
		}
	}
	return false
}

// follows reports whether point b comes right after point a in its
// section and its source: the text b opens by pointing back at is a's.
func follows(a, b point) bool {
	return a.Section == b.Section && a.Source >= 0 && a.Source == b.Source && a.Span[1] <= b.Span[0] && b.Span[0]-a.Span[1] <= 2
}

// existential reports a point opening "There is", "There were", "There
// used to be", …, perhaps inside a quotation mark: the "there" points at
// nothing before it.
func existential(s string) bool {
	f := openingWords(s)
	if len(f) < 2 || f[0] != "there" {
		return false
	}
	switch f[1] {
	case "is", "are", "was", "were", "has", "have", "had", "will", "would", "may", "might", "could", "should", "remains", "remain", "seems", "seem", "appears", "appear", "used":
		return true
	}
	return false
}

// pointsAhead reports a point whose opening pronoun or demonstrative
// points at what follows it or at the time of writing, not at a sentence
// before: an anticipatory "it" before a verb of being or seeming and a
// judgement or a passive verb of saying ("It remains unclear what …",
// "It was expected that …", "It is believed one of …"), or "this" or
// "that" before a word of time ("This year, …").
func pointsAhead(s string) bool {
	f := openingWords(s)
	if len(f) < 3 {
		return false
	}
	switch f[0] {
	case "this", "that":
		switch f[1] {
		case "year", "week", "month", "season", "morning", "afternoon", "evening", "weekend", "summer", "winter", "spring", "autumn", "time":
			return true
		}
	case "it":
		switch f[1] {
		case "is", "was", "remains", "remained", "seems", "seemed", "appears", "appeared":
		default:
			return false
		}
		switch f[2] {
		case "clear", "unclear", "likely", "unlikely", "possible", "impossible", "important", "necessary", "uncertain", "unknown", "known",
			"expected", "believed", "thought", "understood", "reported", "alleged", "feared", "hoped", "estimated", "claimed", "said":
			return true
		}
	}
	return false
}

// openingWords returns the words of s in lower case, without the
// quotation marks and punctuation around them.
func openingWords(s string) []string {
	f := strings.Fields(strings.ToLower(s))
	for k := range f {
		f[k] = strings.TrimFunc(f[k], func(r rune) bool { return !unicode.IsLetter(r) })
	}
	return f
}

// opensWithReference reports a point whose first word refers to what came
// before it: a pronoun or a connective.
func opensWithReference(s string) bool {
	first := strings.ToLower(strings.TrimFunc(strings.SplitN(strings.TrimSpace(s), " ", 2)[0], func(r rune) bool { return !unicode.IsLetter(r) }))
	switch first {
	case "he", "she", "it", "they", "this", "these", "those", "that", "his", "her", "its", "their", "him", "them",
		"but", "and", "however", "also", "meanwhile", "instead", "still", "yet", "so", "then", "there":
		return true
	}
	return false
}

// saveVerdicts writes the verdicts keyed by set, id, section and point
// hash.
func saveVerdicts(path string, packets map[string]packet, points map[string]point, verdicts []verdict) error {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	for _, v := range verdicts {
		p := packets[v.Packet]
		rec := struct {
			Set     string `json:"set"`
			ID      string `json:"id"`
			Section string `json:"section"`
			SHA     string `json:"sha,omitempty"`
			verdict
		}{Set: p.Set, ID: p.ID, verdict: v}
		if pt, ok := points[v.Packet+"/"+v.Point]; ok {
			rec.Section, rec.SHA = pt.Section, pt.SHA
		}
		rec.Packet = ""
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
