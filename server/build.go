package server

import (
	"context"
	"fmt"

	"github.com/newsbrief/newsbrief/brief"
)

// build builds the brief of docs: the one call into brief building, so
// that moving to a cancellable Build (compose.Build(ctx, docs, opts...))
// changes this function only. Until then Build cannot be stopped once
// started: ctx is checked before and after it, and a brief that comes
// after ctx has ended is dropped.
func build(ctx context.Context, docs []brief.Document, opts ...brief.BuildOption) (*brief.Brief, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	b, err := brief.Build(docs, opts...)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("building the brief: %w", err)
	}
	return b, nil
}
