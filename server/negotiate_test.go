package server

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNegotiateType(t *testing.T) {
	tests := []struct {
		accept string
		offers []string
		want   string
	}{
		{"", jsonFirst, "application/json"},
		{"*/*", htmlFirst, "text/html"},
		{"text/html", jsonFirst, "text/html"},
		{"TEXT/HTML", jsonFirst, "text/html"},
		{"text/*", jsonFirst, "text/html"},
		{"text/*;q=0.5, text/markdown", jsonFirst, "text/markdown"},
		{"application/json;q=0.2, text/html;q=0.9", jsonFirst, "text/html"},
		{"text/html;q=0, */*", htmlFirst, "application/json"},
		{"text/html; level=1; q=0.3, application/ld+json", jsonFirst, "application/ld+json"},
		{"image/png", htmlFirst, "text/html"},
		{"text/html;q=abc, text/plain", jsonFirst, "text/plain"},
		{"text/html;q=7", jsonFirst, "text/html"},
		{", ,;q=1,", jsonFirst, "application/json"},
	}
	for _, tt := range tests {
		t.Run(tt.accept, func(t *testing.T) {
			assert.Equal(t, tt.want, negotiateType(tt.accept, tt.offers))
		})
	}
}

func TestNegotiateEncoding(t *testing.T) {
	both := []string{"br", "gzip"}
	tests := []struct {
		header string
		offers []string
		want   string
	}{
		{"", both, "identity"},
		{"gzip, deflate, br, zstd", both, "br"},
		{"gzip", both, "gzip"},
		{"GZIP;q=1.0", both, "gzip"},
		{"br;q=0.1, gzip;q=0.9", both, "gzip"},
		{"*", both, "br"},
		{"*;q=0.5, br;q=0", both, "gzip"},
		{"br;q=0, *;q=0.5", both, "gzip"},
		{"identity", both, "identity"},
		{"br, gzip", nil, "identity"},
		{"br", []string{"gzip"}, "identity"},
		{strings.Repeat("x, ", 100) + "gzip", both, "identity"},
	}
	for _, tt := range tests {
		t.Run(tt.header, func(t *testing.T) {
			assert.Equal(t, tt.want, negotiateEncoding(tt.header, tt.offers))
		})
	}
}
