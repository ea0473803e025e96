package compose_test

import (
	"context"
	"fmt"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
)

func ExampleBuild() {
	text := "The harbour bridge reopened on Monday after eight months of repairs that cost €12 million.\n\n" +
		"Engineers warned that heavy trucks could wear the new deck faster than planned.\n\n" +
		"The city did not say when the second lane will open."
	b, err := compose.Build(context.Background(), []brief.Document{{Title: "Harbour Bridge Reopens", Text: text}},
		compose.WithMaxPoints(1)) // one point a section, so that each sentence has a section of its own
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.KeyInsights[0].Text)
	e := b.KeyInsights[0].Evidence[0]
	fmt.Println(e.Start, e.End, text[e.Start:e.End] == e.Quote)
	fmt.Println("risk:", b.Risks[0].Text)
	fmt.Println("unknown:", b.Unknowns[0].Text)
	// Output:
	// The harbour bridge reopened on Monday after eight months of repairs that cost €12 million.
	// 0 92 true
	// risk: Engineers warned that heavy trucks could wear the new deck faster than planned.
	// unknown: The city did not say when the second lane will open.
}
