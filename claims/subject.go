package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// canonicalSubject writes the subject s in the one form that any of its
// names gives: "Long Form / ACR" for an acronym the document spells out or
// a long form of three or more capitalised words ("National Education Union
// / NEU"), so that a figure stated of "NEU" and one stated of "the National
// Education Union" may be paired. The names of an entity of
// [Additions].Aliases are already in their one form.
func (d *docState) canonicalSubject(s string) string {
	if d.x.lex.aliases.listed[s] {
		return s // the names of an entity of Additions.Aliases
	}
	if s == "" || len(d.ents) == 0 && strings.Count(s, " ")+strings.Count(s, "-") < 2 {
		return s // no initials to add
	}
	words := strings.Fields(s)
	if len(words) > 1 && d.x.lex.functionWord(words[0]) {
		words = words[1:] // "The National Education Union"
	}
	for n := range d.ents {
		en := &d.ents[n]
		if en.acronym < 0 {
			continue
		}
		acr := string(d.bytes(en.acronym))
		if long := d.long(en); len(words) == 1 && words[0] == acr || strings.EqualFold(strings.Join(words, " "), long) {
			return long + " / " + acr
		}
	}
	ini := d.subjectInitials(words)
	if len(ini) < 3 {
		return s
	}
	return strings.Join(words, " ") + " / " + ini
}

// subjectInitials returns the initials, in capitals, of the capitalised
// words and hyphen-joined parts of a name, as [docState.initials] reads
// them from tokens: capitalised function words ("Mr") give none.
func (d *docState) subjectInitials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		for part := range strings.SplitSeq(w, "-") {
			if r, _ := utf8.DecodeRuneInString(part); unicode.IsUpper(r) && !d.x.lex.functionWord(part) {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// functionWord reports whether w is a function word of the lexicon
// ("The", "Mr", "the"), not a name in capitals ("US").
func (l *Lexicon) functionWord(w string) bool {
	return strings.ToUpper(w) != w && l.words[strings.ToLower(strings.TrimSuffix(w, "'s"))].roles&rStop != 0
}
