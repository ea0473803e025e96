//go:build js && wasm

package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall/js"
	"testing"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/wasm/internal/bridge"
	"golang.org/x/net/html"
)

// Run with: GOOS=js GOARCH=wasm PATH=$PATH:$(go env GOROOT)/lib/wasm go test ./wasm/...

func call(t *testing.T, name string, args ...any) js.Value {
	t.Helper()
	nb := js.Global().Get("newsbrief")
	if nb.IsUndefined() {
		bridge.Export(bridge.Base())
		nb = js.Global().Get("newsbrief")
	}
	return nb.Call(name, args...)
}

func mustString(t *testing.T, v js.Value) string {
	t.Helper()
	if v.Type() != js.TypeString {
		t.Fatalf("got %s %v, want a string", v.Type(), v.Get("error"))
	}
	return v.String()
}

// briefs are the JSON briefs rendered: brief's golden files and a brief with
// markup and bad links in every field.
func briefs(t *testing.T) map[string]string {
	files, err := filepath.Glob("../../brief/testdata/*.golden.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden briefs: %v", err)
	}
	out := map[string]string{"hostile": hostile}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(f)] = string(data)
	}
	return out
}

const x = `<script>alert(1)</script>\"><img src=x onerror=alert(1)>'<svg onload=alert(1)>&amp;`

var hostile = strings.ReplaceAll(`{"version":1,"headline":"X",
"keyInsights":[{"text":"X","evidence":[{"source":0,"start":0,"end":3,"quote":"X"}]}],
"whyItMatters":[{"text":"X"}],"summary":[{"text":"X"}],"risks":[{"text":"X"}],"opportunities":[{"text":"X"}],
"unknowns":[{"text":"X"}],"whatsNext":[{"text":"X"}],"figures":[{"text":"X"}],"quotes":[{"text":"X","speaker":"X"}],"entities":[{"name":"X","mentions":2}],
"coverage":[{"outlet":"X","url":"javascript:alert(1)","framing":"X","quote":"X"}],
"original":{"outlet":"X","domain":"X","url":"data:text/html,<script>alert(1)</script>","headline":"X"},
"sources":[{"outlet":"X","domain":"X","url":"https://a.example/\"><script>","headline":"X","language":"X"}],
"extra":[{"title":"X","points":[{"text":"X"}]}]}`, "X", x)

func TestRenderIsWriteHTML(t *testing.T) {
	for name, src := range briefs(t) {
		b, err := brief.ParseString(src, brief.WithFormat(brief.JSON))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var want strings.Builder
		if err := brief.WriteHTML(&want, b); err != nil {
			t.Fatal(err)
		}
		if got := mustString(t, call(t, "render", src)); got != want.String() {
			t.Errorf("%s: render differs from brief.WriteHTML:\n got %q\nwant %q", name, got, want.String())
		}

		// {style: true} gives exactly what brief.AsElement puts in the
		// declarative shadow root, so SSR and the element agree.
		var elem strings.Builder
		if err := brief.WriteHTML(&elem, b, brief.AsElement("auto")); err != nil {
			t.Fatal(err)
		}
		const open, end = `<template shadowrootmode="open">`, "</template></news-brief>\n"
		inner := elem.String()[strings.Index(elem.String(), open)+len(open):]
		inner = strings.TrimSuffix(inner, end)
		opts := js.Global().Get("Object").New()
		opts.Set("style", true)
		if got := mustString(t, call(t, "render", src, opts)); got != inner {
			t.Errorf("%s: render(json, {style: true}) differs from the AsElement shadow root", name)
		}
	}
}

func TestRenderEscapes(t *testing.T) {
	out := mustString(t, call(t, "render", hostile))
	doc, err := html.Parse(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	links := 0
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "script", "img", "svg", "iframe", "style":
			t.Errorf("render wrote a <%s> element", n.Data)
		}
		rel := ""
		for _, a := range n.Attr {
			switch {
			case strings.HasPrefix(a.Key, "on"):
				t.Errorf("render wrote an event handler %s=%q", a.Key, a.Val)
			case a.Key == "href":
				links++
				if !strings.HasPrefix(a.Val, "https://") && !strings.HasPrefix(a.Val, "http://") {
					t.Errorf("render wrote a link to %q", a.Val)
				}
			case a.Key == "rel":
				rel = a.Val
			}
		}
		if n.Data == "a" && rel != "noopener noreferrer" {
			t.Errorf("link without rel=noopener noreferrer: %v", n.Attr)
		}
	}
	if !strings.Contains(out, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("payload not written as text:\n%s", out)
	}
	t.Logf("%d links kept", links)
}

func TestParse(t *testing.T) {
	md := "# Bridge Reopens\n\n## Key insights\n\n- The bridge reopened on Monday.\n\n## Risks\n\n- Trucks may wear the deck.\n"
	b, err := brief.ParseString(md)
	if err != nil {
		t.Fatal(err)
	}
	want, err := bridge.JSON(b)
	if err != nil {
		t.Fatal(err)
	}
	if got := mustString(t, call(t, "parse", md)); got != want {
		t.Errorf("parse:\n got %s\nwant %s", got, want)
	}
}

func TestErrors(t *testing.T) {
	for _, c := range []struct {
		name string
		args []any
		want string
	}{
		{"render", []any{"{"}, "newsbrief.render: "},
		{"render", []any{`{"version":2,"headline":"x"}`}, "newsbrief.render: "},
		{"render", []any{42}, "newsbrief.render: argument 1 must be a string"},
		{"render", nil, "newsbrief.render: argument 1 must be a string"},
		{"parse", []any{""}, "newsbrief.parse: "},
	} {
		v := call(t, c.name, c.args...)
		if v.Type() != js.TypeObject || v.Get("error").Type() != js.TypeString {
			t.Errorf("%s(%v) = %v, want {error}", c.name, c.args, v)
			continue
		}
		if msg := v.Get("error").String(); !strings.HasPrefix(msg, c.want) {
			t.Errorf("%s(%v) error %q, want prefix %q", c.name, c.args, msg, c.want)
		}
	}
}

func TestGlobal(t *testing.T) {
	call(t, "parse", "x")
	keys := js.Global().Get("Object").Call("keys", js.Global().Get("newsbrief"))
	var got []string
	for i := range keys.Length() {
		got = append(got, keys.Index(i).String())
	}
	slices.Sort(got)
	if !slices.Equal(got, []string{"parse", "render"}) {
		t.Errorf("globalThis.newsbrief has %v, want exactly parse and render", got)
	}
}

// TestRenderWhatsNext: the section added last reaches the widget by the
// key the sections= attribute takes, under its heading.
func TestRenderWhatsNext(t *testing.T) {
	out := mustString(t, call(t, "render", `{"version":1,"headline":"H","whatsNext":[{"text":"A vote is due on Tuesday."}]}`))
	for _, want := range []string{`data-nb="whatsNext"`, `>What's next</h3>`, `A vote is due on Tuesday.`} {
		if !strings.Contains(out, want) {
			t.Errorf("render lacks %s:\n%s", want, out)
		}
	}
}
