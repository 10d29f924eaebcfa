package claims

import (
	"bytes"
	"strings"
)

// This file learns the names a document gives one entity twice:
//
//   - a long form and its acronym in brackets, either way round: "the
//     Northern Grid Authority (NGA)", "THAAD (Terminal High Altitude Area
//     Defense)";
//   - a name and a description in apposition: "Meridian Rail, the
//     operator," or "the operator, Meridian Rail,".
//
// A sentence that names the entity by its acronym or long form is given the
// words of both, and one that names it by a description ("the operator")
// the words of its name (see [docState.context]), so that claims about it
// pair across documents that name it differently; a figure stated of an
// acronym or its long form is written with both (see
// [docState.canonicalSubject]). A description is not added to the words
// of sentences that use the name. What
// is learned lasts for one document: across documents nothing is shared,
// and names meet by their initials instead (see [docState.initials]).

// entity is a name that a document gives in two forms. It holds token
// indexes rather than text, so that learning it costs little; the context
// words of its mentions are made when a sentence with a claim first
// mentions it.
type entity struct {
	acronym int    // token of the acronym ("NGA"), or -1 for a description
	s, e    int    // tokens of the long form or name
	head    string // a description's last word ("operator"), lower case
	// ambiguous marks a description given of two names: it names neither.
	ambiguous bool
	tokens    []string // the context words of every mention, once made
}

// learnEntities fills d.ents with the entities the document names twice,
// at the brackets and commas that [docState.sentences] marked.
func (d *docState) learnEntities(sents [][2]int) {
	d.ents = d.x.ents[:0]
	s := 0
	for _, m := range d.x.marks {
		i := int(m)
		for s < len(sents) && sents[s][1] <= i {
			s++
		}
		if s == len(sents) {
			break
		}
		if d.text[d.toks[i].start] == '(' {
			d.learnBracket(i, sents[s][0], sents[s][1])
		} else {
			d.learnApposition(i, sents[s][0], sents[s][1])
		}
	}
	d.x.ents = d.ents[:0] // reused by the next document
}

// learnBracket learns an acronym from the bracket at token i of the
// sentence [a, b): "Long Form (ACR)" or "ACR (Long Form)".
func (d *docState) learnBracket(i, a, b int) {
	if i+2 < b && d.acronym(i+1) && d.is(i+2, ")") {
		acr := d.bytes(i + 1)
		for s := i - 1; s >= a && s >= i-16; s-- {
			if d.nameStart(s) && d.nameEnd(s, i) == i && d.initialsMatch(acr, s, i) {
				d.addAcronym(i+1, s, i)
				return
			}
		}
		return
	}
	if i-1 >= a && i+1 < b && d.acronym(i-1) && d.nameStart(i+1) {
		end := d.nameEnd(i+1, b)
		if end < b && d.is(end, ")") && d.initialsMatch(d.bytes(i-1), i+1, end) {
			d.addAcronym(i-1, i+1, end)
		}
	}
}

// learnApposition learns a description from the comma at token i of the
// sentence [a, b): "Meridian Rail, the operator," or "the operator,
// Meridian Rail,".
func (d *docState) learnApposition(i, a, b int) {
	// Name, the description,
	if d.isWord(i+1, "the") {
		j := i + 2
		for j < b && j < i+6 && d.plainWord(j) {
			j++
		}
		if j > i+2 && j < b && d.is(j, ",") {
			if s, ok := d.nameBefore(i, a); ok {
				d.addDescription(s, i, j-1)
			}
		}
		return
	}
	// the description, Name,
	if i+1 >= b || !d.nameStart(i+1) {
		return
	}
	k := i - 1
	for k >= a && k > i-5 && d.plainWord(k) {
		k--
	}
	if k == i-1 || !(d.isWord(k, "the") || k == a && d.is(k, "the")) || k > a && d.toks[k-1].roles&(rStop|rReport) == rStop {
		return // none, or after a preposition: "in the past, Meridian Rail..."
	}
	if end := d.nameEnd(i+1, b); end == b || d.is(end, ",", ".", ";") {
		d.addDescription(i+1, end, i-1)
	}
}

// nameBefore returns the start of the name that ends at token e, when it is
// one: two or more capitalised words, or one that does not start the
// sentence [a, ...) ("However, the company, ...").
func (d *docState) nameBefore(e, a int) (int, bool) {
	start := -1
	for s := e - 1; s >= a && s >= e-12; s-- {
		if d.nameStart(s) && d.nameEnd(s, e) == e {
			start = s
		}
	}
	if start < 0 || start == a && d.capitals(start, e) < 2 {
		return 0, false
	}
	return start, true
}

// addAcronym records that the acronym at token acr names the long form of
// tokens [s, e). The first long form given for an acronym is kept.
func (d *docState) addAcronym(acr, s, e int) {
	for _, en := range d.ents {
		if en.acronym >= 0 && bytes.EqualFold(d.bytes(en.acronym), d.bytes(acr)) {
			return
		}
	}
	d.ents = append(d.ents, entity{acronym: acr, s: s, e: e})
}

// addDescription records that the description ending in token head names
// the entity of tokens [s, e). A description given of two names is
// forgotten: it says nothing of either. A plural ("the reinsurers") is
// not learned.
func (d *docState) addDescription(s, e, head int) {
	h := d.lower(head)
	if len(h) < 3 || plural(h) {
		return
	}
	for k := range d.ents {
		if old := &d.ents[k]; old.acronym < 0 && old.head == h {
			old.ambiguous = old.ambiguous || !d.sameWords(old.s, old.e, s, e)
			return
		}
	}
	d.ents = append(d.ents, entity{acronym: -1, s: s, e: e, head: h})
}

// sameWords reports whether tokens [s1, e1) and [s2, e2) are the same
// words, ignoring case.
func (d *docState) sameWords(s1, e1, s2, e2 int) bool {
	if e1-s1 != e2-s2 {
		return false
	}
	for n := range e1 - s1 {
		if !bytes.EqualFold(d.bytes(s1+n), d.bytes(s2+n)) {
			return false
		}
	}
	return true
}

// long returns the long form or name of an entity as written, with one
// space between words.
func (d *docState) long(en *entity) string {
	return strings.Join(strings.Fields(string(d.text[d.toks[en.s].start:d.toks[en.e-1].end])), " ")
}

// initialsMatch reports whether the acronym acr spells the initials of the
// name of tokens [s, e). Words in lower case ("of", "for") may give a
// letter ("DoD", "TfL") or none, hyphen-joined parts likewise, and one
// capitalised word other than the first may give none ("Centers for
// Disease Control and Prevention (CDC)").
func (d *docState) initialsMatch(acr []byte, s, e int) bool {
	var items [24]initial
	n := 0
	for k := s; k < e; k++ {
		t := d.toks[k]
		if t.kind != tWord {
			continue
		}
		if n == len(items) {
			return false
		}
		c := d.text[t.start] | 0x20
		items[n] = initial{c, t.cap && !(k >= s+2 && d.joined(k-2)) && (t.roles&rStop == 0 || d.allCaps(k))}
		n++
	}
	return n > 0 && items[0].must && matchInitials(asciiLower(acr), items[:n], 1)
}

// initial is a word's first letter, and whether the acronym must use it.
type initial struct {
	c    byte
	must bool
}

// matchInitials reports whether acr spells items in order, leaving out
// optional items and at most skips required ones after the first.
func matchInitials(acr []byte, items []initial, skips int) bool {
	if len(acr) == 0 {
		for _, it := range items {
			if it.must {
				skips--
			}
		}
		return skips >= 0
	}
	if len(items) == 0 {
		return false
	}
	if items[0].c == acr[0] && matchInitials(acr[1:], items[1:], skips) {
		return true
	}
	if !items[0].must {
		return matchInitials(acr, items[1:], skips)
	}
	return skips > 0 && len(acr) < len(items) && matchInitials(acr, items[1:], skips-1)
}

// acronym reports whether token i can be an acronym: two to ten ASCII
// letters, the first and at least one other in capitals ("NGA", "TfL").
func (d *docState) acronym(i int) bool {
	b := d.bytes(i)
	if d.toks[i].kind != tWord || len(b) < 2 || len(b) > 10 || !('A' <= b[0] && b[0] <= 'Z') {
		return false
	}
	upper := 0
	for _, c := range b {
		switch {
		case 'A' <= c && c <= 'Z':
			upper++
		case 'a' <= c && c <= 'z':
		default:
			return false
		}
	}
	return upper >= 2
}
