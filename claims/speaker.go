package claims

import (
	"slices"
	"strings"
)

// This file finds who says a quote: the subject of a speech verb after the
// quote (`…," Mr Lee said`, `…," said Kang Yu-jung`) or before it in its
// sentence (`Xi urged Lee to make “…”`, `Lee met Xi, calling for a “…”`),
// and resolves it to the fullest name the article uses.

// maxAttribution is how many tokens after a quote its speech verb may be:
// `…," Wi Sung-lac, Lee's security adviser, told a news briefing`.
const maxAttribution = 12

// speakerAfter returns the speaker that an attribution after q names, or
// reports that it is a pronoun. A quote that ends its sentence with a full
// stop has no attribution after it.
func (d *docState) speakerAfter(q *quote) (string, bool) {
	if !q.closed || q.end >= len(d.toks) || d.is(q.to-1, ".") || d.toks[q.end].nl > 0 {
		return "", false
	}
	k := q.end
	if d.is(k, ",", "—", "–") {
		k++
	}
	for v := k; v < len(d.toks) && v-k < maxAttribution; v++ {
		t := d.toks[v]
		if v > k && t.nl > 0 || d.openMark(v) != noMark || d.is(v, ".", ";", ":", "?", "!") {
			break
		}
		if t.kind != tWord {
			continue
		}
		if d.isWord(v, "according") && d.is(v+1, "to") {
			return d.phraseAfter(v + 2)
		}
		if t.roles&rSpeech == 0 || t.cap && v > k {
			continue
		}
		if v == k {
			return d.phraseAfter(v + 1) // `…," said the minister`
		}
		return d.phraseBefore(k, d.skipAdverbsBack(v-1, k)+1)
	}
	return "", false
}

// speakerBefore returns the speaker of q named before it in its sentence,
// which starts at token a: the subject of the nearest speech verb, or of
// the sentence for a participle ("…, calling for a “new phase”").
func (d *docState) speakerBefore(q *quote, a int) (string, bool) {
	for v := q.open - 1; v >= a; v-- {
		t := d.toks[v]
		if t.kind != tWord || t.roles&rSpeech == 0 || t.cap {
			continue
		}
		if w := d.bytes(v); len(w) > 4 && string(w[len(w)-3:]) == "ing" {
			return d.subjectOf(a, v)
		}
		s := d.skipAdverbsBack(v-1, a)
		return d.phraseBefore(d.phraseStart(s, a), s+1)
	}
	return "", false
}

// subjectOf returns the first name or pronoun of tokens [a, v): the
// subject of a sentence whose participle is at v.
func (d *docState) subjectOf(a, v int) (string, bool) {
	for i := a; i < v; i++ {
		if d.pronoun(i) {
			return "", true
		}
		if d.personStart(i) {
			return d.personName(i, d.personEnd(i, v)), false
		}
	}
	return "", false
}

// skipAdverbsBack returns the last token at or before i, not before a,
// that is no auxiliary and no adverb in -ly: "Xi jokingly suggested", "he
// has also said".
func (d *docState) skipAdverbsBack(i, a int) int {
	for i > a {
		t := d.toks[i]
		w := d.bytes(i)
		if t.kind != tWord || t.cap || t.roles&rAux == 0 && !(len(w) > 4 && string(w[len(w)-2:]) == "ly") {
			return i
		}
		i--
	}
	return i
}

// phraseStart returns where the subject phrase that ends at token e
// begins, not before a: back over the capitalised words of a name and
// its titles, or over a description to its determiner ("the Chinese
// president"), at most six words, stopping at punctuation.
func (d *docState) phraseStart(e, a int) int {
	s := e
	for s > a && e-s < 6 {
		p := d.toks[s-1]
		if p.kind != tWord && !(d.is(s-1, "-") && !p.space) {
			break
		}
		if p.kind == tWord && !p.cap && p.roles&rStop != 0 && !d.determiner(s-1) {
			break // "… that the minister": the clause starts after "that"
		}
		s--
		if d.determiner(s) {
			break
		}
	}
	return s
}

// phraseBefore reads the speaker phrase of tokens [s, e): a pronoun, a
// person's name or a description in lower case. Before a comma the
// phrase's last name is its head ("Civic Compass leader Petar Valchev",
// "Wi Sung-lac, Lee's security adviser").
func (d *docState) phraseBefore(s, e int) (string, bool) {
	if s >= e {
		return "", false
	}
	for i := s; i < e; i++ {
		if d.is(i, ",") {
			e = i
			break
		}
	}
	name, end := "", 0
	for i := s; i < e; i++ {
		if d.pronoun(i) {
			return "", true
		}
		if !d.personStart(i) {
			continue
		}
		end = d.personEnd(i, e)
		name = d.personName(i, end)
		i = end - 1
	}
	// "the Chinese president": a capitalised adjective of a description,
	// unless the name ends the phrase ("the late John Smith").
	if name != "" && (!d.determiner(s) || end == e) {
		return name, false
	}
	return d.description(s, e), false
}

// phraseAfter reads the speaker phrase that starts at token s: a name, or
// a description up to the next punctuation, at most six words.
func (d *docState) phraseAfter(s int) (string, bool) {
	if s >= len(d.toks) {
		return "", false
	}
	if d.pronoun(s) {
		return "", true
	}
	e := s
	for e < len(d.toks) && e-s < 6 && (d.toks[e].kind == tWord || d.is(e, "-") && !d.toks[e].space) && (e == s || d.toks[e].nl == 0) {
		e++
	}
	return d.phraseBefore(s, e)
}

// description returns the words of a speaker described rather than named,
// in lower case without a leading determiner: "chinese president".
func (d *docState) description(s, e int) string {
	for s < e && d.determiner(s) {
		s++
	}
	var words []string
	for i := s; i < e; i++ {
		if d.toks[i].kind == tWord {
			words = append(words, d.lower(i))
		}
	}
	return strings.Join(words, " ")
}

// pronoun reports whether token i is a personal pronoun that may stand for
// a speaker.
func (d *docState) pronoun(i int) bool { return d.is(i, "he", "she", "they") }

// personStart reports whether a person's or an organisation's name may
// start at token i: a capitalised word that is no function word, month or
// weekday.
func (d *docState) personStart(i int) bool {
	t := d.toks[i]
	return t.kind == tWord && t.cap && t.roles&(rStop|rMonth|rWeekday) == 0 || t.kind == tWord && t.cap && t.roles&(rTitle|rHonor) != 0
}

// personEnd returns the end of the name that starts at token i, before e:
// capitalised words (titles too: the speaker's name proper is found by
// [docState.nameCore]), hyphen-joined parts ("Sung-lac") and the particles
// of data/names.txt before a name word ("Karim al-Masri", "Ludwig van
// Beethoven"). A possessive ends it.
func (d *docState) personEnd(i, e int) int {
	j := i
	for j < e {
		t := d.toks[j]
		switch {
		case t.kind == tWord && (t.cap || j > i && d.particleAt(j, e)):
			j++
			if d.text[t.end-1]|0x20 == 's' && d.possessive(j-1) {
				return j
			}
		case j > i && d.is(j, "-") && !t.space && j+1 < e && d.toks[j+1].kind == tWord && !d.toks[j+1].space:
			j += 2
		default:
			return j
		}
	}
	return j
}

// personName returns the name of tokens [s, e) without its titles ("Health
// Minister Armindo Tembe" → "Armindo Tembe") or possessive, as written
// with white space made one space.
func (d *docState) personName(s, e int) string {
	core := d.nameCore(s, e)
	w := d.text[d.toks[core].start:d.toks[e-1].end]
	return strings.TrimSuffix(strings.TrimSuffix(spaceRuns(w), "'s"), "’s")
}

// speakerName is a name the article gives: tokens [s, e), of which the name
// proper starts at core, after its titles. Its name and the words of its
// titles ("chinese president" for "Chinese President Xi Jinping") are
// read when first needed.
type speakerName struct {
	s, core, e  int
	read        bool
	name, title string
	// words and titleWords are name and title in lower case, split.
	words, titleWords []string
}

// people are the names an article gives outside its quotes, to resolve
// short names, descriptions and pronouns.
type people struct {
	d *docState
	// names holds the mentions of names of two or more words; persons
	// the mentions that look like a person's: after a title ("Mr Lee"),
	// or a name of two or more words before a comma or a speech verb
	// ("Siobhán McAleese, the agency's area manager, said").
	names, persons []speakerName
	quotes         []quote
}

// people gathers the names outside the quotes qs.
func (d *docState) people(qs []quote) *people {
	// The lists reuse the extractor's buffers of the document before.
	p := &people{d: d, quotes: qs, names: d.x.speakers[:0], persons: d.x.persons[:0]}
	defer func() { d.x.speakers, d.x.persons = p.names, p.persons }()
	k := 0 // the next quote
	for i := 0; i < len(d.toks); i++ {
		for k < len(qs) && qs[k].end <= i {
			k++
		}
		if k < len(qs) && qs[k].open <= i {
			i = qs[k].end - 1
			continue
		}
		if !d.personStart(i) {
			continue
		}
		e := d.personEnd(i, len(d.toks))
		m := speakerName{s: i, core: d.nameCore(i, e), e: e}
		long := e-m.core >= 2
		if long {
			p.names = append(p.names, m)
		}
		if m.core > i || long && e < len(d.toks) && (d.is(e, ",") || d.toks[e].roles&rSpeech != 0) {
			p.persons = append(p.persons, m)
		}
		i = e - 1
	}
	return p
}

// nameCore returns where the name of tokens [s, e) starts after its
// titles.
func (d *docState) nameCore(s, e int) int {
	core := s
	for k := s; k < e-1; k++ {
		if d.toks[k].roles&(rTitle|rHonor) != 0 {
			core = k + 1
		}
	}
	return core
}

// read fills in m's name and title words.
func (p *people) read(m *speakerName) {
	if !m.read {
		m.name, m.title, m.read = p.d.personName(m.s, m.e), p.d.titleWords(m.s, m.core), true
		m.words, m.titleWords = strings.Fields(strings.ToLower(m.name)), strings.Fields(m.title)
	}
}

// titleWords returns, in lower case, the words before the core of a name
// that starts at token s: its titles, and a lower-case description just
// before it ("presidential spokesperson Kang Yu-jung").
func (d *docState) titleWords(s, core int) string {
	from := core
	for from > 0 && core-from < 4 && d.toks[from-1].kind == tWord && (from > s || !d.toks[from-1].cap && d.toks[from-1].roles&rStop == 0) {
		from--
	}
	if from == core {
		return ""
	}
	return strings.ToLower(spaceRuns(d.text[d.toks[from].start:d.toks[core-1].end]))
}

// resolve returns the fullest name the article gives for who: a name of
// which who's words are part ("Lee" → "Lee Jae Myung"), or the name whose
// titles hold the words of a description ("chinese president" → "Xi
// Jinping"); who itself when none fits.
func (p *people) resolve(who string) string {
	words := strings.Fields(strings.ToLower(who))
	if len(words) == 0 {
		return who
	}
	described := who == strings.ToLower(who)
	last := words[len(words)-1]
	if i := strings.LastIndexByte(last, '-'); i >= 0 {
		last = last[i+1:] // "Yu-jung": the tokens are "Yu", "-", "jung"
	}
	fit := ""
	for k := range p.names {
		m := &p.names[k]
		if !p.mentions(m, last, described) {
			continue // most names: no word of who in them
		}
		p.read(m)
		switch {
		case m.name == who:
			return who
		case fit != "":
		case described && containsAll(m.titleWords, words),
			!described && len(m.words) > len(words) && containsAll(m.words, words):
			fit = m.name
		}
	}
	if fit != "" {
		return fit
	}
	return who
}

// mentions reports whether the name of m (or, for a description, its
// titles) holds the lower-case word w: a test on the tokens that spares
// reading most names.
func (p *people) mentions(m *speakerName, w string, described bool) bool {
	d := p.d
	from, to := m.core, m.e
	if described {
		from, to = max(m.s-4, 0), m.core
	}
	for k := from; k < to; k++ {
		if d.toks[k].kind == tWord && strings.EqualFold(string(trimPossessive(d.bytes(k))), w) {
			return true
		}
	}
	return false
}

// before returns the person a pronoun at token i stands for: the speaker
// of the last quote before it, or a person named after it, or prev.
func (p *people) before(i int, prev string) string {
	best, at := prev, -1
	for _, q := range p.quotes {
		if q.open < i && named(q.speaker) && q.open > at {
			best, at = q.speaker, q.open
		}
	}
	// A person named between that quote and the pronoun is nearer: "Mr
	// Lee shared an image … “…,” he wrote".
	for k := range p.persons {
		m := &p.persons[k]
		if m.s > at && m.s < i {
			p.read(m)
			best, at = p.resolve(m.name), m.s
		}
	}
	return best
}

// named reports whether a speaker is a name rather than a description.
func named(s string) bool { return s != "" && s != strings.ToLower(s) }

// containsAll reports whether every word of want is in have.
func containsAll(have, want []string) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return len(want) > 0
}
