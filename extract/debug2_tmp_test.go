package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/newsbrief/newsbrief/internal/aeb"
	"github.com/newsbrief/newsbrief/internal/sharedtest"
	"golang.org/x/net/html"
)

func TestTmpClasses(t *testing.T) {
	id := os.Getenv("PAGE")
	pages, _ := aeb.Load(filepath.Join(sharedtest.Dir(t), "data", "aeb"))
	for _, p := range pages {
		if id == "" || !strings.HasPrefix(p.ID, id) {
			continue
		}
		data, _ := p.HTML()
		doc, _ := html.Parse(bytes.NewReader(data))
		u, _ := url.Parse(p.URL)
		ps := readability.NewParser()
		ps.KeepClasses = true
		ra, err := ps.ParseAndMutate(doc, u)
		fmt.Println("err", err)
		if ra.Node == nil {
			return
		}
		for n := range ra.Node.Descendants() {
			if n.Type == html.ElementNode && isBoilerplateClass(attr(n, "class")+" "+attr(n, "id")) {
				fmt.Printf("SKIP <%s class=%q id=%q> %d chars\n", n.Data, attr(n, "class"), attr(n, "id"), len(textOf(n)))
			}
		}
	}
}
