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
