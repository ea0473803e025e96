package extract

import (
	"errors"
	"io"
	"strings"
)

// FromText makes an Article from plain text: paragraphs are separated by
// blank lines (or by single line breaks when the text has no blank line),
// and a short first line without final punctuation is the title.
func FromText(r io.Reader, opts ...Option) (*Article, error) {
	c := newConfig(opts)
	data, err := readPage(r, c)
	if errors.Is(err, ErrNotHTML) {
		return nil, ErrNotText
	}
	if err != nil {
		return nil, err
	}
	text := strings.ReplaceAll(strings.ReplaceAll(string(data), "\r\n", "\n"), "\r", "\n")
	paras := splitParagraphs(text)
	a := &Article{URL: c.url}
	if len(paras) > 1 && isTitleLine(paras[0]) {
		a.Title, paras = paras[0], paras[1:]
	}
	var w blockWriter
	for _, p := range paras {
		w.add(Paragraph, p, 0)
	}
	a.Blocks, a.Text = layout(w.blocks)
	if a.Text == "" {
		return a, ErrNoArticle
	}
	return a, nil
}

func splitParagraphs(text string) []string {
	sep := "\n\n"
	if !strings.Contains(text, sep) {
		sep = "\n"
	}
	var out []string
	for _, p := range strings.Split(text, sep) {
		if p = collapseSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func isTitleLine(s string) bool {
	return len(s) <= 160 && !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "。")
}
