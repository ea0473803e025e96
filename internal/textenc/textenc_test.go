package textenc

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestDecode(t *testing.T) {
	euckr := []byte{0xc7, 0xd1, 0xb1, 0xb9} // "한국" in EUC-KR
	tests := []struct {
		name        string
		data        []byte
		contentType string
		want, cs    string
	}{
		{"utf-8", []byte("<p>Café</p>"), "", "<p>Café</p>", "utf-8"},
		{"utf-8 despite its header", []byte("<p>Café</p>"), "text/html; charset=iso-8859-1", "<p>Café</p>", "utf-8"},
		{"header", euckr, "text/html; charset=euc-kr", "한국", "euc-kr"},
		{"meta after 1 KiB", append(append([]byte("<html><head>"+string(make([]byte, 0))), []byte("<!-- "+string(bytesOf(' ', 2000))+" --><meta charset=\"euc-kr\"></head>")...), euckr...), "", "", "euc-kr"},
		{"byte order mark", []byte("\xef\xbb\xbfhi"), "", "hi", "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cs := Decode(tt.data, tt.contentType)
			assert.True(t, utf8.Valid(got))
			assert.Equal(t, tt.cs, cs)
			if tt.want != "" {
				assert.Equal(t, tt.want, string(got))
			} else {
				assert.Contains(t, string(got), "한국")
			}
		})
	}
	got, _ := Decode([]byte{0xff, 0xfe, 'h', 0, 'i', 0}, "")
	assert.Equal(t, "hi", string(got), "UTF-16 with a byte order mark")
}

func bytesOf(c byte, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = c
	}
	return b
}
