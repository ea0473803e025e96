package source

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsbrief/newsbrief/internal/outlet"
)

// TestOutletAPI checks that Outlet, IsPressRelease, Canonical and
// TrackingParams are internal/outlet's, where their own tests are.
func TestOutletAPI(t *testing.T) {
	for _, u := range []string{
		"https://www.koreaherald.com/article/1?utm_source=x",
		"https://www.prnewswire.com/news-releases/a.html",
		"https://amp.riverside-post.example/amp/news/tram",
		"http://xn--hq1bm8jm9l.xn--3e0b707e/",
		"ftp://example.com/a",
		"",
	} {
		name, domain := Outlet(u, "")
		wantName, wantDomain := outlet.Outlet(u, "")
		assert.Equal(t, wantName, name, u)
		assert.Equal(t, wantDomain, domain, u)
		assert.Equal(t, outlet.IsPressRelease(u), IsPressRelease(u), u)
		c, err := Canonical(u)
		wantC, wantErr := outlet.Canonical(u)
		assert.Equal(t, wantC, c, u)
		assert.Equal(t, wantErr, err, u)
	}
	assert.True(t, IsPressRelease("https://www.prnewswire.com/news-releases/a.html"))
	_, err := Canonical("ftp://example.com/a")
	require.ErrorIs(t, err, ErrUnsupportedURL)
	assert.Equal(t, outlet.TrackingParams, TrackingParams)
}
