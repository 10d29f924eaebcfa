package claims

import (
	"strings"
)

// This file reads lists of items: "a hand-forged keris, a length of batik
// and a sack of coffee", "deals covering energy, defence and health",
// "nine counts of wire fraud, securities fraud and conspiracy". A list is
// noun phrases joined by commas and a last "and", "or" or "as well as"
// (the words are data: data/lists.txt). It takes three items or more, or
// two after a cue ("including", "such as"), after a verb of giving
// ("presented him with"), after the plural noun they are of ("charges of
// fraud and bribery"), or before "other" ("a bicycle and other gifts").
// Every item must hold a word in lower case, so that names of people and
// places ("Smith, Jones and Brown said") make no list, and must not start
// with a number ("12 dead and 40 hurt" are counts).

// maxItems is the most items read of one list, maxItemWords the most
// words of one item, and topicWindow how many words before a list its
// topic is sought in.
const (
	maxItems     = 12
	maxItemWords = 6
	topicWindow  = 6
)

// listTopic is the topic of a list whose words name none.
const listTopic = "list"

// span is the tokens [s, e).
type span struct{ s, e int }

// listing is a list being read from a sentence.
type listing struct {
	items [maxItems]span // in reverse order while reading back
	n     int
	// start and end bound the evidence: the cue or the noun the items are
	// of, the items, and "other gifts".
	start, end int
	topic      string
	count      int   // how many items the text says there are: "two gifts: …"
	bound      Bound // AtLeast after a cue or before "other gifts"
	only       bool  // "only a keris and batik"
	// marked says that words around the items mark them as a list, so
	// that two items make one: a cue, a verb of giving, "other", "only",
	// the noun they are of or a count.
	marked bool
}

// listRoles are the roles of the tokens that lists are sought by.
const listRoles = rListAnd | rListSep | rListCue | rOther | rOnly | rGive

// lists adds a claim for each list of items. It looks only at the tokens
// of a few roles, gathered in one pass over the document.
func (d *docState) lists(sents [][2]int) {
	hits := make([]int32, 0, len(d.toks)/16+1)
	for i := range d.toks {
		if d.toks[i].roles&listRoles != 0 {
			hits = append(hits, int32(i))
		}
	}
	h := 0
	for _, s := range sents {
		e := h
		for e < len(hits) && int(hits[e]) < s[1] {
			e++
		}
		if e > h {
			d.listsIn(hits[h:e], s[0], s[1])
		}
		h = e
	}
}

// listsIn adds the lists of the sentence of tokens [a, b), whose tokens of
// listRoles are hits. A conjunction is tried when it stands a few words
// after a comma or a colon ("tents, blankets and stoves") or the sentence
// holds a word that marks a list of two ("such as", "other").
func (d *docState) listsIn(hits []int32, a, b int) {
	var seen role
	for _, k := range hits {
		seen |= d.toks[k].roles
	}
	if seen&rListAnd == 0 {
		return
	}
	marked := seen&(rListCue|rOther|rOnly|rGive) != 0
	sep, done, entered := a-maxItemWords-4, a, false
	for _, k32 := range hits {
		k := int(k32)
		r := d.toks[k].roles
		if r&rListSep != 0 {
			sep = k
		}
		if r&rListAnd == 0 || k <= done || k >= b-1 || !marked && k-sep > maxItemWords+3 {
			continue
		}
		if !entered {
			d.enter(a, b)
			entered = true
		}
		var l listing
		if !d.readList(&l, k, a, b) {
			continue
		}
		// "a painting as well as apples and dried persimmons": the list
		// goes on after a further conjunction.
		for {
			var more listing
			n := d.nextAnd(l.end, b)
			if n < 0 || !d.readList(&more, n, a, b) || more.start > l.start {
				break
			}
			l = more
		}
		d.listClaim(&l, a, b)
		done = l.end
	}
}

// nextAnd returns the last token of a conjunction that starts at token e,
// or after a comma there, before b; or -1.
func (d *docState) nextAnd(e, b int) int {
	for k := e; k < b && k <= e+3; k++ {
		if d.toks[k].roles&rListAnd == 0 {
			continue
		}
		if c := d.phraseEndingAt(k, e, rListAnd); c == e || c == e+1 && d.is(e, ",") {
			return k
		}
	}
	return -1
}

// phraseEndingAt returns the first token of a phrase of role r that ends at
// token k and starts no earlier than a, or -1.
func (d *docState) phraseEndingAt(k, a int, r role) int {
	if k < a || k >= len(d.toks) || d.toks[k].roles&r == 0 {
		return -1
	}
	var buf [32]byte
	for _, ph := range d.x.lex.phrases[string(d.lowered(k, &buf))] {
		if ph.role == r && d.foldedAt(k-len(ph.words)+1, a, ph.words) {
			return k - len(ph.words) + 1
		}
	}
	return -1
}

// foldedAt reports whether the tokens from i, not before a, are the
// lower-case words ws, in any case.
func (d *docState) foldedAt(i, a int, ws []string) bool {
	if i < a || i+len(ws) > len(d.toks) {
		return false
	}
	for n, w := range ws {
		if !d.is(i+n, w) {
			return false
		}
	}
	return true
}

// readList reads the list whose conjunction ends at token k. It reports
// false when the words around k make no list.
func (d *docState) readList(l *listing, k, a, b int) bool {
	l.start = -1
	c := d.phraseEndingAt(k, a, rListAnd)
	if c <= a || k+1 >= b {
		return false
	}
	if !d.lastItem(l, k+1, b) {
		return false
	}
	p := c
	if d.is(p-1, ",") {
		p-- // the serial comma
	}
	for l.n < maxItems {
		s0 := d.itemStart(p, a)
		if s0 == p {
			break
		}
		s := d.skipDeterminer(s0, p)
		leftmost := !d.is(s0-1, ",") && d.phraseEndingAt(s0-1, a, rListAnd) < 0
		if leftmost {
			s = d.splitHead(l, s0, s, p)
		}
		if !d.validItem(s, p) {
			break
		}
		l.items[l.n] = span{s, p}
		l.n++
		if leftmost {
			break
		}
		if d.is(s0-1, ",") {
			p = s0 - 1
		} else {
			p = d.phraseEndingAt(s0-1, a, rListAnd)
			if d.is(p-1, ",") {
				p--
			}
		}
	}
	l.reverse()
	if l.n == 0 || l.n < 2 && l.bound != AtLeast || d.allGerunds(l) {
		return false
	}
	first := l.items[0].s
	if l.start < 0 || l.start > first {
		l.start = d.openingDeterminer(first, a)
	}
	if d.has(l.start-1, a, rAux) {
		return false // "the talks were long, difficult and tense"
	}
	if l.n < 3 && !l.marked && !d.markedTwo(l.start-1, a) {
		return false // most pairs: "officials and residents"
	}
	d.listTopic(l, a, b)
	return l.n >= 3 || l.marked
}

// markedTwo reports whether the words that end at token j may mark the
// two items after them as a list (see [docState.listTopic]): "only", a
// cue, a colon or a comma, or a verb of giving a few words before. It
// tests roles and punctuation only, before the topic is sought.
func (d *docState) markedTwo(j, a int) bool {
	if d.has(j, a, rOnly|rListCue) || d.is(j, ":", ",", "—", "–") {
		return true
	}
	for k := j; k >= a && j-k < topicWindow; k-- {
		if d.toks[k].roles&rGive != 0 {
			return true
		}
	}
	return false
}

// lastItem reads the item after the conjunction at s: an item, appended to
// l, or "other gifts", which gives the topic of the others.
func (d *docState) lastItem(l *listing, s, b int) bool {
	if d.toks[s].roles&rOther != 0 {
		e := d.itemEnd(s+1, b)
		if e == s+1 || !d.validItem(s+1, e) {
			return false
		}
		l.topic, l.bound, l.end, l.marked = d.topicOf(d.itemHead(s+1, e)), AtLeast, e, true
		return true
	}
	e := d.itemEnd(s, b)
	if e == s || !d.validItem(d.skipDeterminer(s, e), e) || d.has(e, s, rReport) {
		return false // "Smith, Jones and the police said": who said it
	}
	if d.is(s-2, ",") && e < b && (d.toks[e].roles&rAux != 0 || d.verbForm(e, e-1, e+1)) {
		return false // "…, and its board has approved": a clause
	}
	l.items[0], l.n, l.end = span{d.skipDeterminer(s, e), e}, 1, e
	return true
}

// allGerunds reports whether every item of l is one word in -ing:
// "strong, meeting or exceeding" are no things.
func (d *docState) allGerunds(l *listing) bool {
	for _, it := range l.items[:l.n] {
		if it.e-it.s != 1 || !d.endsWith(it.s, "ing", 0) {
			return false
		}
	}
	return true
}

// reverse puts the items of l, read from the last, in text order.
func (l *listing) reverse() {
	for i, j := 0, l.n-1; i < j; i, j = i+1, j-1 {
		l.items[i], l.items[j] = l.items[j], l.items[i]
	}
}

// splitHead takes, from the leftmost item [s, e), the plural noun the
// items are of ("nine counts of wire fraud, securities fraud and
// conspiracy", "representatives of farmers, unions and lenders") as the
// list's topic, and returns where the item proper starts; s0 is the
// item's first token with its determiner or number. A noun of quantity
// ("two bottles of wine") stays in the item.
func (d *docState) splitHead(l *listing, s0, s, e int) int {
	o := -1
	for k := s + 1; k+1 < e; k++ {
		if d.is(k, "of") {
			o = k
			break
		}
	}
	if o < 0 {
		return s
	}
	h := o - 1
	if !d.pluralAt(h) || d.toks[h].roles&(rPartitive|rCard|rVague|rScale) != 0 || d.toks[h].cap {
		return s
	}
	l.topic, l.start, l.marked = d.topicOf(h), s0, true
	return d.skipDeterminerAt(o+1, e)
}

// topicOf returns the topic that the noun at token k names: its lexicon
// class, or its stem.
func (d *docState) topicOf(k int) string {
	if cls, _, ok := d.classEndingAt(k, k, k+1); ok {
		return d.class(cls)
	}
	return d.stemAt(k)
}

// listTopic finds what the items of l are, unless the list gave it, from
// the words before the first item: "only", a cue ("covering", "such as"),
// a count in apposition ("two gifts: …"), a preposition, and then the
// nearest noun or verb within topicWindow words of the clause.
func (d *docState) listTopic(l *listing, a, b int) {
	j := l.start - 1
	if d.has(j, a, rOnly) && !d.is(j-1, "not") {
		l.only, l.marked, j = true, true, j-1
	}
	if c := d.phraseEndingAt(j, a, rListCue); c >= 0 {
		l.start, l.bound, l.marked, j = c, AtLeast, true, c-1
		if d.has(j, a, rOnly) && !d.is(j-1, "not") {
			l.only, j = true, j-1
		}
		for j >= a && d.is(j, ",") {
			j--
		}
	} else if d.is(j, ":", ",", "—", "–") && j-1 >= a && d.toks[j-1].kind == tWord && d.pluralAt(j-1) {
		// "two gifts: a keris and batik": the count of items given.
		if n, ok := d.value(j-2, a, b); j-2 >= a && ok && n.Kind == Count && n.end == j-1 {
			l.count, l.marked = int(n.Num), true
		}
		if l.topic == "" {
			l.topic = d.topicOf(j - 1)
		}
		if d.has(j-2, a, rOnly) || d.has(j-3, a, rOnly) {
			l.only = true
		}
		return
	}
	if l.topic == "" {
		var give bool
		l.topic, give = d.topicBefore(j, a, b)
		l.marked = l.marked || give
	}
}

// topicBefore returns the topic of a list from the words that end at
// token j, and whether a verb of giving gave it: such a verb ("gave him",
// "presented his host with"), else the nearest noun or verb of a lexicon
// class ("agreements on", "charged with"), else the nearest noun, or "".
func (d *docState) topicBefore(j, a, b int) (string, bool) {
	noun, prep, topic := -1, false, ""
	for k := j; k >= a && j-k < topicWindow; k-- {
		t := &d.toks[k]
		if d.clauseBreak(k) || t.kind == tPunct && k != j {
			break
		}
		if t.kind != tWord || t.cap {
			continue
		}
		if t.roles&rGive != 0 && (noun < 0 && topic == "" || !prep || d.is(j, "with")) {
			return d.giveTopic(k), true
		}
		if t.roles&rAux != 0 {
			break // "the rescuers had only shovels": not the subject's
		}
		if t.roles&rStop != 0 {
			prep = prep || d.is(k, "on", "in", "of", "about", "for", "at", "from", "over", "to", "into", "with")
			continue
		}
		if cls, _, ok := d.classEndingAt(k, a, b); ok && noun < 0 && topic == "" {
			topic = d.class(cls)
		}
		// The noun right before the list, or before its preposition.
		if noun < 0 && (k == j || k == j-1 && prep) && d.nounLike(k) {
			noun = k
		}
	}
	switch {
	case topic != "":
		return topic, false
	case noun >= 0:
		return d.stemAt(noun), false
	}
	return "", false
}

// nounLike reports whether word k, in lower case and no function word,
// may be a noun: not a verb form, an adverb, a number or a unit.
func (d *docState) nounLike(k int) bool {
	w := d.lower(k)
	if d.toks[k].roles&(rScale|rUnit|rCard|rCurrency|rChange|rReport) != 0 || strings.HasSuffix(w, "ly") {
		return false
	}
	if l, ok := d.x.lex.irregular[w]; ok && !plural(w) && l != w {
		return false // "took", "gave"
	}
	return !(len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")))
}

// giveTopic returns the topic of the list that the verb of giving at
// token k takes: "gift" for "presented".
func (d *docState) giveTopic(k int) string {
	name := d.x.lex.words[d.lower(k)].name
	if cls, ok := d.x.lex.forms[name]; ok {
		return d.class(cls)
	}
	return name
}

// listClaim records the claim of list l in the sentence [a, b).
func (d *docState) listClaim(l *listing, a, b int) {
	v := Value{Kind: Set, Bound: l.bound, Items: make([]string, l.n), Keys: make([]string, l.n)}
	for i, it := range l.items[:l.n] {
		v.Items[i] = string(d.src[d.toks[it.s].start:d.toks[it.e-1].end])
		v.Keys[i] = d.itemKey(it.s, it.e)
	}
	switch {
	case l.only:
		v.Num, v.Bound = float64(l.n), Exact
	case l.count > 0 && l.bound == Exact:
		v.Num = float64(l.count)
	}
	topic := l.topic
	if topic == "" {
		topic = listTopic
	}
	start, end := int(d.toks[l.start].start), int(d.toks[l.end-1].end)
	era := d.listEra(l, a, b)
	c := d.textClaim(topic, "items", v, start, end, a, b)
	c.Era = era
}

// listEra returns the year of an earlier event that the clause of list l
// tells of ("the phone Xi gave him last year", "gifts exchanged in
// 2019"), or 0.
func (d *docState) listEra(l *listing, a, b int) int {
	year, from, to := d.era(a, b)
	if year != 0 && l.start >= from && l.start < to {
		return year
	}
	from, to = l.start, l.end
	for from > a && !d.clauseBreak(from-1) {
		from--
	}
	for to < b && !d.clauseBreak(to) {
		to++
	}
	ref := d.refYear()
	for k := from; k < to; k++ {
		if k >= l.start && k < l.end || d.toks[k].roles&(rRelative|rMonth|rCard) == 0 && d.toks[k].kind != tNum {
			continue
		}
		p, ok := d.value(k, from, to)
		if !ok || p.Kind != Date {
			continue
		}
		switch {
		case p.Date.Year != 0 && p.Date.Year < ref:
			return p.Date.Year
		case p.Date.Relative == "last year" && ref > 0:
			return ref - 1
		}
	}
	return 0
}

// addListWord files a word or phrase of lists (role listand or listcue)
// as a cue phrase (see [Lexicon.addCuePhrase]).
func (l *Lexicon) addListWord(w string, ro role) error {
	l.addCuePhrase(phrase{words: strings.Split(w, "_"), class: -1, role: ro})
	return nil
}
