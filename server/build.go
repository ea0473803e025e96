package server

import (
	"context"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
)

// build builds the brief of docs: the one call into brief building.
// compose.Build stops soon after ctx ends (the compute timeout, or the
// client gone) and bounds what it reads (compose.Limits). Tests replace
// s.composeBuild with work of a known length.
func (s *Server) build(ctx context.Context, docs []brief.Document, opts ...compose.Option) (*brief.Brief, error) {
	return s.composeBuild(ctx, docs, opts...)
}
