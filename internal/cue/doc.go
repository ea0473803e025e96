// Package cue says whether a news sentence states a risk, an opportunity or
// an open question, for the "Risks", "Opportunities" and "What we don't know
// yet" sections of a brief. It is deterministic and cue-based: phrases from a
// per-language lexicon, licensed by modality and cancelled by negation.
// Precision comes first: when in doubt a sentence is None, and an empty
// section is better than a wrong item.
//
//	r := cue.Classify("The strike could delay deliveries until spring.", "en")
//	// r.Label == cue.Risk, r.Cue == "could delay", r.Score == 0.85
//	r = cue.Classify("회사는 인수 금액을 밝히지 않았다.", "ko")
//	// r.Label == cue.Unknown, r.Cue == "밝히지 않았다"
//
// # How a sentence is read
//
// The sentence is lower-cased and split into words; English contractions
// are expanded ("didn't" → "did not"), and punctuation other than quotation
// marks, dashes and break words ("but", "while", …) start a new clause.
// Lexicon phrases are then found in it:
//
//   - a cue (risk, opportunity, unknown) scores its weight;
//   - a /modal cue ("delay", "layoffs", "boost") is a harm or gain that
//     counts only with a modal or hedge in the same clause ("could",
//     "expected to", "plans to", "warned", or Korean "수 있다", "전망이다"),
//     and scores its weight times the modal's: "the fire destroyed" and "the
//     launch was delayed" are facts, not risks;
//   - a negator ("not", "no", "unlikely", "dismissed", Korean "않다") just
//     before a risk or opportunity cue or its modal cancels it ("will not
//     delay", "no risk of"); a negator inside a phrase ("not clear", "did
//     not rule out") negates nothing;
//   - an ignored phrase ("risk management", "life-threatening"), a capitalised
//     word mid-sentence (a name: "the Opportunity Fund", "in May"), or an
//     aside ("…, who are investigating the theft, …", weighed half) keeps
//     cues from counting where they are only attributive;
//   - when cues overlap the longest phrase wins.
//
// Weights of one label's cues combine as independent evidence, 1 − ∏(1 − w);
// a direct question (ending in "?") has its scores halved, as news questions
// are mostly rhetorical; the best label wins if it scores at least 0.5.
//
// # Lexicon files
//
// The lexicons are data, embedded from lexicon/<lang>.txt, where <lang> is
// a primary BCP 47 subtag (en.txt, ko.txt). One phrase per line:
//
//	<label> <weight> <phrase>   # comment
//
// label is one of
//
//	risk, opportunity, unknown   a cue that counts by itself
//	risk/modal,                  a cue that counts only with a modal; its
//	opportunity/modal            weight is multiplied by the modal's
//	modal                        a hedge or modal; licenses /modal cues up to
//	                             6 words after it (or that it is inside of)
//	modal/risk,                  the same, for that label's cues only
//	modal/opportunity            ("feared" licenses "layoffs", not "growth")
//	modal-after                  the same, but up to 3 words after the cue
//	                             (Korean "감소할 것으로 전망된다", English
//	                             "job cuts are likely")
//	negation                     cancels a risk or opportunity cue up to 6
//	                             words after it, or after it and its modal
//	negation-after               cancels a cue up to 3 words before it
//	                             (Korean "차질은 없을 것")
//	ignore                       no cue, modal or negator counts inside it
//	break                        a one-word phrase that starts a new clause
//	aside                        a clause opening with it (after punctuation)
//	                             is an aside: its cues' weights are
//	                             multiplied by the weight
//
// weight is in (0,1]; a sentence needs a score of 0.5 for a label, so a cue
// weighing less counts only together with another. phrase is lower-case
// words separated by spaces, where
//
//	a|b      either word at this position (one word, not a phrase:
//	         write "job cuts" and "job losses" as "job cuts|losses")
//	word*    any word starting with "word" (Korean stems: 우려* matches
//	         우려가, 우려된다)
//	...      up to 5 words of the same clause
//
// Blank lines and text after # are ignored. A malformed embedded lexicon
// panics when the package is initialised, so any test catches it.
package cue
