// Package sentence splits news text into sentences. English and Korean are
// first-class, and Chinese and Japanese terminators (。！？) are understood.
//
//	text := "Mr. Kim arrived at 3.30 p.m. on Jan. 5. 정부는 이를 발표했다.그는 떠났다."
//	for _, s := range sentence.Split(text) {
//		println(text[s.Start:s.End])
//	}
//
// Split prints "Mr. Kim arrived at 3.30 p.m. on Jan. 5.", "정부는 이를
// 발표했다." and "그는 떠났다.".
//
// Every line break ends a sentence, so paragraphs and bullet-list lines are
// sentences of their own. Within a line a sentence ends at terminal
// punctuation (. ! ? … 。 ！ ？ and runs of them such as "?!" or "..."),
// together with any closing quotes and brackets after it, when the next
// word starts a sentence. Abbreviations (Mr., Inc., U.S., e.g., No. 5,
// Jan. 5, initials as in "J. K. Rowling"), decimals, URLs and e-mail
// addresses do not end sentences; Korean and CJK sentences end even when
// no space follows the period.
//
// Split uses only the standard library (no fmt, no regexp), takes time
// linear in the length of the text and accepts any bytes, including
// invalid UTF-8.
package sentence
