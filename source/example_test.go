package source_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/newsbrief/newsbrief/source"
)

func ExampleFetch() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		w.Write([]byte("<p>Caf\xe9 society returns to Z\xfcrich</p>"))
	}))
	defer srv.Close()

	// The test server is on loopback, which Fetch refuses by default.
	page, err := source.Fetch(context.Background(), srv.URL, source.WithAllowPrivate(true))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(page.Status, page.ContentType, page.Charset)
	fmt.Println(string(page.Body))
	// Output:
	// 200 text/html windows-1252
	// <p>Café society returns to Zürich</p>
}

func ExampleFetch_guard() {
	for _, u := range []string{"http://169.254.169.254/latest/meta-data", "http://0x7f.1/", "http://localhost:8080/", "ftp://example.com/"} {
		_, err := source.Fetch(context.Background(), u)
		fmt.Println(errors.Is(err, source.ErrBlockedAddress), errors.Is(err, source.ErrUnsupportedURL))
	}
	// Output:
	// true false
	// true false
	// true false
	// false true
}

func ExampleCanonical() {
	for _, u := range []string{
		"HTTPS://www.Example.com:443/news/story-123?utm_source=newsletter&id=7&fbclid=x#comments",
		"https://amp.example.com/news/story-123/amp?amp=1",
		"https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/story-123",
	} {
		c, _ := source.Canonical(u)
		fmt.Println(c)
	}
	// Output:
	// https://www.example.com/news/story-123?id=7
	// https://example.com/news/story-123
	// https://www.example.com/news/story-123
}

func ExampleOutlet() {
	fmt.Println(source.Outlet("https://www.koreaherald.com/article/3456", ""))
	fmt.Println(source.Outlet("https://asia.nikkei.com/Business/story", ""))
	fmt.Println(source.Outlet("https://riverside-post.example/news/tram", ""))
	fmt.Println(source.Outlet("https://riverside-post.example/news/tram", "The Riverside Post"))
	// Output:
	// The Korea Herald koreaherald.com
	// Nikkei Asia asia.nikkei.com
	// Riverside Post riverside-post.example
	// The Riverside Post riverside-post.example
}

func ExampleIsPressRelease() {
	for _, d := range []string{"nvidianews.nvidia.com", "www.prnewswire.com", "news.samsung.com", "news.kbs.co.kr", "reuters.com"} {
		fmt.Println(d, source.IsPressRelease(d))
	}
	// Output:
	// nvidianews.nvidia.com true
	// www.prnewswire.com true
	// news.samsung.com true
	// news.kbs.co.kr false
	// reuters.com false
}
