package htmlparse

import (
	"go/build"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestImportsStayLight keeps what would make the browser build large out
// of the package (tests may use it).
func TestImportsStayLight(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, heavy := range []string{"fmt", "reflect", "regexp", "encoding/json", "html", "os", "golang.org/x/net/html"} {
		assert.NotContains(t, pkg.Imports, heavy)
	}
}
