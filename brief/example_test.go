package brief_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/newsbrief/newsbrief/brief"
)

const sample = `Harbour Bridge Reopens After Repairs
Key insights
- The bridge reopened on Monday after eight months of repairs.
Potential risks and opportunities
Risks
- Heavy trucks could wear the new deck faster than planned.
Opportunities
- Shops on both banks expect more customers.
What we don't know yet
- The final cost has not been disclosed.
`

func ExampleParse() {
	b, err := brief.Parse(strings.NewReader(sample))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Headline)
	for _, r := range b.Risks {
		fmt.Println("risk:", r.Text)
	}
	// Output:
	// Harbour Bridge Reopens After Repairs
	// risk: Heavy trucks could wear the new deck faster than planned.
}

func ExampleParse_markdown() {
	md := "# Budget Passes\n\n**Why it matters:** Schools get 4% more.\n\n## Open questions\n\n- When the money arrives.\n"
	b, err := brief.ParseString(md)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.WhyItMatters[0].Text)
	fmt.Println(b.Unknowns[0].Text)
	// Output:
	// Schools get 4% more.
	// When the money arrives.
}

func ExampleWriteMarkdown() {
	b := &brief.Brief{
		Headline:    "Harbour Bridge Reopens",
		KeyInsights: []brief.Point{{Text: "Traffic resumed on *Monday*."}},
		Coverage:    []brief.Coverage{{Outlet: "Port Gazette", URL: "https://gazette.example/bridge", Framing: "Adds the cost.", Quote: "It was worth it."}},
	}
	if err := brief.WriteMarkdown(os.Stdout, b); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # Harbour Bridge Reopens
	//
	// ## Key insights
	//
	// - Traffic resumed on \*Monday\*.
	//
	// ## What others are reporting
	//
	// - [Port Gazette](https://gazette.example/bridge) — Adds the cost.
	//   > It was worth it.
}

func ExampleWriteHTML() {
	b := &brief.Brief{Headline: "Bridge <Reopens>", Risks: []brief.Point{{Text: "Trucks & wear."}}}
	if err := brief.WriteHTML(os.Stdout, b); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <article class="nb-brief" part="brief" data-nb-version="1">
	// <h2 class="nb-headline" part="headline" data-nb="headline">Bridge &lt;Reopens&gt;</h2>
	// <section class="nb-section" part="section" data-nb="group" aria-label="Potential risks and opportunities">
	// <h3 part="heading">Potential risks and opportunities</h3>
	// <section class="nb-section" part="section" data-nb="risks">
	// <h4 part="heading">Risks</h4>
	// <ul>
	// <li data-nb="point">Trucks &amp; wear.</li>
	// </ul>
	// </section>
	// </section>
	// </article>
}

func ExampleBrief_Normalize() {
	b := &brief.Brief{
		Headline: "  Two   spaces\tand a tab ",
		Coverage: []brief.Coverage{{Outlet: "X", URL: "javascript:alert(1)"}},
	}
	b.Normalize()
	fmt.Printf("%q %q\n", b.Headline, b.Coverage[0].URL)
	// Output:
	// "Two spaces and a tab" ""
}

func ExampleParseFormat() {
	f, err := brief.ParseFormat("md")
	fmt.Println(f, err)
	// Output:
	// markdown <nil>
}

func ExampleParseDate() {
	d, err := brief.ParseDate("2026-11-29T08:30:00.250+09:00")
	if err != nil {
		panic(err)
	}
	utc, _ := brief.ParseDate("2026-11-28T23:30:00.25Z")
	fmt.Println(d, d.Equal(utc), d.Offset()/3600)

	// A time.Time becomes a Date with its zone offset (newsbrief.Date does
	// this), and back.
	t := time.Date(2026, 11, 29, 8, 30, 0, 0, time.FixedZone("KST", 9*3600))
	_, offset := t.Zone()
	fmt.Println(brief.UnixDate(t.Unix(), t.Nanosecond(), offset))
	back := time.Unix(d.Unix(), int64(d.Nanosecond())).In(time.FixedZone("", d.Offset()))
	fmt.Println(back.Format(time.RFC3339Nano))
	// Output:
	// 2026-11-29T08:30:00.25+09:00 true 9
	// 2026-11-29T08:30:00+09:00
	// 2026-11-29T08:30:00.25+09:00
}
