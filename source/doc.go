// Package source knows where articles come from: it fetches pages safely
// from untrusted URLs, gives an article's URL a canonical form, and names
// the outlet that published it.
//
//	page, err := source.Fetch(ctx, rawURL)
//	if err != nil {
//		return err // errors.Is(err, source.ErrBlockedAddress), source.ErrNotHTML, source.ErrStatus, …
//	}
//	a, err := extract.FromReader(bytes.NewReader(page.Body), extract.WithURL(page.URL))
//
// Then name the outlet and key the article by its canonical URL:
//
//	name, domain := source.Outlet(page.URL, a.Outlet) // "The Korea Herald", "koreaherald.com"
//	key, _ := source.Canonical(cmp.Or(a.CanonicalURL, page.URL))
//
// Fetch is meant for addresses from untrusted input. It fetches only
// http and https; it refuses loopback, private, link-local, multicast,
// CGNAT and other non-public addresses however they are written (decimal,
// octal and hexadecimal IPv4, IPv4-mapped IPv6) by checking the address it
// dials after resolving the host, so DNS rebinding cannot slip past the
// check; it follows at most five redirects, each checked like the first
// URL; and it bounds the time (15 s), the body (10 MiB, counted after gzip
// or deflate is undone and again once decoded to UTF-8) and the content type (HTML, XHTML or plain text). The
// body is decoded to UTF-8 from the charset the header, byte order mark
// or <meta> declares. WithAllowPrivate(true) lifts the address check for
// tests and intranets.
//
// Canonical lower-cases the scheme and host, drops default ports,
// fragments and tracking parameters (utm_*, fbclid, gclid, …; see
// TrackingParams), and maps AMP versions to the article itself. Outlet
// names the publisher from the page's own site name, else a built-in table
// of nearly 350 outlets, wires and newsrooms in the US, Europe, Korea, Japan
// and elsewhere (internal/outlet/outlets.txt), else the domain;
// IsPressRelease tells wires and company newsrooms from news outlets. These
// three live in internal/outlet, which needs no network, so that the
// browser build can use them without Fetch's net/http.
package source
