package brief

import "github.com/newsbrief/newsbrief/internal/jsonlite"

// The JSON-LD model written by hand, member by member in the order of the
// struct tags, as json.MarshalIndent would write it (omitempty included),
// without reflection.

// optional writes a string member unless it is empty.
func optional(w *jsonlite.Writer, key, value string) {
	if value != "" {
		w.Key(key)
		w.String(value)
	}
}

func (a *ldArticle) write(w *jsonlite.Writer) {
	w.BeginObject()
	optional(w, "@context", a.Context)
	writeMembersJSON(w, "@type", a.Type)
	for _, m := range [...][2]string{{"headline", a.Headline}, {"abstract", a.Abstract}, {"url", a.URL},
		{"datePublished", a.Published}, {"inLanguage", a.Language}, {"text", a.Text}} {
		optional(w, m[0], m[1])
	}
	if a.Publisher != nil {
		w.Key("publisher")
		w.BeginObject()
		writeMembersJSON(w, "@type", a.Publisher.Type)
		optional(w, "name", a.Publisher.Name)
		optional(w, "url", a.Publisher.URL)
		w.EndObject()
	}
	if len(a.HasPart) > 0 {
		w.Key("hasPart")
		w.BeginArray()
		for _, l := range a.HasPart {
			l.write(w)
		}
		w.EndArray()
	}
	if len(a.Citation) > 0 {
		w.Key("citation")
		w.BeginArray()
		for _, c := range a.Citation {
			c.write(w)
		}
		w.EndArray()
	}
	if a.IsBasedOn != nil {
		w.Key("isBasedOn")
		a.IsBasedOn.write(w)
	}
	if len(a.Mentions) > 0 {
		w.Key("mentions")
		w.BeginArray()
		for _, m := range a.Mentions {
			writeStringsJSON(w, "@type", m.Type, "name", m.Name)
		}
		w.EndArray()
	}
	w.EndObject()
}

func (l *ldList) write(w *jsonlite.Writer) {
	w.BeginObject()
	writeMembersJSON(w, "@type", l.Type, "name", l.Name)
	w.Key("itemListElement")
	if l.Elements == nil {
		w.Raw([]byte("null"))
	} else {
		w.BeginArray()
		for _, e := range l.Elements {
			e.write(w)
		}
		w.EndArray()
	}
	w.EndObject()
}

func (it *ldItem) write(w *jsonlite.Writer) {
	w.BeginObject()
	writeMembersJSON(w, "@type", it.Type)
	w.Key("position")
	w.Int(it.Position)
	optional(w, "name", it.Name)
	switch item := it.Item.(type) {
	case ldQuotation:
		w.Key("item")
		w.BeginObject()
		writeMembersJSON(w, "@type", item.Type, "text", item.Text)
		if item.Creator != nil {
			w.Key("creator")
			writeStringsJSON(w, "@type", item.Creator.Type, "name", item.Creator.Name)
		}
		w.EndObject()
	case *ldArticle:
		if item != nil {
			w.Key("item")
			item.write(w)
		}
	}
	w.EndObject()
}
