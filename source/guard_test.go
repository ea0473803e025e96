package source

import (
	"net/netip"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBlockedAddr(t *testing.T) {
	blocked := []string{
		"0.0.0.0", "0.1.2.3", "127.0.0.1", "127.255.255.254", "10.0.0.1", "172.16.0.1", "172.31.255.255",
		"192.168.1.1", "169.254.169.254", "100.64.0.1", "100.127.255.255", "224.0.0.1", "239.255.255.250",
		"255.255.255.255", "240.0.0.1", "192.0.2.1", "198.18.0.1", "198.51.100.7", "203.0.113.9", "192.0.0.8",
		"::", "::1", "::127.0.0.1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254",
		"fc00::1", "fd12:3456::1", "fe80::1", "fe80::1%eth0", "febf::1", "fec0::1", "ff02::1", "ff0e::1",
		"64:ff9b::7f00:1", "64:ff9b::a00:1", "64:ff9b:1::1", "2002:7f00:1::", "2002:a9fe:a9fe::1",
		"2001:db8::1", "2001::1", "100::1",
	}
	allowed := []string{
		"8.8.8.8", "1.1.1.1", "93.184.216.34", "172.32.0.1", "172.15.255.255", "100.63.255.255",
		"100.128.0.1", "192.169.0.1", "169.255.0.1", "223.255.255.255", "11.0.0.1",
		"2606:4700:4700::1111", "2a00:1450:4001::200e", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1",
	}
	for _, s := range blocked {
		assert.True(t, blockedAddr(netip.MustParseAddr(s)), s)
	}
	for _, s := range allowed {
		assert.False(t, blockedAddr(netip.MustParseAddr(s)), s)
	}
	assert.True(t, blockedAddr(netip.Addr{}), "the zero Addr")
}

func TestNumericHost(t *testing.T) {
	tests := []struct {
		host    string
		want    string // "" when not numeric
		invalid bool
	}{
		{"2130706433", "127.0.0.1", false},
		{"0x7f000001", "127.0.0.1", false},
		{"0X7F000001", "127.0.0.1", false},
		{"017700000001", "127.0.0.1", false},
		{"0177.0.0.1", "127.0.0.1", false},
		{"0x7f.1", "127.0.0.1", false},
		{"127.1", "127.0.0.1", false},
		{"127.0.1", "127.0.0.1", false},
		{"0", "0.0.0.0", false},
		{"0x", "0.0.0.0", false},
		{"1.2.3.4", "1.2.3.4", false},
		{"1.2.3.4.", "1.2.3.4", false},
		{"0xa9.0376.0xa9fe", "169.254.169.254", false},
		{"4294967295", "255.255.255.255", false},
		{"4294967296", "", true},
		{"256.1.1.1", "", true},
		{"1.2.3.4.5", "", true},
		{"1.2.65536", "", true},
		{"09.1.1.1", "", true},
		{"0xg.1", "", true},
		{"example.123", "", true},
		{"1..2", "", true},
		{"example.com", "", false},
		{"1.2.3.com", "", false},
		{"0x7f.example", "", false},
		{"localhost", "", false},
		{"news.co.kr", "", false},
		{"", "", false},
		{".", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.host, func(t *testing.T) {
			ip, numeric, err := numericHost(tt.host)
			if tt.invalid {
				assert.True(t, numeric)
				require.ErrorIs(t, err, ErrUnsupportedURL)
				return
			}
			require.NoError(t, err)
			if tt.want == "" {
				assert.False(t, numeric)
				return
			}
			assert.True(t, numeric)
			assert.Equal(t, tt.want, ip.String())
		})
	}
}

func TestLocalName(t *testing.T) {
	for _, h := range []string{"localhost", "LocalHost", "localhost.", "a.localhost", "x.y.localhost."} {
		assert.True(t, localName(h), h)
	}
	for _, h := range []string{"localhost.example.com", "notlocalhost", "example.com", ""} {
		assert.False(t, localName(h), h)
	}
}
