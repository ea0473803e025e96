package main

import (
	"flag"
	"io"

	"github.com/newsbrief/newsbrief/brief"
)

// writeFlags are the flags of every command that writes a brief: brief,
// parse, render and demo.
type writeFlags struct {
	format     string
	evidence   bool
	standalone bool
}

// define defines -format (with its default and the formats named in its
// help), -evidence and -standalone on fs.
func (f *writeFlags) define(fs *flag.FlagSet, format, formats string) {
	fs.StringVar(&f.format, "format", format, "output `format`: "+formats)
	fs.BoolVar(&f.evidence, "evidence", true, "show each point's evidence (the ↳ [1] lines of text and Markdown, HTML's citations, JSON's \"evidence\"); -evidence=false writes the points alone")
	fs.BoolVar(&f.standalone, "standalone", false, "with -format html: write a complete, styled, self-contained page rather than a fragment")
}

// check parses -format and checks -standalone goes with HTML.
func (f *writeFlags) check() (brief.Format, error) {
	out, err := formatFlag("-format", f.format, brief.JSON, brief.Text, brief.Markdown, brief.HTML, brief.JSONLD)
	if err != nil {
		return 0, err
	}
	if f.standalone && out != brief.HTML {
		return 0, usageError{"-standalone needs -format html"}
	}
	return out, nil
}

// write writes b to w as the flags say. It is the one place that maps the
// flags to brief's writer options.
func (f *writeFlags) write(w io.Writer, b *brief.Brief, out brief.Format) error {
	opts := []brief.WriteOption{brief.WithEvidence(f.evidence)}
	if f.standalone {
		opts = append(opts, brief.Standalone("auto"))
	}
	return brief.Write(w, b, out, opts...)
}
