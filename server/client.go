package server

import (
	"net"
	"net/http"
	"net/netip"
)

// ClientKey names the client a request comes from, for the per-client
// limits (WithClientLimits): by default the address of the connection's
// peer, IPv6 addresses by their /64 network, which one host usually owns
// whole. Behind a reverse proxy every request comes from the proxy: pass
// WithClientKey a function that reads the header the proxy sets.
type ClientKey func(r *http.Request) string

// remoteClient is the default ClientKey.
func remoteClient(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return host
	}
	ip = ip.Unmap()
	if ip.Is6() {
		p, _ := ip.WithZone("").Prefix(64)
		return p.String()
	}
	return ip.String()
}
