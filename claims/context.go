package claims

import (
	"bytes"
	"slices"
	"strings"
)

// This file makes the context of a sentence with a claim: the words that
// compare uses to tell which of a source's figures of one key pairs with
// which of another's. Words are respelled (data/spellings.txt), names bring
// their initials (names.go) and mentions of an entity the words of all its
// names (alias.go).

// context returns the sorted stems of the sentence's content words, each in
// its canonical spelling, with the words its names bring (see
// [docState.nameWords]).
func (d *docState) context(a, b int) []string {
	out := d.x.words[:0] // scratch: the result is copied out of it
	names := a           // the end of the last name read
	for i := a; i < b; i++ {
		t := &d.toks[i]
		if t.kind != tWord {
			continue
		}
		if t.roles&rAlias != 0 {
			out = d.aliasWords(out, i, a, b)
		}
		switch {
		case i >= names && d.nameStart(i):
			names = d.nameEnd(i, b)
			out = d.nameWords(out, i, names)
		case !t.cap && i > a && len(d.ents) > 0:
			out = d.described(out, i, a)
		}
		if !d.givesContext(i) {
			continue
		}
		var w string
		w, i = d.contextWord(i, b)
		out = append(out, w)
	}
	slices.Sort(out)
	d.x.words = out
	if len(out) == 0 {
		return nil // the same whether the scratch was used before or not
	}
	return slices.Clone(slices.Compact(out))
}

// noContext are the roles of words that give no context word.
const noContext = rStop | rMonth | rWeekday | rCard | rOrd | rUnit | rScale

// givesContext reports whether token i gives a context word: a word of two
// or more letters that is no function word, unless written in capitals
// ("US", "WHO": names), nor a month, weekday, number or unit.
func (d *docState) givesContext(i int) bool {
	t := d.toks[i]
	if t.kind != tWord || t.end-t.start < 2 {
		return false
	}
	return t.roles&noContext == 0 || t.roles&noContext == rStop && t.cap && d.allCaps(i)
}

// contextWord returns the context word of token i, which gives one, of a
// sentence ending at b, and the last token it takes.
func (d *docState) contextWord(i, b int) (string, int) {
	if d.toks[i].cap && d.allCaps(i) {
		return acronymWord(d.lower(i)), i
	}
	if i+2 < b && d.toks[i+1].kind == tPunct && !d.toks[i+1].space {
		if w, ok := d.respelledCompound(i, b); ok {
			return stem(w), i + 2 // "co-operation" as "cooperation"
		}
	}
	return d.stemAt(i), i
}

// stemAt returns the stem of token i in its canonical spelling: the form
// in which topic forms are stored and context words compared.
func (d *docState) stemAt(i int) string { return stem(d.respelled(i)) }

// respelled returns token i in lower case and its canonical spelling,
// from the lemma cache when the token's lemmas are known: their first is
// the respelled word.
func (d *docState) respelled(i int) string {
	if x := d.x; x.gens[i] == x.gen && x.lem[i].n > 0 {
		return x.lem[i].c[0]
	}
	return d.x.lex.spell.canon(d.lower(i))
}

// respelledCompound returns the canonical spelling of the hyphenated word
// at token i ("co-operation", "co-ordinate") when the spelling data lists
// it as one word.
func (d *docState) respelledCompound(i, b int) (string, bool) {
	if i+2 >= b || d.toks[i+1].kind != tPunct || d.toks[i+1].space || d.toks[i+2].space || d.toks[i+2].kind != tWord || !d.is(i+1, "-") {
		return "", false
	}
	d.lower(i) // the sentence is lower-cased
	lo, hi := d.toks[i].start-d.lowBase, d.toks[i+2].end-d.lowBase
	if lo < 0 || int(hi) > len(d.low) { // outside the sentence
		return d.x.lex.spell.listed(lowerString(d.text[d.toks[i].start:d.toks[i+2].end]))
	}
	return d.x.lex.spell.listed(d.low[lo:hi])
}

// nameWords appends to out the context words that the name of tokens
// [s, e) brings: its initials when it has two or more capitalised words,
// and the words of each entity of the document that it mentions by any of
// its names.
func (d *docState) nameWords(out []string, s, e int) []string {
	if e > s+1 {
		if ini, ok := d.initials(s, e); ok {
			out = append(out, ini)
		}
	}
	if len(d.ents) > 0 {
		out = d.mentioned(out, s, e)
	}
	return out
}

// mentioned appends the words of the entities that the name of tokens
// [s, e) mentions, by acronym or by long form.
func (d *docState) mentioned(out []string, s, e int) []string {
	for n, en := range d.ents {
		if en.acronym < 0 {
			continue
		}
		for k := s; k < e; k++ {
			if bytes.EqualFold(d.bytes(k), d.bytes(en.acronym)) || k+en.e-en.s <= e && d.sameWords(k, k+en.e-en.s, en.s, en.e) {
				out = append(out, d.entityTokens(n)...)
				break
			}
		}
	}
	return out
}

// described appends the words of the entity that token i mentions by its
// description: "the operator", "the rail operator".
func (d *docState) described(out []string, i, a int) []string {
	if !(d.is(i-1, "the") || i-2 >= a && d.is(i-2, "the") && d.plainWord(i-1)) {
		return out
	}
	w := d.lower(i)
	for n, en := range d.ents {
		if en.acronym < 0 && !en.ambiguous && en.head == w {
			return append(out, d.entityTokens(n)...)
		}
	}
	return out
}

// entityTokens returns the context words of every mention of entity k:
// the words of its name, its initials and its acronym.
func (d *docState) entityTokens(k int) []string {
	en := &d.ents[k]
	if en.tokens != nil {
		return en.tokens
	}
	tokens := make([]string, 0, en.e-en.s+2)
	add := func(w string) {
		if !slices.Contains(tokens, w) {
			tokens = append(tokens, w)
		}
	}
	for i := en.s; i < en.e; i++ {
		if d.givesContext(i) {
			var w string
			w, i = d.contextWord(i, en.e)
			add(w)
		}
	}
	if ini, ok := d.initials(en.s, en.e); ok {
		add(ini)
	}
	if en.acronym >= 0 {
		add(acronymWord(d.lower(en.acronym)))
	}
	en.tokens = tokens
	return tokens
}

// acronymWord returns the context word of a word in capitals, lower-cased
// without its dots: "u.s." → "us".
func acronymWord(low string) string {
	if strings.IndexByte(low, '.') < 0 {
		return low
	}
	return strings.ReplaceAll(low, ".", "")
}
