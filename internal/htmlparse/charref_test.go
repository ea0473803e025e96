package htmlparse

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The character reference decoder and the escaper are checked against the
// standard library's html package, whose table entities_gen.go is generated
// from.

var referenceCases = []string{
	"", "no references", "&", "&&", "&amp;", "&amp", "&AMP", "&lt;b&gt;", "caf&eacute; &eacute", "&notit;", "&notin;",
	"&not", "&copy=2", "&copy2", "&NotEqualTilde;", "&CounterClockwiseContourIntegral;", "&bogus;", "&;", "&#", "&#;",
	"&#x", "&#x;", "&#xZ;", "&#65;", "&#65", "&#x41;", "&#X41", "&#0;", "&#128;", "&#x9F;", "&#xD800;", "&#x10FFFF;",
	"&#1114112;", "&#9999999;", "&#12a", "&#a;", "a & b", "&amp;amp;", "&#38;#38;", "&lt", "&LTx", "&aacute&aacute;",
}

func TestUnescapeIsStandardLibrary(t *testing.T) {
	for _, s := range referenceCases {
		if !longNumber.MatchString(s) {
			assert.Equal(t, html.UnescapeString(s), Unescape(s, false), "%q", s)
		}
	}
	assert.Equal(t, "A \uFFFD \uFFFD", Unescape("&#65;&#32;&#9999999;&#32;&#0", false))
	for line := range strings.Lines(entityData) {
		ref := "&" + strings.Fields(line)[0]
		assert.Equal(t, html.UnescapeString(ref), Unescape(ref, false), "%q", ref)
		assert.Equal(t, html.UnescapeString(ref+"x"), Unescape(ref+"x", false), "%q", ref+"x")
	}
}

func TestEscapeIsStandardLibrary(t *testing.T) {
	for _, s := range append(referenceCases, `<a href="x">'it's' & more</a>`, "plain") {
		assert.Equal(t, html.EscapeString(s), Escape(s), "%q", s)
	}
}

// longNumber matches where the standard library departs from HTML:
// numeric references of more than seven digits, whose value it lets
// overflow, one-digit decimal references without a semicolon, which it
// leaves as written, and "&#x;", which it reads as U+FFFD. Unescape follows
// HTML, as x/net/html does.
var longNumber = regexp.MustCompile(`&#[xX]?[0-9a-fA-F]{7,}|&#[0-9](?:[^0-9;]|$)|&#[xX];`)

func FuzzUnescape(f *testing.F) {
	for _, s := range referenceCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if longNumber.MatchString(s) {
			return
		}
		assert.Equal(t, html.UnescapeString(s), Unescape(s, false), "%q", s)
		assert.Equal(t, html.EscapeString(s), Escape(s), "%q", s)
	})
}

// TestEntitiesGenerated fails when entities_gen.go is not what
// gen_entities.go writes from the standard library's table.
func TestEntitiesGenerated(t *testing.T) {
	for name, text := range entityTable() {
		if want := html.UnescapeString("&" + name); want != text {
			t.Errorf("&%s is %q here, %q in package html: run go generate ./internal/htmlparse", name, text, want)
		}
	}
}
