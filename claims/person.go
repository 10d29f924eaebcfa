package claims

import (
	"slices"
	"sort"
	"strings"
)

// This file finds the names of people and organisations that a text gives
// in a role (data/names.txt):
//
//   - a title before the name: "Judge Deborah Whitlock", "Harlow Falls Mayor
//     Tom Reddick", "former finance minister Petar Valchev";
//   - a role in apposition after it: "Eusebio Ccama, the mayor of
//     Valdequira", "Ingrid Sollbakken, Nordfjell's chief executive";
//   - a role in apposition before it: "The operator, Visayan Star Lines,";
//   - "as" a role: "Juergen Kessler took over as chief executive";
//   - a verb naming the holder: "operated by Visayan Star Lines".
//
// The claim's topic is the role's class, its attribute "name", its value
// the name as written without titles or a legal form, and its subject the
// role's qualifier ("Harlow Falls", "health", "Nordfjell"). A full name
// given without a role is a claim of topic "person" when the text also
// names the person by surname alone ("Katarina Veselá ... Veselá, 26"),
// the way news names people rather than places or organisations. A claim
// is Loose when its name is not given as the one present holder of a role:
// without a role, in a past one ("former"), in one several people hold
// ("a spokesman", "his lawyer", a role data/names.txt does not mark as
// held by one), or "as" a role; compare lets only other claims conflict.
//
// A document gives one claim per name and role, at its first mention.

// personTopic is the topic of a name given without a role.
const personTopic = "person"

// mention is a name found in a document, before it becomes a claim.
type mention struct {
	name  [2]int // tokens of the name, a closing legal form left out
	words int    // the words of the name, particles aside
	class int32  // the role's class, or -1
	// qual and after are the tokens of the role's qualifier, before and
	// after it: "Harlow Falls" Mayor, the mayor "of Harlow Falls".
	qual, after [2]int
	loose       bool
	person      bool   // a name not in a role, written of as a person's
	kept        bool   // to be a claim: see [docState.resolveNames]
	span        [2]int // tokens of the evidence
	sent        [2]int // tokens of the sentence
}

// names adds a claim for each name of a person or an organisation that
// the text gives in a role, and for each full name of a person.
func (d *docState) names(sents [][2]int) {
	p := &d.x.names
	p.ms, p.cands, p.filter = p.ms[:0], p.cands[:0], 0 // reused from the last document
	for _, s := range sents {
		d.sentenceNames(p, s[0], s[1])
	}
	if len(p.ms) == 0 {
		return
	}
	figures := sortedPrefix(d.out)
	ms := d.resolveNames(p.ms)
	d.out = slices.Grow(d.out, len(ms))
	for _, m := range ms {
		d.nameClaim(m, figures)
	}
}

// nameClaim records the claim of mention m. A sentence that holds a claim
// already, among the first figures claims of d.out, which are in document
// order, or the last claim recorded, lends it its text and context.
func (d *docState) nameClaim(m mention, figures int) {
	topic := personTopic
	if m.class >= 0 {
		topic = d.x.lex.names.classes[m.class].name
	}
	v := Value{Kind: Name, Text: d.spanText(m.name[0], m.name[1])}
	start, end := int(d.toks[m.span[0]].start), int(d.toks[m.span[1]-1].end)
	s, e := int(d.toks[m.sent[0]].start), int(d.toks[m.sent[1]-1].end)
	var c *Claim
	if k := d.claimIn(s, e, figures); k >= 0 {
		line, col := d.position(start)
		d.out = append(d.out, Claim{Source: d.doc.Path, Topic: topic, Attribute: "name", Value: v,
			Text: string(d.src[start:end]), Span: [2]int{start, end}, Line: line, Column: col,
			Sentence: d.out[k].Sentence, Context: d.out[k].Context})
		c = &d.out[len(d.out)-1]
	} else {
		c = d.textClaim(topic, "name", v, start, end, m.sent[0], m.sent[1])
	}
	c.Subject = joinSubject(d.subjectWords(m.qual[0], m.qual[1]), d.subjectWords(m.after[0], m.after[1]))
	c.Loose = m.loose
}

// claimIn returns the index of a claim of d.out whose span starts in bytes
// [s, e): among its first n claims, which are in document order, or the
// last one when it is a name. It returns -1 when there is none.
func (d *docState) claimIn(s, e, n int) int {
	if k := len(d.out) - 1; k >= n && d.out[k].Value.Kind == Name && s <= d.out[k].Span[0] && d.out[k].Span[0] < e {
		return k
	}
	k := sort.Search(n, func(i int) bool { return d.out[i].Span[0] >= s })
	if k < n && d.out[k].Span[0] < e {
		return k
	}
	return -1
}

// sortedPrefix returns the length of the longest prefix of cs in document
// order.
func sortedPrefix(cs []Claim) int {
	for i := 1; i < len(cs); i++ {
		if cs[i].Span[0] < cs[i-1].Span[0] {
			return i
		}
	}
	return len(cs)
}

// namePass is what the reading of a document's names has found so far.
type namePass struct {
	ms []mention
	// cands are the surnames of the full names not in a role, filter the
	// bits of their first words (see [docState.surnameBit]).
	cands  []surname
	filter uint64
}

// sentenceNames reads the names of the sentence of tokens [a, b): those in
// a role, and full names not in one, and looks for the surnames of those
// read before (see [docState.addSurname]).
func (d *docState) sentenceNames(p *namePass, a, b int) {
	next := a // the end of the last name read
	for i := a; i < b; i++ {
		t := &d.toks[i]
		if !t.cap && t.roles&rTitle == 0 || t.kind != tWord {
			continue
		}
		if t.roles&rTitle != 0 {
			p.ms = d.roleAt(p.ms, i, a, b)
		}
		if !t.cap {
			continue
		}
		if i < next || i+1 == b || !d.nameGoesOn(i+1) {
			d.surnames(p, i) // most capitalised words: in a name read, or alone
			continue
		}
		r := d.nameAt(i, b, false)
		if r.end == i {
			d.surnames(p, i)
			continue
		}
		next = r.end
		if r.words >= 2 && r.words <= 4 && !d.hasAcronym(i, r.end) {
			p.ms = append(p.ms, mention{name: [2]int{i, r.legal}, words: r.words, class: -1, loose: true, span: [2]int{i, r.legal}, sent: [2]int{a, b}})
			d.addSurname(p, len(p.ms)-1)
		}
		d.surnames(p, i)
	}
}

// nameGoesOn reports whether token j may carry on a name begun before it:
// a capitalised word, a particle, or a hyphen or dot right after it.
func (d *docState) nameGoesOn(j int) bool {
	t := &d.toks[j]
	if t.kind == tWord {
		return t.cap || t.roles&rParticle != 0
	}
	return !t.space && t.kind == tPunct && (d.text[t.start] == '-' || d.text[t.start] == '.')
}

// roleAt appends to ms the name that the role ending at token i names, if
// any, in the sentence [a, b).
func (d *docState) roleAt(ms []mention, i, a, b int) []mention {
	if d.possessive(i) {
		return ms // "the mayor's office"
	}
	f, s, ok := d.roleFormAt(i, a)
	if !ok {
		return ms
	}
	if f.by {
		return d.heldBy(ms, f, i, a, b)
	}
	if j := d.skipDot(i+1, b); j < b && d.toks[j].roles&rTitle != 0 && d.toks[j].cap {
		return ms // "Deputy Mayor", "spokesman Commodore": the last title speaks
	}
	q := d.qualifierBefore(s, a)
	m := mention{class: f.class, sent: [2]int{a, b}, qual: [2]int{q.start, s},
		loose: q.past || q.indefinite || q.pronoun || !d.x.lex.names.classes[f.class].unique}
	if m, ok := d.titleBefore(m, q, i, b); ok {
		return append(ms, m)
	}
	if m, ok := d.appositionAfter(m, q, i, a, b); ok {
		return append(ms, m)
	}
	if m, ok := d.appositionBefore(m, q, i, a, b); ok {
		return append(ms, m)
	}
	if m, ok := d.asRole(m, q, i, a, b); ok {
		return append(ms, m)
	}
	return ms
}

// roleFormAt returns the longest form of a role that ends at token i and
// the token it starts at. Hyphens between its words are passed over:
// "vice-president", "co-founder".
func (d *docState) roleFormAt(i, a int) (roleForm, int, bool) {
	var buf [24]byte
	w := trimPossessive(d.bytes(i))
	if len(w) > len(buf) {
		return roleForm{}, 0, false
	}
	for k, c := range w {
		buf[k] = c | byte(boolInt('A' <= c && c <= 'Z'))<<5
	}
	for _, f := range d.x.lex.names.forms[string(buf[:len(w)])] {
		if s, ok := d.formBefore(f.words[:len(f.words)-1], i, a); ok {
			return f, s, true
		}
	}
	return roleForm{}, 0, false
}

// formBefore reports whether the words stand, in order, right before token
// i and after token a, and returns the first one's token.
func (d *docState) formBefore(words []string, i, a int) (int, bool) {
	k := i - 1
	for w := len(words) - 1; w >= 0; w-- {
		if k > a && d.punct(k, '-') && !d.toks[k].space {
			k--
		}
		if k < a || !d.is(k, words[w]) {
			return 0, false
		}
		k--
	}
	return k + 1, true
}

// skipHonorifics returns the first token at or after j that is no
// courtesy title ("Dr", "Mr.").
func (d *docState) skipHonorifics(j, b int) int {
	for j < b && d.toks[j].kind == tWord && d.toks[j].roles&rHonor != 0 && d.toks[j].cap {
		j = d.skipDot(j+1, b)
	}
	return j
}

// titleBefore reads a name right after the role ending at token i:
// "Health Minister Armindo Tembe". The name must have two or more words:
// "General Motors" and "President Hotel" are no people in a role.
func (d *docState) titleBefore(m mention, q qualifier, i, b int) (mention, bool) {
	j := d.skipHonorifics(d.skipDot(i+1, b), b)
	r := d.nameAt(j, b, false)
	if r.words < 2 {
		return m, false
	}
	m.name, m.words = [2]int{j, r.legal}, r.words
	m.span = [2]int{q.start, r.end}
	if j, end := d.qualifierAfter(r.end, b); end > r.end {
		m.after, m.span[1] = [2]int{j, end}, end
	}
	return m, true
}

// appositionAfter reads a name before a comma before the role that ends at
// token i: "Arif Wicaksono, the Indonesian president", "Jürgen Kessler,
// chief executive, said".
func (d *docState) appositionAfter(m mention, q qualifier, i, a, b int) (mention, bool) {
	p := q.start - 1
	if q.det >= 0 {
		p = q.det - 1
	}
	if p <= a || !d.is(p, ",") {
		return m, false
	}
	s, r, ok := d.nameEndingAt(p, a, b)
	if !ok {
		return m, false
	}
	m.name, m.words = [2]int{s, r.legal}, r.words
	m.span = [2]int{s, i + 1}
	if j, end := d.qualifierAfter(i+1, b); end > i+1 {
		m.after, m.span[1] = [2]int{j, end}, end
	}
	return m, true
}

// appositionBefore reads a name in commas after the role that ends at
// token i: "The operator, Visayan Star Lines, said", "its owner, Visayan
// Star Lines Inc, in 2011". The role must follow a determiner or a
// possessive, or start the sentence.
func (d *docState) appositionBefore(m mention, q qualifier, i, a, b int) (mention, bool) {
	if i+2 >= b || !d.is(i+1, ",") || q.det < 0 && q.start > a && !q.possessive {
		return m, false
	}
	j := d.skipHonorifics(i+2, b)
	r := d.nameAt(j, b, true)
	if r.words == 0 || r.end < b && !d.is(r.end, ",", ".", ";", ")") {
		return m, false
	}
	m.name, m.words = [2]int{j, r.legal}, r.words
	m.span = [2]int{q.start, r.end}
	return m, true
}

// asRole reads a name given a role with "as": "Juergen Kessler took over
// as chief executive of Ostermann Industrie". One to three lower-case
// words stand between the name, of two or more words, and "as". Whether
// the role is present or past is not known: the name is loose.
func (d *docState) asRole(m mention, q qualifier, i, a, b int) (mention, bool) {
	k := q.start - 1
	if q.det >= 0 {
		k = q.det - 1
	}
	if k <= a || !d.isWord(k, "as") {
		return m, false
	}
	p := k
	for p > a && k-p < 3 && d.toks[p-1].kind == tWord && !d.toks[p-1].cap {
		p--
	}
	if p == k {
		return m, false
	}
	s, r, ok := d.nameEndingAt(p, a, b)
	if !ok || r.words < 2 {
		return m, false
	}
	m.name, m.words, m.loose = [2]int{s, r.legal}, r.words, true
	m.span = [2]int{s, i + 1}
	if j, end := d.qualifierAfter(i+1, b); end > i+1 {
		m.after, m.span[1] = [2]int{j, end}, end
	}
	return m, true
}

// heldBy reads the name after a verb that names the holder of a role:
// "operated by Visayan Star Lines", "owned by the Philippine Ports
// Authority".
func (d *docState) heldBy(ms []mention, f roleForm, i, a, b int) []mention {
	j := i + 1
	if d.isWord(j, "the") {
		j++
	}
	r := d.nameAt(j, b, true)
	if r.words == 0 || r.end < b && d.plainWord(r.end) {
		return ms // "built by Norwegian and German engineers"
	}
	m := mention{name: [2]int{j, r.legal}, words: r.words, class: f.class, span: [2]int{j, r.end}, sent: [2]int{a, b},
		loose: !d.x.lex.names.classes[f.class].unique}
	m.span[0], _ = d.formBefore(f.words[:len(f.words)-1], i, a)
	return append(ms, m)
}

// spanText returns the text of tokens [s, e) with each run of white space
// made one space.
func (d *docState) spanText(s, e int) string {
	raw := string(d.src[d.toks[s].start:d.toks[e-1].end])
	if strings.ContainsAny(raw, "\n\t\r") || strings.Contains(raw, "  ") {
		return strings.Join(strings.Fields(raw), " ")
	}
	return raw
}
