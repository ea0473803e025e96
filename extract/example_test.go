package extract_test

import (
	"fmt"
	"strings"

	"github.com/newsbrief/newsbrief/extract"
)

func ExampleFromReader() {
	page := `<html lang="en"><head><title>Ferry service resumes | Harbour News</title>
<meta property="og:site_name" content="Harbour News"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Ferry service resumes</h1>
<p>The island ferry resumed service on Monday after a two-week strike ended with a pay deal for the crews.</p>
<p>Operators said timetables would return to normal by Wednesday, and that tickets bought for cancelled sailings would be refunded.</p>
</article><footer>© Harbour News</footer></body></html>`
	a, err := extract.FromReader(strings.NewReader(page), extract.WithURL("https://harbour.example/ferry"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Outlet, "|", a.Language)
	for _, b := range a.Blocks {
		fmt.Println(b.Kind, "-", b.Text[:30])
	}
	// Output:
	// Harbour News | en
	// paragraph - The island ferry resumed servi
	// paragraph - Operators said timetables woul
}

func ExampleFromText() {
	a, err := extract.FromText(strings.NewReader("Ferry service resumes\n\nThe island ferry resumed service on Monday."))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%q\n%q\n", a.Title, a.Text)
	// Output:
	// "Ferry service resumes"
	// "The island ferry resumed service on Monday."
}
