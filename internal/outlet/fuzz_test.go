package outlet

import (
	"errors"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzCanonical feeds arbitrary strings to Canonical: it must not panic,
// must fail only with ErrUnsupportedURL, and must return an http(s) URL
// without fragment or tracking parameters that it maps to itself.
func FuzzCanonical(f *testing.F) {
	for _, s := range []string{
		"https://www.example.com/news/a?utm_source=x&id=1#top",
		"HTTP://Example.COM:80",
		"https://amp.amp.example.com/amp/a.amp.amp?amp=1&outputType=amp",
		"https://x.cdn.ampproject.org/c/s/y.cdn.ampproject.org/c/example.com/a",
		"https://www.google.com/amp/s/www.google.com/amp/example.com/amp",
		"http://[fe80::1%25eth0]:80/a%2fb?q=%zz&&",
		"https://user:pw@example.com:0443/a/./b/../c;p?x=1;y=2",
		"https://example.com/%E2%82%AC/한국어?q=서울#frag",
		"javascript:alert(1)",
		"//example.com/a",
		"https://example.com/a?x=1 #frag",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		c, err := Canonical(raw)
		if err != nil {
			if !errors.Is(err, ErrUnsupportedURL) {
				t.Fatalf("Canonical(%q): untyped error %v", raw, err)
			}
			return
		}
		again, err := Canonical(c)
		if err != nil || again != c {
			t.Fatalf("not idempotent: %q -> %q -> %q, %v", raw, c, again, err)
		}
		u, err := url.Parse(c)
		if err != nil {
			t.Fatalf("Canonical(%q) = %q does not parse: %v", raw, c, err)
		}
		if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" || u.Fragment != "" || u.User != nil {
			t.Fatalf("Canonical(%q) = %q", raw, c)
		}
		if cleanQuery(u.RawQuery) != u.RawQuery {
			t.Fatalf("Canonical(%q) = %q keeps tracking", raw, c)
		}
	})
}

// FuzzOutlet feeds arbitrary URLs and site names to Outlet and
// IsPressRelease: they must not panic, and the domain must be lower-case
// without "www.".
func FuzzOutlet(f *testing.F) {
	f.Add("https://www.koreaherald.com/a", "")
	f.Add("https://asia.nikkei.com/a", "Nikkei Asia")
	f.Add("riverside-post.example", "")
	f.Add("http://xn--hq1bm8jm9l.xn--3e0b707e/", "")
	f.Add("https://co.uk/", "")
	f.Add("http://[::1]:80/", " ")
	f.Add("http://www./", "")
	f.Fuzz(func(t *testing.T, pageURL, siteName string) {
		name, domain := Outlet(pageURL, siteName)
		IsPressRelease(pageURL)
		IsPressRelease(domain)
		if strings.HasPrefix(domain, "www.") && domain != "www." {
			t.Fatalf("Outlet(%q) domain %q starts with www.", pageURL, domain)
		}
		if domain != strings.ToLower(domain) && utf8.ValidString(domain) {
			t.Fatalf("Outlet(%q) domain %q is not lower-case", pageURL, domain)
		}
		if domain != "" && strings.TrimSpace(name) == "" {
			t.Fatalf("Outlet(%q, %q) has no name", pageURL, siteName)
		}
	})
}
