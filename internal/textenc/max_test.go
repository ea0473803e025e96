package textenc

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecodeMax(t *testing.T) {
	euro := bytes.Repeat([]byte{0x80}, 1000) // windows-1252: 3 bytes of UTF-8 each
	_, _, err := DecodeMax(euro, "text/html; charset=windows-1252", 2999)
	require.ErrorIs(t, err, ErrTooLarge)
	out, cs, err := DecodeMax(euro, "text/html; charset=windows-1252", 3000)
	require.NoError(t, err)
	assert.Equal(t, "windows-1252", cs)
	assert.Equal(t, string(bytes.Repeat([]byte("€"), 1000)), string(out))

	utf16 := append([]byte{0xfe, 0xff}, bytes.Repeat([]byte{0xac, 0x00}, 1000)...) // "가" in UTF-16BE
	_, _, err = DecodeMax(utf16, "", 2999)
	require.ErrorIs(t, err, ErrTooLarge)
	out, cs, err = DecodeMax(utf16, "", 3000)
	require.NoError(t, err)
	assert.Equal(t, "utf-16be", cs)
	assert.Equal(t, string(bytes.Repeat([]byte("가"), 1000)), string(out))
}

// FuzzDecodeMax checks that DecodeMax gives what Decode gives when the
// result fits, and ErrTooLarge when it is one byte too long.
func FuzzDecodeMax(f *testing.F) {
	f.Add([]byte("<p>Café</p>"), "")
	f.Add([]byte{0xc7, 0xd1, 0xb1, 0xb9}, "text/html; charset=euc-kr")
	f.Add([]byte("\xff\xfeh\x00i\x00\x00\xd8"), "")
	f.Add([]byte("\xfe\xff\xd8\x3d\xde\x00\x00"), "")
	f.Add([]byte("\xef\xbb\xbf\x80abc"), "text/plain; charset=windows-1252")
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		want, wantCS := Decode(data, contentType)
		got, cs, err := DecodeMax(data, contentType, int64(len(want)))
		require.NoError(t, err)
		require.Equal(t, string(want), string(got))
		require.Equal(t, wantCS, cs)
		if len(want) > 0 {
			_, _, err = DecodeMax(data, contentType, int64(len(want)-1))
			require.ErrorIs(t, err, ErrTooLarge)
		}
	})
}
