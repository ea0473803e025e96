package brief

import (
	"errors"

	"github.com/newsbrief/newsbrief/internal/jsonlite"
)

// MarshalJSON implements json.Marshaler with the JSON contract: the bytes
// WriteJSON writes, without its final newline, so json.Marshal(b) gives
// the contract ("version" first, empty sections as [], the brief
// normalized) and json.MarshalIndent(b, "", "  ") gives WriteJSON's output
// exactly.
func (b Brief) MarshalJSON() ([]byte, error) {
	return encodeJSON(&b, true)
}

// UnmarshalJSON implements json.Unmarshaler as Parse reads JSON: a missing
// version is read as version 1, any other version fails with ErrVersion,
// and the brief is normalized. On error b is left unchanged.
func (b *Brief) UnmarshalJSON(data []byte) error {
	nb, err := readJSON(data)
	if err != nil {
		return err
	}
	*b = *nb
	return nil
}

// MarshalJSON implements json.Marshaler as the contract writes a section:
// its points as [] when it has none, never null.
func (x Section) MarshalJSON() ([]byte, error) {
	var w jsonlite.Writer
	w.BeginObject()
	writeMembersJSON(&w, "title", x.Title)
	w.Key("points")
	writePointsJSON(&w, x.Points, true)
	w.EndObject()
	return w.Bytes(), nil
}

// MarshalText implements encoding.TextMarshaler: the format's name as
// ParseFormat reads it, so a Format in a configuration reads "markdown"
// rather than a number.
func (f Format) MarshalText() ([]byte, error) {
	if f < 0 || int(f) >= len(formatNames) {
		return nil, wrapErr(ErrUnknownFormat, errors.New("cannot name "+f.String()))
	}
	return []byte(formatNames[f]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseFormat.
func (f *Format) UnmarshalText(text []byte) error {
	g, err := ParseFormat(string(text))
	if err != nil {
		return err
	}
	*f = g
	return nil
}
