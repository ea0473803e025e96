package jsonlite

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var documents = []string{
	`{}`, `[]`, ` {"a": 1, "b": [true, false, null], "c": {"d": "e"}} `, `"x"`, `-0.5e+10`, `0`, `[1,2,3]`,
	`{"a":"\u00e9\ud83d\ude00\ud800x\u2028<>&\/\b\f\n\r\t"}`, "\"\xff\xfe\"", `{"a":1,"a":2}`,
	`{`, `}`, `[1,]`, `{"a"}`, `{"a":}`, `01`, `1.`, `1e`, `-`, `tru`, `nul`, `"\x"`, `"\u12"`, "\"a\nb\"",
	`[1] x`, `{"a":1,}`, `"\ud800\u12"`, ``, `   `, `[[[]]]`, `{"":""}`,
}

func TestParseAgreesWithEncodingJSON(t *testing.T) {
	for _, doc := range documents {
		checkParse(t, []byte(doc))
	}
}

func TestParseErrors(t *testing.T) {
	_, err := Parse([]byte(`{"a": [1, 2,]}`))
	var se *SyntaxError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, 12, se.Offset)
	assert.ErrorIs(t, err, ErrSyntax)
	_, err = Parse(bytes.Repeat([]byte("["), MaxDepth+1))
	assert.ErrorContains(t, err, "exceeded max depth")
}

func TestWriterIsMarshalIndent(t *testing.T) {
	var w Writer
	w.BeginObject()
	w.Key("version")
	w.Int(1)
	w.Key("empty")
	w.BeginArray()
	w.EndArray()
	w.Key("obj")
	w.BeginObject()
	w.EndObject()
	w.Key("list")
	w.BeginArray()
	w.BeginObject()
	w.Key("text")
	w.String("<a href=\"x\">&</a>\u2028\u2029\x01\xff é")
	w.Key("n")
	w.Int(-42)
	w.EndObject()
	w.String("s")
	w.Raw([]byte(`"2026-11-29T00:00:00Z"`))
	w.EndArray()
	w.EndObject()

	want, err := json.MarshalIndent(map[string]any{
		"version": 1, "empty": []int{}, "obj": map[string]int{},
		"list": []any{map[string]any{"text": "<a href=\"x\">&</a>\u2028\u2029\x01\xff é", "n": -42}, "s", "2026-11-29T00:00:00Z"},
	}, "", "  ")
	require.NoError(t, err)
	// encoding/json sorts map keys; compare after parsing both, and the
	// exact bytes of one object written in the same order.
	assertSameJSON(t, want, w.Bytes())

	var one Writer
	one.BeginObject()
	one.Key("a")
	one.BeginArray()
	one.Int(1)
	one.BeginArray()
	one.String("b")
	one.EndArray()
	one.EndArray()
	one.EndObject()
	want, err = json.MarshalIndent(struct {
		A []any `json:"a"`
	}{[]any{1, []string{"b"}}}, "", "  ")
	require.NoError(t, err)
	assert.Equal(t, string(want), string(one.Bytes()))
}

func FuzzParse(f *testing.F) {
	for _, doc := range documents {
		f.Add([]byte(doc))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if bytes.Count(data, []byte("["))+bytes.Count(data, []byte("{")) >= MaxDepth {
			return // deeper than Parse allows, shallower than encoding/json
		}
		checkParse(t, data)
	})
}

func FuzzString(f *testing.F) {
	f.Add("<script>&\u2028\x00\xff\"\\")
	f.Fuzz(func(t *testing.T, s string) {
		want, err := json.Marshal(s)
		require.NoError(t, err)
		require.Equal(t, string(want), string(appendString(nil, s)))
		v, err := Parse(want)
		require.NoError(t, err)
		var back string
		require.NoError(t, json.Unmarshal(want, &back))
		require.Equal(t, back, v.Str)
	})
}

// checkParse checks that Parse accepts what encoding/json accepts and
// decodes it to the same values.
func checkParse(t *testing.T, data []byte) {
	t.Helper()
	var want any
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	wantErr := d.Decode(&want)
	if wantErr == nil && d.More() || wantErr == nil && !json.Valid(data) {
		wantErr = errors.New("trailing data")
	}
	v, err := Parse(data)
	if wantErr != nil {
		assert.Error(t, err, "encoding/json: %v for %q", wantErr, data)
		return
	}
	require.NoError(t, err, "%q", data)
	assert.Equal(t, want, tree(v), "%q", data)
}

func assertSameJSON(t *testing.T, want, got []byte) {
	t.Helper()
	var a, b any
	require.NoError(t, json.Unmarshal(want, &a))
	require.NoError(t, json.Unmarshal(got, &b), "%s", got)
	assert.Equal(t, a, b)
	assert.Equal(t, bytes.Count(want, []byte("\n")), bytes.Count(got, []byte("\n")))
}

// tree converts v to what encoding/json decodes into an any with UseNumber.
func tree(v Value) any {
	switch v.Kind {
	case Bool:
		return v.Bool
	case Number:
		return json.Number(v.Str)
	case String:
		return v.Str
	case Array:
		out := []any{}
		for _, e := range v.Elems {
			out = append(out, tree(e))
		}
		return out
	case Object:
		out := map[string]any{}
		for _, m := range v.Members {
			out[m.Name] = tree(m.Value)
		}
		return out
	}
	return nil
}
