package outlet

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/publicsuffix"
)

func TestOutlet(t *testing.T) {
	tests := []struct {
		url, siteName string
		name, domain  string
	}{
		// The page's own name wins.
		{"https://riverside-post.example/news/tram", "The Riverside Post", "The Riverside Post", "riverside-post.example"},
		{"https://www.koreaherald.com/article/1", "  The   Korea Herald ", "The Korea Herald", "koreaherald.com"},
		// The table, registrable domain.
		{"https://www.nytimes.com/2026/01/05/world/story.html", "", "The New York Times", "nytimes.com"},
		{"https://apnews.com/article/abc", "", "Associated Press", "apnews.com"},
		{"https://www.reuters.com/world/", "", "Reuters", "reuters.com"},
		{"https://www.bbc.co.uk/news/world-123", "", "BBC News", "bbc.co.uk"},
		{"https://www.bbc.com/news/articles/c1", "", "BBC News", "bbc.com"},
		{"https://news.sky.com/story/x", "", "Sky News", "news.sky.com"},
		{"https://www.theguardian.com/world", "", "The Guardian", "theguardian.com"},
		{"https://www.lemonde.fr/international/", "", "Le Monde", "lemonde.fr"},
		{"https://www.spiegel.de/politik/", "", "Der Spiegel", "spiegel.de"},
		{"https://elpais.com/internacional/", "", "El País", "elpais.com"},
		// Korea.
		{"https://en.yna.co.kr/view/AEN2026", "", "Yonhap News Agency", "en.yna.co.kr"},
		{"https://www.koreaherald.com/view.php?ud=1", "", "The Korea Herald", "koreaherald.com"},
		{"https://www.koreatimes.co.kr/www/nation/2026/01/1.html", "", "The Korea Times", "koreatimes.co.kr"},
		{"https://koreajoongangdaily.joins.com/news/2026-01-05/national/1", "", "Korea JoongAng Daily", "koreajoongangdaily.joins.com"},
		{"https://www.joongang.co.kr/article/1", "", "JoongAng Ilbo", "joongang.co.kr"},
		{"https://www.chosun.com/national/2026/01/05/X/", "", "Chosun Ilbo", "chosun.com"},
		{"https://biz.chosun.com/it-science/2026/", "", "Chosun Biz", "biz.chosun.com"},
		{"https://www.donga.com/news/article/all/1", "", "Dong-A Ilbo", "donga.com"},
		{"https://www.hani.co.kr/arti/1.html", "", "Hankyoreh", "hani.co.kr"},
		{"https://www.khan.co.kr/article/1", "", "Kyunghyang Shinmun", "khan.co.kr"},
		{"https://www.mk.co.kr/news/economy/1", "", "Maeil Business", "mk.co.kr"},
		{"https://www.hankyung.com/article/1", "", "Korea Economic Daily", "hankyung.com"},
		{"https://www.sedaily.com/NewsView/1", "", "Seoul Economic Daily", "sedaily.com"},
		{"https://news.kbs.co.kr/news/pc/view/view.do?ncd=1", "", "KBS", "news.kbs.co.kr"},
		{"https://imnews.imbc.com/news/2026/1.html", "", "MBC", "imnews.imbc.com"},
		{"https://news.sbs.co.kr/news/endPage.do?news_id=1", "", "SBS", "news.sbs.co.kr"},
		{"https://www.ytn.co.kr/_ln/0101_1", "", "YTN", "ytn.co.kr"},
		{"https://zdnet.co.kr/view/?no=1", "", "ZDNet Korea", "zdnet.co.kr"},
		{"https://www.etnews.com/20260105000001", "", "Electronic Times", "etnews.com"},
		{"https://www.businesskorea.co.kr/news/articleView.html?idxno=1", "", "BusinessKorea", "businesskorea.co.kr"},
		{"https://n.news.naver.com/article/001/0001", "", "Naver News", "n.news.naver.com"},
		// Japan.
		{"https://www3.nhk.or.jp/news/html/20260105/k1.html", "", "NHK", "www3.nhk.or.jp"},
		{"https://www.asahi.com/articles/ASR1.html", "", "The Asahi Shimbun", "asahi.com"},
		{"https://www.yomiuri.co.jp/national/20260105-OYT1T1/", "", "The Yomiuri Shimbun", "yomiuri.co.jp"},
		{"https://mainichi.jp/articles/20260105/k00/00m/040/1000c", "", "The Mainichi", "mainichi.jp"},
		{"https://www.nikkei.com/article/DGXZQO1/", "", "Nikkei", "nikkei.com"},
		{"https://asia.nikkei.com/Business/Tech/story", "", "Nikkei Asia", "asia.nikkei.com"},
		{"https://www.japantimes.co.jp/news/2026/01/05/japan/x/", "", "The Japan Times", "japantimes.co.jp"},
		{"https://english.kyodonews.net/news/2026/01/1.html", "", "Kyodo News", "english.kyodonews.net"},
		// Elsewhere.
		{"https://edition.cnn.com/2026/01/05/world/x", "", "CNN", "edition.cnn.com"},
		{"https://abcnews.go.com/US/story?id=1", "", "ABC News", "abcnews.go.com"},
		{"https://www.scmp.com/news/china/article/1", "", "South China Morning Post", "scmp.com"},
		{"https://www.abc.net.au/news/2026-01-05/x/1", "", "ABC News (Australia)", "abc.net.au"},
		{"https://timesofindia.indiatimes.com/india/x/articleshow/1.cms", "", "The Times of India", "timesofindia.indiatimes.com"},
		{"https://www.aljazeera.com/news/2026/1/5/x", "", "Al Jazeera", "aljazeera.com"},
		// Wires and newsrooms.
		{"https://www.prnewswire.com/news-releases/x-301.html", "", "PR Newswire", "prnewswire.com"},
		{"https://www.businesswire.com/news/home/2026/en/", "", "Business Wire", "businesswire.com"},
		{"https://www.globenewswire.com/news-release/2026/01/05/1/0/en/x.html", "", "GlobeNewswire", "globenewswire.com"},
		{"https://nvidianews.nvidia.com/news/x", "", "NVIDIA Newsroom", "nvidianews.nvidia.com"},
		{"https://blogs.nvidia.com/blog/x/", "", "NVIDIA Blog", "blogs.nvidia.com"},
		{"https://news.samsung.com/global/x", "", "Samsung Newsroom", "news.samsung.com"},
		// Made from the domain.
		{"https://riverside-post.example/news/tram", "", "Riverside Post", "riverside-post.example"},
		{"https://www.harbour_gazette.co.uk/a", "", "Harbour Gazette", "harbour_gazette.co.uk"},
		{"https://news.smalltown-herald.com/a", "", "Smalltown Herald", "news.smalltown-herald.com"},
		{"https://someone.blogspot.com/2026/01/post.html", "", "Someone", "someone.blogspot.com"},
		{"https://xn--hq1bm8jm9l.com/a", "", "도메인", "xn--hq1bm8jm9l.com"},
		{"HTTPS://WWW.Example.ORG:8443/a", "", "Example", "example.org"},
		{"http://93.184.216.34/a", "", "93.184.216.34", "93.184.216.34"},
		// Bare hosts.
		{"koreaherald.com", "", "The Korea Herald", "koreaherald.com"},
		{"www.nhk.or.jp/news", "", "NHK", "nhk.or.jp"},
		// Nothing to go on.
		{"", "", "", ""},
		{"", "Harbour News", "Harbour News", ""},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			name, domain := Outlet(tt.url, tt.siteName)
			assert.Equal(t, tt.name, name)
			assert.Equal(t, tt.domain, domain)
		})
	}
}

func TestIsPressRelease(t *testing.T) {
	press := []string{
		"prnewswire.com", "www.prnewswire.com", "https://www.prnewswire.com/news-releases/x.html", "prnewswire.co.uk",
		"businesswire.com", "globenewswire.com", "accesswire.com", "einpresswire.com", "newswire.co.kr", "prtimes.jp",
		"nvidianews.nvidia.com", "blogs.nvidia.com", "news.samsung.com", "news.skhynix.com", "newsroom.intel.com",
		// Guessed from the name.
		"newsroom.acme.com", "news.acme.com", "press.acme.co.uk", "investors.acme.com", "ir.acme.com",
		"acmenews.acme.com", "newsacme.acme.com", "acmenewsroom.acme.com", "fastwire.com",
	}
	news := []string{
		"nytimes.com", "reuters.com", "apnews.com", "koreaherald.com", "yna.co.kr", "news.kbs.co.kr",
		"news.sbs.co.kr", "news.sky.com", "news.yahoo.com", "news.google.com", "n.news.naver.com", "news.cn",
		"news.com.au", "thewire.in", "wired.com", "wire.com", "acme.com", "blog.acme.com", "www.acme.com",
		"riverside-post.example", "", "93.184.216.34",
	}
	for _, d := range press {
		assert.True(t, IsPressRelease(d), d)
	}
	for _, d := range news {
		assert.False(t, IsPressRelease(d), d)
	}
}

func TestOutletsFile(t *testing.T) {
	seen := map[string]int{}
	entries := 0
	for i, line := range strings.Split(strings.TrimRight(outletsTxt, "\n"), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		entries++
		fields := strings.Split(line, "\t")
		require.True(t, len(fields) == 2 || len(fields) == 3 && fields[2] == "press", "line %d: %q", i+1, line)
		domain, name := fields[0], fields[1]
		assert.Equal(t, strings.ToLower(strings.TrimSpace(domain)), domain, "line %d", i+1)
		assert.Equal(t, strings.TrimSpace(name), name, "line %d", i+1)
		assert.NotEmpty(t, name, "line %d", i+1)
		assert.False(t, strings.HasPrefix(domain, "www."), "line %d: %s", i+1, domain)
		assert.Zero(t, seen[domain], "line %d: %s also on line %d", i+1, domain, seen[domain])
		seen[domain] = i + 1
		_, err := publicsuffix.EffectiveTLDPlusOne(domain)
		assert.NoError(t, err, "line %d: %s is a public suffix", i+1, domain)
	}
	assert.GreaterOrEqual(t, entries, 150)
	assert.Len(t, outlets(), entries)
}
