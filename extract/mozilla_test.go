package extract

import (
	"bytes"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
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
}

// metaFields are the fields compared, as extracted by one extractor.
type metaFields struct {
	title, excerpt, siteName string
	authors                  []string
	published                time.Time
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
	ours, theirs, given := map[string]int{}, map[string]int{}, map[string]int{}
	base, _ := url.Parse(mozillaURL)
	for _, page := range dirs {
		dir := filepath.Dir(page)
		src, err := os.ReadFile(filepath.Join(dir, "source.html"))
		require.NoError(t, err)
		raw, err := os.ReadFile(filepath.Join(dir, "expected-metadata.json"))
		require.NoError(t, err)
		var want expectedMeta
		require.NoError(t, json.Unmarshal(raw, &want))

		for k := range want.matches(metaFields{}) {
			given[k]++
		}
		a, _ := FromReader(bytes.NewReader(src), WithURL(mozillaURL))
		if a != nil {
			for k, ok := range want.matches(metaFields{a.Title, a.Description, a.Outlet, a.Authors, a.Published}) {
				ours[k] += boolInt(ok)
			}
		}
		if r, err := readability.FromReader(bytes.NewReader(src), base); err == nil {
			pub, _ := r.PublishedTime()
			for k, ok := range want.matches(metaFields{collapseSpace(r.Title()), collapseSpace(r.Excerpt()), collapseSpace(r.SiteName()), splitByline(collapseSpace(r.Byline())), pub}) {
				theirs[k] += boolInt(ok)
				if ok && a != nil && !want.matches(metaFields{a.Title, a.Description, a.Outlet, a.Authors, a.Published})[k] {
					t.Logf("%s: %s differs from readeck's: %q / %q", filepath.Base(dir), k, a.Title, r.Title())
				}
			}
		}
	}
	t.Logf("exact, of %d Mozilla pages (fields given %v): newsbrief %v, readeck %v", len(dirs), given, ours, theirs)
	for k, n := range theirs {
		assert.GreaterOrEqual(t, ours[k], n, k)
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
