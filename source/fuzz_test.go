package source

import (
	"errors"
	"github.com/newsbrief/newsbrief/internal/textenc"
	"net/netip"
	"strconv"
	"testing"
	"unicode/utf8"
)

// FuzzNumericHost feeds arbitrary hosts to the IPv4 host parser: it must
// not panic, and an address it finds must read back the same when written
// as dotted decimal or as a single number.
func FuzzNumericHost(f *testing.F) {
	for _, s := range []string{"2130706433", "0x7f.1", "0177.0.0.1", "1.2.3.4.", "0x", "09", "example.com", "1.2.3.4.5", "4294967296"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, host string) {
		ip, numeric, err := numericHost(host)
		if !numeric || err != nil {
			if err != nil && !errors.Is(err, ErrUnsupportedURL) {
				t.Fatalf("numericHost(%q): untyped error %v", host, err)
			}
			return
		}
		b := ip.As4()
		n := uint64(b[0])<<24 | uint64(b[1])<<16 | uint64(b[2])<<8 | uint64(b[3])
		for _, s := range []string{ip.String(), strconv.FormatUint(n, 10)} {
			back, numeric, err := numericHost(s)
			if !numeric || err != nil || back != ip {
				t.Fatalf("numericHost(%q) = %v, but numericHost(%q) = %v, %v, %v", host, ip, s, back, numeric, err)
			}
		}
		if blockedAddr(ip) != blockedAddr(netip.AddrFrom16(ip.As16())) {
			t.Fatalf("%v and its IPv4-mapped form are judged differently", ip)
		}
	})
}

// FuzzDecodeText feeds arbitrary bodies and Content-Types to the charset
// decoder: it must not panic and must return valid UTF-8.
func FuzzDecodeText(f *testing.F) {
	f.Add([]byte("<p>Caf\xe9</p>"), "text/html; charset=windows-1252")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "text/html")
	f.Add([]byte(`<meta charset="euc-kr"><p>`+"\xc7\xd7\xb1\xb8"), "")
	f.Add([]byte("<p>ok</p>"), "text/html; charset=utf-16")
	f.Add([]byte("\x1b$)C\x0e"), "text/html; charset=iso-2022-kr")
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		out, name := textenc.Decode(data, contentType)
		if !utf8.Valid(out) {
			t.Fatalf("Decode(%q, %q) = %q (%s): not UTF-8", data, contentType, out, name)
		}
		if name == "" {
			t.Fatalf("Decode(%q, %q): no charset name", data, contentType)
		}
	})
}
