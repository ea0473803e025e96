package brief

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
)

// jsonBrief is the JSON contract: the brief with its version first.
type jsonBrief struct {
	Version int `json:"version"`
	*Brief
}

// WriteJSON writes b as indented JSON, the versioned contract documented in
// the package and in brief.schema.json. Empty sections are written as [].
func WriteJSON(w io.Writer, b *Brief) error {
	nb := *b
	nb.Normalize()
	data, err := json.MarshalIndent(jsonBrief{Version: Version, Brief: &nb}, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

// readJSON reads the JSON contract. A missing version is read as version 1;
// any other version fails with ErrVersion.
func readJSON(data []byte) (*Brief, error) {
	var probe struct {
		Version *int `json:"version"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, jsonError(data, err)
	}
	if probe.Version != nil && *probe.Version != Version {
		return nil, &ParseError{Format: JSON, Err: wrapErr(ErrVersion, errors.New("version "+strconv.Itoa(*probe.Version)+", want "+strconv.Itoa(Version)))}
	}
	b := new(Brief)
	if err := json.Unmarshal(data, b); err != nil {
		return nil, jsonError(data, err)
	}
	b.Normalize()
	return b, nil
}

// jsonError wraps a decoding error in a *ParseError with its line.
func jsonError(data []byte, err error) error {
	line := 0
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		line = lineAt(data, syn.Offset)
	case errors.As(err, &typ):
		line = lineAt(data, typ.Offset)
	}
	return &ParseError{Format: JSON, Line: line, Err: wrapErr(ErrMalformed, err)}
}

func lineAt(data []byte, off int64) int {
	off = min(max(off, 0), int64(len(data)))
	return bytes.Count(data[:off], []byte("\n")) + 1
}

func itoa64(n int64) string { return strconv.FormatInt(n, 10) }
