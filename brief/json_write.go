package brief

import (
	"io"

	"github.com/newsbrief/newsbrief/internal/jsonlite"
)

// WriteJSON writes b as indented JSON, the versioned contract documented in
// the package and in brief.schema.json. Empty sections are written as [].
// WithEvidence(false) leaves out the "evidence" members; other options do
// not apply.
//
// The output is what encoding/json's MarshalIndent(v, "", "  ") writes for
// the Brief's struct tags with "version" first, but the encoder is written
// out by hand: reflection would add hundreds of kilobytes to the browser
// build. Brief's MarshalJSON writes the same bytes.
func WriteJSON(w io.Writer, b *Brief, opts ...WriteOption) error {
	c := newWriteConfig(opts)
	data, err := encodeJSON(b, !c.noEvidence)
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

// encodeJSON returns the JSON contract for b, normalized, without a final
// newline.
func encodeJSON(b *Brief, evidence bool) ([]byte, error) {
	nb := *b
	nb.Normalize()
	var jw jsonlite.Writer
	if err := writeBriefJSON(&jw, &nb, evidence); err != nil {
		return nil, err
	}
	return jw.Bytes(), nil
}

func writeBriefJSON(w *jsonlite.Writer, b *Brief, evidence bool) error {
	w.BeginObject()
	w.Key("version")
	w.Int(Version)
	w.Key("headline")
	w.String(b.Headline)
	if evidence {
		writeEvidenceMemberJSON(w, "headlineEvidence", b.HeadlineEvidence)
	}
	for i := range sectionTable {
		s := &sectionTable[i]
		if s.kind == secExtra {
			continue // last, as in the struct
		}
		w.Key(s.key)
		if s.points != nil {
			writePointsJSON(w, *s.points(b), evidence)
			continue
		}
		switch s.kind {
		case secQuotes:
			writeQuotesJSON(w, b.Quotes, evidence)
		case secEntities:
			writeEntitiesJSON(w, b.Entities)
		case secCoverage:
			writeCoverageJSON(w, b.Coverage)
		case secOriginal:
			writeStringsJSON(w, "outlet", b.Original.Outlet, "domain", b.Original.Domain, "url", b.Original.URL, "headline", b.Original.Headline)
		case secSources:
			if err := writeSourcesJSON(w, b.Sources); err != nil {
				return err
			}
		}
	}
	w.Key("extra")
	writeExtraJSON(w, b.Extra, evidence)
	w.EndObject()
	return nil
}

// writeStringsJSON writes an object of string members given as key, value
// pairs.
func writeStringsJSON(w *jsonlite.Writer, kv ...string) {
	w.BeginObject()
	writeMembersJSON(w, kv...)
	w.EndObject()
}

func writeMembersJSON(w *jsonlite.Writer, kv ...string) {
	for i := 0; i+1 < len(kv); i += 2 {
		w.Key(kv[i])
		w.String(kv[i+1])
	}
}

func writePointsJSON(w *jsonlite.Writer, ps []Point, evidence bool) {
	w.BeginArray()
	for _, p := range ps {
		w.BeginObject()
		writeMembersJSON(w, "text", p.Text)
		if evidence {
			writeEvidenceJSON(w, p.Evidence)
		}
		w.EndObject()
	}
	w.EndArray()
}

// writeEvidenceJSON writes the evidence member, omitted when empty.
func writeEvidenceJSON(w *jsonlite.Writer, es []Evidence) {
	writeEvidenceMemberJSON(w, "evidence", es)
}

// writeEvidenceMemberJSON writes the evidence member key, omitted when
// empty.
func writeEvidenceMemberJSON(w *jsonlite.Writer, key string, es []Evidence) {
	if len(es) == 0 {
		return
	}
	w.Key(key)
	w.BeginArray()
	for _, e := range es {
		w.BeginObject()
		w.Key("source")
		w.Int(e.Source)
		w.Key("start")
		w.Int(e.Start)
		w.Key("end")
		w.Int(e.End)
		w.Key("quote")
		w.String(e.Quote)
		w.EndObject()
	}
	w.EndArray()
}

func writeQuotesJSON(w *jsonlite.Writer, qs []Quote, evidence bool) {
	w.BeginArray()
	for _, q := range qs {
		w.BeginObject()
		writeMembersJSON(w, "text", q.Text, "speaker", q.Speaker)
		if evidence {
			writeEvidenceJSON(w, q.Evidence)
		}
		w.EndObject()
	}
	w.EndArray()
}

func writeEntitiesJSON(w *jsonlite.Writer, es []Entity) {
	w.BeginArray()
	for _, e := range es {
		w.BeginObject()
		writeMembersJSON(w, "name", e.Name)
		w.Key("mentions")
		w.Int(e.Mentions)
		w.EndObject()
	}
	w.EndArray()
}

func writeCoverageJSON(w *jsonlite.Writer, cs []Coverage) {
	w.BeginArray()
	for _, c := range cs {
		writeStringsJSON(w, "outlet", c.Outlet, "url", c.URL, "framing", c.Framing, "quote", c.Quote)
	}
	w.EndArray()
}

func writeSourcesJSON(w *jsonlite.Writer, ss []Source) error {
	w.BeginArray()
	for _, s := range ss {
		w.BeginObject()
		writeMembersJSON(w, "outlet", s.Outlet, "domain", s.Domain, "url", s.URL, "headline", s.Headline)
		if !s.Published.IsZero() {
			t, err := s.Published.MarshalText()
			if err != nil {
				return err
			}
			w.Key("published")
			w.String(string(t))
		}
		writeMembersJSON(w, "language", s.Language)
		w.EndObject()
	}
	w.EndArray()
	return nil
}

func writeExtraJSON(w *jsonlite.Writer, xs []Section, evidence bool) {
	w.BeginArray()
	for _, x := range xs {
		w.BeginObject()
		writeMembersJSON(w, "title", x.Title)
		w.Key("points")
		writePointsJSON(w, x.Points, evidence)
		w.EndObject()
	}
	w.EndArray()
}
