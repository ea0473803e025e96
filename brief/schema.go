package brief

//go:generate go run gen_schema.go

// Schema is the JSON Schema (draft 2020-12) of the JSON that WriteJSON
// writes and Parse reads. Its source is brief.schema.json.
var Schema = []byte(schemaJSON)
