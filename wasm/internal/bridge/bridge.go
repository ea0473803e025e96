//go:build js && wasm

// Package bridge exposes Go functions to JavaScript on the single global
// globalThis.newsbrief. Every function returns a string on success and an
// object {error: "message"} on failure: a Go callback cannot throw a
// JavaScript exception, so news-brief.js and the worker turn {error} into a
// thrown Error.
package bridge

import (
	"errors"
	"strings"
	"syscall/js"

	"github.com/newsbrief/newsbrief/brief"
)

// Func is a function callable from JavaScript.
type Func func(args []js.Value) (string, error)

// Export sets globalThis.newsbrief to an object holding fns. The js.Funcs
// are never released: the program lives as long as the page.
func Export(fns map[string]Func) {
	ns := js.Global().Get("Object").New()
	for name, fn := range fns {
		ns.Set(name, js.FuncOf(func(_ js.Value, args []js.Value) any {
			s, err := fn(args)
			if err != nil {
				return map[string]any{"error": "newsbrief." + name + ": " + err.Error()}
			}
			return s
		}))
	}
	js.Global().Set("newsbrief", ns)
}

// Base returns the functions of the render build: render and parse.
func Base() map[string]Func {
	return map[string]Func{"render": Render, "parse": Parse}
}

// Str returns argument i, which must be a string.
func Str(args []js.Value, i int) (string, error) {
	if i >= len(args) || args[i].Type() != js.TypeString {
		return "", errors.New("argument " + string(rune('1'+i)) + " must be a string")
	}
	return args[i].String(), nil
}

// Render is render(briefJSON[, {style: true}]): the brief's HTML fragment,
// byte for byte what brief.WriteHTML writes. With style, the fragment is
// preceded by <style>brief.Stylesheet</style>, exactly the content of the
// declarative shadow root that brief.AsElement writes.
func Render(args []js.Value) (string, error) {
	s, err := Str(args, 0)
	if err != nil {
		return "", err
	}
	b, err := brief.ParseString(s, brief.WithFormat(brief.JSON))
	if err != nil {
		return "", err
	}
	var w strings.Builder
	if len(args) > 1 && args[1].Type() == js.TypeObject && args[1].Get("style").Truthy() {
		w.WriteString("<style>" + brief.Stylesheet + "</style>\n")
	}
	if err := brief.WriteHTML(&w, b); err != nil {
		return "", err
	}
	return w.String(), nil
}

// Parse is parse(text): a brief in text, Markdown, HTML or JSON (detected)
// as the JSON contract.
func Parse(args []js.Value) (string, error) {
	s, err := Str(args, 0)
	if err != nil {
		return "", err
	}
	b, err := brief.ParseString(s)
	if err != nil {
		return "", err
	}
	return JSON(b)
}

// JSON is brief.WriteJSON into a string.
func JSON(b *brief.Brief) (string, error) {
	var w strings.Builder
	if err := brief.WriteJSON(&w, b); err != nil {
		return "", err
	}
	return w.String(), nil
}
