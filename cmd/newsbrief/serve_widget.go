package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// widgetFile is a file every widget build has.
const widgetFile = "news-brief.js"

// widgetDir returns the directory of the widget's files: dir when given,
// else wasm/dist in the newsbrief source tree the working directory is
// in, where go run ./wasm/build writes them. The files are not committed,
// so an error says how to get them.
func widgetDir(dir string) (string, error) {
	if dir == "" {
		root, err := moduleRoot()
		if err != nil {
			return "", err
		}
		dir = filepath.Join(root, "wasm", "dist")
	}
	if _, err := os.Stat(filepath.Join(dir, widgetFile)); err != nil {
		return "", fmt.Errorf("no widget in %s (%s is missing): build it with go run ./wasm/build in the newsbrief source tree", dir, widgetFile)
	}
	return dir, nil
}

// errNoSourceTree means the working directory is not in the newsbrief
// source tree.
var errNoSourceTree = errors.New("not in the newsbrief source tree, where go run ./wasm/build writes wasm/dist; pass -widget DIR")

// moduleRoot walks up from the working directory to the go.mod of the
// newsbrief module.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if declaresNewsbrief(filepath.Join(dir, "go.mod")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errNoSourceTree
		}
		dir = parent
	}
}

// declaresNewsbrief reports whether the go.mod at path is newsbrief's.
func declaresNewsbrief(path string) bool {
	data, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	for line := range strings.Lines(string(data)) {
		if name, ok := strings.CutPrefix(strings.TrimSpace(line), "module "); ok {
			return strings.Trim(strings.TrimSpace(name), `"`) == "github.com/newsbrief/newsbrief"
		}
	}
	return false
}
