package jsonlite_test

import (
	"fmt"

	"github.com/newsbrief/newsbrief/internal/jsonlite"
)

func Example() {
	v, err := jsonlite.Parse([]byte(`{"headline": "Bridge <reopens>", "points": 3}`))
	if err != nil {
		panic(err)
	}
	var w jsonlite.Writer
	w.BeginObject()
	for _, m := range v.Members {
		w.Key(m.Name)
		switch m.Value.Kind {
		case jsonlite.String:
			w.String(m.Value.Str)
		case jsonlite.Number:
			w.Raw([]byte(m.Value.Str))
		}
	}
	w.EndObject()
	fmt.Println(string(w.Bytes()))
	// Output:
	// {
	//   "headline": "Bridge \u003creopens\u003e",
	//   "points": 3
	// }
}
