package compose

import (
	"fmt"
	"testing"
)

func TestZZProbe(t *testing.T) {
	for _, s := range []string{
		"Traders sold in a deal worth $9.4bn.",
		"It was sold in a deal worth $9.4bn last year.",
		"The firm agreed a deal worth $9.4bn.",
	} {
		var got []string
		for _, f := range findFigures(s) {
			got = append(got, s[f[0]:f[1]])
		}
		fmt.Printf("%q\n   -> %q\n", s, got)
	}
}
