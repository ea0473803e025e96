package source

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html/charset"
)

// allow lets Fetch reach the loopback test servers.
var allow = WithAllowPrivate(true)

// serve starts a test server on loopback.
func serve(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// encode returns s in a legacy character set.
func encode(t *testing.T, label, s string) []byte {
	t.Helper()
	enc, _ := charset.Lookup(label)
	require.NotNil(t, enc, label)
	out, err := enc.NewEncoder().String(s)
	require.NoError(t, err)
	return []byte(out)
}

func TestFetchPage(t *testing.T) {
	var ua, acceptEnc string
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		ua, acceptEnc = r.UserAgent(), r.Header.Get("Accept-Encoding")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("X-Test", "yes")
		io.WriteString(w, "<html><title>Ferry service resumes</title><p>Tickets refunded.</p></html>")
	})
	before := time.Now()
	page, err := Fetch(context.Background(), srv.URL+"/news/ferry#top", allow)
	require.NoError(t, err)
	assert.Equal(t, srv.URL+"/news/ferry", page.URL)
	assert.Equal(t, 200, page.Status)
	assert.Equal(t, "text/html", page.ContentType)
	assert.Equal(t, "utf-8", page.Charset)
	assert.Equal(t, "<html><title>Ferry service resumes</title><p>Tickets refunded.</p></html>", string(page.Body))
	assert.Equal(t, "yes", page.Header.Get("X-Test"))
	assert.False(t, page.FetchedAt.Before(before))
	assert.Equal(t, DefaultUserAgent, ua)
	assert.Equal(t, "gzip, deflate", acceptEnc, "br is not asked for")

	_, err = Fetch(context.Background(), srv.URL, allow, WithUserAgent("probe/1.0"))
	require.NoError(t, err)
	assert.Equal(t, "probe/1.0", ua)
}

func TestFetchCharset(t *testing.T) {
	korean := "부산항에 완전 자동화된 컨테이너 터미널이 문을 열었다."
	longHead := "<html><head>" + strings.Repeat("<!-- padding -->", 100) + `<meta charset="euc-kr"></head><body>`
	tests := []struct {
		name        string
		contentType string
		body        []byte
		want        string
		charset     string
	}{
		{"windows-1252 header", "text/html; charset=windows-1252", []byte("<p>Caf\xe9 \x93society\x94 \x80 5</p>"), "<p>Café “society” € 5</p>", "windows-1252"},
		{"euc-kr header", "text/html; charset=EUC-KR", append([]byte("<p>"), encode(t, "euc-kr", korean)...), "<p>" + korean, "euc-kr"},
		{"euc-kr meta", "text/html", append([]byte(`<meta charset="euc-kr"><p>`), encode(t, "euc-kr", korean)...), `<meta charset="euc-kr"><p>` + korean, "euc-kr"},
		{"meta after 1 KiB", "text/html", append([]byte(longHead), encode(t, "euc-kr", korean)...), longHead + korean, "euc-kr"},
		{"shift_jis header", "text/plain; charset=shift_jis", encode(t, "shift_jis", "東京で桜が満開"), "東京で桜が満開", "shift_jis"},
		{"utf-8 declared as latin-1", "text/html; charset=iso-8859-1", []byte("<p>Café in Zürich</p>"), "<p>Café in Zürich</p>", "utf-8"},
		{"utf-8 byte order mark", "text/html", []byte("\xef\xbb\xbf<p>Zürich</p>"), "<p>Zürich</p>", "utf-8"},
		{"utf-16 byte order mark", "text/html; charset=utf-8", []byte("\xff\xfe<\x00p\x00>\x00\xfc\x00"), "<p>ü", "utf-16le"},
		{"broken utf-8", "text/html; charset=utf-8", []byte("<p>ok \xff\xfe\xfd</p>"), "<p>ok \uFFFD</p>", "utf-8"},
		{"no declaration", "text/html", []byte("<p>Caf\xe9</p>"), "<p>Café</p>", "windows-1252"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tt.contentType)
				w.Write(tt.body)
			})
			page, err := Fetch(context.Background(), srv.URL, allow)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(page.Body))
			assert.Equal(t, tt.charset, page.Charset)
			assert.True(t, utf8.Valid(page.Body))
		})
	}
}

func TestFetchContentEncoding(t *testing.T) {
	const html = "<html><p>Compressed news, decoded.</p></html>"
	compress := func(enc string, data []byte) []byte {
		var b bytes.Buffer
		var w io.WriteCloser
		switch enc {
		case "gzip":
			w, _ = gzip.NewWriterLevel(&b, gzip.BestSpeed)
		case "deflate":
			w = zlib.NewWriter(&b)
		case "raw deflate":
			w, _ = flate.NewWriter(&b, flate.BestSpeed)
		default:
			return data
		}
		w.Write(data)
		w.Close()
		return b.Bytes()
	}
	for _, enc := range []string{"gzip", "deflate", "raw deflate"} {
		t.Run(enc, func(t *testing.T) {
			body := compress(enc, []byte(html))
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html")
				w.Header().Set("Content-Encoding", strings.TrimPrefix(enc, "raw "))
				w.Write(body)
			})
			page, err := Fetch(context.Background(), srv.URL, allow)
			require.NoError(t, err)
			assert.Equal(t, html, string(page.Body))
			assert.Empty(t, page.Header.Get("Content-Encoding"))
		})
	}
	t.Run("brotli sent anyway", func(t *testing.T) {
		srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "br")
			w.Write([]byte{0x1b, 0x2c, 0x00})
		})
		_, err := Fetch(context.Background(), srv.URL, allow)
		require.ErrorIs(t, err, ErrNotHTML)
	})
	t.Run("corrupt gzip", func(t *testing.T) {
		srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write([]byte("not gzip at all"))
		})
		_, err := Fetch(context.Background(), srv.URL, allow)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "gzip")
	})
	t.Run("gzip bomb", func(t *testing.T) {
		body := compress("gzip", bytes.Repeat([]byte("a"), 64<<20))
		require.Less(t, len(body), 1<<20)
		srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(body)
		})
		_, err := Fetch(context.Background(), srv.URL, allow)
		require.ErrorIs(t, err, ErrTooLarge, "the limit applies to the decoded body")
	})
}

func TestFetchContentType(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01")
	tests := []struct {
		name        string
		contentType []string // nil: no Content-Type header at all
		body        []byte
		want        string
		err         error
	}{
		{"html", []string{"text/html; charset=utf-8"}, []byte("<p>x</p>"), "text/html", nil},
		{"upper case", []string{"Text/HTML"}, []byte("<p>x</p>"), "text/html", nil},
		{"xhtml", []string{"application/xhtml+xml"}, []byte("<html/>"), "application/xhtml+xml", nil},
		{"plain text", []string{"text/plain"}, []byte("Ferry resumes."), "text/plain", nil},
		{"image", []string{"image/png"}, png, "", ErrNotHTML},
		{"pdf", []string{"application/pdf"}, []byte("%PDF-1.7"), "", ErrNotHTML},
		{"json", []string{"application/json"}, []byte(`{"a":1}`), "", ErrNotHTML},
		{"sniffed html", nil, []byte("<!DOCTYPE html><html><p>x</p></html>"), "text/html", nil},
		{"sniffed text", nil, []byte("Just words."), "text/plain", nil},
		{"sniffed png", nil, png, "", ErrNotHTML},
		{"empty body", []string{"text/html"}, nil, "text/html", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header()["Content-Type"] = tt.contentType
				w.Write(tt.body)
			})
			page, err := Fetch(context.Background(), srv.URL, allow)
			if tt.err != nil {
				require.ErrorIs(t, err, tt.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, page.ContentType)
			assert.Equal(t, string(tt.body), string(page.Body))
		})
	}
}

func TestFetchStatus(t *testing.T) {
	for _, code := range []int{404, 410, 500, 503, 304} {
		t.Run(strconv.Itoa(code), func(t *testing.T) {
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html")
				w.WriteHeader(code)
				io.WriteString(w, "<p>error page</p>")
			})
			_, err := Fetch(context.Background(), srv.URL, allow)
			require.ErrorIs(t, err, ErrStatus)
			var se *StatusError
			require.ErrorAs(t, err, &se)
			assert.Equal(t, code, se.Code)
			assert.Equal(t, fmt.Sprintf("%d %s", code, http.StatusText(code)), se.Status)
			assert.Equal(t, "source: HTTP "+se.Status, err.Error())
		})
	}
}

func TestFetchRedirects(t *testing.T) {
	var target atomic.Value
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch {
		case strings.HasPrefix(r.URL.Path, "/hop/"):
			n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/hop/"))
			if n > 0 {
				http.Redirect(w, r, "/hop/"+strconv.Itoa(n-1), http.StatusFound)
				return
			}
			w.Header().Set("Content-Type", "text/html")
			io.WriteString(w, "<p>arrived</p>")
		case r.URL.Path == "/loop":
			http.Redirect(w, r, "/loop", http.StatusMovedPermanently)
		case r.URL.Path == "/away":
			w.Header().Set("Location", target.Load().(string))
			w.WriteHeader(http.StatusFound)
		}
	})

	page, err := Fetch(context.Background(), srv.URL+"/hop/5", allow)
	require.NoError(t, err, "five redirects are followed")
	assert.Equal(t, srv.URL+"/hop/0", page.URL)
	assert.Equal(t, "<p>arrived</p>", string(page.Body))

	_, err = Fetch(context.Background(), srv.URL+"/hop/6", allow)
	require.ErrorIs(t, err, ErrTooManyRedirects)
	_, err = Fetch(context.Background(), srv.URL+"/loop", allow)
	require.ErrorIs(t, err, ErrTooManyRedirects)

	for _, to := range []string{"ftp://example.com/file", "javascript:alert(1)", "file:///etc/passwd", "data:text/html,hi", "http://user:pw@example.com/", "http://999.1.1.1/"} {
		target.Store(to)
		_, err = Fetch(context.Background(), srv.URL+"/away", allow)
		require.ErrorIs(t, err, ErrUnsupportedURL, to)
	}
}

func TestFetchRedirectToPrivateAddress(t *testing.T) {
	// The test server counts as public here so that the guard can be seen
	// to check where it redirects to.
	testServer := netip.MustParseAddr("127.0.0.1")
	publicTestServer := func(c *config) {
		c.blocked = func(ip netip.Addr) bool { return ip.Unmap() != testServer && blockedAddr(ip) }
	}
	var target atomic.Value
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", target.Load().(string))
		w.WriteHeader(http.StatusFound)
	})
	for _, to := range []string{"http://169.254.169.254/latest/meta-data/", "http://0xa9fea9fe/", "http://[::1]:8080/", "http://10.1.2.3/", "http://localhost/admin"} {
		target.Store(to)
		start := time.Now()
		_, err := Fetch(context.Background(), srv.URL, publicTestServer)
		require.ErrorIs(t, err, ErrBlockedAddress, to)
		assert.Less(t, time.Since(start), time.Second)
	}
}

func TestFetchTooLarge(t *testing.T) {
	chunk := bytes.Repeat([]byte("<p>news</p>"), 10000)
	stream := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for sent := 0; sent < 20<<20; sent += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	start := time.Now()
	_, err := Fetch(context.Background(), stream.URL, allow)
	require.ErrorIs(t, err, ErrTooLarge, "20 MiB streamed, 10 MiB limit")
	assert.Less(t, time.Since(start), 5*time.Second)

	declared := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", strconv.Itoa(20<<20))
		w.Write(chunk)
	})
	_, err = Fetch(context.Background(), declared.URL, allow)
	require.ErrorIs(t, err, ErrTooLarge, "a declared length over the limit fails before reading")

	exact := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write(bytes.Repeat([]byte("a"), 1000))
	})
	_, err = Fetch(context.Background(), exact.URL, allow, WithMaxBytes(1000))
	require.NoError(t, err)
	_, err = Fetch(context.Background(), exact.URL, allow, WithMaxBytes(999))
	require.ErrorIs(t, err, ErrTooLarge)
}

func TestFetchLimitCountsDecodedBytes(t *testing.T) {
	// The review: a 10 MiB windows-1252 page became 30 MiB of UTF-8, and
	// UTF-16 pages allocated 20 times their size.
	euro := bytes.Repeat([]byte{0x80}, 1<<20)                                     // "€" in windows-1252: 3 bytes of UTF-8 each
	cjk := append([]byte{0xff, 0xfe}, bytes.Repeat([]byte{0x00, 0xac}, 1<<19)...) // "가" in UTF-16LE: 3 bytes of UTF-8
	for _, tt := range []struct {
		name, contentType string
		body              []byte
		decoded           int
	}{
		{"windows-1252", "text/plain; charset=windows-1252", euro, 3 << 20},
		{"utf-16", "text/plain", cjk, 3 << 19},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tt.contentType)
				w.Write(tt.body)
			})
			limit := int64(len(tt.body)) + 1024 // the raw page fits, its UTF-8 does not
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			_, err := Fetch(context.Background(), srv.URL, allow, WithMaxBytes(limit))
			runtime.ReadMemStats(&after)
			require.ErrorIs(t, err, ErrTooLarge)
			assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(6*limit), "allocated while decoding")

			page, err := Fetch(context.Background(), srv.URL, allow, WithMaxBytes(3*limit))
			require.NoError(t, err)
			assert.Len(t, page.Body, tt.decoded, "decoded in full under a larger limit")
		})
	}
}

// stall returns a handler that sends what send sends, then waits until the
// client gives up or the test ends.
func stall(t *testing.T, send func(w http.ResponseWriter)) http.HandlerFunc {
	done := make(chan struct{})
	t.Cleanup(func() { close(done) })
	return func(w http.ResponseWriter, r *http.Request) {
		send(w)
		select {
		case <-r.Context().Done():
		case <-done:
		}
	}
}

func TestFetchTimeout(t *testing.T) {
	headersOnly := func(w http.ResponseWriter) {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusOK)
		io.WriteString(w, "<html><p>The start of a page that never ends")
		w.(http.Flusher).Flush()
	}
	tests := []struct {
		name    string
		handler func(t *testing.T) http.HandlerFunc
	}{
		{"body never finishes", func(t *testing.T) http.HandlerFunc { return stall(t, headersOnly) }},
		{"no headers", func(t *testing.T) http.HandlerFunc { return stall(t, func(http.ResponseWriter) {}) }},
		{"trickle", func(t *testing.T) http.HandlerFunc {
			return func(w http.ResponseWriter, r *http.Request) {
				headersOnly(w)
				for r.Context().Err() == nil {
					io.WriteString(w, "x")
					w.(http.Flusher).Flush()
					time.Sleep(20 * time.Millisecond)
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, tt.handler(t))
			start := time.Now()
			_, err := Fetch(context.Background(), srv.URL, allow, WithTimeout(300*time.Millisecond))
			require.ErrorIs(t, err, ErrTimeout)
			assert.Less(t, time.Since(start), 2*time.Second)
		})
	}

	t.Run("context deadline", func(t *testing.T) {
		srv := serve(t, stall(t, headersOnly))
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		defer cancel()
		start := time.Now()
		_, err := Fetch(ctx, srv.URL, allow)
		require.ErrorIs(t, err, ErrTimeout)
		assert.Less(t, time.Since(start), 2*time.Second)
	})
	t.Run("context cancelled", func(t *testing.T) {
		srv := serve(t, stall(t, headersOnly))
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(200*time.Millisecond, cancel)
		start := time.Now()
		_, err := Fetch(ctx, srv.URL, allow)
		require.ErrorIs(t, err, context.Canceled)
		assert.NotErrorIs(t, err, ErrTimeout)
		assert.Less(t, time.Since(start), 2*time.Second)
	})
}

func TestFetchUnsupportedURL(t *testing.T) {
	for _, raw := range []string{
		"", "   ", "not a url", "ftp://example.com/file", "javascript:alert(1)", "mailto:desk@example.com",
		"file:///etc/passwd", "data:text/html,<p>hi</p>", "http://", "https:///path", "http:example.com",
		"://example.com", "%%%", "http://[::1", "http://user:pass@example.com/", "http://256.1.1.1/",
		"http://1.2.3.4.5/", "http://0x100000000/", "http://example.123/", "gopher://example.com:70/",
	} {
		t.Run(raw, func(t *testing.T) {
			_, err := Fetch(context.Background(), raw)
			require.ErrorIs(t, err, ErrUnsupportedURL)
			_, err = Fetch(context.Background(), raw, allow)
			require.ErrorIs(t, err, ErrUnsupportedURL)
		})
	}
}

func TestFetchRefusesLocalAddresses(t *testing.T) {
	var conns atomic.Int32
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "<p>secret</p>")
	}))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	}
	srv.Start()
	t.Cleanup(srv.Close)

	_, err := Fetch(context.Background(), srv.URL)
	require.ErrorIs(t, err, ErrBlockedAddress, "the guard is on by default")
	assert.Contains(t, err.Error(), "127.0.0.1")
	assert.Contains(t, err.Error(), "source.WithAllowPrivate", "the error says the way forward")
	port := srv.Listener.Addr().(*net.TCPAddr).Port
	_, err = Fetch(context.Background(), fmt.Sprintf("http://localhost:%d/", port))
	require.ErrorIs(t, err, ErrBlockedAddress)
	_, err = Fetch(context.Background(), fmt.Sprintf("http://2130706433:%d/", port))
	require.ErrorIs(t, err, ErrBlockedAddress)
	assert.Zero(t, conns.Load(), "no connection was made")

	_, err = Fetch(context.Background(), srv.URL, allow)
	require.NoError(t, err, "WithAllowPrivate lifts the guard")
	assert.Equal(t, int32(1), conns.Load())

	for _, raw := range []string{
		"http://127.0.0.1", "http://127.0.0.1:8080/admin", "https://127.1/", "http://[::1]/", "http://[::]/",
		"http://0.0.0.0/", "http://0/", "http://2130706433/", "http://0x7f000001/", "http://0177.0.0.1/",
		"http://0x7f.1/", "http://017700000001/", "http://169.254.169.254/latest/meta-data",
		"http://[fe80::1%25eth0]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/",
		"http://[::ffff:169.254.169.254]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:7f00:1::]/",
		"http://[fd00::1]/", "http://[ff02::1]/", "http://10.0.0.1", "http://172.16.5.4/", "http://192.168.1.1",
		"http://100.64.0.1/", "http://224.0.0.1/", "http://255.255.255.255/", "http://localhost",
		"http://LOCALHOST./", "http://printer.localhost/", "https://127.0.0.1.:443/",
	} {
		t.Run(raw, func(t *testing.T) {
			start := time.Now()
			_, err := Fetch(context.Background(), raw, WithTimeout(time.Second))
			require.ErrorIs(t, err, ErrBlockedAddress)
			assert.Less(t, time.Since(start), 500*time.Millisecond)
		})
	}
}

// fakeDNS is a resolver with fixed answers that counts its lookups.
type fakeDNS struct {
	answers map[string][]string
	lookups atomic.Int32
}

func (f *fakeDNS) option(c *config) {
	c.resolve = func(_ context.Context, host string) ([]netip.Addr, error) {
		f.lookups.Add(1)
		var ips []netip.Addr
		for _, s := range f.answers[host] {
			ips = append(ips, netip.MustParseAddr(s))
		}
		if len(ips) == 0 {
			return nil, errors.New("no such host")
		}
		return ips, nil
	}
}

func TestFetchChecksResolvedAddresses(t *testing.T) {
	var host string
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		host = r.Host
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<p>local news</p>")
	})
	port := srv.Listener.Addr().(*net.TCPAddr).Port
	dns := &fakeDNS{answers: map[string][]string{
		"rebind.example":   {"93.184.216.34", "127.0.0.1"},
		"metadata.example": {"169.254.169.254"},
		"mapped.example":   {"::ffff:10.0.0.1"},
		"intranet.example": {"127.0.0.1"},
	}}

	for _, h := range []string{"rebind.example", "metadata.example", "mapped.example", "intranet.example"} {
		_, err := Fetch(context.Background(), fmt.Sprintf("http://%s:%d/", h, port), dns.option)
		require.ErrorIs(t, err, ErrBlockedAddress, h)
		assert.Contains(t, err.Error(), BlockedHint, h)
	}
	_, err := Fetch(context.Background(), fmt.Sprintf("http://intranet.example:%d/", port), WithResolver(func(context.Context, string) ([]netip.Addr, error) {
		return []netip.Addr{netip.MustParseAddr("10.1.2.3")}, nil
	}))
	require.ErrorIs(t, err, ErrBlockedAddress, "WithResolver's answers are checked too")

	// The address that was checked is the one dialled: the name is looked
	// up once, and the request still names the host.
	dns.lookups.Store(0)
	page, err := Fetch(context.Background(), fmt.Sprintf("http://intranet.example:%d/a", port), dns.option, allow)
	require.NoError(t, err)
	assert.Equal(t, "<p>local news</p>", string(page.Body))
	assert.Equal(t, fmt.Sprintf("intranet.example:%d", port), host)
	assert.Equal(t, int32(1), dns.lookups.Load())

	_, err = Fetch(context.Background(), "http://nowhere.example/", dns.option)
	require.Error(t, err)
	assert.NotErrorIs(t, err, ErrBlockedAddress)
}
