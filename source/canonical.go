package source

import "github.com/newsbrief/newsbrief/internal/outlet"

// TrackingParams are the query parameters Canonical removes, compared
// without regard to case; every parameter starting with "utm_" goes too.
// They tag the campaign, click, share or referrer a visit came from and
// never change what the page shows.
var TrackingParams = outlet.TrackingParams

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
func Canonical(rawURL string) (string, error) { return outlet.Canonical(rawURL) }
