package extract

import (
	"bytes"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/newsbrief/newsbrief/internal/devsplit"
	"github.com/newsbrief/newsbrief/internal/sharedtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mozillaURL is the page address Readability.js's own tests use.
const mozillaURL = "http://fakehost/test/page.html"

// expectedMeta is Readability.js's expected-metadata.json.
type expectedMeta struct {
	Title         *string `json:"title"`
	Byline        *string `json:"byline"`
	Excerpt       *string `json:"excerpt"`
	SiteName      *string `json:"siteName"`
	PublishedTime *string `json:"publishedTime"`
	Lang          *string `json:"lang"`
}

// metaFields are the fields compared, as extracted by one extractor.
type metaFields struct {
	title, excerpt, siteName, lang string
	authors                        []string
	published                      time.Time
}

// matches says, for each field the expected metadata gives (not null),
// whether the extractor found exactly that.
func (e expectedMeta) matches(f metaFields) map[string]bool {
	m := map[string]bool{}
	if e.Title != nil {
		m["title"] = collapseSpace(*e.Title) == f.title
	}
	if e.Byline != nil {
		m["byline"] = slices.Equal(splitByline(collapseSpace(*e.Byline)), f.authors)
	}
	if e.Excerpt != nil {
		m["excerpt"] = collapseSpace(*e.Excerpt) == f.excerpt
	}
	if e.SiteName != nil {
		m["siteName"] = collapseSpace(*e.SiteName) == f.siteName
	}
	if e.Lang != nil {
		m["lang"] = strings.EqualFold(collapseSpace(*e.Lang), f.lang)
	}
	if e.PublishedTime != nil {
		want, _ := parseTime(*e.PublishedTime)
		m["published"] = want.Equal(f.published)
	}
	return m
}

func TestMozillaMetadata(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(sharedtest.Dir(t), "data", "mozilla-readability", "*", "source.html"))
	require.NoError(t, err)
	require.NotEmpty(t, dirs)
	// Per part of the tuning/frozen split (internal/devsplit, by page
	// directory name), then per field.
	ours, theirs, given := partCounts{}, partCounts{}, partCounts{}
	base, _ := url.Parse(mozillaURL)
	for _, page := range dirs {
		dir := filepath.Dir(page)
		src, err := os.ReadFile(filepath.Join(dir, "source.html"))
		require.NoError(t, err)
		raw, err := os.ReadFile(filepath.Join(dir, "expected-metadata.json"))
		require.NoError(t, err)
		var want expectedMeta
		require.NoError(t, json.Unmarshal(raw, &want))

		part := devsplit.Of(filepath.Base(dir))
		for k := range want.matches(metaFields{}) {
			given.add(part, k, true)
		}
		a, _ := FromReader(bytes.NewReader(src), WithURL(mozillaURL))
		if a != nil {
			for k, ok := range want.matches(metaFields{a.Title, a.Description, a.Outlet, a.Language, a.Authors, a.Published}) {
				ours.add(part, k, ok)
			}
		}
		if r, err := readability.FromReader(bytes.NewReader(src), base); err == nil {
			pub, _ := r.PublishedTime()
			for k, ok := range want.matches(metaFields{collapseSpace(r.Title()), collapseSpace(r.Excerpt()), collapseSpace(r.SiteName()), collapseSpace(r.Language()), splitByline(collapseSpace(r.Byline())), pub}) {
				theirs.add(part, k, ok)
				if ok && a != nil && !want.matches(metaFields{a.Title, a.Description, a.Outlet, a.Language, a.Authors, a.Published})[k] {
					t.Logf("%s: %s differs from readeck's: %q / %q", filepath.Base(dir), k, a.Title, r.Title())
				}
			}
		}
	}
	for _, part := range []devsplit.Part{devsplit.Tuning, devsplit.Frozen} {
		t.Logf("%s part, exact (fields given %v): newsbrief %v, readeck %v", part, given[part], ours[part], theirs[part])
		for k, n := range theirs[part] {
			assert.GreaterOrEqual(t, ours[part][k], n, "%s %s", part, k)
		}
	}
}

// partCounts counts matches per part and field.
type partCounts map[devsplit.Part]map[string]int

func (c partCounts) add(part devsplit.Part, field string, ok bool) {
	if c[part] == nil {
		c[part] = map[string]int{}
	}
	c[part][field] += boolInt(ok)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
