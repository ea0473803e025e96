//go:build js && wasm

package main

import (
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"syscall/js"
	"testing"

	"github.com/newsbrief/newsbrief"
	"github.com/newsbrief/newsbrief/extract"
	"github.com/newsbrief/newsbrief/wasm/internal/bridge"
)

// Run with: GOOS=js GOARCH=wasm PATH=$PATH:$(go env GOROOT)/lib/wasm go test ./wasm/...

const pageURL = "https://news.example/solar"

func call(name string, args ...any) js.Value {
	if js.Global().Get("newsbrief").IsUndefined() {
		bridge.Export(funcs())
	}
	return js.Global().Get("newsbrief").Call(name, args...)
}

func sample(t *testing.T) string {
	data, err := os.ReadFile("../../cmd/newsbrief/sample/article.html")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestBuild(t *testing.T) {
	page := sample(t)
	b, err := newsbrief.FromHTML(context.Background(), strings.NewReader(page), newsbrief.WithURL(pageURL))
	if err != nil {
		t.Fatal(err)
	}
	want, err := bridge.JSON(b)
	if err != nil {
		t.Fatal(err)
	}
	got := call("build", page, pageURL)
	if got.Type() != js.TypeString {
		t.Fatalf("build: %v", got.Get("error"))
	}
	if got.String() != want {
		t.Errorf("build differs from newsbrief.FromHTML:\n got %s\nwant %s", got, want)
	}
	html := call("render", got)
	if html.Type() != js.TypeString || !strings.Contains(html.String(), `data-nb="keyInsights"`) {
		t.Errorf("render(build(…)) = %v", html)
	}
}

func TestExtract(t *testing.T) {
	page := sample(t)
	a, err := extract.FromReader(strings.NewReader(page), extract.WithURL(pageURL))
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(a)
	got := call("extract", page, pageURL)
	if got.Type() != js.TypeString || got.String() != string(want) {
		t.Errorf("extract = %v, want %s", got, want)
	}
	if got := call("extract", page); got.Type() != js.TypeString {
		t.Errorf("extract without a URL: %v", got.Get("error"))
	}
}

func TestErrors(t *testing.T) {
	for _, c := range []struct {
		name string
		args []any
		want string
	}{
		{"build", []any{"<html><body><p>Too short.</p></body></html>", pageURL}, "newsbrief.build: "},
		{"build", []any{nil}, "newsbrief.build: argument 1 must be a string"},
		{"extract", []any{"<p>x</p>", 7}, "newsbrief.extract: argument 2 must be a string"},
	} {
		v := call(c.name, c.args...)
		if v.Type() != js.TypeObject || !strings.HasPrefix(v.Get("error").String(), c.want) {
			t.Errorf("%s(%v) = %v, want {error: %q…}", c.name, c.args, v, c.want)
		}
	}
}

func TestGlobal(t *testing.T) {
	call("parse", "x")
	keys := js.Global().Get("Object").Call("keys", js.Global().Get("newsbrief"))
	var got []string
	for i := range keys.Length() {
		got = append(got, keys.Index(i).String())
	}
	slices.Sort(got)
	if !slices.Equal(got, []string{"build", "extract", "parse", "render"}) {
		t.Errorf("globalThis.newsbrief has %v", got)
	}
}
