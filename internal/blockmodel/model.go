// Package blockmodel is a logistic-regression scorer of an article page's
// text blocks: given a block's shape, tags, class tokens and place around
// the blocks extract keeps, the probability that it is the article's
// text. Its weights (weights.go) are fitted by bench/cmd/trainblocks on
// the tuning pages of the AEB and trafilatura sets only.
//
// The scorer was tried as a vote on extract's rules — dropping kept blocks
// it scores low, adding blocks next to the kept span it scores high — and
// rejected: out of fold on the tuning pages no threshold made a vote right
// 4 times in 5 on both sets, and the one candidate run moved no figure
// (README, "Extracting articles"). weights.go ships untrained, and an
// untrained model decides nothing; the package stays so that the study
// can be run again with new features or data.
package blockmodel

import "math"

// The features of a block, in the order of Features. Tag and class
// features are 0 or 1; the others are scaled to roughly [0, 1].
const (
	FLen       = iota // log(1+bytes)/8
	FLinks            // share of bytes inside links
	FStops            // full stops per 100 bytes, capped at 1
	FEndsStop         // ends like a sentence
	FCaps             // share of words starting upper case
	FDigits           // share of bytes that are digits
	FGood             // a sentence's worth of running text (extract's isGood)
	FKindHead         // a heading
	FKindItem         // a list item
	FKindQuote        // a block quote
	FKindCap          // a caption
	FInLi             // inside li/ul/ol
	FInTable          // inside a table
	FInHeader         // inside header
	FInFooter         // inside footer
	FInNav            // inside nav, aside or menu
	FInFigure         // inside figure
	FInArticle        // inside article or main
	FInSection        // inside section
	FDepth            // depth relative to the kept span's common container, /10, clipped to [-1, 1]
	FBefore           // before the kept span
	FAfter            // after the kept span
	FDist             // log(1+blocks from the span's edge)/3
	FKept             // the rules keep it
	FBoxGood          // share of running text in its innermost container
	FBoxSize          // log(1+blocks in its innermost container)/4
	FPrevGood         // the block before is running text
	FNextGood         // the block after is running text
	FPrevKept         // the rules keep the block before
	FNextKept         // the rules keep the block after
	FPrevHead         // the block before is a heading
	FInSpanBox        // it sits in the kept span's common container
	FClass0           // first of NumClass hashed class/id token buckets
)

// NumClass is the number of buckets class and id tokens are hashed into.
const NumClass = 32

// NumFeatures is the length of a feature vector.
const NumFeatures = FClass0 + NumClass

// Features is one block's feature vector.
type Features [NumFeatures]float64

// Trace, when not nil, receives every block extract scores, with its text,
// features, and whether the rules keep it: the trainer's hook. It is not
// for concurrent use and is nil outside bench/cmd/trainblocks.
var Trace func(text string, f Features)

// Prob is the model's probability that the block is article text.
func Prob(f *Features) float64 {
	z := bias
	for i, w := range weights {
		z += w * f[i]
	}
	return 1 / (1 + math.Exp(-z))
}

// Trained reports whether the model has weights; an untrained model
// decides nothing.
func Trained() bool { return trained }
