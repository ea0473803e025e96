package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsbrief/newsbrief/internal/shared"
	"github.com/newsbrief/newsbrief/server"
	"github.com/newsbrief/newsbrief/wasm/widget"
)

// widgetFile is a file every widget build has.
const widgetFile = "news-brief.js"

// widgetOption returns the server option that serves the widget's files,
// and where they come from: dir when given (an error when it holds no
// widget), else wasm/dist of the newsbrief source tree the working
// directory is in when go run ./wasm/build has written it there (a
// developer's fresh build), else the widget embedded in this binary.
func widgetOption(dir string) (server.Option, string, error) {
	if dir != "" {
		if _, err := os.Stat(filepath.Join(dir, widgetFile)); err != nil {
			return nil, "", fmt.Errorf("no widget in %s (%s is missing): build it with go run ./wasm/build in the newsbrief source tree, or leave out -widget to serve the one built in", dir, widgetFile)
		}
		return server.WithWidgetDir(dir), dir, nil
	}
	if root, err := moduleRoot(); err == nil {
		dist := filepath.Join(root, "wasm", "dist")
		if _, err := os.Stat(filepath.Join(dist, widgetFile)); err == nil {
			return server.WithWidgetDir(dist), dist, nil
		}
	}
	return server.WithWidget(widget.FS()), "built in", nil
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
