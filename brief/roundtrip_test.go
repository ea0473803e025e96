package brief

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// writers are the formats that read back exactly.
var writers = []struct {
	format Format
	write  func(*bytes.Buffer, *Brief) error
}{
	{Text, func(w *bytes.Buffer, b *Brief) error { return WriteText(w, b) }},
	{Markdown, func(w *bytes.Buffer, b *Brief) error { return WriteMarkdown(w, b) }},
	{HTML, func(w *bytes.Buffer, b *Brief) error { return WriteHTML(w, b) }},
	{JSON, func(w *bytes.Buffer, b *Brief) error { return WriteJSON(w, b) }},
}

// requireRoundTrip checks Parse(Write(b)) == Normalize(b) in every format,
// forced and detected.
func requireRoundTrip(t *testing.T, b *Brief) {
	t.Helper()
	want := *b
	want.Normalize()
	wantJSON := jsonOf(t, &want)
	for _, w := range writers {
		var buf bytes.Buffer
		require.NoError(t, w.write(&buf, b))
		for _, f := range []Format{w.format, Auto} {
			got, err := Parse(bytes.NewReader(buf.Bytes()), WithFormat(f))
			if err == ErrEmpty && want.isEmptyFor(w.format) {
				continue
			}
			require.NoError(t, err, "%s (read as %s):\n%s", w.format, f, buf.String())
			if gotJSON := jsonOf(t, got); gotJSON != wantJSON {
				t.Fatalf("round trip written as %s, read as %s: %s\nwritten:\n%q", w.format, f, firstDiff(wantJSON, gotJSON), buf.String())
			}
		}
	}
}

// isEmptyFor reports whether a writer may legitimately write nothing at all
// for b.
func (b *Brief) isEmptyFor(f Format) bool { return false }

// firstDiff describes the first line where want and got differ; testify's
// full diff is too slow for the fuzzer's inputs.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range min(len(wl), len(gl)) {
		if wl[i] != gl[i] {
			return "line " + strconv.Itoa(i+1) + ": want " + strconv.Quote(wl[i]) + ", got " + strconv.Quote(gl[i])
		}
	}
	return "want " + strconv.Itoa(len(wl)) + " lines, got " + strconv.Itoa(len(gl))
}

func jsonOf(t *testing.T, b *Brief) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, b))
	return buf.String()
}

func TestRoundTripGenerated(t *testing.T) {
	for seed := range uint64(1500) {
		t.Run(strconv.FormatUint(seed, 10), func(t *testing.T) {
			requireRoundTrip(t, genBrief(seed))
		})
	}
}

// TestTextEscapesOnlyWhatWouldMisread checks that text that merely starts
// with a dash, a star or a hash reaches readers without a backslash, and
// still reads back exactly.
func TestTextEscapesOnlyWhatWouldMisread(t *testing.T) {
	for _, tc := range []struct {
		b       Brief
		escaped []string
	}{
		{Brief{Headline: "-5C freeze grips the city", Summary: []Point{{Text: "-5C is the coldest night since 1987."}}}, nil},
		{Brief{Headline: "#MeToo five years on", Summary: []Point{{Text: "*Note the date."}, {Text: "+3% in a week."}}}, nil},
		{Brief{Headline: "Why it matters: the new tram line", Summary: []Point{{Text: "- a dash and a space"}, {Text: "# a hash and a space"}}},
			[]string{`\- a dash and a space`, `\# a hash and a space`}},
		{Brief{Headline: "<b>Bold</b> claims"}, []string{`\<b>Bold</b> claims`}},
	} {
		var buf bytes.Buffer
		require.NoError(t, WriteText(&buf, &tc.b))
		var escaped []string
		for _, line := range strings.Split(buf.String(), "\n") {
			if strings.HasPrefix(line, `\`) {
				escaped = append(escaped, line)
			}
		}
		require.Equal(t, tc.escaped, escaped, buf.String())
		requireRoundTrip(t, &tc.b)
	}
}

// TestNormalizeIsIdempotent: writers normalize what they are given, and
// MarshalJSON normalizes a brief that may already be normalized.
func TestNormalizeIsIdempotent(t *testing.T) {
	for seed := range uint64(500) {
		once := *genBrief(seed)
		once.Normalize()
		twice := once
		twice.Normalize()
		require.Equal(t, jsonOf(t, &once), jsonOf(t, &twice), "seed %d", seed)
	}
}

// TestHeadlineEvidenceRoundTrip checks that every format writes the
// headline's evidence and reads it back onto the headline, not onto the
// first point, whatever the headline and its quote hold.
func TestHeadlineEvidenceRoundTrip(t *testing.T) {
	ev := func(quote string) []Evidence {
		return []Evidence{{Source: 0, Start: 12, End: 12 + len(quote), Quote: quote}}
	}
	kis := []Point{{Text: "The bridge reopened on Monday.", Evidence: ev("The bridge reopened on Monday.")}}
	for _, tc := range []struct {
		name string
		b    Brief
	}{
		{"quote differs in case", Brief{Headline: "The bridge reopened", HeadlineEvidence: ev("the bridge reopened"), KeyInsights: kis}},
		{"quote is the headline", Brief{Headline: "Bridge reopens", HeadlineEvidence: ev("Bridge reopens"), KeyInsights: kis}},
		{"no section", Brief{Headline: "Bridge reopens", HeadlineEvidence: ev("bridge reopens")}},
		{"two sources", Brief{Headline: "Bridge reopens", HeadlineEvidence: append(ev("bridge reopens"), Evidence{Source: 1, Start: 0, End: 9, Quote: "Bridge re"})}},
		{"headline that reads as a heading", Brief{Headline: "Key insights", HeadlineEvidence: ev("key insights"), KeyInsights: kis}},
		{"markup in the quote", Brief{Headline: "*Bridge* <b>reopens</b>", HeadlineEvidence: ev("*bridge* <b>reopens</b> [1] 2-3 ↳"), Summary: kis}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			requireRoundTrip(t, &tc.b)
			for _, w := range writers {
				var buf bytes.Buffer
				require.NoError(t, w.write(&buf, &tc.b))
				got, err := Parse(bytes.NewReader(buf.Bytes()))
				require.NoError(t, err)
				require.Equal(t, tc.b.HeadlineEvidence, got.HeadlineEvidence, "%s:\n%s", w.format, buf.String())
				for _, p := range got.KeyInsights {
					require.Equal(t, kis[0].Evidence, p.Evidence, w.format)
				}
			}
		})
	}
}
