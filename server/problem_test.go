package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"testing"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
	"github.com/newsbrief/newsbrief/extract"
	"github.com/newsbrief/newsbrief/source"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		err  error
		want *ProblemType
	}{
		{ErrBusy, ErrBusy},
		{fmt.Errorf("%w: x", ErrMalformedRequest), ErrMalformedRequest},
		{fmt.Errorf("articles[1]: %w", fmt.Errorf("%w: x", ErrUpstream)), ErrUpstream},
		{&http.MaxBytesError{Limit: 1}, ErrTooLarge},
		{fmt.Errorf("redirect: %w", source.ErrBlockedAddress), ErrRefusedURL},
		{source.ErrUnsupportedURL, ErrRefusedURL},
		{source.ErrTimeout, ErrUpstreamTimeout},
		{source.ErrTooManyRedirects, ErrUpstream},
		{source.ErrTooLarge, ErrUpstream},
		{source.ErrNotHTML, ErrUpstream},
		{&source.StatusError{Code: 404}, ErrUpstream},
		{extract.ErrTooLarge, ErrTooLarge},
		{brief.ErrTooLarge, ErrTooLarge},
		{extract.ErrNoArticle, ErrNoArticle},
		{extract.ErrEmpty, ErrNoArticle},
		{compose.ErrNoText, ErrNoArticle},
		{brief.ErrMalformed, ErrUnreadableBrief},
		{brief.ErrVersion, ErrUnreadableBrief},
		{brief.ErrUnknownFormat, ErrMalformedRequest},
		{context.Canceled, ErrRequestTimeout},
		{errors.New("something else"), ErrInternal},
	}
	for _, tt := range tests {
		t.Run(tt.err.Error(), func(t *testing.T) {
			assert.Same(t, tt.want, Classify(tt.err))
		})
	}
}

func TestNewProblem(t *testing.T) {
	p := NewProblem(fmt.Errorf("articles[2]: %w", extract.ErrNoArticle))
	assert.Equal(t, "https://pkg.go.dev/github.com/newsbrief/newsbrief/server#ErrNoArticle", p.Type)
	assert.Equal(t, http.StatusUnprocessableEntity, p.Status)
	assert.Equal(t, "articles[2]: extract: no article found", p.Detail)
	assert.ErrorIs(t, p, ErrNoArticle)
	assert.ErrorIs(t, p, extract.ErrNoArticle, "the cause stays reachable")
	assert.NotErrorIs(t, p, ErrUpstream)

	p = NewProblem(fmt.Errorf("%w: options.order %q", ErrMalformedRequest, "x"))
	assert.Equal(t, `options.order "x"`, p.Detail, "the type's title is not repeated in the detail")

	p = NewProblem(errors.New("secret: /etc/internal/path"))
	assert.Equal(t, http.StatusInternalServerError, p.Status)
	assert.NotContains(t, p.Detail, "secret", "internal errors say nothing")

	same := NewProblem(p)
	assert.Same(t, p, same)
	assert.Same(t, ErrInternal, Classify(p))
}

func TestProblemDecodedByAClient(t *testing.T) {
	resp := serve(t, New(), request{target: "/v1/briefs", body: "{"})
	var p Problem
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&p))
	var err error = &p
	assert.ErrorIs(t, err, ErrMalformedRequest)
	assert.Same(t, ErrMalformedRequest, Classify(err))
	assert.Equal(t, "Malformed request: the JSON ends too soon", err.Error())
}
