package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWhyWithinInStep: the position limit the threshold is chosen for is
// the one compose applies (compose/why.go's whyWithin, read from its
// source: the constant is unexported).
func TestWhyWithinInStep(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "..", "compose", "why.go"))
	require.NoError(t, err)
	assert.True(t, strings.Contains(string(src), "\nconst whyWithin = "+strconv.Itoa(whyWithin)+"\n"),
		"compose/why.go's whyWithin differs from trainsections' %d", whyWithin)
}

// TestWhyRuleComposed: only the threshold of the decision compose makes
// is free; the lead, another position limit, a prior or the voice filter
// is a decision compose does not make.
func TestWhyRuleComposed(t *testing.T) {
	composed := whyRule{threshold: 0.3, within: whyWithin, others: true}
	cases := []struct {
		name string
		r    whyRule
		want bool
	}{
		{"threshold only", composed, true},
		{"another threshold", whyRule{threshold: 0.5, within: whyWithin, others: true}, true},
		{"always empty", whyEmpty, true},
		{"the lead", whyRule{threshold: 0.3, lead: true, within: whyWithin, others: true}, false},
		{"no position limit", whyRule{threshold: 0.3, others: true}, false},
		{"within 5", whyRule{threshold: 0.3, within: 5, others: true}, false},
		{"a prior", whyRule{threshold: 0.3, within: whyWithin, others: true, prior: 0.05}, false},
		{"the voice filter", whyRule{threshold: 0.3, voice: true, within: whyWithin, others: true}, false},
		{"other sections' sentences", whyRule{threshold: 0.3, within: whyWithin}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.r.composed())
		})
	}
}
