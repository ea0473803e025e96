package brief

import _ "embed"

// Schema is the JSON Schema (draft 2020-12) of the JSON that WriteJSON
// writes and Parse reads.
//
//go:embed brief.schema.json
var Schema []byte
