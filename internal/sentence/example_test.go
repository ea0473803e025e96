package sentence_test

import (
	"fmt"

	"github.com/newsbrief/newsbrief/internal/sentence"
)

func ExampleSplit() {
	text := "Mr. Kim arrived at 3.30 p.m. on Jan. 5. 정부는 이를 발표했다.그는 떠났다."
	for _, s := range sentence.Split(text) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// Mr. Kim arrived at 3.30 p.m. on Jan. 5.
	// 정부는 이를 발표했다.
	// 그는 떠났다.
}
