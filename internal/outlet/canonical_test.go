package outlet

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCanonical(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"already canonical", "https://www.koreaherald.com/article/3456", "https://www.koreaherald.com/article/3456"},
		{"case", "HTTPS://WWW.NYTimes.COM/2026/01/05/World/Story.html", "https://www.nytimes.com/2026/01/05/World/Story.html"},
		{"default https port", "https://example.com:443/a", "https://example.com/a"},
		{"default http port", "http://example.com:80/a", "http://example.com/a"},
		{"other port kept", "http://example.com:8080/a", "http://example.com:8080/a"},
		{"https on :80 kept", "https://example.com:80/a", "https://example.com:80/a"},
		{"empty port", "https://example.com:/a", "https://example.com/a"},
		{"trailing dot", "https://example.com./a", "https://example.com/a"},
		{"empty path", "https://example.com", "https://example.com/"},
		{"trailing slash kept", "https://example.com/news/", "https://example.com/news/"},
		{"fragment", "https://example.com/a#comments", "https://example.com/a"},
		{"user info", "https://user:pw@example.com/a", "https://example.com/a"},
		{"spaces", "  https://example.com/a \n", "https://example.com/a"},
		{"space ending the query", "https://example.com/a?x=1 #frag", "https://example.com/a?x=1%20"},
		{"spaces in the query", "https://example.com/a?q=a\u00a0b c#f", "https://example.com/a?q=a%C2%A0b%20c"},
		{"utm", "https://example.com/a?utm_source=twitter&utm_medium=social&UTM_Campaign=x", "https://example.com/a"},
		{"click ids", "https://example.com/a?fbclid=IwAR0&gclid=x&dclid=1&msclkid=2&yclid=3&igshid=4&_ga=5", "https://example.com/a"},
		{"mailchimp", "https://example.com/a?mc_cid=1&mc_eid=2", "https://example.com/a"},
		{"referrers", "https://example.com/a?ref=hn&ref_src=twsrc&cmpid=rss&ocid=msn&spm=a2&CMP=share_btn", "https://example.com/a"},
		{"other params kept in order", "https://example.com/view?z=1&utm_source=x&id=42&a=b%20c&fbclid=y", "https://example.com/view?z=1&id=42&a=b%20c"},
		{"repeated params kept", "https://example.com/s?q=a&q=b", "https://example.com/s?q=a&q=b"},
		{"empty query", "https://example.com/a?", "https://example.com/a"},
		{"empty pieces", "https://example.com/a?&&id=1&", "https://example.com/a?id=1"},
		{"encoded tracking key", "https://example.com/a?utm%5Fsource=x&id=1", "https://example.com/a?id=1"},
		{"amp host", "https://amp.theguardian.com/world/2026/jan/05/story", "https://theguardian.com/world/2026/jan/05/story"},
		{"amp bare domain kept", "https://amp.dev/documentation/", "https://amp.dev/documentation/"},
		{"amp path prefix", "https://www.example.com/amp/news/story-123", "https://www.example.com/news/story-123"},
		{"amp path suffix", "https://www.example.com/news/story-123/amp", "https://www.example.com/news/story-123"},
		{"amp path suffix slash", "https://www.example.com/news/story-123/amp/", "https://www.example.com/news/story-123/"},
		{"amp only path", "https://www.example.com/amp", "https://www.example.com/"},
		{"amp file suffix", "https://www.bbc.co.uk/news/world-123.amp", "https://www.bbc.co.uk/news/world-123"},
		{"amp before html", "https://example.com/2026/story.amp.html", "https://example.com/2026/story.html"},
		{"amp in a word kept", "https://example.com/news/amplifier-review/ramp", "https://example.com/news/amplifier-review/ramp"},
		{"amp query", "https://example.com/a?amp=1", "https://example.com/a"},
		{"amp query empty", "https://example.com/a?id=3&amp", "https://example.com/a?id=3"},
		{"amp query false kept", "https://example.com/a?amp=0", "https://example.com/a?amp=0"},
		{"washington post amp", "https://www.washingtonpost.com/world/2026/01/05/story/?outputType=amp", "https://www.washingtonpost.com/world/2026/01/05/story/"},
		{"amp cache", "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/story?id=1&usqp=mq331AQ", "https://www.example.com/news/story?id=1"},
		{"amp cache http", "https://example-com.cdn.ampproject.org/c/example.com/a", "http://example.com/a"},
		{"amp viewer", "https://www.google.com/amp/s/www.example.com/news/story/amp", "https://www.example.com/news/story"},
		{"google page kept", "https://www.google.com/search?q=amp", "https://www.google.com/search?q=amp"},
		{"nested amp", "https://amp.amp.example.com/amp/amp/story.amp.amp?amp=1&amp=true", "https://example.com/story"},
		{"ipv6 host", "http://[2001:DB8::1]:80/a", "http://[2001:db8::1]/a"},
		{"ipv6 host port", "https://[2001:db8::1]:8443/a", "https://[2001:db8::1]:8443/a"},
		{"escaped path kept", "https://example.com/a%2Fb/%EC%84%9C%EC%9A%B8", "https://example.com/a%2Fb/%EC%84%9C%EC%9A%B8"},
		{"korean path", "https://www.hani.co.kr/arti/society/서울.html", "https://www.hani.co.kr/arti/society/%EC%84%9C%EC%9A%B8.html"},
		{"port with zeros", "http://example.com:0080/a", "http://example.com/a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Canonical(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			again, err := Canonical(got)
			require.NoError(t, err)
			assert.Equal(t, got, again, "idempotent")
		})
	}
}

func TestCanonicalErrors(t *testing.T) {
	for _, in := range []string{"", "   ", "not a url", "/relative/path", "ftp://example.com/a", "javascript:alert(1)", "mailto:a@example.com", "http://", "https:///a", "http:example.com", "%zz", "http://[::1"} {
		t.Run(in, func(t *testing.T) {
			_, err := Canonical(in)
			require.ErrorIs(t, err, ErrUnsupportedURL)
		})
	}
}

func TestTrackingParamsUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, p := range TrackingParams {
		assert.False(t, seen[p], "duplicate %q", p)
		seen[p] = true
	}
	assert.True(t, trackingSet["hsctatracking"])
}

func TestCanonicalDeepAMP(t *testing.T) {
	deep := "https://" + strings.Repeat("amp.", 40) + "example.com/" + strings.Repeat("amp/", 40) + "story" + strings.Repeat(".amp", 40) + ".html" + strings.Repeat("/amp", 40)
	got, err := Canonical(deep)
	require.NoError(t, err)
	assert.Equal(t, "https://example.com/story.html", got)
	nested := "https://example.com/a"
	for range 30 {
		nested = "https://x.cdn.ampproject.org/c/s/" + strings.TrimPrefix(nested, "https://")
	}
	got, err = Canonical(nested)
	require.NoError(t, err)
	assert.Equal(t, "https://example.com/a", got)
}
