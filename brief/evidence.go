package brief

import (
	"strconv"
	"strings"
)

// evidenceMark starts the line that carries a point's evidence in Text and
// Markdown: ↳ [1] 120-188 "the quoted source text". The source number is
// 1-based, the offsets are byte offsets and the quote is a Go string literal.
const evidenceMark = "↳"

// formatEvidence writes e as an evidence line, without indentation.
func formatEvidence(e Evidence) string {
	var b strings.Builder
	b.WriteString(evidenceMark + " [")
	b.WriteString(strconv.Itoa(e.Source + 1))
	b.WriteString("] ")
	b.WriteString(strconv.Itoa(e.Start))
	b.WriteByte('-')
	b.WriteString(strconv.Itoa(e.End))
	b.WriteByte(' ')
	b.WriteString(strconv.Quote(e.Quote))
	return b.String()
}

// parseEvidence reads a line written by formatEvidence.
func parseEvidence(line string) (Evidence, bool) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(line), evidenceMark)
	if !ok {
		return Evidence{}, false
	}
	rest, ok = strings.CutPrefix(strings.TrimSpace(rest), "[")
	if !ok {
		return Evidence{}, false
	}
	num, rest, ok := strings.Cut(rest, "]")
	if !ok {
		return Evidence{}, false
	}
	span, quote, ok := strings.Cut(strings.TrimSpace(rest), " ")
	if !ok {
		return Evidence{}, false
	}
	from, to, ok := strings.Cut(span, "-")
	if !ok {
		return Evidence{}, false
	}
	src, err1 := strconv.Atoi(num)
	start, err2 := strconv.Atoi(from)
	end, err3 := strconv.Atoi(to)
	q, err4 := strconv.Unquote(strings.TrimSpace(quote))
	if err1 != nil || err2 != nil || err3 != nil || err4 != nil || src < 1 {
		return Evidence{}, false
	}
	return Evidence{Source: src - 1, Start: start, End: end, Quote: q}, true
}
