// Package shared finds the read-only data directory that sits beside the
// newsbrief module root as ../shared, for tests, benchmarks and the bench
// commands, and the module root itself (where newsbrief serve looks for
// wasm/dist):
//
//	dir, err := shared.Dir() // …/shared, or an error when it is absent
//	aeb := filepath.Join(dir, "data", "aeb")
package shared

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
)

// Module is the path of the module whose root the shared directory sits
// beside.
const Module = "github.com/newsbrief/newsbrief"

// ErrNotFound means there is no shared directory beside the module root.
var ErrNotFound = errors.New("shared: no ../shared beside the newsbrief module root")

// ErrNoModule means the working directory is not inside the newsbrief
// module.
var ErrNoModule = errors.New("shared: not inside the newsbrief module")

// Dir walks up from the working directory to the go.mod that declares
// Module (skipping other modules' go.mod, such as bench's) and returns the
// shared directory beside that module root.
func Dir() (string, error) {
	root, err := ModuleRoot()
	if err != nil {
		return "", ErrNotFound
	}
	s := filepath.Join(filepath.Dir(root), "shared")
	if fi, err := os.Stat(s); err != nil || !fi.IsDir() {
		return "", ErrNotFound
	}
	return s, nil
}

// ModuleRoot walks up from the working directory to the go.mod that
// declares Module, skipping other modules' go.mod, and returns its
// directory.
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if declaresModule(filepath.Join(dir, "go.mod")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", ErrNoModule
		}
		dir = parent
	}
}

// declaresModule reports whether the go.mod at path declares Module.
func declaresModule(path string) bool {
	data, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	for line := range strings.Lines(string(data)) {
		if name, ok := strings.CutPrefix(strings.TrimSpace(line), "module "); ok {
			return strings.Trim(strings.TrimSpace(name), `"`) == Module
		}
	}
	return false
}
