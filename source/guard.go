package source

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// The guard against server-side request forgery checks the address Fetch
// dials, not the URL's text: the host is resolved once, every address is
// checked, and a checked address is dialled, so neither odd spellings of
// an address (http://2130706433/, http://0x7f.1/) nor a DNS answer that
// changes between check and dial get through. A net.Dialer Control
// function checks the socket's address again just before connecting.

// blockedPrefixes are the ranges Fetch refuses: anything that is not
// globally reachable unicast.
var blockedPrefixes = func() []netip.Prefix {
	var ps []netip.Prefix
	for _, s := range []string{
		"0.0.0.0/8",       // "this network", unspecified
		"10.0.0.0/8",      // private (RFC 1918)
		"100.64.0.0/10",   // shared address space, CGNAT (RFC 6598)
		"127.0.0.0/8",     // loopback
		"169.254.0.0/16",  // link-local, cloud metadata
		"172.16.0.0/12",   // private (RFC 1918)
		"192.0.0.0/24",    // IETF protocol assignments
		"192.0.2.0/24",    // documentation
		"192.88.99.0/24",  // 6to4 relay anycast
		"192.168.0.0/16",  // private (RFC 1918)
		"198.18.0.0/15",   // benchmarking
		"198.51.100.0/24", // documentation
		"203.0.113.0/24",  // documentation
		"224.0.0.0/4",     // multicast
		"240.0.0.0/4",     // reserved, broadcast
		"64:ff9b:1::/48",  // local-use NAT64
		"2001::/23",       // IETF protocol assignments, Teredo
		"2001:db8::/32",   // documentation
		"3fff::/20",       // documentation
		"5f00::/16",       // SRv6 SIDs
	} {
		ps = append(ps, netip.MustParsePrefix(s))
	}
	return ps
}()

var (
	globalUnicast6 = netip.MustParsePrefix("2000::/3")
	nat64          = netip.MustParsePrefix("64:ff9b::/96")
	sixToFour      = netip.MustParsePrefix("2002::/16")
)

// blockedAddr reports whether ip is an address Fetch refuses to connect
// to. IPv4-mapped IPv6 addresses are judged as IPv4, and so are the IPv4
// addresses embedded in NAT64 (64:ff9b::/96) and 6to4 (2002::/16)
// addresses. IPv6 outside 2000::/3 (loopback, unspecified, unique local
// fc00::/7, link-local fe80::/10, multicast ff00::/8, …) is refused.
func blockedAddr(ip netip.Addr) bool {
	ip = ip.WithZone("").Unmap()
	if !ip.IsValid() {
		return true
	}
	if ip.Is6() {
		b := ip.As16()
		switch {
		case nat64.Contains(ip):
			return blockedAddr(netip.AddrFrom4([4]byte(b[12:16])))
		case sixToFour.Contains(ip):
			return blockedAddr(netip.AddrFrom4([4]byte(b[2:6])))
		case !globalUnicast6.Contains(ip):
			return true
		}
	}
	for _, p := range blockedPrefixes {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// numericHost parses host as an IPv4 address the way browsers (the WHATWG
// URL standard) and inet_aton do: one to four dot-separated parts, each
// decimal, octal (leading 0) or hexadecimal (0x), the last part filling
// the remaining bytes, so "2130706433", "0x7f.1" and "0177.0.0.1" are all
// 127.0.0.1. numeric is false when host is a domain name (its last label
// is not a number); err is non-nil when host looks numeric but is not a
// valid address.
func numericHost(host string) (ip netip.Addr, numeric bool, err error) {
	parts := strings.Split(host, ".")
	if len(parts) > 1 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	last := parts[len(parts)-1]
	if last == "" {
		return netip.Addr{}, false, nil
	}
	if _, ok := ipv4Number(last); !ok && strings.Trim(last, "0123456789") != "" {
		return netip.Addr{}, false, nil
	}
	bad := fmt.Errorf("%w: invalid IPv4 host %q", ErrUnsupportedURL, host)
	if len(parts) > 4 {
		return netip.Addr{}, true, bad
	}
	var v uint64
	for i, p := range parts {
		n, ok := ipv4Number(p)
		if !ok {
			return netip.Addr{}, true, bad
		}
		if i < len(parts)-1 {
			if n > 255 {
				return netip.Addr{}, true, bad
			}
			v = v<<8 | n
			continue
		}
		width := 8 * uint(5-len(parts))
		if n >= 1<<width {
			return netip.Addr{}, true, bad
		}
		v = v<<width | n
	}
	return netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}), true, nil
}

// ipv4Number parses one part of an IPv4 host: decimal, octal with a
// leading 0, hexadecimal with 0x ("0x" alone is 0).
func ipv4Number(s string) (uint64, bool) {
	if s == "" {
		return 0, false
	}
	base := 10
	switch {
	case len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X"):
		s, base = s[2:], 16
		if s == "" {
			return 0, true
		}
	case len(s) >= 2 && s[0] == '0':
		s, base = s[1:], 8
	}
	n, err := strconv.ParseUint(s, base, 64)
	return n, err == nil
}

// localName reports whether host is localhost or under .localhost, names
// that always mean loopback (RFC 6761) and are refused without a lookup.
func localName(host string) bool {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	return host == "localhost" || strings.HasSuffix(host, ".localhost")
}

// resolver looks up the addresses of a host name.
type resolver func(ctx context.Context, host string) ([]netip.Addr, error)

func lookupHost(ctx context.Context, host string) ([]netip.Addr, error) {
	return net.DefaultResolver.LookupNetIP(ctx, "ip", host)
}

// addrs returns the addresses of host: the address itself when host is
// one, in any of its spellings, else the addresses its name resolves to.
// With the guard on, a host with any refused address is refused.
func (c *config) addrs(ctx context.Context, host string) ([]netip.Addr, error) {
	var ips []netip.Addr
	if ip, err := netip.ParseAddr(host); err == nil {
		ips = []netip.Addr{ip}
	} else if ip, numeric, err := numericHost(host); numeric {
		if err != nil {
			return nil, err
		}
		ips = []netip.Addr{ip}
	} else if !c.allowPrivate && localName(host) {
		return nil, fmt.Errorf("%w: %s (%s)", ErrBlockedAddress, host, BlockedHint)
	} else {
		if ips, err = c.resolve(ctx, host); err != nil {
			return nil, err
		}
		if len(ips) == 0 {
			return nil, &net.DNSError{Err: "no addresses", Name: host, IsNotFound: true}
		}
	}
	if !c.allowPrivate {
		for _, ip := range ips {
			if c.blocked(ip) {
				if ip.String() == host {
					return nil, fmt.Errorf("%w: %s (%s)", ErrBlockedAddress, host, BlockedHint)
				}
				return nil, fmt.Errorf("%w: %s is %s (%s)", ErrBlockedAddress, host, ip, BlockedHint)
			}
		}
	}
	return ips, nil
}

// minDialTime is the least time each address of a host gets when Fetch
// tries them in turn.
const minDialTime = 2 * time.Second

// dial is the transport's DialContext: it resolves and checks the host
// (see addrs) and connects to the checked addresses in turn.
func (c *config) dial(ctx context.Context, network, address string) (net.Conn, error) {
	host, port, err := net.SplitHostPort(address)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnsupportedURL, err)
	}
	ips, err := c.addrs(ctx, host)
	if err != nil {
		return nil, err
	}
	d := net.Dialer{}
	if !c.allowPrivate {
		d.Control = c.checkSocket
	}
	var first error
	for i, ip := range ips {
		attempt := ctx
		if deadline, ok := ctx.Deadline(); ok && i < len(ips)-1 {
			share := max(time.Until(deadline)/time.Duration(len(ips)-i), minDialTime)
			var cancel context.CancelFunc
			attempt, cancel = context.WithTimeout(ctx, share)
			defer cancel()
		}
		conn, err := d.DialContext(attempt, network, net.JoinHostPort(ip.String(), port))
		if err == nil {
			return conn, nil
		}
		if first == nil {
			first = err
		}
		if ctx.Err() != nil {
			break
		}
	}
	return nil, first
}

// checkSocket is the dialer's Control function: the last check of the
// address a socket is about to connect to.
func (c *config) checkSocket(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil || c.blocked(ap.Addr()) {
		return fmt.Errorf("%w: %s (%s)", ErrBlockedAddress, address, BlockedHint)
	}
	return nil
}
