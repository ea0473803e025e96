package extract

import (
	"encoding/json"
	"html"
	"strings"
)

// ldArticle is what JSON-LD says about the page's article.
type ldArticle struct {
	headline, description, image, language, url string
	publisher, published, modified, body        string
	authors                                     []string
	found                                       bool
	repaired                                    bool   // read only after repairJSON
	basedOn                                     string // isBasedOn: the report this one credits
}

// articleTypes are the schema.org types that describe a news article.
var articleTypes = map[string]bool{"newsarticle": true, "article": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "backgroundnewsarticle": true,
	"reviewnewsarticle": true, "blogposting": true, "liveblogposting": true, "report": true,
	"scholarlyarticle": true, "techarticle": true, "socialmediaposting": true}

// parseLD reads one JSON-LD script, tolerating the usual breakage: HTML
// comments and CDATA around it, raw line breaks inside strings, trailing
// commas.
func parseLD(src string) ldArticle {
	var v any
	repaired := false
	src = unwrapScript(src)
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		if err := json.Unmarshal([]byte(repairJSON(src)), &v); err != nil {
			return ldArticle{}
		}
		repaired = true
	}
	var best ldArticle
	walkLD(v, 0, func(obj map[string]any) {
		if best.found || !isArticleType(obj["@type"]) {
			return
		}
		best = ldFrom(obj)
	})
	best.repaired = repaired && best.found
	return best
}

// walkLD visits every object in a JSON-LD value: arrays, @graph and nested
// objects, to a bounded depth.
func walkLD(v any, depth int, visit func(map[string]any)) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			walkLD(e, depth+1, visit)
		}
	case map[string]any:
		visit(x)
		if g, ok := x["@graph"]; ok {
			walkLD(g, depth+1, visit)
		}
		if e, ok := x["mainEntity"]; ok {
			walkLD(e, depth+1, visit)
		}
	}
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return articleTypes[strings.ToLower(strings.TrimPrefix(x, "schema:"))]
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func ldFrom(o map[string]any) ldArticle {
	a := ldArticle{found: true,
		headline: ldString(o["headline"]), description: ldString(o["description"]),
		image: ldURL(o["image"]), language: ldString(o["inLanguage"]), url: ldURL(o["url"]),
		publisher: ldName(o["publisher"]), published: ldString(o["datePublished"]),
		modified: ldString(o["dateModified"]), body: ldString(o["articleBody"]), authors: ldNames(o["author"]),
		basedOn: ldURL(o["isBasedOn"])}
	if a.headline == "" {
		a.headline = ldString(o["name"])
	}
	return a
}

// merge keeps the first article found.
func (a *ldArticle) merge(b ldArticle) {
	if !a.found && b.found {
		*a = b
	}
}

func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(html.UnescapeString(x))
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	case map[string]any:
		if s := ldString(x["@value"]); s != "" {
			return s
		}
		return ldString(x["name"])
	}
	return ""
}

func ldURL(v any) string {
	switch x := v.(type) {
	case map[string]any:
		if s := ldString(x["url"]); s != "" {
			return s
		}
		return ldString(x["@id"])
	case []any:
		if len(x) > 0 {
			return ldURL(x[0])
		}
	}
	return ldString(v)
}

func ldName(v any) string {
	if m, ok := v.(map[string]any); ok {
		return ldString(m["name"])
	}
	return ldString(v)
}

func ldNames(v any) []string {
	var out []string
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
	default:
		if n := collapseSpace(ldName(x)); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// unwrapScript removes the comment or CDATA markers around a script.
func unwrapScript(s string) string {
	s = strings.TrimSpace(s)
	for _, w := range [][2]string{{"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}, {"<!--", "-->"}} {
		s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, w[0]), w[1]))
	}
	return s
}

// repairJSON fixes what breaks JSON-LD most often: raw line breaks inside
// strings and trailing commas.
func repairJSON(s string) string {
	out := make([]byte, 0, len(s))
	inString, escaped := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inString && escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case c == '"':
			inString = !inString
		case inString && c == '\n':
			out = append(out, '\\')
			c = 'n'
		case inString && c < 0x20:
			c = ' '
		case !inString && (c == '}' || c == ']'):
			out = trimTrailingComma(out)
		}
		out = append(out, c)
	}
	return string(out)
}

// trimTrailingComma drops a comma (and the space after it) that ends b.
func trimTrailingComma(b []byte) []byte {
	end := len(b)
	for end > 0 && (b[end-1] == ' ' || b[end-1] == '\t' || b[end-1] == '\r' || b[end-1] == '\n') {
		end--
	}
	if end > 0 && b[end-1] == ',' {
		return b[:end-1]
	}
	return b
}
