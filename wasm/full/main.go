//go:build js && wasm

// Command full is newsbrief.wasm: render and parse, plus build and extract,
// as globalThis.newsbrief = {render, parse, build, extract}. It runs in a
// Web Worker (news-brief-worker.js).
package main

import (
	"context"
	"encoding/json"
	"strings"
	"syscall/js"

	"github.com/newsbrief/newsbrief/extract"
	"github.com/newsbrief/newsbrief/internal/pagebrief"
	"github.com/newsbrief/newsbrief/wasm/internal/bridge"
)

func main() {
	bridge.Export(funcs())
	select {} // serve calls from JavaScript for the life of the worker
}

func funcs() map[string]bridge.Func {
	fns := bridge.Base()
	fns["build"] = build
	fns["extract"] = extractArticle
	return fns
}

// build is build(html, url): the brief of the article in a page, as JSON,
// the same as newsbrief.FromHTML's. It calls internal/pagebrief, not
// package newsbrief, whose FromURL brings net/http into the build.
func build(args []js.Value) (string, error) {
	page, url, err := pageArgs(args)
	if err != nil {
		return "", err
	}
	b, err := pagebrief.FromHTML(context.Background(), strings.NewReader(page), []extract.Option{extract.WithURL(url)}, nil)
	if err != nil {
		return "", err
	}
	return bridge.JSON(b)
}

// extractArticle is extract(html, url): the article in a page, as the JSON
// of extract.Article.
func extractArticle(args []js.Value) (string, error) {
	page, url, err := pageArgs(args)
	if err != nil {
		return "", err
	}
	a, err := extract.FromReader(strings.NewReader(page), extract.WithURL(url))
	if err != nil {
		return "", err
	}
	data, err := json.Marshal(a)
	return string(data), err
}

// pageArgs reads (html, url); url may be omitted, undefined or null.
func pageArgs(args []js.Value) (page, url string, err error) {
	if page, err = bridge.Str(args, 0); err != nil {
		return "", "", err
	}
	if len(args) > 1 && !args[1].IsUndefined() && !args[1].IsNull() {
		url, err = bridge.Str(args, 1)
	}
	return page, url, err
}
