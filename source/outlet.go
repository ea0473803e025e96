package source

import "github.com/newsbrief/newsbrief/internal/outlet"

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
	return outlet.Outlet(pageURL, siteName)
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
func IsPressRelease(domain string) bool { return outlet.IsPressRelease(domain) }
