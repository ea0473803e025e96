// Package aeb loads the article extraction benchmark pages from the shared
// data directory: each page's HTML, URL and ground-truth article body.
//
//	pages, err := aeb.Load(filepath.Join(sharedDir, "data", "aeb"))
//	for _, p := range pages { html, err := p.HTML() … }
package aeb
