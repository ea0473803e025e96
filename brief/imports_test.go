package brief

import (
	"go/build"
	"testing"

	"github.com/stretchr/testify/assert"
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
