package outlet

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ErrUnsupportedURL is source.ErrUnsupportedURL: Canonical fails with it
// for URLs that do not parse, have no host or another scheme than http or
// https.
var ErrUnsupportedURL = errors.New("source: unsupported URL")

// TrackingParams are the query parameters Canonical removes, compared
// without regard to case; every parameter starting with "utm_" goes too.
// They tag the campaign, click, share or referrer a visit came from and
// never change what the page shows.
var TrackingParams = []string{
	// Ad and social click identifiers.
	"fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid",
	"twclid", "ttclid", "li_fat_id", "igshid", "igsh", "s_kwcid", "ef_id",
	// E-mail and marketing tools (Mailchimp, HubSpot, Marketo, Vero, …).
	"mc_cid", "mc_eid", "_hsenc", "_hsmi", "hsctatracking", "mkt_tok",
	"vero_id", "vero_conv", "oly_anon_id", "oly_enc_id", "wickedid", "sc_cid",
	// Analytics.
	"_ga", "_gl", "_ke", "spm", "scm",
	// Referrers and campaign codes used by news sites.
	"ref", "ref_src", "ref_url", "cmpid", "cmp", "ocid", "ncid", "smid",
	"smtyp", "sr_share", "at_medium", "at_campaign", "at_custom1",
	"at_custom2", "at_custom3", "at_custom4", "taid", "fb_action_ids",
	"fb_action_types", "fb_ref", "fb_source", "action_object_map",
	"action_type_map", "action_ref_map", "__twitter_impression",
}

var trackingSet = func() map[string]bool {
	m := make(map[string]bool, len(TrackingParams))
	for _, p := range TrackingParams {
		m[strings.ToLower(p)] = true
	}
	return m
}()

// Canonical returns the canonical form of an article's http or https URL,
// so that the addresses one article is shared under compare equal:
//
//   - the scheme and host are lower-cased, a trailing dot on the host is
//     removed, and the default port (:80 for http, :443 for https) is
//     dropped; "www." is kept;
//   - the fragment and any user name and password are dropped;
//   - tracking parameters (utm_* and TrackingParams) are removed; the
//     other query parameters keep their order and spelling;
//   - an empty path becomes "/"; a trailing slash is kept;
//   - AMP versions map to the regular article, by heuristics: AMP cache
//     and viewer URLs (https://example-com.cdn.ampproject.org/c/s/example.com/a,
//     https://www.google.com/amp/s/example.com/a) are unwrapped; an "amp."
//     host prefix, "amp" path segments (/amp/news/a, /news/a/amp), a
//     ".amp" file-name suffix (/a.amp, /a.amp.html) and the query
//     parameters amp (=1, =true or empty), outputType=amp, amp_* and usqp
//     are removed.
//
// When a page names its own canonical address (rel=canonical, which
// extract.Article.CanonicalURL holds), prefer that, passed through
// Canonical too. Canonical fails with ErrUnsupportedURL for URLs that do
// not parse, have no host or another scheme. Canonical(Canonical(u)) is
// Canonical(u).
func Canonical(rawURL string) (string, error) {
	s, err := canonicalOnce(strings.TrimSpace(rawURL))
	if err != nil {
		return "", err
	}
	// Each step only removes, so repeating it reaches a fixed point: that
	// makes Canonical idempotent when one removal uncovers another
	// (/a.amp.amp, amp.amp.example.com, nested AMP caches).
	for range 16 {
		next, err := canonicalOnce(s)
		if err != nil {
			return "", err
		}
		if next == s {
			break
		}
		s = next
	}
	return s, nil
}

// canonicalOnce applies each of Canonical's rules once.
func canonicalOnce(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrUnsupportedURL, err)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", fmt.Errorf("%w: scheme %q", ErrUnsupportedURL, u.Scheme)
	}
	host := strings.TrimRight(strings.ToLower(u.Hostname()), ".")
	if u.Opaque != "" || host == "" {
		return "", fmt.Errorf("%w: no host in %q", ErrUnsupportedURL, raw)
	}
	if inner, ok := unwrapAMP(host, u); ok {
		// inner is shorter than raw, so this ends; an inner URL that is
		// not valid leaves the AMP URL as it is.
		if c, err := canonicalOnce(inner); err == nil {
			return c, nil
		}
	}
	for {
		rest, ok := strings.CutPrefix(host, "amp.")
		if !ok || !strings.Contains(rest, ".") {
			break
		}
		host = rest
	}
	port := u.Port()
	if n, err := strconv.ParseUint(port, 10, 16); err == nil {
		port = strconv.FormatUint(n, 10)
	}
	if port == "" || (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]" // url.URL.String escapes a zone's %
	}
	u.Host = host
	if port != "" {
		u.Host += ":" + port
	}
	u.User = nil
	u.Fragment, u.RawFragment = "", ""
	u.RawQuery = cleanQuery(u.RawQuery)
	u.ForceQuery = false
	p := cleanPath(u.EscapedPath())
	if u.Path, err = url.PathUnescape(p); err != nil {
		return "", fmt.Errorf("%w: %w", ErrUnsupportedURL, err)
	}
	u.RawPath = p
	return u.String(), nil
}

// unwrapAMP returns the publisher's URL inside an AMP cache or Google AMP
// viewer URL: /c/s/host/path (https) or /c/host/path (http) on
// *.cdn.ampproject.org, /amp/s/host/path or /amp/host/path on google.com.
func unwrapAMP(host string, u *url.URL) (string, bool) {
	var prefixes []string
	switch {
	case host == "cdn.ampproject.org" || strings.HasSuffix(host, ".cdn.ampproject.org"):
		prefixes = []string{"/c/", "/v/"}
	case host == "google.com" || host == "www.google.com":
		prefixes = []string{"/amp/"}
	default:
		return "", false
	}
	p := u.EscapedPath()
	for _, prefix := range prefixes {
		rest, ok := strings.CutPrefix(p, prefix)
		if !ok {
			continue
		}
		scheme := "http://"
		if r, ok := strings.CutPrefix(rest, "s/"); ok {
			scheme, rest = "https://", r
		}
		if rest == "" || rest[0] == '/' {
			return "", false
		}
		inner := scheme + rest
		if u.RawQuery != "" {
			inner += "?" + u.RawQuery
		}
		return inner, true
	}
	return "", false
}

// cleanPath removes AMP markers from an escaped path and makes an empty
// path "/".
func cleanPath(p string) string {
	for {
		next := cleanPathOnce(p)
		if next == p {
			return p
		}
		p = next
	}
}

// cleanPathOnce removes each AMP marker of a path once.
func cleanPathOnce(p string) string {
	if p == "" {
		return "/"
	}
	segs := strings.Split(p, "/")
	kept := segs[:0]
	for i, s := range segs {
		if strings.EqualFold(s, "amp") && i > 0 {
			continue
		}
		kept = append(kept, s)
	}
	if last := len(kept) - 1; last > 0 {
		kept[last] = trimAMPSuffix(kept[last])
	}
	p = strings.Join(kept, "/")
	if p == "" {
		return "/"
	}
	return p
}

// trimAMPSuffix removes ".amp" from the end of a file name, or before its
// .html or .htm extension.
func trimAMPSuffix(name string) string {
	for {
		trimmed := name
		lower := strings.ToLower(name)
		for _, ext := range []string{"", ".html", ".htm"} {
			suffix := ".amp" + ext
			if strings.HasSuffix(lower, suffix) && len(name) > len(suffix) {
				trimmed = name[:len(name)-len(suffix)] + name[len(name)-len(ext):]
				break
			}
		}
		if trimmed == name {
			return name
		}
		name = trimmed
	}
}

// cleanQuery removes tracking and AMP parameters from a raw query, keeping
// the others as they are written, in their order.
func cleanQuery(raw string) string {
	if raw == "" {
		return ""
	}
	var kept []string
	for piece := range strings.SplitSeq(raw, "&") {
		if piece == "" {
			continue
		}
		k, v, _ := strings.Cut(piece, "=")
		if key, err := url.QueryUnescape(k); err == nil {
			k = key
		}
		if val, err := url.QueryUnescape(v); err == nil {
			v = val
		}
		if dropParam(strings.ToLower(k), strings.ToLower(v)) {
			continue
		}
		kept = append(kept, escapeSpaces(piece))
	}
	return strings.Join(kept, "&")
}

// escapeSpaces percent-encodes the white space of a raw query piece
// (url.URL.String writes a raw query as it is), so that no canonical URL
// holds a space that trimming would remove: Canonical trims its input, and
// would otherwise not be idempotent.
func escapeSpaces(piece string) string {
	if !strings.ContainsFunc(piece, unicode.IsSpace) {
		return piece
	}
	var b strings.Builder
	for i, r := range piece {
		n := utf8.RuneLen(r)
		if r == utf8.RuneError || !unicode.IsSpace(r) {
			n = 0
		}
		for _, c := range []byte(piece[i : i+n]) {
			fmt.Fprintf(&b, "%%%02X", c)
		}
		if n == 0 {
			_, size := utf8.DecodeRuneInString(piece[i:])
			b.WriteString(piece[i : i+size])
		}
	}
	return b.String()
}

// dropParam reports whether a query parameter (lower-cased) is tracking or
// marks an AMP page.
func dropParam(k, v string) bool {
	switch {
	case trackingSet[k], strings.HasPrefix(k, "utm_"):
		return true
	case k == "amp":
		return v == "" || v == "1" || v == "true"
	case k == "outputtype":
		return v == "amp"
	case strings.HasPrefix(k, "amp_"), k == "usqp":
		return true
	}
	return false
}
