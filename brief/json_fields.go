package brief

import (
	"errors"
	"strconv"

	"github.com/newsbrief/newsbrief/internal/jsonlite"
)

// The member names of each JSON object, in the order of the struct tags.
var (
	briefNames    = briefMemberNames()
	pointNames    = []string{"text", "evidence"}
	evidenceNames = []string{"source", "start", "end", "quote"}
	quoteNames    = []string{"text", "speaker", "evidence"}
	entityNames   = []string{"name", "mentions"}
	coverageNames = []string{"outlet", "url", "framing", "quote"}
	originalNames = []string{"outlet", "domain", "url", "headline"}
	sourceNames   = []string{"outlet", "domain", "url", "headline", "published", "language"}
	sectionNames  = []string{"title", "points"}
)

// briefMemberNames returns the members of a brief: version, headline,
// headlineEvidence, then sectionTable's keys with extra last.
func briefMemberNames() []string {
	names := []string{"version", "headline", "headlineEvidence"}
	for i := range sectionTable {
		if k := sectionTable[i].key; k != "extra" {
			names = append(names, k)
		}
	}
	return append(names, "extra")
}

// brief fills b from v and returns the version, nil when absent or null.
func (d *jsonDecoder) brief(v *jsonlite.Value, b *Brief) (version *int) {
	d.members(v, "a brief", briefNames, func(i int, v *jsonlite.Value) {
		name := briefNames[i]
		switch name {
		case "version":
			if v.Kind == jsonlite.Null {
				version = nil
				return
			}
			n := 0
			d.int(v, name, &n)
			version = &n
		case "headline":
			d.str(v, name, &b.Headline)
		case "headlineEvidence":
			b.HeadlineEvidence = d.evidences(v)
		case "quotes":
			b.Quotes = d.quotes(v)
		case "entities":
			b.Entities = d.entities(v)
		case "coverage":
			b.Coverage = d.coverages(v)
		case "original":
			d.original(v, &b.Original)
		case "sources":
			b.Sources = d.sources(v)
		case "extra":
			b.Extra = d.sections(v)
		default:
			if s := specByKey(name); s != nil && s.points != nil {
				*s.points(b) = d.points(v, name)
			}
		}
	})
	return version
}

// The decoders of lists are written out for each type rather than once
// with generics: a generic function's dictionaries make its types'
// methods reachable, which keeps time's layout engine in the browser
// build. Null gives nil, [] an empty slice, as with encoding/json.

func (d *jsonDecoder) points(v *jsonlite.Value, what string) (out []Point) {
	d.list(v, what, func(e *jsonlite.Value) {
		out = append(out, Point{})
		d.point(e, &out[len(out)-1])
	}, func() { out = []Point{} })
	return out
}

func (d *jsonDecoder) evidences(v *jsonlite.Value) (out []Evidence) {
	d.list(v, "evidence", func(e *jsonlite.Value) {
		out = append(out, Evidence{})
		d.evidence(e, &out[len(out)-1])
	}, func() { out = []Evidence{} })
	return out
}

func (d *jsonDecoder) quotes(v *jsonlite.Value) (out []Quote) {
	d.list(v, "quotes", func(e *jsonlite.Value) {
		out = append(out, Quote{})
		d.quote(e, &out[len(out)-1])
	}, func() { out = []Quote{} })
	return out
}

func (d *jsonDecoder) entities(v *jsonlite.Value) (out []Entity) {
	d.list(v, "entities", func(e *jsonlite.Value) {
		out = append(out, Entity{})
		d.entity(e, &out[len(out)-1])
	}, func() { out = []Entity{} })
	return out
}

func (d *jsonDecoder) coverages(v *jsonlite.Value) (out []Coverage) {
	d.list(v, "coverage", func(e *jsonlite.Value) {
		out = append(out, Coverage{})
		d.coverage(e, &out[len(out)-1])
	}, func() { out = []Coverage{} })
	return out
}

func (d *jsonDecoder) sources(v *jsonlite.Value) (out []Source) {
	d.list(v, "sources", func(e *jsonlite.Value) {
		out = append(out, Source{})
		d.source(e, &out[len(out)-1])
	}, func() { out = []Source{} })
	return out
}

func (d *jsonDecoder) sections(v *jsonlite.Value) (out []Section) {
	d.list(v, "extra", func(e *jsonlite.Value) {
		out = append(out, Section{})
		d.section(e, &out[len(out)-1])
	}, func() { out = []Section{} })
	return out
}

func (d *jsonDecoder) point(v *jsonlite.Value, p *Point) {
	d.members(v, "a point", pointNames, func(i int, v *jsonlite.Value) {
		switch i {
		case 0:
			d.str(v, "text", &p.Text)
		case 1:
			p.Evidence = d.evidences(v)
		}
	})
}

func (d *jsonDecoder) evidence(v *jsonlite.Value, e *Evidence) {
	d.members(v, "evidence", evidenceNames, func(i int, v *jsonlite.Value) {
		switch i {
		case 0:
			d.int(v, "source", &e.Source)
		case 1:
			d.int(v, "start", &e.Start)
		case 2:
			d.int(v, "end", &e.End)
		case 3:
			d.str(v, "quote", &e.Quote)
		}
	})
}

func (d *jsonDecoder) quote(v *jsonlite.Value, q *Quote) {
	d.members(v, "a quote", quoteNames, func(i int, v *jsonlite.Value) {
		switch i {
		case 0:
			d.str(v, "text", &q.Text)
		case 1:
			d.str(v, "speaker", &q.Speaker)
		case 2:
			q.Evidence = d.evidences(v)
		}
	})
}

func (d *jsonDecoder) entity(v *jsonlite.Value, e *Entity) {
	d.members(v, "an entity", entityNames, func(i int, v *jsonlite.Value) {
		switch i {
		case 0:
			d.str(v, "name", &e.Name)
		case 1:
			d.int(v, "mentions", &e.Mentions)
		}
	})
}

func (d *jsonDecoder) coverage(v *jsonlite.Value, c *Coverage) {
	fields := []*string{&c.Outlet, &c.URL, &c.Framing, &c.Quote}
	d.members(v, "a coverage entry", coverageNames, func(i int, v *jsonlite.Value) {
		d.str(v, coverageNames[i], fields[i])
	})
}

func (d *jsonDecoder) original(v *jsonlite.Value, o *Original) {
	fields := []*string{&o.Outlet, &o.Domain, &o.URL, &o.Headline}
	d.members(v, "original", originalNames, func(i int, v *jsonlite.Value) {
		d.str(v, originalNames[i], fields[i])
	})
}

func (d *jsonDecoder) source(v *jsonlite.Value, s *Source) {
	fields := []*string{&s.Outlet, &s.Domain, &s.URL, &s.Headline, nil, &s.Language}
	d.members(v, "a source", sourceNames, func(i int, v *jsonlite.Value) {
		if i != 4 {
			d.str(v, sourceNames[i], fields[i])
			return
		}
		if d.is(v, jsonlite.String, "published") {
			t, err := ParseDate(v.Str)
			if err != nil && d.err == nil {
				d.err, d.off = wrapErr(err, errors.New("published: "+strconv.Quote(v.Str))), v.Offset
			}
			s.Published = t
		}
	})
}

func (d *jsonDecoder) section(v *jsonlite.Value, x *Section) {
	d.members(v, "a section", sectionNames, func(i int, v *jsonlite.Value) {
		switch i {
		case 0:
			d.str(v, "title", &x.Title)
		case 1:
			x.Points = d.points(v, "points")
		}
	})
}
