package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsbrief/newsbrief/bench/internal/referents"
)

// runRefs counts, in the key insights of rendered packets, the points
// that refer to a person or thing the brief has not introduced before
// them (in the headline or an earlier key insight), which a reader who
// reads the brief alone cannot resolve (referents.Unintroduced), and prints each such point and the count per
// group of packets (-split Pnn: the packets up to Pnn, and the rest).
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
				if w := referents.Unintroduced(pt.Text, strings.Join(shown, " ")); w != "" {
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
