// Package jsonlite reads and writes JSON without reflection, for the
// browser build of newsbrief: encoding/json brings reflect, fmt and their
// type tables, hundreds of kilobytes of WebAssembly that a brief's fixed
// shape does not need.
//
// Parse reads a document into a tree of Values, with each value's byte
// offset for error messages; Writer writes indented JSON byte for byte as
// json.MarshalIndent(v, "", "  ") does, escaping strings the same way.
//
//	v, err := jsonlite.Parse(data)
//	for _, m := range v.Members { … }
//
//	var w jsonlite.Writer
//	w.BeginObject()
//	w.Key("headline")
//	w.String(headline)
//	w.EndObject()
//	out := w.Bytes()
package jsonlite
