package brief

import (
	"bytes"
	"errors"
	"strconv"

	"github.com/newsbrief/newsbrief/internal/jsonlite"
)

// readJSON reads the JSON contract. A missing version is read as version 1;
// any other version fails with ErrVersion. It decodes as encoding/json
// would decode into a Brief (unknown members ignored, names matched
// case-insensitively when no exact match, null leaving a field unset, the
// last of repeated members winning) without reflection.
func readJSON(data []byte) (*Brief, error) {
	v, err := jsonlite.Parse(data)
	if err != nil {
		off := 0
		if se, ok := err.(*jsonlite.SyntaxError); ok { // Parse returns no other error; no errors.As, which brings reflection
			off = se.Offset
		}
		return nil, jsonError(data, off, err)
	}
	if err := notABrief(&v); err != nil {
		return nil, jsonError(data, v.Offset, err)
	}
	d := jsonDecoder{}
	b := new(Brief)
	version := d.brief(&v, b)
	if d.err != nil {
		return nil, jsonError(data, d.off, d.err)
	}
	if version != nil && *version != Version {
		return nil, &ParseError{Format: JSON, Err: wrapErr(ErrVersion, errors.New("version "+strconv.Itoa(*version)+", want "+strconv.Itoa(Version)))}
	}
	b.Normalize()
	return b, nil
}

// errJSONLD is the cause of the error for a JSON-LD document.
var errJSONLD = errors.New("this is JSON-LD, which is written for search engines and not read back; parse the brief's JSON")

// notABrief reports JSON-LD, which WriteJSONLD writes for search engines
// and no reader takes back: read as a brief, it would lose all but its
// headline without a word.
func notABrief(v *jsonlite.Value) error {
	if v.Kind != jsonlite.Object {
		return nil // the decoder reports the type
	}
	for _, m := range v.Members {
		if m.Name == "@context" || m.Name == "@type" {
			return errJSONLD
		}
	}
	return nil
}

// jsonError wraps a decoding error at byte offset off in a *ParseError with
// its line.
func jsonError(data []byte, off int, err error) error {
	return &ParseError{Format: JSON, Line: lineAt(data, off), Err: wrapErr(ErrMalformed, err)}
}

func lineAt(data []byte, off int) int {
	off = min(max(off, 0), len(data))
	return bytes.Count(data[:off], []byte("\n")) + 1
}

func itoa64(n int64) string { return strconv.FormatInt(n, 10) }

// jsonDecoder fills a Brief from a parsed document, keeping the first type
// error.
type jsonDecoder struct {
	err error
	off int
}

// is reports whether v has kind k; a mismatch records a type error naming
// what, unless v is null, which like encoding/json leaves the field unset.
func (d *jsonDecoder) is(v *jsonlite.Value, k jsonlite.Kind, what string) bool {
	if v.Kind == k {
		return true
	}
	if v.Kind != jsonlite.Null && d.err == nil {
		d.err = errors.New("cannot read " + v.Kind.String() + " as " + what + ", want " + k.String())
		d.off = v.Offset
	}
	return false
}

// members calls set for each member of object v with the index in names of
// the member's name; unknown members are skipped.
func (d *jsonDecoder) members(v *jsonlite.Value, what string, names []string, set func(i int, v *jsonlite.Value)) {
	if !d.is(v, jsonlite.Object, what) {
		return
	}
	for i := range v.Members {
		m := &v.Members[i]
		if k := jsonlite.Match(m.Name, names); k >= 0 {
			set(k, &m.Value)
		}
	}
}

// list calls add for each element of array v, after empty for an array
// (so that [] gives an empty slice); null calls neither.
func (d *jsonDecoder) list(v *jsonlite.Value, what string, add func(v *jsonlite.Value), empty func()) {
	if !d.is(v, jsonlite.Array, what) {
		return
	}
	empty()
	for i := range v.Elems {
		add(&v.Elems[i])
	}
}

func (d *jsonDecoder) str(v *jsonlite.Value, what string, dst *string) {
	if d.is(v, jsonlite.String, what) {
		*dst = v.Str
	}
}

func (d *jsonDecoder) int(v *jsonlite.Value, what string, dst *int) {
	if !d.is(v, jsonlite.Number, what) {
		return
	}
	n, err := strconv.Atoi(v.Str)
	if err != nil && d.err == nil {
		d.err = errors.New("cannot read number " + v.Str + " as " + what + ", want an integer")
		d.off = v.Offset
		return
	}
	*dst = n
}
