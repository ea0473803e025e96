package words

import "sync"

// IsStop reports whether w (lower case) is a stop word in English or Korean.
// Korean stop words are particles, function words and the reporting verbs
// of news text (밝혔다, 말했다); a noun with a particle attached ("정부는")
// is not a stop word, but see TrimParticle.
func IsStop(w string) bool {
	_, ok := stopWords()[w]
	return ok
}

// stopSet is the union of englishStop and koreanStop, once stopWords has
// built it.
var (
	stopOnce sync.Once
	stopSet  map[string]struct{}
)

// stopWords returns the stop words, building the set on first use. It is
// a function rather than a package-level sync.OnceValue so that programs
// that never call IsStop (the browser build that renders briefs) do not
// carry the lists.
func stopWords() map[string]struct{} {
	stopOnce.Do(func() {
		stopSet = make(map[string]struct{}, len(englishStop)+len(koreanStop))
		for _, list := range [][]string{englishStop, koreanStop} {
			for _, w := range list {
				stopSet[w] = struct{}{}
			}
		}
	})
	return stopSet
}

// englishStop is an English stop list in the style of NLTK's, with the
// pieces Tokens makes of contractions ("don't" → "don", "t").
var englishStop = []string{
	"a", "about", "above", "after", "again", "against", "all", "also", "am",
	"an", "and", "any", "are", "as", "at", "be", "because", "been", "before",
	"being", "below", "between", "both", "but", "by", "can", "could", "did",
	"do", "does", "doing", "down", "during", "each", "even", "ever", "few",
	"for", "from", "further", "had", "has", "have", "having", "he", "her",
	"here", "hers", "herself", "him", "himself", "his", "how", "however", "i",
	"if", "in", "into", "is", "it", "its", "itself", "just", "may", "me",
	"might", "more", "most", "must", "my", "myself", "no", "nor", "not", "now",
	"of", "off", "on", "once", "one", "only", "or", "other", "ought", "our",
	"ours", "ourselves", "out", "over", "own", "said", "same", "says", "say",
	"shall", "she", "should", "since", "so", "some", "still", "such", "than",
	"that", "the", "their", "theirs", "them", "themselves", "then", "there",
	"these", "they", "this", "those", "though", "through", "thus", "to", "too",
	"under", "until", "up", "upon", "us", "very", "was", "we", "were", "what",
	"when", "where", "whether", "which", "while", "who", "whom", "whose",
	"why", "will", "with", "within", "without", "would", "yet", "you", "your",
	"yours", "yourself", "yourselves",
	// Pieces of contractions: don't, it's, we'll, I'm, they're, I've, I'd.
	"s", "t", "d", "ll", "m", "re", "ve", "don", "didn", "doesn", "isn",
	"wasn", "aren", "weren", "hasn", "haven", "hadn", "won", "wouldn",
	"shouldn", "couldn", "can't", "cannot",
}

// koreanStop holds Korean particles (조사), standing alone after Tokens
// only when spaced apart, function words, demonstratives, bound nouns and
// the verbs and adverbs that carry no topic.
var koreanStop = []string{
	// Particles.
	"은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "께",
	"와", "과", "도", "로", "으로", "만", "까지", "부터", "보다", "처럼",
	"하고", "및", "등", "등의", "등을", "등이", "등은", "이나", "나", "또는",
	"라고", "이라고", "이라는", "라는",
	// Conjunctions and adverbs.
	"그리고", "그러나", "하지만", "그런데", "그래서", "따라서", "또", "또한",
	"더", "덜", "더욱", "매우", "아주", "가장", "이미", "다시", "모두", "함께",
	"특히", "역시", "바로", "한편", "즉", "다만", "게다가", "약", "각", "제",
	// Demonstratives, pronouns and bound nouns.
	"그", "저", "이것", "그것", "저것", "이런", "그런", "저런", "이번", "이날",
	"그는", "그녀는", "그들은", "우리", "우리는", "것", "것은", "것이", "것을",
	"것으로", "것이다", "수", "때", "중", "등등", "뒤", "후", "전", "간", "내",
	"외", "측", "위해", "통해", "대한", "대해", "따라", "따르면", "관련",
	"때문", "때문에", "위한", "같은", "경우",
	// Verbs and auxiliaries.
	"있다", "있는", "있고", "있어", "있을", "있었다", "없다", "없는", "했다",
	"한다", "하는", "하고", "하며", "하여", "해", "할", "한", "된다", "됐다",
	"되는", "된", "될", "이다", "아니다", "않다", "않은", "않는", "않고",
	"밝혔다", "말했다", "전했다", "설명했다", "강조했다", "덧붙였다",
	"했다고", "있다고", "한다고", "된다고", "이라며", "라며",
}
