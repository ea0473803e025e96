package main

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	readeck "codeberg.org/readeck/go-readability/v2"
	shiori "github.com/go-shiori/go-readability"
	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/newsbrief/newsbrief/extract"
)

// An extractor turns a page's HTML and URL into the article's plain text.
type extractor struct {
	name string
	run  func(page []byte, pageURL string) (string, error)
}

// extractors are the candidates, in the order they run by default.
var extractors = []extractor{
	{"newsbrief", newsbrief},
	{"readeck", readeckReadability},
	{"go-shiori", shioriReadability},
	{"go-trafilatura", goTrafilatura},
}

func newsbrief(page []byte, pageURL string) (string, error) {
	art, err := extract.FromReader(bytes.NewReader(page), extract.WithURL(pageURL))
	if err != nil {
		return "", err
	}
	return art.Text, nil
}

func readeckReadability(page []byte, pageURL string) (string, error) {
	u, err := url.Parse(pageURL)
	if err != nil {
		return "", err
	}
	art, err := readeck.FromReader(bytes.NewReader(page), u)
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	if err := art.RenderText(&sb); err != nil {
		return "", err
	}
	return sb.String(), nil
}

func shioriReadability(page []byte, pageURL string) (string, error) {
	u, err := url.Parse(pageURL)
	if err != nil {
		return "", err
	}
	art, err := shiori.FromReader(bytes.NewReader(page), u)
	if err != nil {
		return "", err
	}
	return art.TextContent, nil
}

// goTrafilatura uses the settings of go-trafilatura's own comparison
// script: readability and DOM Distiller fallback on, comments excluded,
// balanced focus, everything else at its default.
func goTrafilatura(page []byte, pageURL string) (string, error) {
	u, err := url.Parse(pageURL)
	if err != nil {
		return "", err
	}
	res, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{
		OriginalURL:     u,
		EnableFallback:  true,
		ExcludeComments: true,
	})
	if err != nil {
		return "", err
	}
	return res.ContentText, nil
}

// safeRun runs ex on one page, turning a panic into an error.
func safeRun(ex extractor, page []byte, pageURL string) (text string, err error) {
	defer func() {
		if r := recover(); r != nil {
			text, err = "", fmt.Errorf("panic: %v", r)
		}
	}()
	return ex.run(page, pageURL)
}

// selectExtractors returns the extractors named in only (comma-separated,
// in that order), or all of them when only is empty.
func selectExtractors(only string) ([]extractor, error) {
	if only == "" {
		return extractors, nil
	}
	var sel []extractor
	for name := range strings.SplitSeq(only, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		found := false
		for _, ex := range extractors {
			if ex.name == name {
				sel, found = append(sel, ex), true
				break
			}
		}
		if !found {
			var names []string
			for _, ex := range extractors {
				names = append(names, ex.name)
			}
			return nil, fmt.Errorf("unknown extractor %q (have %s)", name, strings.Join(names, ", "))
		}
	}
	if len(sel) == 0 {
		return nil, fmt.Errorf("-only %q names no extractor", only)
	}
	return sel, nil
}
