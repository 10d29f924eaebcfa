package claims

import "strings"

// phraseInfo describes the noun phrase after a value.
type phraseInfo struct {
	start, end int    // tokens
	words      int    // number of words
	class      int32  // lexicon class of its head, or -1
	head, stem string // last word as written (lower case) and its stem
	generic    bool   // the head is a vague noun such as "people"
}

// nounPhrase reads the noun phrase starting at j: up to four words, up to a
// function word, punctuation or number. Modifiers such as "more" or "such"
// are skipped at its start. joined says the value is hyphen-joined to it.
func (d *docState) nounPhrase(j, b int, joined bool) phraseInfo {
	np := phraseInfo{start: j, end: j, class: -1}
	if joined && j < b && d.is(j, "-") {
		j++
		np.start = j
	}
	for j < b && d.toks[j].roles&rMod != 0 && d.toks[j].kind == tWord {
		j++
	}
	for k := j; k < b && np.words < 4; k++ {
		t := d.toks[k]
		if t.kind == tPunct && d.is(k, "-") && !t.space && k+1 < b && !d.toks[k+1].space && np.words > 0 {
			np.words-- // "pre-tax", "full-scale" count as one word
			continue
		}
		if t.kind != tWord || t.roles&rStop != 0 && !(t.roles&rGeneric != 0) {
			break
		}
		w := d.lower(k)
		if np.generic && np.words > 0 {
			break
		}
		cls, _, ok := d.classEndingAt(k, np.start, b)
		verbForm := len(w) > 5 && strings.HasSuffix(w, "ing") || len(w) > 4 && strings.HasSuffix(w, "ed") || d.x.lex.irregular[w] != "" && t.roles&rGeneric == 0
		if np.words > 0 && verbForm {
			// "agreements covering...", "visit aimed at", "quake struck":
			// a verb form ends the phrase unless it ends a longer form.
			if _, _, alone := d.classEndingAt(k, k, b); !ok || alone {
				break
			}
		}
		if np.words == 0 && !ok && t.roles&rGeneric == 0 && len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
			break // "the 121 needed to govern": a verb, not a noun
		}
		np.words++
		np.end = k + 1
		np.head, np.stem = w, d.stemAt(k)
		switch {
		case ok:
			np.class, np.generic = cls, false
		case t.roles&rGeneric != 0 && np.class >= 0:
			// "28 crew members": the generic noun heads a known compound
		case t.roles&rGeneric != 0:
			np.class, np.generic = -1, true
		default:
			np.class = -1 // the head decides: "the first striking thing"
		}
		// A plural or a known topic word ends the phrase: "two countries
		// work together", "four-day state visit to China".
		if !np.generic && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			break
		}
	}
	return np
}

// preference says which topic words around a value are preferred.
type preference uint8

const (
	preferAny      preference = iota // the nearest topic word
	preferAbstract                   // not a person, place or thing
	preferEvent                      // an event: by its form, and not a thing
)

// around seeks a topic word near the value [s, e): backwards first, then
// forwards, within the sentence [a, b), not across ";", ":" or brackets.
// A preferred word is taken over a nearer one: for a date, a word that names
// an event by its form — a verb in the past, a noun such as "deployment" —
// over a plain noun ("the deployment of a missile system in 2017").
func (d *docState) around(s, e, a, b int, pref preference) (int32, bool) {
	words := 0
	first := int32(-1)
	for k := s - 1; k >= a && words < window && s-k <= 3*window; k-- {
		t := d.toks[k]
		if t.kind == tPunct {
			if d.is(k, ";", ":", "(", ")", "“", "”", "\"") {
				break
			}
			continue
		}
		if t.cap && k != a {
			continue // names and titles: "Chief of Staff" is not a topic
		}
		if t.roles&rStop == 0 {
			words++ // function words are not counted
		}
		if k+1 < e && d.premodifier(k) {
			continue // "cooperation" in "cooperation agreements"
		}
		if d.reducedRelative(k, a, s) {
			continue // "ended" in "the quarter ended June 30"
		}
		if cls, _, ok := d.classEndingAt(k, a, b); ok {
			if d.preferred(k, cls, pref) {
				if pref == preferEvent {
					if subj, ok := d.eventSubject(k, a, b); ok {
						return subj, true // "the quake struck at 3:47"
					}
				}
				return cls, true
			}
			if first < 0 {
				first = cls
			}
		}
	}
	if first >= 0 {
		return first, true
	}
	words = 0
	for k := e; k < b && words < window/2+2; k++ {
		t := d.toks[k]
		if t.kind == tPunct {
			if d.is(k, ";", ":", "(", ")", "“", "”", "\"") {
				break
			}
			continue
		}
		if t.cap {
			continue
		}
		words++
		if cls, _, ok := d.classEndingAt(k, e, b); ok && d.preferred(k, cls, pref) {
			return cls, true
		}
	}
	return -1, false
}

// classEndingAt returns the topic class of a lexicon form that ends at
// token k and starts no earlier than lo: the longest multi-word form, else
// the single word. It returns the index of the form's last token.
func (d *docState) classEndingAt(k, lo, b int) (int32, int, bool) {
	if k >= b || d.toks[k].kind != tWord {
		return -1, 0, false
	}
	lex, x := d.x.lex, d.x
	d.fresh(k)
	if x.phrase[k] != 1 {
		found := false
		for _, c := range d.lemmas(k) {
			for _, ph := range lex.phrases[c] {
				if ph.class < 0 {
					continue
				}
				found = true
				if k-len(ph.words)+1 >= lo && d.matchBefore(ph.words[:len(ph.words)-1], k-1, lo) {
					return ph.class, k, true
				}
			}
		}
		if !found {
			x.phrase[k] = 1
		}
	}
	if d.toks[k].roles&rStop != 0 {
		return -1, 0, false
	}
	if x.word[k] == 0 {
		x.word[k] = -1
		for _, c := range d.lemmas(k) {
			if cls, ok := lex.forms[c]; ok {
				x.word[k] = cls + 1
				break
			}
		}
	}
	if x.word[k] > 0 {
		return x.word[k] - 1, k, true
	}
	return -1, 0, false
}

// matchBefore reports whether words (lemmas) are the tokens ending at k,
// not before lo. A hyphen joining two words is skipped ("cease-fire").
func (d *docState) matchBefore(words []string, k, lo int) bool {
	for n := len(words) - 1; n >= 0; n-- {
		if k > lo && d.is(k, "-") && !d.toks[k].space && !d.toks[k+1].space {
			k--
		}
		if k < lo || d.toks[k].kind != tWord {
			return false
		}
		found := false
		for _, c := range d.lemmas(k) {
			if c == words[n] {
				found = true
				break
			}
		}
		if !found {
			return false
		}
		k--
	}
	return true
}

// premodifier reports whether word k stands before another noun of a
// compound ("cooperation agreements"), so that it is not the head.
func (d *docState) premodifier(k int) bool {
	n := d.toks[k+1]
	if n.kind != tWord || !n.space || n.cap || n.roles&(rStop|starters|rUnit) != 0 || d.x.lex.irregular[d.lower(k+1)] != "" ||
		strings.HasSuffix(d.lower(k+1), "ed") || strings.HasSuffix(d.lower(k+1), "ing") {
		return false
	}
	_, _, head := d.classEndingAt(k+1, k+1, len(d.toks))
	return head
}

// reducedRelative reports whether word k is a past participle right after
// a noun, modifying it, with the clause's own verb still to come before the
// value at s: "revenue for the quarter ended June 30 rose 18%". It names no
// event of its own. ("The storm killed 40" has no later verb.)
func (d *docState) reducedRelative(k, a, s int) bool {
	w := d.lower(k)
	if k-1 < a || len(w) < 5 || !strings.HasSuffix(w, "ed") {
		return false
	}
	p := d.toks[k-1]
	pw := d.lower(k - 1)
	if p.kind != tWord || p.cap || p.roles&(rStop|rGeneric) != 0 || strings.HasSuffix(pw, "ly") || strings.HasSuffix(pw, "ed") {
		return false
	}
	for j := k + 1; j < s; j++ {
		lw := d.lower(j)
		if d.toks[j].kind == tWord && (len(lw) > 4 && strings.HasSuffix(lw, "ed") || d.x.lex.irregular[lw] != "" || d.toks[j].roles&rChange != 0 && d.toks[j].roles&rStop == 0) {
			return true
		}
	}
	return false
}

// preferred reports whether topic word k of class cls suits pref.
func (d *docState) preferred(k int, cls int32, pref preference) bool {
	switch pref {
	case preferAbstract:
		return !d.x.lex.entity[cls]
	case preferEvent:
		return !d.x.lex.entity[cls] && d.eventive(k)
	}
	return true
}

// eventSuffixes mark nouns and verb forms that name events.
var eventSuffixes = []string{"ed", "ing", "ment", "tion", "sion", "ance", "ence", "ure", "al", "ery"}

// eventive reports whether token k names an event by its form.
func (d *docState) eventive(k int) bool {
	w := d.lower(k)
	if _, ok := d.x.lex.irregular[w]; ok {
		return true
	}
	for _, suf := range eventSuffixes {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// eventSubject returns the class of the noun right before verb k, past
// auxiliaries, when it names an event itself and the verb takes no object:
// in "the quake struck at 3:47" the time is the quake's, whatever verb
// tells of it ("struck", "hit"), so outlets that choose different verbs
// still meet. In "the storm killed 12 people on Monday" the verb's object
// makes the date the killing's, as in "12 were killed by the storm".
func (d *docState) eventSubject(k, a, b int) (int32, bool) {
	if k+1 >= b || d.toks[k+1].kind != tWord || d.toks[k+1].roles&rStop == 0 {
		return -1, false
	}
	j := k - 1
	for j >= a && d.toks[j].roles&rAux != 0 {
		j--
	}
	if j < a || d.toks[j].kind != tWord || d.toks[j].cap && j != a || d.eventive(j) {
		return -1, false
	}
	cls, _, ok := d.classEndingAt(j, a, b)
	if !ok || d.x.lex.entity[cls] {
		return -1, false
	}
	return cls, true
}
