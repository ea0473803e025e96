// Package outlet is the part of package source that needs no network:
// the canonical form of an article's URL (Canonical), the name of the
// outlet that published it (Outlet) and whether it is a press release
// (IsPressRelease). Package source exports them unchanged, with their full
// documentation; they live here so that the browser build
// (wasm/full, through internal/pagebrief) can name outlets without
// importing source, whose Fetch brings net/http and crypto/tls (about
// 350 KB with brotli in newsbrief.wasm).
package outlet
