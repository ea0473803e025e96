package brief

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/internal/jsonlite"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The JSON codec is written by hand; encoding/json, reading and writing
// the struct tags, is its specification.

// reflectedBrief is Brief without its JSON methods, so that encoding/json
// reads and writes its struct tags by reflection.
type reflectedBrief Brief

// referenceJSON is what json.MarshalIndent writes for b.
func referenceJSON(t testing.TB, b *Brief) string {
	nb := *b
	nb.Normalize()
	data, err := json.MarshalIndent(struct {
		Version int `json:"version"`
		*reflectedBrief
	}{Version, (*reflectedBrief)(&nb)}, "", "  ")
	require.NoError(t, err)
	return string(data) + "\n"
}

// referenceRead is what encoding/json reads from data, nil on error.
func referenceRead(data []byte) *Brief {
	var probe struct {
		Version *int `json:"version"`
	}
	if json.Unmarshal(data, &probe) != nil || probe.Version != nil && *probe.Version != Version {
		return nil
	}
	b := new(reflectedBrief)
	if json.Unmarshal(data, b) != nil {
		return nil
	}
	nb := (*Brief)(b)
	nb.Normalize()
	return nb
}

func TestWriteJSONIsMarshalIndent(t *testing.T) {
	for seed := range uint64(300) {
		b := genBrief(seed)
		var buf bytes.Buffer
		require.NoError(t, WriteJSON(&buf, b))
		require.Equal(t, referenceJSON(t, b), buf.String(), "seed %d", seed)
	}
}

var jsonDocuments = []string{
	`{"version":1,"headline":"H","keyInsights":[{"text":"A","evidence":[{"source":0,"start":1,"end":2,"quote":"q"}]}]}`,
	`{"Headline":"H","HEADLINE":"I","headline":"J"}`, `{"headline":"J","HEADLINE":"I"}`,
	`{"original":{"outlet":"A"},"original":{"url":"https://a.example/"}}`,
	`{"keyInsights":[{"text":"A"}],"keyInsights":[{"text":"B"}]}`, `{"keyInsights":null,"risks":[null,{"text":"R"}]}`,
	`{"version":null,"headline":null}`, `{"version":2}`, `{"version":"1"}`, `{"version":1.0}`, `{"version":1e0}`,
	`{"sources":[{"outlet":"O","published":"2026-11-29T10:00:00+09:00"}]}`, `{"sources":[{"published":"yesterday"}]}`,
	`{"sources":[{"published":null}]}`, `{"sources":[{"published":12}]}`, `{"entities":[{"name":"N","mentions":"3"}]}`,
	`{"entities":[{"name":"N","mentions":99999999999999999999}]}`, `{"quotes":[{"text":"T","speaker":"S"}]}`,
	`{"extra":[{"title":"More","points":[{"text":"P"}]}]}`, `{"coverage":[{"outlet":"O","url":"u","framing":"f","quote":"q"}]}`,
	`null`, `[]`, `"x"`, `{"headline":"\ud800 \u00e9 \u2028"}`, `{"headline":1}`, `{"unknown":{"deep":[1,2,3]}}`,
}

func TestReadJSONIsEncodingJSON(t *testing.T) {
	docs := append([]string{}, jsonDocuments...)
	files, _ := filepath.Glob("testdata/*.golden.json")
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		docs = append(docs, string(data))
	}
	for seed := range uint64(100) {
		docs = append(docs, referenceJSON(t, genBrief(seed)))
	}
	for _, doc := range docs {
		checkReadJSON(t, []byte(doc))
	}
}

func TestReadJSONErrors(t *testing.T) {
	_, err := readJSON([]byte("{\n\"headline\": 1}"))
	var pe *ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, 2, pe.Line)
	assert.ErrorIs(t, err, ErrMalformed)
	_, err = readJSON([]byte("{\n\n\"headline\": \"x\",}"))
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, 3, pe.Line)
	_, err = readJSON([]byte(`{"version": 7}`))
	assert.ErrorIs(t, err, ErrVersion)
}

func FuzzReadJSON(f *testing.F) {
	for _, doc := range jsonDocuments {
		f.Add([]byte(doc))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if bytes.Count(data, []byte("["))+bytes.Count(data, []byte("{")) >= 1000 {
			return // deeper than jsonlite allows, shallower than encoding/json
		}
		checkReadJSON(t, data)
	})
}

func checkReadJSON(t *testing.T, data []byte) {
	t.Helper()
	want := referenceRead(data)
	got, err := readJSON(data)
	if want == nil {
		require.Error(t, err, "encoding/json fails on %q", data)
		return
	}
	if errors.Is(err, ErrDate) {
		return // stricter than time.Time.UnmarshalText, which falls back to time.Parse
	}
	if errors.Is(err, errJSONLD) {
		return // refused on purpose: encoding/json would keep only its headline
	}
	if v, perr := jsonlite.Parse(data); perr == nil && repeatsArray(&v) {
		return // encoding/json decodes a repeated array into the elements it decoded before; the last one wins here
	}
	require.NoError(t, err, "%q", data)
	require.Equal(t, want, got, "%q", data)
}

func TestWriteJSONLDIsMarshalIndent(t *testing.T) {
	for seed := range uint64(200) {
		b := genBrief(seed)
		var buf bytes.Buffer
		require.NoError(t, WriteJSONLD(&buf, b))
		nb := *b
		nb.Normalize()
		want, err := json.MarshalIndent(newLDArticle(&nb), "", "  ")
		require.NoError(t, err)
		require.Equal(t, string(want)+"\n", buf.String(), "seed %d", seed)
	}
}

func TestReadJSONRefusesJSONLD(t *testing.T) {
	b := genBrief(3)
	var buf bytes.Buffer
	require.NoError(t, WriteJSONLD(&buf, b))
	_, err := Parse(&buf)
	require.ErrorIs(t, err, ErrMalformed)
	assert.Contains(t, err.Error(), "JSON-LD")
}

// repeatsArray reports an object that names a member holding an array
// more than once (names compared as encoding/json does).
func repeatsArray(v *jsonlite.Value) bool {
	for i := range v.Elems {
		if repeatsArray(&v.Elems[i]) {
			return true
		}
	}
	for i, m := range v.Members {
		if repeatsArray(&v.Members[i].Value) {
			return true
		}
		for _, o := range v.Members[:i] {
			if strings.EqualFold(o.Name, m.Name) && (o.Value.Kind == jsonlite.Array || m.Value.Kind == jsonlite.Array) {
				return true
			}
		}
	}
	return false
}
