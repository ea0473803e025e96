package brief

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAssetsGenerated fails when html_style.css or brief.schema.json was
// edited and assets_gen.go not regenerated (go generate ./brief).
func TestAssetsGenerated(t *testing.T) {
	css, err := os.ReadFile("html_style.css")
	require.NoError(t, err)
	assert.Equal(t, string(css), Stylesheet, "run go generate ./brief")
	schema, err := os.ReadFile("brief.schema.json")
	require.NoError(t, err)
	assert.Equal(t, string(schema), string(Schema), "run go generate ./brief")
}
