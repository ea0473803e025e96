// Story builds one brief from several articles about the same story: three
// reports of a council vote, two pages' HTML and one plain text. The brief
// names the report the others credit as the original, ranks the facts
// several outlets confirm higher, and says what each other outlet adds.
//
//	go run ./examples/story                  # the three articles in articles/
//	go run ./examples/story a.html b.txt     # any articles: HTML pages, or .txt files of plain text
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsbrief/newsbrief"
	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
	"github.com/newsbrief/newsbrief/extract"
)

// article is a file holding an article, and its outlet when the file does
// not say (plain text names none).
type article struct{ file, outlet string }

// story is the example's own story, as found from the repository's root.
var story = []article{
	{filepath.Join("examples", "story", "articles", "riverside-post.html"), ""},
	{filepath.Join("examples", "story", "articles", "metro-wire.html"), ""},
	{filepath.Join("examples", "story", "articles", "city-ledger.txt"), "City Ledger"},
}

func main() {
	articles := story
	if len(os.Args) > 1 {
		articles = nil
		for _, name := range os.Args[1:] {
			articles = append(articles, article{file: name})
		}
	}
	if err := run(context.Background(), os.Stdout, articles); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// run builds the brief of the articles and writes it in Markdown.
func run(ctx context.Context, w io.Writer, articles []article) error {
	var docs []brief.Document
	for _, art := range articles {
		doc, err := readArticle(art)
		if err != nil {
			return fmt.Errorf("%s: %w", art.file, err)
		}
		docs = append(docs, doc)
	}
	b, err := compose.Build(ctx, docs) // errors.Is(err, compose.ErrNoText) when no article has text
	if err != nil {
		return err
	}
	return brief.WriteMarkdown(w, b)
}

// readArticle extracts the article of an HTML page, or of a .txt file of
// plain text (a short first line is its title), and makes it a
// brief.Document with its outlet's name and domain.
func readArticle(art article) (brief.Document, error) {
	f, err := os.Open(art.file)
	if err != nil {
		return brief.Document{}, err
	}
	defer f.Close()
	var a *extract.Article
	if strings.HasSuffix(art.file, ".txt") {
		a, err = extract.FromText(f)
	} else {
		a, err = extract.FromReader(f) // extract.WithURL(u) when the page does not name its own URL
	}
	if err != nil {
		return brief.Document{}, err
	}
	return newsbrief.Document(a, newsbrief.Meta{Outlet: art.outlet}), nil
}
