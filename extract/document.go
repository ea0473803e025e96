package extract

import (
	"net/url"
	"strings"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/internal/dates"
)

// Document returns the article as the input of compose.Build: its text and
// blocks, links, title, outlet, domain, language and publication time, as
// the page gives them. newsbrief.Document also names the outlet as
// source.Outlet does and canonicalises the URL.
func (a *Article) Document() brief.Document {
	d := brief.Document{URL: a.URL, Outlet: a.Outlet, Domain: domainOf(a.URL, a.CanonicalURL), Title: a.Title,
		Published: dates.Of(a.Published), Language: a.Language, Text: a.Text}
	if d.URL == "" {
		d.URL = a.CanonicalURL
	}
	for _, b := range a.Blocks {
		d.Blocks = append(d.Blocks, brief.Block{Kind: b.Kind.String(), Start: b.Start, End: b.End})
	}
	for _, l := range a.Links {
		d.Links = append(d.Links, brief.Link{URL: l.URL, Text: l.Text})
	}
	d.Credits = a.Credits
	return d
}

// domainOf returns the host of the first URL that has one, without "www.".
func domainOf(urls ...string) string {
	for _, raw := range urls {
		if u, err := url.Parse(raw); err == nil && u.Hostname() != "" {
			return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		}
	}
	return ""
}
