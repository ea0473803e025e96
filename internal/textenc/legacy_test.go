//go:build !js

package textenc

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/newsbrief/newsbrief/internal/bom"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/unicode"
)

// FuzzDecodeUTF16 checks the hand-written UTF-16 decoder against x/text's
// on well-formed UTF-16. On unpaired surrogates they differ: Decode gives
// one U+FFFD for each, as browsers do (WHATWG Encoding); x/text sometimes
// gives one for two.
func FuzzDecodeUTF16(f *testing.F) {
	f.Add([]byte("\xff\xfeh\x00i\x00"))
	f.Add([]byte("\xfe\xff\xd8\x3d\xde\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		want, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		got, _, ok := bom.DecodeUTF16(data)
		if err != nil || !ok || bytes.ContainsRune(want, utf8.RuneError) {
			return // no byte order mark, or not well-formed
		}
		require.Equal(t, string(want), string(got), "%q", data)
	})
}
