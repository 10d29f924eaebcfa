// Package claims finds the checkable statements of a news article — counts,
// ordinals, durations, dates, amounts of money and percentages — normalises
// each value and attaches it to the topic it measures ("four-day visit",
// "second summit", "12 people killed").
//
// Use [NewExtractor] with a [Lexicon] (usually [DefaultLexicon]) and call
// [Extractor.Extract] on each [Document]. Every [Claim] carries its evidence:
// the byte span, line and column of its text and the sentence it came from.
// The package compare aligns the claims of several documents.
package claims
