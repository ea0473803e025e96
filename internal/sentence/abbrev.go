package sentence

// Classes of abbreviations, by what a period after them means.
const (
	abbrNone   = iota
	abbrTitle  // never ends a sentence: "Mr.", "Sen.", "vs.", "e.g."
	abbrNumber // does not end a sentence before a number: "No. 5", "Jan. 5"
	abbrFinal  // ends a sentence only before a sentence starter: "Inc. The"
)

// abbreviations maps lower-case abbreviations, without their final period,
// to their class. Initialisms with inner periods ("U.S.", "a.m.") are
// recognised by shape and treated as abbrFinal.
var abbreviations = map[string]uint8{
	// Titles and ranks.
	"mr": abbrTitle, "mrs": abbrTitle, "ms": abbrTitle, "messrs": abbrTitle,
	"mme": abbrTitle, "mlle": abbrTitle, "dr": abbrTitle, "drs": abbrTitle,
	"prof": abbrTitle, "gov": abbrTitle, "sen": abbrTitle, "sens": abbrTitle,
	"rep": abbrTitle, "reps": abbrTitle, "gen": abbrTitle, "col": abbrTitle,
	"lt": abbrTitle, "sgt": abbrTitle, "capt": abbrTitle, "cpt": abbrTitle,
	"cmdr": abbrTitle, "adm": abbrTitle, "maj": abbrTitle, "cpl": abbrTitle,
	"pvt": abbrTitle, "rev": abbrTitle, "hon": abbrTitle, "pres": abbrTitle,
	"supt": abbrTitle, "insp": abbrTitle, "det": abbrTitle, "atty": abbrTitle,
	"amb": abbrTitle, "fr": abbrTitle,
	"mssrs": abbrTitle, "sra": abbrTitle, "srta": abbrTitle,
	// Words that introduce more of the same sentence.
	"vs": abbrTitle, "v": abbrTitle, "e.g": abbrTitle, "i.e": abbrTitle,
	"cf": abbrTitle, "viz": abbrTitle, "approx": abbrTitle, "ca": abbrTitle,
	"esp": abbrTitle, "incl": abbrTitle, "w.r.t": abbrTitle,

	// Before a number.
	"no": abbrNumber, "nos": abbrNumber, "nr": abbrNumber, "fig": abbrNumber,
	"figs": abbrNumber, "vol": abbrNumber, "vols": abbrNumber, "p": abbrNumber,
	"pp": abbrNumber, "art": abbrNumber, "sec": abbrNumber, "ch": abbrNumber,
	"chap": abbrNumber, "para": abbrNumber, "tel": abbrNumber, "ext": abbrNumber,
	"pt": abbrNumber, "est": abbrNumber, "op": abbrNumber, "ed": abbrNumber,
	"jan": abbrNumber, "feb": abbrNumber, "mar": abbrNumber, "apr": abbrNumber,
	"jun": abbrNumber, "jul": abbrNumber, "aug": abbrNumber, "sep": abbrNumber,
	"sept": abbrNumber, "oct": abbrNumber, "nov": abbrNumber, "dec": abbrNumber,

	// Often inside a sentence, but may end one.
	"inc": abbrFinal, "corp": abbrFinal, "ltd": abbrFinal, "co": abbrFinal,
	"cos": abbrFinal, "plc": abbrFinal, "llc": abbrFinal, "pty": abbrFinal,
	"bros": abbrFinal, "mfg": abbrFinal, "intl": abbrFinal, "assn": abbrFinal,
	"dept": abbrFinal, "univ": abbrFinal, "govt": abbrFinal, "jr": abbrFinal,
	"sr": abbrFinal, "st": abbrFinal, "ave": abbrFinal, "blvd": abbrFinal,
	"rd": abbrFinal, "etc": abbrFinal, "al": abbrFinal, "ph.d": abbrFinal,
	"mt": abbrFinal, "ft": abbrFinal,
	// U.S. states in AP style (not those that are also words: "Ill.").
	"calif": abbrFinal, "fla": abbrFinal, "conn": abbrFinal, "ariz": abbrFinal,
	"colo": abbrFinal, "wis": abbrFinal, "mich": abbrFinal, "minn": abbrFinal,
	"tenn": abbrFinal, "okla": abbrFinal, "nev": abbrFinal, "ky": abbrFinal,
	"va": abbrFinal, "md": abbrFinal, "ga": abbrFinal, "ala": abbrFinal,
	"kan": abbrFinal, "neb": abbrFinal,
}

// starters are lower-case words that commonly start an English sentence.
// After an abbreviation of class abbrFinal, an initialism or an initial,
// a sentence ends only if the next word is one of them, capitalised.
var starters = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true,
	"they": true, "we": true, "i": true, "you": true, "his": true, "her": true,
	"its": true, "their": true, "our": true, "my": true, "your": true,
	"but": true, "and": true, "or": true, "so": true, "yet": true,
	"this": true, "that": true, "these": true, "those": true, "there": true,
	"here": true, "in": true, "on": true, "at": true, "for": true, "from": true,
	"with": true, "by": true, "after": true, "before": true, "when": true,
	"while": true, "if": true, "as": true, "however": true, "meanwhile": true,
	"also": true, "still": true, "then": true, "now": true, "today": true,
	"yesterday": true, "some": true, "many": true, "most": true, "more": true,
	"one": true, "no": true, "not": true, "what": true, "why": true,
	"how": true, "who": true, "where": true, "which": true, "both": true,
	"all": true, "each": true, "since": true, "although": true,
	"though": true, "because": true, "according": true, "under": true,
	"over": true, "during": true, "until": true, "other": true,
	"another": true, "such": true, "even": true, "only": true, "just": true,
	"earlier": true, "later": true, "last": true, "next": true,
	"instead": true, "thus": true, "therefore": true, "moreover": true,
	"analysts": true, "officials": true, "shares": true, "besides": true,
	"former": true, "much": true, "despite": true, "whether": true,
	"once": true, "unlike": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "police": true, "experts": true, "researchers": true,
}

// maxWord bounds the length in bytes of a token looked up as an
// abbreviation, and maxStarter that of a sentence starter; both keep Split
// linear.
const (
	maxWord    = 32
	maxStarter = 12
)
