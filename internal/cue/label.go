package cue

import "strconv"

// Label is what a sentence states for a brief's sections.
type Label int

// The labels. None is the zero value: when in doubt, a sentence is None.
const (
	// None: the sentence goes in none of the three sections.
	None Label = iota
	// Risk: a possible future negative outcome, threat, obstacle, cost or
	// downside. A past harm stated as fact is not a risk.
	Risk
	// Opportunity: a possible future positive outcome, benefit, growth or
	// advantage.
	Opportunity
	// Unknown: something not known, not disclosed, not decided, unclear,
	// under investigation or unconfirmed, when that is the point of the
	// sentence.
	Unknown
)

var labelNames = [...]string{None: "none", Risk: "risk", Opportunity: "opportunity", Unknown: "unknown"}

// String returns "none", "risk", "opportunity" or "unknown" (and
// "Label(n)" for a value out of range).
func (l Label) String() string {
	if l >= 0 && int(l) < len(labelNames) {
		return labelNames[l]
	}
	return "Label(" + strconv.Itoa(int(l)) + ")"
}

// ParseLabel returns the label named s, as String spells it.
func ParseLabel(s string) (Label, bool) {
	for i, n := range labelNames {
		if n == s {
			return Label(i), true
		}
	}
	return None, false
}

// Result is the classification of one sentence.
type Result struct {
	Label Label
	Score float64 // confidence in (0,1]; 0 for None
	Cue   string  // the cue phrase that decided it, as found in the sentence
}
