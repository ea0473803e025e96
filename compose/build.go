package compose

import (
	"context"
	"errors"

	"github.com/newsbrief/newsbrief/brief"
)

// ErrNoText is returned by Build when the documents hold no sentence that
// can be a point: no text, or only fragments, questions and page furniture.
var ErrNoText = errors.New("compose: no text to build from")

// Build makes a brief from one or more articles about a story. It is
// extractive and deterministic: every point is a sentence of a source,
// with evidence giving the source and the exact byte offsets of the
// sentence in its text, and the same documents always give the same brief.
// A section is left empty rather than filled with a doubtful item.
//
// Build may be called from many goroutines at once: it shares nothing
// between calls but the read-only word lists.
//
// Build stops soon after ctx ends and then returns ctx's error. Its cost
// grows about linearly with the text: see Limits.
func Build(ctx context.Context, docs []brief.Document, opts ...Option) (*brief.Brief, error) {
	cfg := newConfig(opts)
	c, err := scored(ctx, docs, cfg)
	if err != nil {
		return nil, err
	}
	sel := c.choose(cfg.maxPoints)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return c.assemble(sel, cfg), nil
}

// scored runs the first two stages, annotate and score: what Build and
// Explain share.
func scored(ctx context.Context, docs []brief.Document, cfg config) (*corpus, error) {
	c, err := annotate(ctx, docs, cfg.limits)
	if err != nil {
		return nil, err
	}
	if !c.hasCandidate() {
		return nil, ErrNoText
	}
	if err := c.score(ctx, cfg.limits); err != nil {
		return nil, err
	}
	return c, nil
}
