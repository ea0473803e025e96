package brief

import (
	"errors"
	"io"
)

// Write writes b in format f: Text, Markdown, HTML, JSON or JSONLD.
func Write(w io.Writer, b *Brief, f Format) error {
	switch f {
	case Text:
		return WriteText(w, b)
	case Markdown:
		return WriteMarkdown(w, b)
	case HTML:
		return WriteHTML(w, b)
	case JSON:
		return WriteJSON(w, b)
	case JSONLD:
		return WriteJSONLD(w, b)
	}
	return wrapErr(ErrUnknownFormat, errors.New("cannot write "+f.String()))
}
