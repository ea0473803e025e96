package server

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
)

// ProblemType is a kind of problem the server reports, with its HTTP
// status and title. Each is an error, so errors.Is(err, ErrNoArticle)
// tells a failure's kind, on the server and, after decoding a response
// into a Problem, on the client.
type ProblemType struct {
	// Name is the name of the variable that holds the type, such as
	// "ErrNoArticle"; URI links to its documentation.
	Name string
	// Status is the HTTP status code.
	Status int
	// Title is a short summary that does not change between occurrences.
	Title string
}

// Error returns the title.
func (t *ProblemType) Error() string { return "server: " + t.Title }

// URI is the problem type's "type" member: the address of its
// documentation.
func (t *ProblemType) URI() string {
	return "https://pkg.go.dev/github.com/newsbrief/newsbrief/server#" + t.Name
}

// The problem types, each with its status code.
var (
	// ErrMalformedRequest (400): the body is not valid JSON, has unknown
	// fields or trailing data, or asks for something impossible (no
	// articles, an article with both html and text, a bad option).
	ErrMalformedRequest = &ProblemType{"ErrMalformedRequest", http.StatusBadRequest, "Malformed request"}
	// ErrRefusedURL (400): an article's URL cannot be fetched: not http
	// or https, or it is (or redirects to) a loopback, private,
	// link-local or other non-public address.
	ErrRefusedURL = &ProblemType{"ErrRefusedURL", http.StatusBadRequest, "URL refused"}
	// ErrNotFound (404): no such route, or a widget file that is not
	// there.
	ErrNotFound = &ProblemType{"ErrNotFound", http.StatusNotFound, "Not found"}
	// ErrMethodNotAllowed (405): the route does not take this method; the
	// Allow header says which it takes.
	ErrMethodNotAllowed = &ProblemType{"ErrMethodNotAllowed", http.StatusMethodNotAllowed, "Method not allowed"}
	// ErrRequestTimeout (408): the body did not arrive in time.
	ErrRequestTimeout = &ProblemType{"ErrRequestTimeout", http.StatusRequestTimeout, "Request timeout"}
	// ErrTooLarge (413): the body is larger than WithMaxBody allows.
	ErrTooLarge = &ProblemType{"ErrTooLarge", http.StatusRequestEntityTooLarge, "Request too large"}
	// ErrUnsupportedMediaType (415): the body's Content-Type is not one
	// the route reads.
	ErrUnsupportedMediaType = &ProblemType{"ErrUnsupportedMediaType", http.StatusUnsupportedMediaType, "Unsupported media type"}
	// ErrNoArticle (422): a page holds no article text (a home page, a
	// login wall), or an article has no sentences to build from.
	ErrNoArticle = &ProblemType{"ErrNoArticle", http.StatusUnprocessableEntity, "No article found"}
	// ErrWorkLimit (422): the work on the request (extracting, building,
	// parsing or rendering) took longer than WithComputeTimeout allows:
	// its articles are too long or too many.
	ErrWorkLimit = &ProblemType{"ErrWorkLimit", http.StatusUnprocessableEntity, "Work limit exceeded"}
	// ErrUnreadableBrief (422): the brief to parse or render is empty,
	// binary, malformed or of an unknown version.
	ErrUnreadableBrief = &ProblemType{"ErrUnreadableBrief", http.StatusUnprocessableEntity, "Unreadable brief"}
	// ErrInternal (500): a bug; the detail says no more.
	ErrInternal = &ProblemType{"ErrInternal", http.StatusInternalServerError, "Internal error"}
	// ErrUpstream (502): fetching an article's URL failed: an error
	// status, too many redirects, a page too large or not HTML, a network
	// error.
	ErrUpstream = &ProblemType{"ErrUpstream", http.StatusBadGateway, "Fetching the article failed"}
	// ErrBusy (503): every worker is busy and the queue is full, or no
	// worker came free in time; Retry-After says when to try again.
	ErrBusy = &ProblemType{"ErrBusy", http.StatusServiceUnavailable, "Server busy"}
	// ErrUpstreamTimeout (504): fetching an article's URL took longer
	// than WithFetchTimeout allows.
	ErrUpstreamTimeout = &ProblemType{"ErrUpstreamTimeout", http.StatusGatewayTimeout, "Fetching the article timed out"}
)

// retryAfter is the Retry-After of a 503, in seconds.
const retryAfter = 1

// Problem is an error as the server reports it: a JSON problem details
// object (RFC 9457), served as application/problem+json.
type Problem struct {
	// Type is the URI of the problem type (see ProblemType.URI).
	Type string `json:"type"`
	// Title is the problem type's title.
	Title string `json:"title"`
	// Status is the HTTP status code.
	Status int `json:"status"`
	// Detail explains this occurrence.
	Detail string `json:"detail,omitempty"`
	// Instance is the path of the request that failed.
	Instance string `json:"instance,omitempty"`

	err error
}

// Error returns the title and the detail.
func (p *Problem) Error() string {
	if p.Detail == "" {
		return p.Title
	}
	return p.Title + ": " + p.Detail
}

// Is reports whether target is the problem's ProblemType.
func (p *Problem) Is(target error) bool {
	t, ok := target.(*ProblemType)
	return ok && p.Type == t.URI()
}

// Unwrap returns the error the problem reports, when known.
func (p *Problem) Unwrap() error { return p.err }

// NewProblem makes the Problem of a failure: err's ProblemType (see
// Classify) and, except for ErrInternal, err's message as the detail.
func NewProblem(err error) *Problem {
	var p *Problem
	if errors.As(err, &p) {
		return p
	}
	t := Classify(err)
	detail := strings.Replace(err.Error(), t.Error()+": ", "", 1)
	if t == ErrInternal {
		detail = "the server failed to handle the request"
	}
	return &Problem{Type: t.URI(), Title: t.Title, Status: t.Status, Detail: detail, err: err}
}

// writeProblem writes err as a problem details response.
func writeProblem(w http.ResponseWriter, r *http.Request, err error) {
	p := *NewProblem(err)
	p.Instance = r.URL.Path
	h := w.Header()
	h.Set("Content-Type", "application/problem+json")
	h.Set("Cache-Control", "no-store")
	h.Del("Content-Encoding")
	h.Del("ETag")
	if p.Status == http.StatusServiceUnavailable {
		h.Set("Retry-After", strconv.Itoa(retryAfter))
	}
	data, _ := json.Marshal(p)
	data = append(data, '\n')
	h.Set("Content-Length", strconv.Itoa(len(data)))
	if rec := recorderOf(w); rec != nil {
		rec.problem, rec.err = p.Type, err
	}
	w.WriteHeader(p.Status)
	w.Write(data)
}
