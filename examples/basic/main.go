// Basic parses a brief and prints its risks.
//
//	go run ./examples/basic                 # the brief built into this example
//	go run ./examples/basic my-brief.md     # any brief: text, Markdown, HTML or JSON
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsbrief/newsbrief/brief"
)

const example = `Harbour Bridge Reopens After Repairs
Key insights
- The bridge reopened on Monday after eight months of repairs.
Potential risks and opportunities
Risks
- Heavy trucks could wear the new deck faster than planned.
- A second closure may be needed if the cables fail inspection.
Opportunities
- Shops on both banks expect more customers.
`

func main() {
	var r io.Reader = strings.NewReader(example)
	if len(os.Args) > 1 {
		f, err := os.Open(os.Args[1])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer f.Close()
		r = f
	}
	b, err := brief.Parse(r)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("Risks in %q:\n", b.Headline)
	for i, risk := range b.Risks {
		fmt.Printf("%d. %s\n", i+1, risk.Text)
	}
}
