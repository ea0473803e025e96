package compose

import (
	"fmt"
	"testing"
)

func TestZZProbe(t *testing.T) {
	for _, s := range []string{
		"Daily new COVID-19 cases have risen by more than 50 percent in the last week alone.",
		"Unemployment claims dropped 36,000 to 293,000 last week, the second straight drop.",
		"Initial applications for unemployment benefits totaled 293,000, the lowest level since March 14.",
		"The consumer price index (CPI) rose 0.3 percent in August from July, the Labor Department said.",
		"The seven-day average dipped to 27,815 on Friday, the lowest since June 22.",
		"There were 29,128 new reported coronavirus cases in the country on Thursday.",
		"Troy Sutton lost a job as a custodian at the start of the pandemic in 2020 that paid $12 an hour, and he spent more.",
		"Bolton, which Arsenal lost to slip 10 points behind Chelsea in the title race.",
		"Van Nistelrooy was fined £15,000 and \"severely reprimanded\" by the Football Association.",
		"It is the number of available jobs that rose by about 1 million to 9.3 million, according to the Bureau.",
	} {
		var got []string
		for _, f := range findFigures(s) {
			got = append(got, s[f[0]:f[1]])
		}
		fmt.Printf("%q\n   -> %q\n", s, got)
	}
}
