// Package pagebrief builds the brief of a news page: extract's article
// becomes a brief.Document, with its outlet, canonical URL and press
// release flag, and compose builds its brief. It is package newsbrief's
// FromHTML and Document without the network: package newsbrief imports
// source, whose Fetch brings net/http and crypto/tls, and the browser
// build (wasm/full) must not (about 350 KB with brotli).
package pagebrief

import (
	"cmp"
	"context"
	"io"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
	"github.com/newsbrief/newsbrief/extract"
	"github.com/newsbrief/newsbrief/internal/outlet"
)

// FromHTML is newsbrief.FromHTML: it extracts the article from a page's
// HTML with extract.FromReader and builds its brief with compose.Build.
// Errors are extract's, compose's or the context's.
func FromHTML(ctx context.Context, r io.Reader, extractOpts []extract.Option, buildOpts []compose.Option) (*brief.Brief, error) {
	a, err := extract.FromReader(r, extractOpts...)
	if err != nil {
		return nil, err
	}
	return compose.Build(ctx, []brief.Document{Document(a, "", "", brief.Date{})}, buildOpts...)
}

// Document is newsbrief.Document: the brief.Document of an extracted
// article, with the outlet's display name and domain from outlet.Outlet,
// the canonical form of its URL and whether it is a press release
// (outlet.IsPressRelease), then title, outletName and published where
// they are not zero (see brief.Document.WithMeta).
func Document(a *extract.Article, title, outletName string, published brief.Date) brief.Document {
	d := a.Document()
	if d.URL != "" {
		d.Outlet, d.Domain = outlet.Outlet(d.URL, a.Outlet)
		if u, err := outlet.Canonical(d.URL); err == nil {
			d.URL = u
		}
	}
	d.PressRelease = outlet.IsPressRelease(cmp.Or(d.URL, d.Domain))
	return d.WithMeta(title, outletName, published)
}
