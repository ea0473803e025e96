package brief

import (
	"errors"
	"io"
)

// Write writes b in format f: Text, Markdown, HTML, JSON or JSONLD, with
// the options that apply to that format (see WriteOption).
func Write(w io.Writer, b *Brief, f Format, opts ...WriteOption) error {
	switch f {
	case Text:
		return WriteText(w, b, opts...)
	case Markdown:
		return WriteMarkdown(w, b, opts...)
	case HTML:
		return WriteHTML(w, b, opts...)
	case JSON:
		return WriteJSON(w, b, opts...)
	case JSONLD:
		return WriteJSONLD(w, b)
	}
	return wrapErr(ErrUnknownFormat, errors.New("cannot write "+f.String()))
}
