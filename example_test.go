package newsbrief_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsbrief/newsbrief"
	"github.com/newsbrief/newsbrief/compose"
)

func ExampleFromHTML() {
	page := `<html><head><title>Harbour bridge reopens | Valley Courier</title>
<meta property="og:site_name" content="Valley Courier"></head><body><article>
<h1>Harbour bridge reopens</h1>
<p>The harbour bridge reopened on Monday after eight months of repairs that cost €12 million.</p>
<p>Engineers warned that heavy trucks could wear the new deck faster than planned.</p>
<p>The city did not say when the second lane will open.</p>
</article></body></html>`
	b, err := newsbrief.FromHTML(context.Background(), strings.NewReader(page),
		newsbrief.WithURL("https://www.valley-courier.example/bridge?utm_source=x"),
		newsbrief.WithBuildOptions(compose.WithMaxPoints(1))) // one point a section: each sentence gets its own
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.KeyInsights[0].Text)
	fmt.Println("risk:", b.Risks[0].Text)
	fmt.Println("unknown:", b.Unknowns[0].Text)
	fmt.Println(b.Original.Outlet, b.Original.URL)
	// Output:
	// The harbour bridge reopened on Monday after eight months of repairs that cost €12 million.
	// risk: Engineers warned that heavy trucks could wear the new deck faster than planned.
	// unknown: The city did not say when the second lane will open.
	// Valley Courier https://www.valley-courier.example/bridge
}

func ExampleFromText() {
	text := "Ferry service resumes\n\nThe island ferry resumed service on Monday after storms kept it in port for a week.\n\n" +
		"The operator has not decided whether to add evening crossings this winter."
	b, err := newsbrief.FromText(context.Background(), strings.NewReader(text))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Headline)
	fmt.Println(b.KeyInsights[0].Text)
	fmt.Println("unknown:", b.Unknowns[0].Text)
	// Output:
	// Ferry service resumes
	// The island ferry resumed service on Monday after storms kept it in port for a week.
	// unknown: The operator has not decided whether to add evening crossings this winter.
}
