package pipeline

import (
	"context"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// Registration lets workers find the pipeline's functions and run them
// without reflection.
func init() {
	register.DoFn5x1[context.Context, fileio.ReadableFile, func(Article), func(Outcome), func(string, int), error](&readFn{})
	register.Function3x0(splitPreset)
	register.DoFn4x0[Article, func(node), func(int, termCounts), func(int)](&nodeFn{})
	register.Function2x1(sumInts)
	register.Function3x0(sumTerms)
	register.Function1x2(featureKey)
	register.Function5x0(pickRepresentative)
	register.DoFn6x0[string, func(*node) bool, func(*Article) bool, func(*uint64, *int) bool, func(*int) bool, func(string, vecNode)](&vectorFn{})
	register.Function3x0(bandKeys)
	register.DoFn3x0[int, func(*bandNode) bool, func(string, string)](&candidatesFn{})
	register.Function4x0(sendVector)
	register.Function4x0(verify)
	register.Function5x0(componentsFn)
	register.Function4x0(toMember)
	register.DoFn3x0[string, func(*vecNode) bool, func(string, string)](&clusterFn{})
	register.Function4x0(joinAlias)
	register.Function1x2(keyArticle)
	register.Function4x0(joinStory)
	register.DoFn7x0[context.Context, string, func(*Article) bool, func(int, string), func(int, string), func(Outcome), func(string, int)](&buildFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.DoFn1x3[Outcome, int, string, error](&outcomeLine{})
	register.Function2x1(formatSum)
	register.DoFn3x1[context.Context, int, func(*sum) bool, error](&writeCountsFn{})

	register.Emitter1[Article]()
	register.Emitter1[Outcome]()
	register.Emitter1[node]()
	register.Emitter1[pair]()
	register.Emitter1[int]()
	register.Emitter2[string, int]()
	register.Emitter2[uint64, int]()
	register.Emitter2[int, termCounts]()
	register.Iter1[termCounts]()
	register.Emitter2[string, node]()
	register.Emitter2[string, vecNode]()
	register.Emitter2[string, Article]()
	register.Emitter2[string, string]()
	register.Emitter2[int, bandNode]()
	register.Emitter2[int, string]()
	register.Iter1[node]()
	register.Iter1[bandNode]()
	register.Iter1[vecNode]()
	register.Iter1[int]()
	register.Iter2[uint64, int]()
	register.Iter1[pair]()
	register.Iter1[string]()
	register.Iter1[Article]()
	register.Iter1[sum]()
}
