package claims

import (
	"strings"
)

// This file reads the parts of a name in a role (see person.go): the name
// itself, the qualifier of its role, and which of a document's names are
// kept as claims.

// nameRun is a name read from the tokens.
type nameRun struct {
	end   int // the token after the name
	legal int // the token after the name without a closing legal form
	words int // its words, particles and a legal form aside
}

// nameAt reads the name that starts at token i, before b: capitalised
// words, with particles ("Karim al-Masri", "Thierry Le Masson"), initials
// ("Tom J. Reddick") and hyphen-joined parts ("Osei-Bonsu", "Suk-yeol");
// with links, also "of", "and", "for" and "&" between capitalised words,
// as in the names of organisations ("Bank of England"). A possessive ends
// the name, as does a title or courtesy title ("Deputy Mayor"), and a
// month or weekday. The result's end is i when no name starts there.
func (d *docState) nameAt(i, b int, links bool) nameRun {
	r := nameRun{end: i, legal: i}
	last := -1 // the last word's token
	for j := i; j < b && r.words < 6; {
		switch {
		case d.particleAt(j, b):
			j++
			if d.punct(j, '-') {
				j++
			}
			continue
		case d.nameWord(j):
			j = d.wordEnd(j, b)
			last = j - 1
			r.words++
			r.end = j
			if d.possessive(last) {
				return r.withLegal(d, last)
			}
			continue
		case links && r.words > 0 && d.is(j, nameLinks...) && !d.toks[j].cap && j+1 < b && d.nameWord(j+1):
			j++
			continue
		case r.words > 0 && d.toks[j].kind == tWord && d.toks[j].roles&rLegal != 0 && !d.toks[j].cap:
			last, r.end = j, j+1 // "plc"
			r.words++
		}
		break
	}
	return r.withLegal(d, last)
}

// withLegal sets r.legal: the end of the name without its last word, at
// token last, when that word is a legal form ("Inc"); r.end otherwise.
func (r nameRun) withLegal(d *docState, last int) nameRun {
	r.legal = r.end
	if last >= 0 && r.words > 1 && d.toks[last].roles&rLegal != 0 {
		r.legal, r.words = last, r.words-1
	}
	return r
}

// nameWord reports whether token j is a word that a name may hold: a
// capitalised word other than a function word (unless in capitals, "US"),
// a month, a weekday, a title or a courtesy title.
func (d *docState) nameWord(j int) bool {
	t := d.toks[j]
	if t.kind != tWord || !t.cap || t.roles&(rMonth|rWeekday|rTitle|rHonor) != 0 {
		return false
	}
	return t.roles&rStop == 0 || d.allCaps(j)
}

// wordEnd returns the end of the name word at token j: after the dot of an
// initial ("J.") and the parts joined to it by hyphens ("Osei-Bonsu").
func (d *docState) wordEnd(j, b int) int {
	if d.toks[j].end-d.toks[j].start == 1 && j+1 < b && !d.toks[j+1].space && d.punct(j+1, '.') {
		return j + 2
	}
	for j+2 < b && d.joined(j) && d.toks[j+2].kind == tWord && !d.possessive(j) {
		j += 2
	}
	return j + 1
}

// particleAt reports whether token j is a particle inside a name: "al" of
// "al-Masri", "Le" of "Le Masson", "van der" of "van der Berg", followed by
// a name word or another particle.
func (d *docState) particleAt(j, b int) bool {
	if d.toks[j].kind != tWord || d.toks[j].roles&rParticle == 0 {
		return false
	}
	k := j + 1
	if k < b && d.punct(k, '-') && !d.toks[k].space {
		k++
	}
	return k < b && (d.nameWord(k) || d.toks[k].roles&rParticle != 0 && k+1 < b && d.nameWord(k+1))
}

// nameEndingAt returns the name that ends right before token p, after a,
// when there is one: its first token and its reading. Titles and courtesy
// titles before it are not part of it ("Dr Armindo Tembé").
func (d *docState) nameEndingAt(p, a, b int) (int, nameRun, bool) {
	k := p
	for k > a && p-k < 12 {
		t := d.toks[k-1]
		if t.kind == tWord && (t.cap || t.roles&rParticle != 0) || t.kind == tPunct && !t.space && (d.punct(k-1, '-') || d.punct(k-1, '.')) {
			k--
			continue
		}
		break
	}
	for s := k; s < p; s++ {
		if !d.nameWord(s) && !d.particleAt(s, b) {
			continue
		}
		if r := d.nameAt(s, b, false); r.end == p && r.words > 0 {
			return s, r, true
		}
	}
	return 0, nameRun{}, false
}

// qualifier is what stands before a role: "Harlow Falls" in "Harlow Falls
// Mayor", "the former finance" in "the former finance minister".
type qualifier struct {
	start int // the first token of the qualifier, or the role's
	det   int // the token of a determiner before it, or -1
	// past: "former"; indefinite: "a", "an"; pronoun: "its", "his";
	// possessive: "Nordfjell's".
	past, indefinite, pronoun, possessive bool
}

// qualifierBefore reads the qualifier of the role that starts at token s
// of a sentence starting at a: up to five capitalised words, possessives,
// past words ("former", "ex-") and, right before a role in lower case, at
// most two lower-case content words ("fire information officer"), then
// perhaps a determiner. A role in capitals takes no lower-case words:
// "the airline praised Captain Helena Vasconcellos".
func (d *docState) qualifierBefore(s, a int) qualifier {
	q := qualifier{start: s, det: -1}
	lower := 0
	if d.toks[s].cap {
		lower = 2
	}
	for k := s - 1; k >= a && s-k <= 6; k-- {
		t := d.toks[k]
		switch {
		case t.kind == tPunct && !t.space && d.punct(k, '-') && k > a && k+1 < len(d.toks) && !d.toks[k+1].space:
			continue // "ex-minister", "coast-guard"
		case t.kind != tWord:
		case t.roles&rPast != 0:
			q.past, q.start = true, k
			continue
		case t.cap && t.roles&(rMonth|rWeekday) == 0 && (t.roles&rStop == 0 || d.allCaps(k)):
			q.start, lower = k, 2 // no lower-case words before a name: "meet Chinese Premier"
			q.possessive = q.possessive || d.possessive(k)
			continue
		case !t.cap && t.roles&rStop == 0 && lower < 2:
			lower++
			q.start = k
			q.possessive = q.possessive || d.possessive(k)
			continue
		}
		break
	}
	if k := q.start - 1; k >= a && d.toks[k].kind == tWord {
		switch {
		case d.is(k, "the"):
			q.det = k
		case d.is(k, "a", "an"):
			q.det, q.indefinite = k, true
		case d.is(k, "its", "his", "her", "their", "our", "my", "your"):
			q.det, q.pronoun = k, true
		}
	}
	return q
}

// subjectWords returns the words of tokens [s, e) but past words and
// hyphens, without a possessive, joined by spaces: "Nordfjell's" →
// "Nordfjell", "the former finance" → "finance".
func (d *docState) subjectWords(s, e int) string {
	if s >= e {
		return ""
	}
	var b strings.Builder
	for k := s; k < e; k++ {
		if d.toks[k].kind != tWord || d.toks[k].roles&rPast != 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.Write(trimPossessive(d.bytes(k)))
	}
	return b.String()
}

// qualifierAfter reads a qualifier after a role or a name ending before
// token k: "of Harlow Falls", "for the Philippine Coast Guard", "at
// Calder", "of health". It returns the qualifier's tokens, and k, k when
// there is none.
func (d *docState) qualifierAfter(k, b int) (int, int) {
	if k+1 >= b || !d.is(k, "of", "for", "at", "to") || d.toks[k].cap {
		return k, k
	}
	j := k + 1
	if d.isWord(j, "the") {
		j++
	}
	if j < b && d.nameStart(j) {
		return j, d.nameEnd(j, b)
	}
	end := j
	for end < b && end < j+2 && d.plainWord(end) && d.is(k, "of", "for") {
		end++
	}
	if end == j {
		return k, k
	}
	return j, end
}

// joinSubject joins the qualifiers before and after a role.
func joinSubject(before, after string) string {
	if before == "" || after == "" {
		return before + after
	}
	return before + " " + after
}

// hasAcronym reports whether tokens [s, e) hold a word in capitals of two
// or more letters: a name with one ("BC Wildfire Service") is an
// organisation's.
func (d *docState) hasAcronym(s, e int) bool {
	for k := s; k < e; k++ {
		if d.toks[k].kind == tWord && d.toks[k].cap && d.allCaps(k) {
			return true
		}
	}
	return false
}

// resolveNames returns the mentions of ms to make claims of, in order: the
// first of each name in each role; a surname alone in a role, or a name
// not in one, only when no fuller name of the document ends in it
// ("Wicaksono, the Indonesian president" after "Arief Wicaksono", "Osei
// Bonsu" after "Malik Osei Bonsu"); and a full name not in a role only
// when the document names it in no role and writes of it as of a person
// (see [docState.addSurname]). Names are compared as written.
func (d *docState) resolveNames(ms []mention) []mention {
	for k := range ms {
		m := &ms[k]
		if !m.person && m.class < 0 {
			continue
		}
		m.kept = true
		for j, o := range ms {
			if j == k || !o.person && o.class < 0 {
				continue
			}
			same := d.sameName(o, *m)
			if same && o.kept && o.class == m.class || // named before in the role
				same && m.class < 0 && o.class >= 0 || // named in a role
				(m.words == 1 || m.class < 0) && d.endsIn(o, *m) { // a fuller name
				m.kept = false
				break
			}
		}
	}
	out := ms[:0]
	for _, m := range ms {
		if m.kept {
			out = append(out, m)
		}
	}
	return out
}

// sameName reports whether two mentions give a name in the same words.
func (d *docState) sameName(a, b mention) bool {
	n := a.name[1] - a.name[0]
	return n == b.name[1]-b.name[0] && d.sameTokens(a.name[0], b.name[0], n)
}

// endsIn reports whether the name of a is longer than that of b and ends
// in its words: "Arief Wicaksono" and "Wicaksono".
func (d *docState) endsIn(a, b mention) bool {
	n := b.name[1] - b.name[0]
	return a.name[1]-a.name[0] > n && d.sameTokens(a.name[1]-n, b.name[0], n)
}

// A full name not in a role is a claim only when the document writes of
// it as of a person. Where it gives the name, or the words after its first
// alone ("Veselá"), it must put an age or "who" after it ("O'Rourke, 27,",
// "Osei Bonsu, who was") or a courtesy title before it ("Mr Valtchev"); or
// else give those words alone somewhere, as news names people but seldom
// places or organisations, and put a verb of speech next to a mention
// ("said Thierry Lemasson", "Veselá said"). News gives a person's full
// name before the surname alone, so that these are sought as the document
// is read, among the names read before.

// addSurname notes the surname of mention k of p, a full name not in a
// role, when its first word looks like a given name.
func (d *docState) addSurname(p *namePass, k int) {
	s, e := p.ms[k].name[0], p.ms[k].name[1]
	if s1 := d.wordEnd(s, e); s1 < e && d.plainName(s, s1) {
		p.cands = append(p.cands, surname{m: k, s: s, s1: s1, e: e, word: trimPossessive(d.bytes(s1))})
		p.filter |= d.surnameBit(s1)
	}
}

// surnames marks as people's the names of p whose surname stands at token
// k, a capitalised word, in words that show it to be a person's.
func (d *docState) surnames(p *namePass, k int) {
	if p.filter&d.surnameBit(k) == 0 {
		return
	}
	w := trimPossessive(d.bytes(k))
	for c := range p.cands {
		if string(w) == string(p.cands[c].word) && d.surnameAt(&p.cands[c], k) {
			p.ms[p.cands[c].m].person = true
		}
	}
}

// surnameBit returns the bit of token k, a word, in the filter of
// [docState.surnames]: a bit for its length and first and last letters, so that
// most words are passed over without comparing them with each surname.
func (d *docState) surnameBit(k int) uint64 {
	w := trimPossessive(d.bytes(k))
	h := uint(len(w))*31 + uint(w[0])*7 + uint(w[len(w)-1])
	return 1 << (h & 63)
}

// surname is the surname of a full name not in a role, and what is known
// of it so far.
type surname struct {
	m        int    // the mention
	s, s1, e int    // tokens: the name, its surname, the end
	word     []byte // the surname's first word, without a possessive
	alone    bool
	speech   bool
}

// surnameAt reads the words at token k, whose first is the first of c's
// surname, and reports whether they show c to be a person's name.
func (d *docState) surnameAt(c *surname, k int) bool {
	n := c.e - c.s1
	if k+n > len(d.toks) || !d.sameTokens(k, c.s1, n) {
		return false
	}
	start := k
	switch {
	case k-(c.s1-c.s) >= 0 && d.sameTokens(k-(c.s1-c.s), c.s, c.s1-c.s):
		start = k - (c.s1 - c.s) // the full name
	case k > 0 && (d.toks[k-1].cap && d.toks[k-1].roles&rHonor == 0 || d.is(k-1, "the", "a", "an")):
		return false // another name: "Environment Canada", "the Ministry"
	default:
		c.alone = true
	}
	switch d.personSignal(start, k+n) {
	case strongSignal:
		return true
	case speechSignal:
		c.speech = true
	}
	return c.alone && c.speech
}

// plainName reports whether tokens [s, e), the first word of a name, look
// like a given name: letters only, no past word ("Former Helix"), no
// lower-case part ("Ten-man Tavira", "Sofia-based Centre").
func (d *docState) plainName(s, e int) bool {
	for k := s; k < e; k++ {
		t := d.toks[k]
		if t.kind == tWord && (!t.cap || t.roles&rPast != 0) {
			return false
		}
		for _, c := range d.bytes(k) {
			if isDigit(c) {
				return false
			}
		}
	}
	return true
}

// The signals that a name is a person's; see [docState.addSurname].
const (
	noSignal = iota
	speechSignal
	strongSignal
)

// personSignal returns the signal that a name at tokens [s, e) is a
// person's: see [docState.addSurname].
func (d *docState) personSignal(s, e int) int {
	n := len(d.toks)
	switch {
	case s > 0 && d.toks[s-1].kind == tWord && d.toks[s-1].roles&rHonor != 0:
		return strongSignal
	case s > 0 && d.toks[s-1].kind == tWord && d.toks[s-1].roles&rReport != 0,
		e < n && d.toks[e].kind == tWord && d.toks[e].roles&rReport != 0:
		return speechSignal
	case e+2 >= n || !d.is(e, ","):
		return noSignal
	case d.isWord(e+1, "who") && !d.is(e+2, "were", "are", "have"), d.ageAfter(e + 1):
		return strongSignal // not of a team: "Tavira, who were playing"
	}
	return noSignal
}

// ageAfter reports whether token k starts an age in apposition: "27," or "a
// 27-year-old", "the 24-year-old".
func (d *docState) ageAfter(k int) bool {
	n := len(d.toks)
	if d.is(k, "a", "an", "the") {
		return k+3 < n && d.toks[k+1].kind == tNum && d.punct(k+2, '-') && d.is(k+3, "year")
	}
	if k+1 >= n || d.toks[k].kind != tNum || !d.is(k+1, ",", ")") {
		return false
	}
	b := d.bytes(k)
	return len(b) <= 3 && !(len(b) == 3 && b[0] > '1')
}

// sameTokens reports whether the n tokens at j have the text of the n at
// k, a possessive on the last aside.
func (d *docState) sameTokens(j, k, n int) bool {
	for i := 0; i < n; i++ {
		x, y := d.bytes(j+i), d.bytes(k+i)
		if i == n-1 {
			x, y = trimPossessive(x), trimPossessive(y)
		}
		if string(x) != string(y) {
			return false
		}
	}
	return true
}

// punct reports whether token k is the punctuation mark c.
func (d *docState) punct(k int, c byte) bool {
	return k >= 0 && k < len(d.toks) && d.toks[k].kind == tPunct && d.text[d.toks[k].start] == c
}
