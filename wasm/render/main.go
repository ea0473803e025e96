//go:build js && wasm

// Command render is newsbrief-render.wasm: the brief model, brief.Parse and
// the HTML writer, as globalThis.newsbrief = {render, parse}.
package main

import "github.com/newsbrief/newsbrief/wasm/internal/bridge"

func main() {
	bridge.Export(bridge.Base())
	select {} // serve calls from JavaScript for the life of the page
}
