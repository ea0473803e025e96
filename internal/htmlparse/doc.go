// Package htmlparse reads HTML into a tree of nodes, for package brief's
// reader of briefs written in HTML: a tokenizer that follows the HTML
// standard's tokenizer for what such documents contain, a small tree builder, and
// HTML's character references (entities_gen.go, generated from the standard
// library's table).
//
// It is written for the browser build, which reads briefs and must stay
// small: golang.org/x/net/html brings fmt and reflect with it, and the
// standard library's html package a second copy of the reference table.
// Its names follow x/net/html: Parse, Node, Attribute, ElementNode.
//
// Parse accepts any input without error except elements nested more than
// MaxDepth deep (ErrTooDeep); its cost is linear in the input.
package htmlparse
