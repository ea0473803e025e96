package outlet

import (
	_ "embed"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

//go:embed outlets.txt
var outletsTxt string

// outletEntry is a line of outlets.txt.
type outletEntry struct {
	name  string
	press bool
}

// outlets is the table in outlets.txt, by domain.
var outlets = sync.OnceValue(func() map[string]outletEntry {
	m := make(map[string]outletEntry)
	for line := range strings.Lines(outletsTxt) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 2 {
			continue
		}
		m[fields[0]] = outletEntry{name: fields[1], press: len(fields) > 2 && fields[2] == "press"}
	}
	return m
})

// Outlet returns the display name and domain of the outlet that published
// the page at pageURL. The name is siteName when it is not blank (the
// caller passes what the page says, such as extract.Article.Outlet, from
// JSON-LD publisher or og:site_name); else it comes from a built-in table
// of news outlets, wires and newsrooms, looked up by the most specific
// host first (asia.nikkei.com is "Nikkei Asia", edition.cnn.com is "CNN");
// else it is made from the registrable domain ("riverside-post.example"
// gives "Riverside Post"). The domain is the page's host, lower-cased,
// without "www." ("nvidianews.nvidia.com"). pageURL may also be a bare
// host. Both are empty when pageURL has no host.
func Outlet(pageURL string, siteName string) (name, domain string) {
	domain = hostOf(pageURL)
	if domain == "" {
		return strings.Join(strings.Fields(siteName), " "), ""
	}
	if name = strings.Join(strings.Fields(siteName), " "); name != "" {
		return name, domain
	}
	if e, ok := lookupOutlet(domain); ok {
		return e.name, domain
	}
	return readableName(domain), domain
}

// IsPressRelease reports whether domain (a host, or a URL) belongs to a
// press-release wire or a company's newsroom rather than to a news outlet:
// the first-party sources of announcements. It is true for wires and
// newsrooms in the built-in table (PR Newswire, Business Wire,
// GlobeNewswire, NVIDIA Newsroom, Samsung Newsroom, …) and false for the
// news outlets there (news.sky.com, news.kbs.co.kr); for other domains it
// guesses from the name: a registrable domain ending in "wire"
// (accesswire.com), or a host under a registrable domain that starts with
// newsroom, press, pressroom, mediaroom, ir or investors, or is news, or
// joins "news" to the company's name (news.acme.com, newsroom.acme.com,
// acmenews.acme.com).
func IsPressRelease(domain string) bool {
	host := hostOf(domain)
	if host == "" {
		return false
	}
	if e, ok := lookupOutlet(host); ok {
		return e.press
	}
	reg, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return false
	}
	company := registrableLabel(reg)
	if len(company) > len("wire") && strings.HasSuffix(company, "wire") {
		return true
	}
	if host == reg {
		return false
	}
	first, _, _ := strings.Cut(host, ".")
	switch first {
	case "news", "newsroom", "newsrooms", "press", "pressroom", "presse", "presscenter",
		"mediaroom", "mediacenter", "media-center", "ir", "investor", "investors":
		return true
	}
	return first == company+"news" || first == "news"+company || first == company+"newsroom"
}

// hostOf returns the lower-case host of a URL or bare host name, without
// a trailing dot or "www.".
func hostOf(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		if u, err = url.Parse("http://" + s); err != nil {
			return ""
		}
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if rest, ok := strings.CutPrefix(host, "www."); ok && rest != "" {
		host = rest
	}
	return host
}

// lookupOutlet finds host in the outlet table, trying the host, then each
// parent down to its registrable domain.
func lookupOutlet(host string) (outletEntry, bool) {
	table := outlets()
	reg, err := publicsuffix.EffectiveTLDPlusOne(host)
	for h := host; ; {
		if e, ok := table[h]; ok {
			return e, true
		}
		if err != nil || h == reg {
			return outletEntry{}, false
		}
		_, parent, ok := strings.Cut(h, ".")
		if !ok {
			return outletEntry{}, false
		}
		h = parent
	}
}

// registrableLabel returns the label of a registrable domain in front of
// its public suffix: "koreaherald" for koreaherald.com, "bbc" for
// bbc.co.uk.
func registrableLabel(reg string) string {
	suffix, _ := publicsuffix.PublicSuffix(reg)
	label := strings.TrimSuffix(reg, "."+suffix)
	if i := strings.LastIndexByte(label, '.'); i >= 0 {
		label = label[i+1:]
	}
	return label
}

// readableName makes an outlet name from a host's registrable domain:
// "riverside-post.example" is "Riverside Post", "koreaherald.com" is
// "Koreaherald". Internationalised names are shown in Unicode; an
// address stays as it is.
func readableName(host string) string {
	if _, err := netip.ParseAddr(host); err == nil {
		return host
	}
	reg, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		reg = host
	}
	label := registrableLabel(reg)
	if strings.HasPrefix(label, "xn--") {
		if u, err := idna.ToUnicode(label); err == nil {
			label = u
		}
	}
	words := strings.FieldsFunc(label, func(r rune) bool { return r == '-' || r == '_' || r == '.' })
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	if len(words) == 0 {
		return host
	}
	return strings.Join(words, " ")
}
