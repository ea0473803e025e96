package sentence

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkSpans verifies the invariants of Split's result: spans in order, not
// overlapping, within bounds, non-empty and without white space at either
// end, and nothing but white space between them.
func checkSpans(t testing.TB, text string, spans []Span) {
	t.Helper()
	prev := 0
	for k, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %d %v out of order, empty or out of bounds (prev end %d, len %d) in %q", k, s, prev, len(text), text)
		}
		if r, _ := utf8.DecodeRuneInString(text[s.Start:s.End]); unicode.IsSpace(r) || isSpace(r) {
			t.Fatalf("span %d %v starts with white space in %q", k, s, text)
		}
		if r, _ := utf8.DecodeLastRuneInString(text[s.Start:s.End]); unicode.IsSpace(r) || isSpace(r) {
			t.Fatalf("span %d %v ends with white space in %q", k, s, text)
		}
		for _, r := range text[prev:s.Start] {
			if !isSpace(r) {
				t.Fatalf("text %q before span %d %v is lost: %q", text[prev:s.Start], k, s, text)
			}
		}
		prev = s.End
	}
	for _, r := range text[prev:] {
		if !isSpace(r) {
			t.Fatalf("text %q after the last span is lost: %q", text[prev:], text)
		}
	}
}

func FuzzSplit(f *testing.F) {
	for _, seed := range []string{
		"", "Hello. World!", "Mr. Smith went to Washington. He said “It’s over.” Then he left.",
		"The U.S. economy grew 3.5%. See example.com. Write to a@b.co.uk. J. K. Rowling wrote it.",
		"정부가 발표했다.그는 \"좋다.\"라고 말했다. 2016. 11. 14. 오후", "今天下雨了。比赛取消了！",
		"1. First\n- second\r\n\n• third...\u2028fourth?!", "\xff\xfe.\xed\x95. ３．５", "．\u200b.\"'”)",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, Split(text))
	})
}
