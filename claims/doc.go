// Package claims finds the checkable statements of a news article — counts,
// ordinals, durations, dates, amounts of money and percentages — normalises
// each value and attaches it to the topic it measures ("four-day visit",
// "second summit", "12 people killed").
//
// Use [NewExtractor] with a [Lexicon] (usually [DefaultLexicon]) and call
// [Extractor.Extract] on each [Document]. Every [Claim] carries its evidence:
// the byte span, line and column of its text and the sentence it came from.
// The package compare aligns the claims of several documents.
//
// [NewLexicon] adds a user's own words to the embedded data: more forms of
// topic classes, or new classes ([Additions].Synonyms), and lists of names
// that denote one entity or one topic ([Additions].Aliases), so that claims
// about it pair across documents that name it differently. A faulty entry
// is reported as an [*AdditionError] that says where it stands.
package claims
