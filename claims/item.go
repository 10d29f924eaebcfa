package claims

import "strings"

// This file reads the items of a list (see list.go): where an item starts
// and ends, whether its words make one, its head, and the words it is
// matched by across sources ([Value.Keys]). Without tagging words by their
// part of speech, verbs and adjectives are told by their endings and by
// the words around them.

// determiner reports whether token k opens a noun phrase as an article, a
// possessive or a demonstrative.
func (d *docState) determiner(k int) bool {
	if k < 0 || k >= len(d.toks) || d.toks[k].kind != tWord || d.toks[k].roles&rStop == 0 {
		return false
	}
	var buf [32]byte
	switch string(d.lowered(k, &buf)) {
	case "a", "an", "the", "his", "her", "its", "their", "our", "this", "these", "those", "some", "several", "both":
		return true
	}
	return false
}

// skipDeterminer returns s, past a determiner that opens [s, e).
func (d *docState) skipDeterminer(s, e int) int {
	if s+1 < e && d.determiner(s) {
		return s + 1
	}
	return s
}

// openingDeterminer returns the token of the determiner right before s,
// or s.
func (d *docState) openingDeterminer(s, a int) int {
	if s-1 >= a && d.determiner(s-1) {
		return s - 1
	}
	return s
}

// itemStart returns the first token of the item that ends before token e,
// reading back no further than a: words, hyphens inside words and "of"
// between words ("a model of the temple"), after a determiner.
func (d *docState) itemStart(e, a int) int {
	s := e
	for k := e - 1; k >= a; k-- {
		t := &d.toks[k]
		switch {
		case t.kind == tWord && t.roles&(rStop|rListCue) == 0 && !d.verbForm(k, a, e) && !d.presentVerb(k, s, e):
			s = k
		case t.kind == tPunct && s == k+1 && d.joined(k-1):
			s = k // "hand-forged"
		case s == k+1 && d.is(k, "of") && k > a && d.toks[k-1].kind == tWord:
			s = k
		case s == k+1 && d.is(k, "the", "a", "an") && d.is(k-1, "of"):
			s = k
		case s < e && (d.determiner(k) || t.kind == tNum || t.roles&rCard != 0):
			return k
		default:
			return d.afterOf(s, e)
		}
	}
	return d.afterOf(s, e)
}

// afterOf returns s, past an "of" and its article that open [s, e): in
// "production of gold, aluminium and iron ore" the item is "gold".
func (d *docState) afterOf(s, e int) int {
	if s < e && d.toks[s].kind == tPunct {
		s++ // "-drawn" when "hand" reads as a verb
	}
	if s < e && d.is(s, "of") {
		return d.skipDeterminerAt(s+1, e)
	}
	return s
}

// itemEnd returns the end of the item that starts at token s, before b:
// an optional determiner, then up to maxItemWords words, hyphens inside
// words and one "of" with its determiner. A verb form ends it.
func (d *docState) itemEnd(s, b int) int {
	k := d.skipDeterminerAt(s, b)
	words, end, of := 0, s, false
	for k < b && words < maxItemWords {
		t := &d.toks[k]
		switch {
		case t.kind == tWord && t.roles&(rStop|rListCue) == 0 && !(words > 0 && (d.verbForm(k, s, b) || d.presentVerb(k, k+1, b))):
			words++
			k++
			end = k
		case t.kind == tPunct && words > 0 && d.joined(k-1):
			k++ // "hand-drawn"
		case !of && words > 0 && d.is(k, "of") && k+1 < b:
			of = true
			k = d.skipDeterminerAt(k+1, b)
		default:
			return end
		}
	}
	return end
}

// skipDeterminerAt returns k, past a determiner.
func (d *docState) skipDeterminerAt(k, b int) int {
	if k < b && d.determiner(k) {
		return k + 1
	}
	return k
}

// verbForm reports whether word k, in an item of tokens that start no
// earlier than a and end before e, reads as a verb rather than a noun or
// its modifier: a report verb, an auxiliary, a verb of change or of
// giving ("said", "were", "rose", "gave"), a form in -ing before a noun ("building trust",
// "closing roads"), or a form in -ed or -ing after a word that is no
// determiner ("officials meeting", "prices rose"). A form in -ed modifies
// the noun after it when it opens the phrase ("dried persimmons", "with
// armoured vehicles"); one in -ing is a noun itself after a determiner, a
// comma or a preposition ("a painting", ", training").
func (d *docState) verbForm(k, a, e int) bool {
	t := d.toks[k]
	if t.roles&(rReport|rAux|rChange|rGive) != 0 {
		return true
	}
	ed := d.endsWith(k, "ed", 4)
	ing := d.endsWith(k, "ing", 5)
	before := k - 1
	modifier := k+1 < e && d.plainWord(k+1)
	if !ed && !ing {
		if !modifier || t.kind != tWord || d.endsWith(k, "s", 0) || d.possessive(k) || d.is(before, "-") {
			return false
		}
		// "sent blankets": an irregular past before its object.
		var buf [32]byte
		_, irr := d.x.lex.irregular[string(d.lowered(k, &buf))]
		return irr
	}
	switch {
	case before >= 0 && d.determiner(before):
		return false
	case ing && modifier:
		return true
	case before < a || d.toks[before].kind != tWord:
		return false
	case ing && d.toks[before].roles&rStop == 0 && !d.pluralAt(before):
		return false // "money laundering"
	}
	return !(d.toks[before].roles&rStop != 0 && (modifier || ing))
}

// presentVerb reports whether word k, followed by word j of the same item
// (j < e), reads as a verb in the present between a subject and its
// object: a word in -s after a noun or a name ("Ostermann brings scale",
// "the company makes pumps"). After a determiner or a comma it is a noun
// modifying the next ("the sales team", ", securities fraud").
func (d *docState) presentVerb(k, j, e int) bool {
	if j >= e || k == 0 || !d.plainWord(j) || d.verbForm(j, j-1, j+1) {
		return false
	}
	if !d.pluralAt(k) {
		return false
	}
	if d.is(k-1, "it", "he", "she", "who", "which", "that") {
		return true // "it covers defence"
	}
	p := d.toks[k-1]
	return p.kind == tWord && p.roles&(rStop|rCard) == 0 && !d.determiner(k-1) && !d.joined(k-1)
}

// endsWith reports whether token k is longer than n bytes and ends with
// the lower-case ASCII suffix suf, in any case.
func (d *docState) endsWith(k int, suf string, n int) bool {
	w := d.bytes(k)
	if len(w) <= n || len(w) < len(suf) {
		return false
	}
	w = w[len(w)-len(suf):]
	for i := range len(suf) {
		if w[i]|0x20 != suf[i] {
			return false
		}
	}
	return true
}

// pluralAt reports whether token k looks plural, as [plural] tells.
func (d *docState) pluralAt(k int) bool {
	return d.endsWith(k, "s", 3) && !d.endsWith(k, "ss", 0) && !d.endsWith(k, "us", 0) && !d.endsWith(k, "is", 0)
}

// validItem reports whether tokens [s, e) make an item: at most
// maxItemWords words, a word in lower case that is no function word, no
// number at its start, and a head that is no verb form or adverb.
func (d *docState) validItem(s, e int) bool {
	if s >= e || d.toks[s].kind == tNum || d.toks[s].roles&(rCard|rVague|rScale) != 0 {
		return false
	}
	words, lower := 0, false
	for k := s; k < e; k++ {
		if d.toks[k].kind != tWord || d.toks[k].roles&rStop != 0 {
			continue
		}
		words++
		lower = lower || !d.toks[k].cap
	}
	if words == 0 || words > maxItemWords || !lower {
		return false
	}
	h := d.itemHead(s, e)
	if d.toks[h].cap {
		return false // a name: "Gazprom chairman Aleksey Miller"
	}
	var buf [32]byte
	w := string(d.lowered(h, &buf))
	if words == 1 && !d.determiner(s-1) && d.adjective(h) {
		return false // "economic, social and structural reasons"
	}
	return !strings.HasSuffix(w, "ly") && !(words == 1 && len(w) > 4 && strings.HasSuffix(w, "ed")) &&
		!(d.toks[s].kind == tWord && d.verbForm(s, s, e))
}

// itemHead returns the token of the head noun of the item [s, e): its last
// word before "of", or its last word.
func (d *docState) itemHead(s, e int) int {
	h := e - 1
	for k := s + 1; k < e; k++ {
		if d.is(k, "of") {
			h = k - 1
			break
		}
	}
	for h > s && d.toks[h].kind != tWord {
		h--
	}
	return h
}

// itemKey returns the words item [s, e) is matched by (see [Value.Keys]).
func (d *docState) itemKey(s, e int) string {
	h := d.itemHead(s, e)
	from, to := s, h
	var b strings.Builder
	if d.toks[h].roles&rPartitive != 0 && h+1 < e {
		// "a sack of Toraja coffee": the coffee, not the sack.
		s = d.skipDeterminerAt(h+2, e)
		h = e - 1
		from, to = s, h
	}
	b.WriteString(d.stemAt(h))
	for k := from; k < e; k++ {
		if k == h || k == to || d.toks[k].kind != tWord || d.toks[k].roles&rStop != 0 || d.adjective(k) {
			continue
		}
		b.WriteByte(' ')
		b.WriteString(d.stemAt(k))
	}
	return b.String()
}

// adjectiveSuffixes end the words that modify a noun as adjectives:
// "ceremonial", "electric", "famous", "dried"; a capitalised word ending
// in "an" is one of nationality ("Korean").
var adjectiveSuffixes = []string{"al", "ic", "ous", "ive", "ful", "less", "able", "ible", "ed", "ese", "ish", "ian", "ary", "ern"}

// adjective reports whether word k, which modifies a noun, reads as an
// adjective: by its ending, or as the first part of a hyphenated word
// ("hand-forged").
func (d *docState) adjective(k int) bool {
	if d.joined(k) || k > 0 && d.is(k-1, "-") && !d.toks[k].space {
		return true
	}
	for _, suf := range adjectiveSuffixes {
		if d.endsWith(k, suf, len(suf)+2) {
			return true
		}
	}
	return d.toks[k].cap && d.endsWith(k, "an", 4)
}

// lowered writes token k into buf with its ASCII letters in lower case
// and without a possessive 's, and returns it: the words of a sentence
// are tested for lists without lower-casing all of it. Of a longer word
// the last len(buf) bytes are kept, enough to test its ending.
func (d *docState) lowered(k int, buf *[32]byte) []byte {
	w := trimPossessive(d.bytes(k))
	if len(w) > len(buf) {
		w = w[len(w)-len(buf):]
	}
	out := buf[:len(w)]
	for i, c := range w {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}
