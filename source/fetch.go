package source

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/netip"
	"net/url"
	"strings"
	"time"

	"github.com/newsbrief/newsbrief/internal/limit"
	"github.com/newsbrief/newsbrief/internal/textenc"
	"golang.org/x/net/publicsuffix"
)

// Fetch gets the page at rawURL, an address that may come from untrusted
// input, and returns it decoded to UTF-8.
//
// Only http and https URLs are fetched (ErrUnsupportedURL); unless
// WithAllowPrivate(true) is given, hosts that are or resolve to loopback,
// private, link-local, multicast, unspecified, CGNAT or other non-public
// addresses are refused, however they are spelled (ErrBlockedAddress). At
// most MaxRedirects redirects are followed (ErrTooManyRedirects), each
// target checked like the first URL. The whole fetch is bounded by
// WithTimeout and ctx (ErrTimeout, or ctx's error when it is cancelled)
// and the body by WithMaxBytes (ErrTooLarge). Only text/html,
// application/xhtml+xml and text/plain responses are accepted, sniffed
// when the server sends no Content-Type (ErrNotHTML). A status other than
// 2xx is a *StatusError. Network failures come wrapped as the net package
// returns them.
func Fetch(ctx context.Context, rawURL string, opts ...Option) (*Page, error) {
	c := newConfig(opts)
	u, err := parseURL(rawURL)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()

	tr := c.transport()
	defer tr.CloseIdleConnections()
	// Cookies live for one fetch: some sites set one and redirect to
	// themselves to see it.
	jar, _ := cookiejar.New(&cookiejar.Options{PublicSuffixList: publicsuffix.List})
	client := &http.Client{Transport: tr, Jar: jar, CheckRedirect: checkRedirect}

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnsupportedURL, err)
	}
	req.Header.Set("User-Agent", c.userAgent)
	req.Header.Set("Accept", accept)
	req.Header.Set("Accept-Encoding", acceptEncoding)
	resp, err := client.Do(req)
	if err != nil {
		return nil, fetchError(ctx, u, err)
	}
	defer resp.Body.Close()

	return readResponse(ctx, resp, c)
}

// readResponse checks a response's status and content type and reads its
// body within the size limit, decoded to UTF-8.
func readResponse(ctx context.Context, resp *http.Response, c config) (*Page, error) {
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &StatusError{Code: resp.StatusCode, Status: resp.Status}
	}
	contentType := resp.Header.Get("Content-Type")
	if resp.ContentLength > c.maxBytes && resp.Header.Get("Content-Encoding") == "" {
		return nil, fmt.Errorf("%w: %d bytes, more than %d", ErrTooLarge, resp.ContentLength, c.maxBytes)
	}
	body, err := contentReader(resp)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReaderSize(body, sniffLen)
	typ := mediaType(contentType)
	if typ == "" {
		head, _ := br.Peek(sniffLen)
		typ = mediaType(http.DetectContentType(head))
	}
	if !pageTypes[typ] {
		return nil, fmt.Errorf("%w: %s", ErrNotHTML, typ)
	}
	data, err := limit.ReadAll(br, c.maxBytes, func() error {
		return fmt.Errorf("%w: more than %d bytes", ErrTooLarge, c.maxBytes)
	})
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, err
		}
		return nil, fetchError(ctx, resp.Request.URL, err)
	}
	text, cs, err := textenc.DecodeMax(data, contentType, c.maxBytes)
	if err != nil {
		return nil, fmt.Errorf("%w: more than %d bytes once decoded to UTF-8", ErrTooLarge, c.maxBytes)
	}
	return &Page{
		URL:         resp.Request.URL.String(),
		Status:      resp.StatusCode,
		ContentType: typ,
		Charset:     cs,
		Body:        text,
		Header:      resp.Header,
		FetchedAt:   time.Now(),
	}, nil
}

// transport returns a transport for one fetch that dials through the
// guard (see config.dial) and ignores proxy settings, since a proxy would
// be dialled in the target's place.
func (c *config) transport() *http.Transport {
	return &http.Transport{
		Proxy:                  nil,
		DialContext:            c.dial,
		ForceAttemptHTTP2:      true,
		TLSHandshakeTimeout:    10 * time.Second,
		MaxResponseHeaderBytes: 1 << 20,
		MaxIdleConns:           4,
		IdleConnTimeout:        30 * time.Second,
	}
}

// parseURL parses and checks a URL given to Fetch.
func parseURL(rawURL string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnsupportedURL, err)
	}
	if err := checkURL(u); err != nil {
		return nil, err
	}
	u.Fragment, u.RawFragment = "", ""
	return u, nil
}

// checkURL checks that u can be fetched: scheme http or https, a valid
// host, no user name or password.
func checkURL(u *url.URL) error {
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return fmt.Errorf("%w: scheme %q", ErrUnsupportedURL, u.Scheme)
	}
	if u.Opaque != "" || u.Hostname() == "" {
		return fmt.Errorf("%w: no host in %q", ErrUnsupportedURL, u.Redacted())
	}
	if u.User != nil {
		return fmt.Errorf("%w: user name or password in %q", ErrUnsupportedURL, u.Redacted())
	}
	if _, err := netip.ParseAddr(u.Hostname()); err == nil {
		return nil
	}
	if _, numeric, err := numericHost(u.Hostname()); numeric && err != nil {
		return err
	}
	return nil
}

// checkRedirect is the client's CheckRedirect: it limits the number of
// redirects and checks each target's URL. The guard checks its address
// when it is dialled.
func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > MaxRedirects {
		return fmt.Errorf("%w: more than %d", ErrTooManyRedirects, MaxRedirects)
	}
	if err := checkURL(req.URL); err != nil {
		return fmt.Errorf("redirect to %s: %w", req.URL.Redacted(), err)
	}
	return nil
}

// fetchError makes an error from the client or the body's reader clear:
// the package's own errors stand as they are, timeouts become ErrTimeout.
func fetchError(ctx context.Context, u *url.URL, err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	for _, own := range []error{ErrBlockedAddress, ErrUnsupportedURL, ErrTooManyRedirects} {
		if errors.Is(err, own) {
			return err
		}
	}
	var ne net.Error
	if errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		return fmt.Errorf("%w: fetching %s: %w", ErrTimeout, u.Redacted(), err)
	}
	return fmt.Errorf("source: fetching %s: %w", u.Redacted(), err)
}
