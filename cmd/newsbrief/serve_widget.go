package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsbrief/newsbrief/internal/shared"
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

// moduleRoot returns the root of the newsbrief source tree the working
// directory is in.
func moduleRoot() (string, error) {
	root, err := shared.ModuleRoot()
	if errors.Is(err, shared.ErrNoModule) {
		return "", errNoSourceTree
	}
	return root, err
}
