package brief

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The regular expressions the hand-written recognisers replace: they stay
// here as the specification the recognisers are checked against.
var (
	reHeading  = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+|$)(.*)$`)
	reClosing  = regexp.MustCompile(`(^|[ \t])#+[ \t]*$`)
	reItem     = regexp.MustCompile(`^([ \t]*)([-*+]|[0-9]{1,9}[.)])(?:[ \t]+(.*))?$`)
	reQuote    = regexp.MustCompile(`^[ \t]*>[ ]?(.*)$`)
	reBreak    = regexp.MustCompile(`^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$`)
	reSetext1  = regexp.MustCompile(`^ {0,3}=+[ \t]*$`)
	reSetext2  = regexp.MustCompile(`^ {0,3}-+[ \t]*$`)
	reFenceTag = regexp.MustCompile("^ {0,3}(```|~~~)")
)

var markdownLines = []string{
	"", " ", "#", "# ", "#\t#", "# Title", "## Title ##", "### Title ##  ", "x  ##", "# C#", "# C# ",
	"####### seven", "#hashtag", "   # three", "    # four", "###### six", "# a # b #",
	"- item", "-item", "* item", "+ item", "  - nested", "\t- tab", "1. one", "1.5 million", "123456789) nine",
	"1234567890. ten", "1.", "-", "- ", "10)x", "> quote", ">quote", "  >  two", ">", "---", "- - -", "***",
	"_ _ _", "--", "    ---", "-- -*", "===", "  ===  ", "    ===", "= =", "---   ", "```go", "  ~~~", "    ```",
	"text", "Ünïcödé # ##", "\xff# x",
}

func TestMarkdownLineRecognisers(t *testing.T) {
	for _, line := range markdownLines {
		checkMarkdownLine(t, line)
	}
}

func FuzzMarkdownLine(f *testing.F) {
	for _, line := range markdownLines {
		f.Add(line)
	}
	f.Fuzz(func(t *testing.T, line string) {
		for i := 0; i < len(line); i++ {
			if line[i] == '\n' {
				return // readMarkdown splits on newlines first
			}
		}
		checkMarkdownLine(t, line)
	})
}

func checkMarkdownLine(t *testing.T, line string) {
	t.Helper()
	level, text, ok := mdHeading(line)
	if m := reHeading.FindStringSubmatch(line); m != nil {
		assert.True(t, ok, "heading %q", line)
		assert.Equal(t, len(m[1]), level, "heading level %q", line)
		assert.Equal(t, reClosing.ReplaceAllString(m[2], ""), text, "heading text %q", line)
	} else {
		assert.False(t, ok, "not a heading %q", line)
	}
	indent, marker, text, ok := mdItem(line)
	if m := reItem.FindStringSubmatch(line); m != nil {
		assert.True(t, ok, "item %q", line)
		assert.Equal(t, m[1:], []string{indent, marker, text}, "item %q", line)
	} else {
		assert.False(t, ok, "not an item %q", line)
	}
	text, ok = mdQuote(line)
	if m := reQuote.FindStringSubmatch(line); m != nil {
		assert.True(t, ok, "quote %q", line)
		assert.Equal(t, m[1], text, "quote %q", line)
	} else {
		assert.False(t, ok, "not a quote %q", line)
	}
	assert.Equal(t, reBreak.MatchString(line), mdBreak(line), "break %q", line)
	want := 0
	switch {
	case reSetext1.MatchString(line):
		want = 1
	case reSetext2.MatchString(line):
		want = 2
	}
	assert.Equal(t, want, mdSetext(line), "setext %q", line)
	fence := ""
	if m := reFenceTag.FindStringSubmatch(line); m != nil {
		fence = m[1]
	}
	assert.Equal(t, fence, mdFence(line), "fence %q", line)
}
