package main

import (
	"os"
	"path/filepath"
)

// npmFiles are the files of the npm package that are not build output,
// copied from wasm/web/npm: the manifest, the types and the README.
var npmFiles = []string{"package.json", "news-brief.d.ts", "README.md"}

// writeNPM writes the npm package @newsbrief/widget into dist/npm: the
// files of wasm/web/npm and the built files (uncompressed: npm pack
// compresses the tarball, and the server a page uses compresses what it
// sends). It writes and removes only those names.
func writeNPM(root, dist string, built []string) error {
	dir := filepath.Join(dist, "npm")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range npmFiles {
		copyFile(filepath.Join(root, "wasm", "web", "npm", f), filepath.Join(dir, f))
	}
	for _, f := range built {
		copyFile(filepath.Join(dist, f), filepath.Join(dir, f))
	}
	return nil
}
