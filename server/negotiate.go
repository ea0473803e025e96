package server

import (
	"strconv"
	"strings"
)

// accepted is one element of an Accept or Accept-Encoding header.
type accepted struct {
	value string
	q     float64
}

// maxAccepted is the most elements of a header looked at.
const maxAccepted = 32

// parseAccept reads a header such as "text/html, application/json;q=0.9"
// into its values, in lower case, with their weights (1 when not given).
func parseAccept(header string) []accepted {
	var out []accepted
	for part := range strings.SplitSeq(header, ",") {
		if len(out) == maxAccepted {
			break
		}
		value, params, _ := strings.Cut(part, ";")
		value = strings.ToLower(strings.TrimSpace(value))
		if value == "" {
			continue
		}
		out = append(out, accepted{value, weight(params)})
	}
	return out
}

// weight reads q= from a header element's parameters.
func weight(params string) float64 {
	for p := range strings.SplitSeq(params, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
		if !ok || strings.ToLower(strings.TrimSpace(k)) != "q" {
			continue
		}
		q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil || q < 0 {
			return 0
		}
		return min(q, 1)
	}
	return 1
}

// negotiateType returns the media type of offers that an Accept header
// prefers: the highest weight, then the first offer. The most specific
// range that matches an offer gives its weight. An empty header, or one
// that accepts none of the offers, gives offers[0]: a response the client
// did not ask for beats 406.
func negotiateType(header string, offers []string) string {
	ranges := parseAccept(header)
	best, bestQ := offers[0], 0.0
	for _, o := range offers {
		q, spec := 0.0, -1
		for _, r := range ranges {
			if s := typeSpecificity(r.value, o); s > spec {
				q, spec = r.q, s
			}
		}
		if q > bestQ {
			best, bestQ = o, q
		}
	}
	return best
}

// typeSpecificity says how closely a media range matches a media type:
// 2 exactly, 1 as type/*, 0 as */*, -1 not at all.
func typeSpecificity(rng, typ string) int {
	switch {
	case rng == typ:
		return 2
	case rng == "*/*" || rng == "*":
		return 0
	case strings.HasSuffix(rng, "/*") && strings.HasPrefix(typ, rng[:len(rng)-1]):
		return 1
	}
	return -1
}

// negotiateEncoding returns the content coding of offers (such as "br",
// "gzip") that an Accept-Encoding header prefers, or "identity" when it
// accepts none of them. Ties go to the first offer.
func negotiateEncoding(header string, offers []string) string {
	ranges := parseAccept(header)
	best, bestQ := "identity", 0.0
	for _, o := range offers {
		q, found := 0.0, false
		for _, r := range ranges {
			if r.value == o {
				q, found = r.q, true
			} else if r.value == "*" && !found {
				q = r.q
			}
		}
		if q > bestQ {
			best, bestQ = o, q
		}
	}
	return best
}
