package extract

import (
	"net/url"
	"slices"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/newsbrief/newsbrief/internal/langtag"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// meta is what a page says about its article, before readability runs.
type meta struct {
	ld                     ldArticle // from JSON-LD
	props                  map[string]string
	title, lang, canonical string
	timeTag                string // first <time datetime>
	body                   string // JSON-LD articleBody
	bylines                []string
	elements               int // elements in the page
}

// readMeta collects metadata from JSON-LD, <meta>, <link>, <time> and
// <html lang>, in one walk of the tree.
func readMeta(doc *html.Node, base *url.URL) meta {
	m := meta{props: map[string]string{}}
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		m.elements++
		switch n.DataAtom {
		case atom.Html:
			m.lang = attr(n, "lang")
		case atom.Title:
			if m.title == "" && n.FirstChild != nil {
				m.title = collapseSpace(n.FirstChild.Data)
			}
		case atom.Meta:
			m.metaTag(n)
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
				m.canonical = absURL(base, attr(n, "href"))
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				m.ld.merge(parseLD(n.FirstChild.Data))
			}
		case atom.Time:
			if m.timeTag == "" {
				m.timeTag = attr(n, "datetime")
			}
		}
		if strings.Contains(attr(n, "itemprop"), "author") || strings.Contains(attr(n, "rel"), "author") {
			if t := collapseSpace(textOf(n)); t != "" && len(t) < 100 {
				m.bylines = append(m.bylines, t)
			}
		}
	}
	m.body = m.ld.body
	return m
}

// metaTag records <meta property|name|itemprop=… content=…> in lower case.
func (m *meta) metaTag(n *html.Node) {
	content := strings.TrimSpace(attr(n, "content"))
	if content == "" {
		return
	}
	for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
		if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" {
			if _, seen := m.props[key]; !seen {
				m.props[key] = content
			}
		}
	}
}

// prop returns the first of the named properties the page sets.
func (m *meta) prop(keys ...string) string {
	for _, k := range keys {
		if v := m.props[k]; v != "" {
			return v
		}
	}
	return ""
}

// description returns the summary of the article the page declares
// (JSON-LD, then meta tags), not readability's excerpt, which is read
// from the text it picked.
func (m *meta) description() string {
	return pick(m.ld.description, m.prop("description", "og:description", "twitter:description"))
}

// setMeta fills the metadata fields. Readability's findings come first:
// they follow Readability.js, JSON-LD included. JSON-LD that only
// newsbrief's repair could read comes before them, and newsbrief's own pass
// fills whatever is still missing.
func (a *Article) setMeta(m meta, ra readability.Article, base *url.URL) {
	has := ra.Node != nil
	r := func(f func() string) string { return readabilityOr(has, f) }
	ld := m.ld
	if !ld.repaired {
		ld = ldArticle{} // readability read it too: its reading comes first
	}
	a.Title = pick(ld.headline, r(ra.Title), m.ld.headline, m.prop("og:title", "twitter:title"), m.title)
	a.Outlet = pick(ld.publisher, r(ra.SiteName), m.ld.publisher, m.prop("og:site_name", "application-name"))
	a.Description = pick(ld.description, notByline(r(ra.Excerpt)), m.ld.description, m.prop("description", "og:description", "twitter:description"))
	a.Image = pickURL(base, ld.image, r(ra.ImageURL), m.ld.image, m.prop("og:image", "og:image:url", "twitter:image", "twitter:image:src"))
	a.Language = pick(m.lang, m.ld.language, m.prop("og:locale", "content-language", "dc.language", "language"), r(ra.Language))
	a.Language = strings.ReplaceAll(a.Language, "_", "-")
	if a.Language == "" {
		a.Language = langtag.Detect(a.Text) // the page does not say
	}
	a.CanonicalURL = pickURL(base, m.canonical, m.prop("og:url"), m.ld.url)
	for _, c := range []string{m.prop("original-source"), m.prop("syndication-source"), m.ld.basedOn} {
		if c = absURL(base, c); c != "" && !slices.Contains(a.Credits, c) {
			a.Credits = append(a.Credits, c)
		}
	}
	a.Authors = ld.authors
	if len(a.Authors) == 0 {
		a.Authors = splitByline(r(ra.Byline))
	}
	if len(a.Authors) == 0 {
		a.Authors = m.ld.authors
	}
	if len(a.Authors) == 0 {
		a.Authors = splitByline(pick(m.prop("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author"), first(m.bylines)))
	}
	a.Published = firstTime(ld.published)
	if has && a.Published.IsZero() {
		a.Published, _ = ra.PublishedTime()
	}
	if a.Published.IsZero() {
		a.Published = firstTime(m.ld.published, m.prop("article:published_time", "datepublished", "publishdate", "pubdate",
			"date", "dc.date", "dc.date.issued", "citation_publication_date", "sailthru.date", "parsely-pub-date", "og:published_time"), m.timeTag)
	}
	a.Modified = firstTime(ld.modified)
	if has && a.Modified.IsZero() {
		a.Modified, _ = ra.ModifiedTime()
	}
	if a.Modified.IsZero() {
		a.Modified = firstTime(m.ld.modified, m.prop("article:modified_time", "datemodified", "og:updated_time", "last-modified"))
	}
}

// notByline returns s, or "" when it is a by-line ("By Ines Varga"), which
// Readability takes for the excerpt when a page's first paragraph is one.
func notByline(s string) string {
	s = collapseSpace(s)
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") && len(strings.Fields(s[3:])) <= 6 && !strings.ContainsAny(s[3:], ".!?") {
		return ""
	}
	return s
}

// pickURL returns the first of vals that is an http or https URL, made
// absolute against base; javascript:, data: and other schemes are never
// returned.
func pickURL(base *url.URL, vals ...string) string {
	for _, v := range vals {
		if u := absURL(base, v); u != "" {
			return u
		}
	}
	return ""
}

// pick returns the first of vals that is not blank, with white space
// collapsed.
func pick(vals ...string) string {
	for _, v := range vals {
		if v = collapseSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// readabilityOr calls f when readability produced an article.
func readabilityOr(ok bool, f func() string) string {
	if !ok {
		return ""
	}
	return f()
}

func first(xs []string) string {
	if len(xs) == 0 {
		return ""
	}
	return xs[0]
}

// splitByline turns "By Ann Lee and Bo Kim" into its names.
func splitByline(s string) []string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"By ", "by ", "BY ", "Written by ", "Words by "} {
		s = strings.TrimPrefix(s, p)
	}
	if s == "" {
		return nil
	}
	var out []string
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(s, " and ", ","), func(r rune) bool { return r == ',' || r == ';' || r == '|' }) {
		if p := collapseSpace(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}

var timeLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05", "2006-01-02", "2006/01/02", time.RFC1123Z, time.RFC1123, time.RFC850,
	"Mon, 2 Jan 2006 15:04:05 -0700", "January 2, 2006", "Jan 2, 2006", "20060102"}

// parseTime reads the date formats pages use in metadata.
func parseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

func firstTime(vals ...string) time.Time {
	for _, v := range vals {
		if t, ok := parseTime(v); ok {
			return t
		}
	}
	return time.Time{}
}

func absURL(base *url.URL, ref string) string {
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil || ref == "" {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// textOf is the text content of n.
func textOf(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			b.WriteByte(' ')
		}
	}
	return b.String()
}
