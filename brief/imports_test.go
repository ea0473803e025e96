package brief

import (
	"go/build"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestImportsStayLight keeps the packages that would make the browser
// build large out of brief (tests may use them).
func TestImportsStayLight(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, heavy := range []string{"fmt", "reflect", "regexp", "encoding/json", "html", "net/http", "os",
		"golang.org/x/net/html", "github.com/newsbrief/newsbrief/extract", "github.com/newsbrief/newsbrief/source"} {
		assert.NotContains(t, pkg.Imports, heavy)
	}
}

// TestNoBuildCode keeps building out of brief, whose every dependency
// lands in the browser's render build: no package of compose's pipeline
// may be among brief's dependencies, however indirectly.
func TestNoBuildCode(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	require.NoError(t, err)
	deps := strings.Fields(string(out))
	require.Contains(t, deps, "github.com/newsbrief/newsbrief/internal/jsonlite", "go list -deps lists brief's dependencies")
	for _, build := range []string{"compose", "internal/classify", "internal/cue", "internal/sentence", "internal/words", "internal/langtag",
		"extract", "source", "internal/textenc"} {
		assert.NotContains(t, deps, "github.com/newsbrief/newsbrief/"+build)
	}
}

// TestNoTimeInBrowserBuild keeps package time out of the render build's
// dependencies, however indirectly (package embed brings it through io/fs):
// time and the runtime settings it registers cost about 45 KB with brotli.
func TestNoTimeInBrowserBuild(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", ".")
	cmd.Env = append(cmd.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	require.NoError(t, err)
	deps := strings.Fields(string(out))
	require.Contains(t, deps, "github.com/newsbrief/newsbrief/internal/htmlparse", "go list -deps lists brief's dependencies")
	for _, heavy := range []string{"time", "embed", "io/fs", "fmt", "reflect", "regexp", "encoding/json", "net/http", "os"} {
		assert.NotContains(t, deps, heavy)
	}
}
