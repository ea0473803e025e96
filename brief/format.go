package brief

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
)

// Format is a way of writing a brief down.
//
// A Format is a plain value, safe for concurrent use.
type Format int

// Formats known to Parse and the writers.
const (
	// Auto lets Parse detect the format.
	Auto Format = iota
	// Text is the plain-text layout of brief pages.
	Text
	// Markdown is headings, lists and paragraphs in Markdown.
	Markdown
	// HTML is an HTML document or fragment.
	HTML
	// JSON is the versioned JSON contract written by WriteJSON.
	JSON
	// JSONLD is schema.org JSON-LD; it is written, never read.
	JSONLD
)

var formatNames = [...]string{"auto", "text", "markdown", "html", "json", "jsonld"}

// String returns the format's name as ParseFormat accepts it.
func (f Format) String() string {
	if f < 0 || int(f) >= len(formatNames) {
		return "format(" + strconv.Itoa(int(f)) + ")"
	}
	return formatNames[f]
}

// ErrUnknownFormat is returned by ParseFormat for a name it does not know.
var ErrUnknownFormat = errors.New("brief: unknown format")

// ParseFormat returns the format named s: auto, text, markdown (or md), html,
// json or jsonld (or json-ld), in any case.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "auto", "":
		return Auto, nil
	case "text", "txt", "plain":
		return Text, nil
	case "markdown", "md":
		return Markdown, nil
	case "html", "htm":
		return HTML, nil
	case "json":
		return JSON, nil
	case "jsonld", "json-ld":
		return JSONLD, nil
	}
	return Auto, wrapErr(ErrUnknownFormat, errors.New("no format named "+strconv.Quote(s)))
}

// Detect guesses the format of a brief from its first 4 KiB: JSON when it
// starts with '{', HTML when it starts with a tag, Text when it starts
// with a backslash (an escaped first line), Markdown when a line
// starts with '#', Text when a line is a section heading on its own, then
// Markdown when there are Markdown links or emphasis, and Text otherwise.
func Detect(data []byte) Format {
	head := bytes.TrimLeft(data, " \t\r\n\ufeff")
	if len(head) > 4096 {
		head = head[:4096]
	}
	switch {
	case len(head) == 0:
		return Text
	case head[0] == '{':
		return JSON
	case head[0] == '<' && looksLikeHTML(head):
		return HTML
	case head[0] == '\\':
		return Text // the text writer escapes a first line that would mislead
	}
	lines := bytes.Split(head, []byte("\n"))
	for _, line := range lines {
		if l := bytes.TrimSpace(line); len(l) > 0 && l[0] == '#' && (len(bytes.TrimLeft(l, "#")) == 0 || bytes.TrimLeft(l, "#")[0] == ' ') {
			return Markdown
		}
	}
	for _, line := range lines {
		if l := bytes.TrimSpace(line); len(l) > 0 && classifyHeading(string(l)).kind != secExtra {
			return Text
		}
	}
	if bytes.Contains(head, []byte("](")) || bytes.Contains(head, []byte("**")) {
		return Markdown
	}
	return Text
}

func looksLikeHTML(head []byte) bool {
	lower := bytes.ToLower(head)
	for _, tag := range []string{"<!doctype", "<html", "<head", "<body", "<article", "<div", "<section",
		"<main", "<h1", "<h2", "<h3", "<p", "<ul", "<ol", "<li", "<!--", "<meta", "<header", "<nav", "<news-brief"} {
		if bytes.Contains(lower, []byte(tag)) {
			return true
		}
	}
	return false
}
