package brief

import (
	"io"

	"github.com/newsbrief/newsbrief/internal/jsonlite"
)

// WriteJSONLD writes b as schema.org JSON-LD: a NewsArticle whose hasPart
// holds one ItemList per section, whose citation lists the sources and the
// other outlets' articles, and whose isBasedOn names the original report.
// It is meant for <script type="application/ld+json">; Parse does not read
// it back.
func WriteJSONLD(w io.Writer, b *Brief) error {
	nb := *b
	nb.Normalize()
	var jw jsonlite.Writer
	a := newLDArticle(&nb)
	a.write(&jw)
	_, err := w.Write(append(jw.Bytes(), '\n'))
	return err
}

type ldArticle struct {
	Context   string      `json:"@context,omitempty"`
	Type      string      `json:"@type"`
	Headline  string      `json:"headline,omitempty"`
	Abstract  string      `json:"abstract,omitempty"`
	URL       string      `json:"url,omitempty"`
	Published string      `json:"datePublished,omitempty"`
	Language  string      `json:"inLanguage,omitempty"`
	Text      string      `json:"text,omitempty"`
	Publisher *ldOrg      `json:"publisher,omitempty"`
	HasPart   []ldList    `json:"hasPart,omitempty"`
	Citation  []ldArticle `json:"citation,omitempty"`
	IsBasedOn *ldArticle  `json:"isBasedOn,omitempty"`
	Mentions  []ldThing   `json:"mentions,omitempty"`
}

type ldThing struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

type ldOrg struct {
	Type string `json:"@type"`
	Name string `json:"name,omitempty"`
	URL  string `json:"url,omitempty"`
}

type ldList struct {
	Type     string   `json:"@type"`
	Name     string   `json:"name"`
	Elements []ldItem `json:"itemListElement"`
}

type ldItem struct {
	Type     string `json:"@type"`
	Position int    `json:"position"`
	Name     string `json:"name,omitempty"`
	Item     any    `json:"item,omitempty"`
}

type ldQuotation struct {
	Type    string   `json:"@type"`
	Text    string   `json:"text"`
	Creator *ldThing `json:"creator,omitempty"`
}

func (a *ldArticle) addQuotes(qs []Quote) {
	if len(qs) == 0 {
		return
	}
	l := ldList{Type: "ItemList", Name: headingOf(secQuotes)}
	for i, q := range qs {
		item := ldQuotation{Type: "Quotation", Text: q.Text}
		if q.Speaker != "" {
			item.Creator = &ldThing{Type: "Person", Name: q.Speaker}
		}
		l.Elements = append(l.Elements, ldItem{Type: "ListItem", Position: i + 1, Item: item})
	}
	a.HasPart = append(a.HasPart, l)
}

func newLDArticle(b *Brief) ldArticle {
	a := ldArticle{Context: "https://schema.org", Type: "NewsArticle", Headline: b.Headline}
	for i := range sectionTable {
		if s := &sectionTable[i]; s.points != nil {
			a.addList(s.heading, *s.points(b))
		}
	}
	for _, x := range b.Extra {
		a.addList(x.Title, x.Points)
	}
	if len(b.Summary) > 0 {
		a.Abstract = b.Summary[0].Text
	}
	a.addQuotes(b.Quotes)
	for _, e := range b.Entities {
		a.Mentions = append(a.Mentions, ldThing{Type: "Thing", Name: e.Name})
	}
	a.addCoverage(b.Coverage)
	for _, s := range b.Sources {
		a.Citation = append(a.Citation, ldSource(s))
	}
	if !b.Original.IsZero() {
		o := b.Original
		a.IsBasedOn = &ldArticle{Type: "NewsArticle", Headline: o.Headline, URL: o.URL, Publisher: ldPublisher(o.Outlet, o.Domain)}
	}
	return a
}

func (a *ldArticle) addList(name string, ps []Point) {
	if len(ps) == 0 {
		return
	}
	l := ldList{Type: "ItemList", Name: name}
	for i, p := range ps {
		l.Elements = append(l.Elements, ldItem{Type: "ListItem", Position: i + 1, Name: p.Text})
	}
	a.HasPart = append(a.HasPart, l)
}

func (a *ldArticle) addCoverage(cs []Coverage) {
	if len(cs) == 0 {
		return
	}
	l := ldList{Type: "ItemList", Name: headingOf(secCoverage)}
	for i, c := range cs {
		art := ldArticle{Type: "NewsArticle", URL: c.URL, Abstract: c.Framing, Text: c.Quote, Publisher: ldPublisher(c.Outlet, "")}
		l.Elements = append(l.Elements, ldItem{Type: "ListItem", Position: i + 1, Item: &art})
		a.Citation = append(a.Citation, art)
	}
	a.HasPart = append(a.HasPart, l)
}

func ldSource(s Source) ldArticle {
	art := ldArticle{Type: "NewsArticle", Headline: s.Headline, URL: s.URL, Language: s.Language, Publisher: ldPublisher(s.Outlet, s.Domain)}
	if !s.Published.IsZero() {
		art.Published = string(s.Published.append(nil, false))
	}
	return art
}

func ldPublisher(name, domain string) *ldOrg {
	if name == "" && domain == "" {
		return nil
	}
	o := &ldOrg{Type: "Organization", Name: name}
	if o.Name == "" {
		o.Name = domain
	}
	if looksLikeDomain(domain) {
		o.URL = "https://" + domain
	}
	return o
}
