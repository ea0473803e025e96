package bom

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDecodeUTF16(t *testing.T) {
	_, _, ok := DecodeUTF16([]byte("no mark"))
	assert.False(t, ok)
	tests := []struct {
		name, data, want, cs string
	}{
		{"little endian", "\xff\xfeh\x00i\x00", "hi", "utf-16le"},
		{"big endian", "\xfe\xff\x00h\x00i", "hi", "utf-16be"},
		{"surrogate pair", "\xff\xfe\x3d\xd8\x00\xde", "😀", "utf-16le"},
		{"unpaired surrogate", "\xff\xfe\x3d\xd8a\x00", "\uFFFDa", "utf-16le"},
		{"odd trailing byte", "\xfe\xff\x00h\x00", "h\uFFFD", "utf-16be"},
		{"Korean", "\xff\xfe\x5c\xd5\x6d\xad", "한국", "utf-16le"},
		{"mark only", "\xff\xfe", "", "utf-16le"},
	}
	for _, tt := range tests {
		got, cs, ok := DecodeUTF16([]byte(tt.data))
		assert.True(t, ok, tt.name)
		assert.Equal(t, tt.want, string(got), tt.name)
		assert.Equal(t, tt.cs, cs, tt.name)
	}
}
