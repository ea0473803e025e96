package cue

import "strings"

// A List names a word list of a language's lexicon: vocabulary that
// building a brief reads by name rather than as cues. Its phrases are
// lexicon lines labelled "list:<name>", in the lexicon's grammar (the
// weight is the phrase's strength where a list uses one, else 1).
type List string

// The word lists building reads.
const (
	// Significance phrases say why a story matters: its scale, a first, a
	// consequence ("the first", "milestone", "as a result").
	Significance List = "significance"
	// Background phrases date a sentence before the story ("last year",
	// "years ago"): its significance cue is another event's.
	Background List = "background"
	// SpeechVerbs attribute a quotation ("said", "told"; Korean 말했다).
	SpeechVerbs List = "speech"
	// AttributionVerbs attribute a quotation too ("insisted", "adding"):
	// finding quotes reads them with SpeechVerbs.
	AttributionVerbs List = "attribution"
	// OtherSpeechVerbs attribute a quotation in another language written
	// in Latin script ("dijo", "sagte", "déclare"): finding quotes reads
	// them too, and takes only a name in capitals as their speaker.
	OtherSpeechVerbs List = "speech-other"
	// SpeakerLeads open a clause before a speaker's name but are no part
	// of it ("But Williams said", "After the match, Williams said").
	SpeakerLeads List = "speaker-lead"
	// SpeakerEnds end a speaker's name and role after a speech verb
	// ("said Lena Brandt after the vote", "said Jane Doe, who …").
	SpeakerEnds List = "speaker-end"
	// Auxiliaries come between a speaker and a speech verb ("Jane Doe was
	// saying", "she will say", "he then added").
	Auxiliaries List = "auxiliary"
	// RelativeWords open a clause set off after a name ("Jane Doe, who
	// led the talks, said").
	RelativeWords List = "relative"
	// RoleLeads open a role said beside a name ("the mayor", "its chief
	// executive").
	RoleLeads List = "role-lead"
	// Moods are adjectives of feeling that can come between an article
	// and a speaker's name and are no role ("An angry Beattie said").
	Moods List = "mood"
	// Affiliations open the body or place a person is of, set off beside
	// the name ("Ian Taylor, of the Alliance of British Drivers, said").
	Affiliations List = "affiliation"
	// NameParticles join the words of a name or title ("Peters of UK
	// Athletics", "Ursula von der Leyen").
	NameParticles List = "name-particle"
	// MaleTitles and FemaleTitles are words of a name or role that say
	// whether "he" or "she" may mean its bearer ("Mr", "Mrs", "father").
	MaleTitles   List = "title-male"
	FemaleTitles List = "title-female"
	// Anaphors end a role that only points back ("the latter").
	Anaphors List = "anaphor"
	// Elisions are words clipped at the front with an apostrophe, which is
	// then no opening quotation mark ('em, 'til).
	Elisions List = "elision"
	// QuoteEndings are the Korean quotative endings written after a
	// quotation's closing mark ("…"라고, "…"며).
	QuoteEndings List = "quote-ending"
	// WordEndings are Korean final syllables of a word that is no part of
	// a name or title: a particle or a verb ending (회사를, 대해, 열린).
	WordEndings List = "word-ending"
	// Pronouns are Korean subject pronouns that can say a quotation (그는).
	Pronouns List = "pronoun"
	// Credits introduce the outlet a report credits ("first reported by").
	Credits List = "credit"
	// Months and Weekdays name dates ("May", "Tuesday").
	Months   List = "month"
	Weekdays List = "weekday"
	// Scales multiply a number or make it a share ("million", "percent").
	Scales List = "scale"
	// Units say what a number counts ("MW", "jobs", "homes").
	Units List = "unit"
	// QuantityUnits measure a quantity or an amount of money ("MW",
	// "tonnes", "dollars"): a figure needs the noun it measures beside
	// them ("an 82 kWh battery", "output of 55 MW").
	QuantityUnits List = "quantity-unit"
	// NumberLabels name a kind or a label by a number ("type 1 diabetes",
	// "Gate 3"): the number after them counts nothing.
	NumberLabels List = "number-label"
	// VacuousMeasures say that a number is a number, not what it counts
	// ("total", "figure"): alone, they make no figure.
	VacuousMeasures List = "vacuous-measure"
	// ChangeNouns name a change ("rise", "reduction"): a figure ending on
	// one needs what changed after it ("a 20% rise in sales"); "16%
	// improvement" alone does not say what it counts.
	ChangeNouns List = "change-noun"
	// PartNouns count the parts of a whole ("members"): a figure ending
	// on one needs the whole after it ("45 members of the Gendarmerie").
	PartNouns List = "part-noun"
	// PersonNouns count people in general ("people", "workers"): a count
	// of them says what it counts only with what happened to them ("52
	// people were killed", "evacuated 600 people"); "28 people" alone
	// does not.
	PersonNouns List = "person-noun"
	// MaturityNouns name debt by its term ("10-year notes"): the number
	// is the kind of bond, not a figure.
	MaturityNouns List = "maturity-noun"
	// NameNumberLabels are number labels that end a name's run before its
	// number but are no part of the name ("Air France Flight 447").
	NameNumberLabels List = "name-number-label"
	// SpanUnits measure time or length ("minutes", "km"): a figure in
	// them needs a noun after it ("a 14-kilometre tram line").
	SpanUnits List = "span-unit"
	// FigureLinks link a figure to the noun before it ("turnout of 53%",
	// "shares rose 4%").
	FigureLinks List = "figure-link"
	// Counters are Korean counters and currencies written apart from
	// their number ("3000억 원").
	Counters List = "counter"
	// MeasureNouns end Korean nouns that say what a number measures
	// ("완치율", "몸길이").
	MeasureNouns List = "measure-noun"
	// FigureLeads are words that never start what a figure measures ("to",
	// "the", "their").
	FigureLeads List = "figure-lead"
	// LyNouns are nouns in -ly ("supply", "family"), which are no adverbs.
	LyNouns List = "ly-noun"
	// Determiners open a noun phrase ("the", "their").
	Determiners List = "determiner"
	// ClauseWords open a clause, so they end the words before a figure
	// ("which", "after", "said").
	ClauseWords List = "clause"
	// NotMeasures are lower-case words that never say what a number
	// measures ("the", "more", "year").
	NotMeasures List = "not-measure"
	// Next phrases name a scheduled or expected next step ("is due to",
	// "will vote", "next week", Korean "예정").
	Next List = "next"
	// Prepositions and conjunctions mark where a long clause can be cut
	// into a headline.
	Prepositions List = "preposition"
	// Expletive phrases open with an "it" that points ahead ("It is not yet
	// clear whether …"), so the sentence stands alone.
	Expletive List = "expletive"
	// Referring words open a sentence that points back at an earlier one
	// ("But", "They"); Demonstratives do too ("This"), except before one of
	// the TimeWords ("This year").
	Referring      List = "referring"
	Demonstratives List = "demonstrative"
	// ThirdPerson words open a quotation that points at someone or
	// something the article named before ("“They seemed like a perfect
	// fit,” said …"), unlike the speaker's own "we" or "I".
	ThirdPerson List = "third-person"
	// Predeterminers come before a demonstrative that still points back
	// ("All these sessions …").
	Predeterminers List = "predeterminer"
	// CourtesyTitles come before a surname that refers to a person named in
	// full earlier ("Mr Peston").
	CourtesyTitles List = "courtesy-title"
	// PresentVerbs are verbs in the present that end a definite
	// description ("The move follows …").
	PresentVerbs List = "present-verb"
	// Openers are short adverbials that may come before a personal
	// pronoun that still points back ("In it he …", "Initially she …");
	// PersonalPronouns are those pronouns.
	Opener List = "opener"
	// Kickers are labels a title may open with before a colon ("The
	// Latest: …"), no part of its news.
	Kickers          List = "kicker"
	PersonalPronouns List = "personal-pronoun"
	// FirstPerson words open a speaker's words ("I", "my"): outside a
	// quotation mark, the rest of a quotation whose speaker is elsewhere.
	FirstPerson List = "first-person"
	TimeWords   List = "time-word"
	// PhotoPositions are the words of a caption's bracketed photo position
	// ("(pictured)", "(far right)").
	PhotoPositions List = "photo-position"
	// SentenceStarts open a sentence and never a title or name ("As",
	// "When"): capitalised inside a run of words they show two sentences
	// run together.
	SentenceStarts List = "sentence-start"
	// ClauseCuts are conjunctions before which a long lead sentence can be
	// cut into a headline ("and", "as", "after"); Subordinators open a
	// subordinate clause ("As rents soared, …"); Coordinators join the
	// parts of a phrase after a comma (", or close to, …").
	ClauseCuts List = "clause-cut"
	// Approximators say how near a number is to the count ("more than
	// 1,000", "about 207 million"); IrregularParticiples are past
	// participles not in -ed ("were hit", "have seen").
	Approximators        List = "approximator"
	IrregularParticiples List = "irregular-participle"
	// IrregularPasts are past forms that are no participle ("died" is
	// regular; "fled", "went", "fell", "ran").
	IrregularPasts List = "irregular-past"
	// NumberQualifiers are Korean bound words after a number that bound
	// or round it ("30% 이하", "100명 이상", "3천 명가량").
	NumberQualifiers List = "number-qualifier"
	Subordinators    List = "subordinator"
	Coordinators     List = "coordinator"
	// NameTitles come before a name and are not part of it ("Gov.",
	// "Mr", "former"); NameTitlesAfter are titles only after another
	// ("Attorney General").
	NameTitles List = "name-title"
	// PartyMembers are words of a person's party or standing that stand
	// before or after a name but are no part of it ("Republican Lisa
	// Murkowski", "Olympian Tomlinson", "West Virginia Democrat").
	PartyMembers List = "party-member"
	// NameAbbrevs are abbreviations a place's name goes on after ("St.
	// Louis Park", "Mt. Everest").
	NameAbbrevs     List = "name-abbrev"
	NameTitlesAfter List = "name-title-after"
	// Demonyms are adjectives of peoples ("Afghan", "Russian"), dropped
	// before a person's full name; NameAdjectives are other adjectives of
	// names ("Democratic", "Olympic"). Neither is a name by itself.
	Demonyms       List = "demonym"
	NameAdjectives List = "name-adjective"
	// NameScopes are adjectives of scope that end an organisation's or an
	// event's name after one word ("Amnesty International", "Grand
	// National"); each is a NameAdjective too.
	NameScopes List = "name-scope"
	// WorkKinds name a kind of work before its title ("the sitcom
	// Scrubs", "the album Final Straw"): the title is no name.
	WorkKinds List = "work-kind"
	// WorkCalled name a work after its kind ("a mission called Europa
	// Clipper").
	WorkCalled List = "work-called"
	// NotNameFirst and NotNameLast make a run of capitals something other
	// than a person, organisation or place ("Hurricane Ida", "Texas
	// Heartbeat Act").
	NotNameFirst List = "not-name-first"
	NotNameLast  List = "not-name-last"
	// HonourLast end the name of an honour or a programme ("Triple
	// Crown", "Test Match Special"): such a name is listed only when the
	// sources show a body behind it ("the Crown said").
	HonourLast List = "honour-last"
	// NameJoints are lower-case words inside a name ("Institute for
	// Fiscal Studies", "Ruud van Nistelrooy").
	NameJoints List = "name-joint"
	// NotNames are capitalised words that never name a person,
	// organisation or place ("COVID", "MBE").
	NotNames List = "not-name"
	// LowerWords are words English news writes in lower case inside a
	// sentence far more often than capitalised there ("new", "top",
	// "neither"): capitalised at a sentence's start before a name, such a
	// word is capitalised for the start ("Neither Afghanistan nor Iraq").
	LowerWords List = "lower-word"
	// NumberWords are numbers in words ("Two"): alone, never a name.
	NumberWords List = "number-word"
	// NotSpeakers are nouns of documents and bodies that a quotation may
	// come from but that never describe a person ("report", "statement").
	NotSpeakers List = "not-speaker"
	// ReportVerbs end a Korean sentence that reports what its topic
	// announced ("포스텍은 … 발표했다"): the topic is the story's source.
	ReportVerbs List = "report-verb"
	// Documents are more nouns of writings a quotation may come from
	// ("opinion", "order", "filing"): a speaker so named names no one.
	Documents List = "document"
	// OrgHeads end an organisation's name ("Administration", "League").
	OrgHeads List = "org-head"
	// BodyWords are words of a body's name that are no OrgHead (their
	// place in a name is free): "Scottish Executive", "White House",
	// "Leicester City", "Chicago Tribune".
	BodyWords List = "body-word"
	// BodyNouns are common nouns of a body set right before its name
	// ("the union Unison", "broadcasting watchdog Ofcom").
	BodyNouns List = "body-noun"
	// Locatives are prepositions before a place ("in Leeds", "from
	// Kabul"): a name after one is a place or a body at one.
	Locatives List = "locative"
	// NameRoles are roles and members of a person or a body written
	// after its name ("Google's chief executive", "a Sky spokesman",
	// "Wolves boss", "Smith, a nurse").
	NameRoles List = "name-role"
	// PersonTitles follow a Korean person's name ("교수", "장관");
	// Bylines follow a reporter's name ("기자"); OrgSuffixes end a Korean
	// organisation's name ("대학교", "전자"); Surnames open a Korean
	// person's name ("김").
	PersonTitles List = "person-title"
	Bylines      List = "byline"
	OrgSuffixes  List = "org-suffix"
	Surnames     List = "surname"
)

// wordList is one list of one lexicon.
type wordList struct {
	entries []*entry
	words   map[string]bool // its one-word phrases without a prefix mark
	phrases []string        // every phrase, alternatives expanded
}

// addToList files a list line.
func (lx *lexicon) addToList(e *entry) {
	l := lx.lists[e.list]
	if l == nil {
		l = &wordList{words: map[string]bool{}}
		lx.lists[e.list] = l
	}
	l.entries = append(l.entries, e)
	if len(e.pat) == 1 {
		for _, a := range e.pat[0].alts {
			if !a.prefix {
				l.words[a.s] = true
			}
		}
	}
	l.phrases = append(l.phrases, expandPhrase(e.pat)...)
}

// expandPhrase spells out every phrase a pattern without gaps or prefix
// marks matches, words joined by a space.
func expandPhrase(pat []ptok) []string {
	out := []string{""}
	for _, p := range pat {
		if p.gap {
			return nil
		}
		var next []string
		for _, prefix := range out {
			for _, a := range p.alts {
				if a.prefix {
					return nil
				}
				next = append(next, strings.TrimPrefix(prefix+" "+a.s, " "))
			}
		}
		out = next
	}
	return out
}

// validListName reports a list name: lower-case letters and hyphens.
func validListName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r == '-') {
			return false
		}
	}
	return true
}

// listOf returns list l of lang's lexicon (lang as Classify takes it), or
// nil.
func listOf(lang string, l List) *wordList {
	lx := lexiconFor("", lang)
	if lx == nil {
		return nil
	}
	return lx.lists[l]
}

// Has reports whether word, in lower case, is a one-word phrase of list l
// in language lang ("" means English).
func Has(lang string, l List, word string) bool {
	wl := listOf(langOrEnglish(lang), l)
	return wl != nil && wl.words[word]
}

// Phrases returns the phrases of list l in language lang ("" means
// English), each a string of lower-case words joined by spaces, with a|b
// alternatives spelt out; phrases with a gap or a prefix mark are left
// out. The slice is shared: do not change it.
func Phrases(lang string, l List) []string {
	if wl := listOf(langOrEnglish(lang), l); wl != nil {
		return wl.phrases
	}
	return nil
}

// Count returns how many of list l's lines have a phrase in sentence, read
// as Classify reads it (lower case, contractions expanded, every word of a
// phrase in one clause); each line counts once, so a line's alternatives
// ("the move|deal|decision") count as one cue. lang is as for Classify.
func Count(sentence, lang string, l List) int {
	return len(Matches(sentence, lang, l))
}

// Matches returns the phrases of list l found in sentence, each as its
// lexicon line writes it without its weight ("list:next next week"), once however often it
// occurs, in lexicon order. lang is as for Classify.
func Matches(sentence, lang string, l List) []string {
	lx := lexiconFor(sentence, lang)
	if lx == nil || lx.lists[l] == nil {
		return nil
	}
	toks := tokenize(sentence, lx.breaks)
	var out []string
	for _, e := range lx.lists[l].entries {
		for i := range toks {
			if _, ok := matchAt(e.pat, toks, i, -1); ok {
				out = append(out, e.phrase)
				break
			}
		}
	}
	return out
}

func langOrEnglish(lang string) string {
	if lang == "" {
		return "en"
	}
	return lang
}
