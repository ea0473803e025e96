package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// runRefs counts, in the key insights of rendered packets, the points
// that refer to a person or thing the brief has not introduced before
// them (in the headline or an earlier key insight), which a reader who
// reads the brief alone cannot resolve:
//
//   - a courtesy title before a surname alone ("Mr Peston") whose surname
//     the shown text has not named;
//   - a definite description opening the point ("The victim …", "The
//     three-time Olympic medallist, …") whose head noun the shown text has
//     not used;
//   - in Korean, a demonstrative determiner opening it ("이 로봇은",
//     "이번 과제는") before a noun the shown text has not used.
//
// It reads the packets' text only, independently of how compose chose
// them, and prints each such point and the count per group of packets
// (-split Pnn: the packets up to Pnn, and the rest).
func runRefs(args []string) error {
	fs := flag.NewFlagSet("refs", flag.ExitOnError)
	split := fs.String("split", "", "count the packets up to this one (e.g. P24) apart from the rest")
	fs.Parse(args)
	if fs.NArg() != 1 {
		return fmt.Errorf("refs: want DIR")
	}
	data, err := os.ReadFile(filepath.Join(fs.Arg(0), "index.json"))
	if err != nil {
		return err
	}
	var index []packet
	if err := json.Unmarshal(data, &index); err != nil {
		return err
	}
	var first, rest, firstAll, restAll int
	for _, p := range index {
		var shown []string
		for _, pt := range p.Points {
			switch {
			case pt.ID == "H":
				shown = append(shown, pt.Text)
			case strings.HasPrefix(pt.ID, "K"):
				early := *split == "" || p.Packet <= *split
				if early {
					firstAll++
				} else {
					restAll++
				}
				if w := unintroduced(pt.Text, strings.Join(shown, " ")); w != "" {
					fmt.Printf("%s %s %q: %s\n", p.Packet, pt.ID, w, pt.Text)
					if early {
						first++
					} else {
						rest++
					}
				}
				shown = append(shown, pt.Text)
			}
		}
	}
	if *split == "" {
		fmt.Printf("key insights referring to what the brief has not introduced: %d of %d\n", first, firstAll)
		return nil
	}
	fmt.Printf("key insights referring to what the brief has not introduced: %d of %d up to %s, %d of %d after\n",
		first, firstAll, *split, rest, restAll)
	return nil
}

// unintroduced returns the word of point that refers to something shown
// does not name (see runRefs), or "".
func unintroduced(point, shown string) string {
	fields := strings.Fields(point)
	if len(fields) < 2 {
		return ""
	}
	lower := strings.ToLower(shown)
	switch fields[0] {
	case "이", "그", "이런", "그런", "이러한", "그러한", "이번", "해당":
		noun := []rune(strings.TrimRight(fields[1], ",."))
		if len(noun) > 2 {
			noun = noun[:len(noun)-1] // a particle: 로봇은 → 로봇
		}
		if !strings.Contains(shown, string(noun)) {
			return fields[0] + " " + fields[1]
		}
		return ""
	case "The":
		if head := headNoun(fields[1:]); head != "" && !strings.Contains(lower, strings.TrimSuffix(head, "s")) {
			return "The … " + head
		}
	}
	for k := 0; k+1 < len(fields); k++ {
		switch strings.TrimRight(fields[k], ".") {
		case "Mr", "Mrs", "Ms", "Miss", "Dr":
		default:
			continue
		}
		name := strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(fields[k+1], ".,;:"), "'s"), "’s")
		full := k+2 < len(fields) && upper(fields[k+2]) && !strings.ContainsAny(fields[k+1], ",;:'’")
		if upper(name) && !full && !containsWord(shown, name) {
			return fields[k] + " " + name
		}
	}
	return ""
}

// headNoun returns the last word of the lower-case noun phrase that
// fields open with, up to a comma, a function word or a verb form, or "".
func headNoun(fields []string) string {
	head := ""
	for k, f := range fields {
		w := strings.TrimRight(f, ",;:")
		if k > 0 && upper(w) && w == f {
			continue // a name inside ("The three-time Olympic medallist")
		}
		if k == 4 || upper(w) || isFunctionWord(w) || k > 0 && (strings.HasSuffix(w, "ed") || irregularPast(w) || presentVerb(w, head, fields[k+1:])) {
			break
		}
		head = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w != f || head != w {
			break
		}
	}
	return head
}

// presentVerb reports a word in -s after a singular noun and before a word
// that is no function word: a verb in the present ("The move follows days
// of …").
func presentVerb(w, before string, after []string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(before, "s") &&
		len(after) > 0 && !isFunctionWord(after[0])
}

// irregularPast reports the common past forms not in -ed that follow a
// noun phrase ("The 23-year-old flew to London").
func irregularPast(w string) bool {
	switch w {
	case "went", "flew", "won", "lost", "took", "made", "came", "gave", "told", "left", "began", "became", "saw",
		"got", "hit", "ran", "fell", "rose", "led", "set", "put", "cut", "paid", "sold", "held", "kept", "met", "sent",
		"spent", "brought", "thought", "found", "stood", "wrote", "drew", "grew", "shot", "struck":
		return true
	}
	return false
}

// isFunctionWord reports the words that end a noun phrase.
func isFunctionWord(w string) bool {
	switch w {
	case "of", "in", "on", "at", "for", "with", "by", "from", "to", "and", "or", "but", "who", "which", "that",
		"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should",
		"said", "says", "did", "does", "do", "be", "been", "as", "after", "before", "into", "also", "not":
		return true
	}
	return false
}

// upper reports whether w opens with an upper-case letter.
func upper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// containsWord reports whether text has word as a whole word.
func containsWord(text, word string) bool {
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if f == word {
			return true
		}
	}
	return false
}
