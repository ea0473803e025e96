package brief_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/newsbrief/newsbrief/brief"
)

var portBrief = &brief.Brief{
	Headline: "Port opens a new terminal",
	KeyInsights: []brief.Point{{Text: "The terminal doubles the port's capacity.",
		Evidence: []brief.Evidence{{Source: 0, Start: 0, End: 41, Quote: "The terminal doubles the port's capacity."}}}},
	WhatsNext: []brief.Point{{Text: "The council votes on the second phase next week."}},
	Sources:   []brief.Source{{Outlet: "Harbour Times", URL: "https://harbour.example/terminal"}},
}

// Text leaves out empty sections and writes each point's evidence once,
// compactly: [1] is the first source, and a quote that is the point's own
// text is not repeated.
func ExampleWriteText() {
	brief.WriteText(os.Stdout, portBrief)
	// Output:
	// Port opens a new terminal
	// Key insights
	// - The terminal doubles the port's capacity.
	//   ↳ [1] 0-41
	// What's next
	// - The council votes on the second phase next week.
	// Sources
	// 1. Harbour Times
	// URL: https://harbour.example/terminal
}

// WithEvidence(false) leaves the evidence out.
func ExampleWithEvidence() {
	brief.WriteMarkdown(os.Stdout, portBrief, brief.WithEvidence(false))
	// Output:
	// # Port opens a new terminal
	//
	// ## Key insights
	//
	// - The terminal doubles the port's capacity.
	//
	// ## What's next
	//
	// - The council votes on the second phase next week.
	//
	// ## Sources
	//
	// 1. Harbour Times
	//    - Link: <https://harbour.example/terminal>
}

// Standalone writes a complete page that shows the brief with its styles
// and no script.
func ExampleStandalone() {
	var page strings.Builder
	brief.WriteHTML(&page, portBrief, brief.Standalone("auto"))
	fmt.Println(strings.HasPrefix(page.String(), "<!DOCTYPE html>"), strings.Contains(page.String(), `<news-brief theme="auto">`))
	// Output: true true
}

// json.Marshal writes the JSON contract, version included.
func ExampleBrief_MarshalJSON() {
	data, _ := json.Marshal(&brief.Brief{Headline: "H"})
	fmt.Println(string(data)[:60])
	var b brief.Brief
	fmt.Println(json.Unmarshal([]byte(`{"version": 7}`), &b) != nil)
	// Output:
	// {"version":1,"headline":"H","keyInsights":[],"whyItMatters":
	// true
}
