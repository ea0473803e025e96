package brief

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestJSONMarshalIsTheContract holds encoding/json to the contract:
// json.Marshal and json.MarshalIndent give WriteJSON's bytes, and
// json.Unmarshal reads them back as Parse does.
func TestJSONMarshalIsTheContract(t *testing.T) {
	briefs := []*Brief{{}, {Headline: "Only a headline"}, parseFile(t, "harbor.md"), parseFile(t, "axios.md")}
	for seed := range uint64(200) {
		briefs = append(briefs, genBrief(seed))
	}
	for i, b := range briefs {
		var want bytes.Buffer
		require.NoError(t, WriteJSON(&want, b))

		indented, err := json.MarshalIndent(b, "", "  ")
		require.NoError(t, err)
		assert.Equal(t, want.String(), string(indented)+"\n", "brief %d: MarshalIndent", i)

		compact, err := json.Marshal(*b) // by value too
		require.NoError(t, err)
		var wantCompact bytes.Buffer
		require.NoError(t, json.Compact(&wantCompact, want.Bytes()))
		assert.Equal(t, wantCompact.String(), string(compact), "brief %d: Marshal", i)

		var got Brief
		require.NoError(t, json.Unmarshal(compact, &got), "brief %d", i)
		norm := *b
		norm.Normalize()
		assert.Equal(t, jsonOf(t, &norm), jsonOf(t, &got), "brief %d: Unmarshal", i)
	}
}

func TestJSONMarshalContractDetails(t *testing.T) {
	data, err := json.Marshal(Brief{Headline: "H"})
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(data, &m))
	assert.Equal(t, float64(Version), m["version"], "the version is written")
	assert.Equal(t, []any{}, m["summary"], "empty sections are [], not null")
	assert.Equal(t, []any{}, m["whatsNext"])

	// Inside another value, as users embed it.
	type envelope struct {
		Brief  *Brief  `json:"brief"`
		Format Format  `json:"format"`
		Extra  Section `json:"extra"`
	}
	data, err = json.Marshal(envelope{Brief: &Brief{Headline: "H"}, Format: Markdown, Extra: Section{Title: "Notes"}})
	require.NoError(t, err)
	assert.Contains(t, string(data), `"format":"markdown"`)
	assert.Contains(t, string(data), `"extra":{"title":"Notes","points":[]}`)
	assert.Contains(t, string(data), `"brief":{"version":1,"headline":"H",`)
	var env envelope
	require.NoError(t, json.Unmarshal(data, &env))
	assert.Equal(t, "H", env.Brief.Headline)
	assert.Equal(t, Markdown, env.Format)
}

func TestJSONUnmarshalChecksTheVersion(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want error
	}{
		{`{"version": 7}`, ErrVersion},
		{`{"version": 0, "headline": "h"}`, ErrVersion},
		{`{"version": "1"}`, ErrMalformed},
		{`[1, 2]`, ErrMalformed},
		{`{"@context": "https://schema.org", "@type": "NewsArticle"}`, ErrMalformed},
	} {
		b := Brief{Headline: "kept"}
		err := json.Unmarshal([]byte(tc.in), &b)
		assert.True(t, errors.Is(err, tc.want), "%s: %v", tc.in, err)
		assert.Equal(t, "kept", b.Headline, "%s: a failed Unmarshal leaves the brief as it was", tc.in)
	}
	var b Brief
	require.NoError(t, json.Unmarshal([]byte(`{"headline": "no version is version 1"}`), &b))
	assert.Equal(t, "no version is version 1", b.Headline)
	require.NoError(t, json.Unmarshal([]byte(`{"version": `+strconv.Itoa(Version)+`, "whatsNext": [{"text": "A vote on Tuesday."}]}`), &b))
	assert.Equal(t, []Point{{Text: "A vote on Tuesday."}}, b.WhatsNext)
}

func TestFormatText(t *testing.T) {
	for f := Auto; f <= JSONLD; f++ {
		text, err := f.MarshalText()
		require.NoError(t, err)
		var g Format
		require.NoError(t, g.UnmarshalText(text))
		assert.Equal(t, f, g)
	}
	_, err := Format(99).MarshalText()
	assert.ErrorIs(t, err, ErrUnknownFormat)
	var g Format
	assert.ErrorIs(t, json.Unmarshal([]byte(`"yaml"`), &g), ErrUnknownFormat)
}
