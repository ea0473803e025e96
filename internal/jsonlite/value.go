package jsonlite

import "strings"

// Kind is the type of a JSON value.
type Kind uint8

// The kinds of JSON values.
const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

var kindNames = [...]string{"null", "boolean", "number", "string", "array", "object"}

// String returns the JSON name of k, such as "string".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "invalid"
}

// Value is one JSON value.
type Value struct {
	// Kind is the value's type.
	Kind Kind
	// Offset is the byte offset of the value in the document.
	Offset int
	// Str is a string's decoded text, or a number's literal.
	Str string
	// Bool is a boolean's value.
	Bool bool
	// Elems are an array's elements.
	Elems []Value
	// Members are an object's members in document order; a name may repeat.
	Members []Member
}

// Member is one name and value of an object.
type Member struct {
	// Name is the member's name, decoded.
	Name string
	// Value is the member's value.
	Value Value
}

// Match returns the index in names of the name a member called name sets,
// or -1. Like encoding/json, it prefers an exact match but accepts one that
// differs only in case.
func Match(name string, names []string) int {
	folded := -1
	for i, n := range names {
		if n == name {
			return i
		}
		if folded < 0 && strings.EqualFold(n, name) {
			folded = i
		}
	}
	return folded
}
