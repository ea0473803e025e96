package brief

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSchemaGenerated fails when brief.schema.json was edited and
// schema_gen.go not regenerated (go generate ./brief).
func TestSchemaGenerated(t *testing.T) {
	schema, err := os.ReadFile("brief.schema.json")
	require.NoError(t, err)
	assert.Equal(t, string(schema), string(Schema), "run go generate ./brief")
}
