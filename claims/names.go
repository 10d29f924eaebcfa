package claims

import (
	"unicode"
	"unicode/utf8"
)

// This file reads capitalised names: "Northern Grid Authority", "Bank of
// England", "Asia-Pacific Economic Cooperation", "US". A name of two or
// more capitalised words brings its initials to the context of its
// sentence ("nga") and a word in capitals itself in lower case ("NGA" →
// "nga"), so that a long form and its acronym meet across documents
// without a list of entities.

// nameLinks are the lower-case words that may stand inside a name:
// "Bank of England", "Transport for London", "Procter and Gamble", "Bank
// of the West".
var nameLinks = []string{"of", "and", "for", "the", "&"}

// nameStart reports whether a name may start at token i: a capitalised
// word other than a capitalised function word ("The", "In"), a month or a
// weekday. A word in capitals may ("US").
func (d *docState) nameStart(i int) bool {
	t := d.toks[i]
	if t.kind != tWord || !t.cap || t.roles&(rMonth|rWeekday) != 0 {
		return false
	}
	return t.roles&rStop == 0 || d.allCaps(i)
}

// nameEnd returns the end of the name that starts at token i, before b:
// capitalised words, with "of", "and", "for", "the" and "&" between them
// and hyphen-joined parts ("Co-operation", "Asia-Pacific"). A possessive
// ends it ("Britain's National Grid" is two names).
func (d *docState) nameEnd(i, b int) int {
	j := i
	for j < b {
		t := d.toks[j]
		switch {
		case t.kind == tWord && t.cap && t.roles&(rMonth|rWeekday) == 0:
			j++
			if d.text[t.end-1]|0x20 == 's' && d.possessive(j-1) {
				return j
			}
		case t.kind == tPunct && !t.space && j > i && d.joined(j-1) && j+1 < b && d.toks[j+1].kind == tWord:
			j += 2 // "Co-operation": the hyphen and the part after it
		case !t.cap && t.end-t.start <= 3 && j > i && d.is(j, nameLinks...):
			k := j + 1
			if k < b && d.isWord(k, "the") && !d.is(j, "of") {
				return j // "the US and the United States": two names
			}
			for k < b && k < j+3 && d.is(k, nameLinks...) && !d.toks[k].cap {
				k++
			}
			if k >= b || !d.nameStart(k) {
				return j
			}
			j = k
		default:
			return j
		}
	}
	return j
}

// joined reports whether token k is a word followed by a hyphen with no
// space on either side.
func (d *docState) joined(k int) bool {
	return k >= 0 && k+1 < len(d.toks) && d.toks[k].kind == tWord && d.is(k+1, "-") && !d.toks[k+1].space &&
		k+2 < len(d.toks) && !d.toks[k+2].space
}

// capitals counts the capitalised words of tokens [s, e) that give an
// initial: not the capitalised function words ("Mr", "The").
func (d *docState) capitals(s, e int) int {
	n := 0
	for k := s; k < e; k++ {
		if d.toks[k].kind == tWord && d.toks[k].cap && (d.toks[k].roles&rStop == 0 || d.allCaps(k)) {
			n++
		}
	}
	return n
}

// initials returns the lower-case initials of the capitalised words of
// tokens [s, e) when there are two or more and they are no abbreviation
// the lexicon knows ("Mr", "St").
func (d *docState) initials(s, e int) (string, bool) {
	var buf [24]byte
	n := 0
	for k := s; k < e; k++ {
		t := d.toks[k]
		if t.kind != tWord || !t.cap || t.roles&rStop != 0 && !d.allCaps(k) {
			continue
		}
		switch c := d.text[t.start]; {
		case n == len(buf):
			return "", false
		case c < utf8.RuneSelf:
			buf[n] = c | 0x20 // a capital letter
			n++
		default:
			r, _ := utf8.DecodeRune(d.text[t.start:t.end])
			if n+utf8.RuneLen(r) > len(buf) {
				return "", false
			}
			n += utf8.EncodeRune(buf[n:], unicode.ToLower(r))
		}
	}
	if n < 2 || utf8.RuneCount(buf[:n]) < 2 {
		return "", false
	}
	h := fnv1a(buf[:n])
	if d.x.lex.roles.lookup(buf[:n], h)&rAbbrev != 0 {
		return "", false
	}
	return d.x.intern(buf[:n], h), true
}

// intern returns b, whose hash is h, as a string, reusing the string made
// last for bytes of the same hash when they are equal: the same initials
// recur from sentence to sentence.
func (x *Extractor) intern(b []byte, h uint32) string {
	slot := &x.interned[h%uint32(len(x.interned))]
	if *slot != string(b) {
		*slot = string(b)
	}
	return *slot
}

// allCaps reports whether token i is a word in capitals of two or more
// letters, dots and a possessive aside: "US", "U.S.", "NGA's".
func (d *docState) allCaps(i int) bool {
	w := d.bytes(i)
	if len(w) < 2 || isLower(w[1]) {
		return false // most capitalised words: "Grid"
	}
	letters := 0
	for _, c := range trimPossessive(w) {
		switch {
		case 'A' <= c && c <= 'Z':
			letters++
		case c != '.':
			return false
		}
	}
	return letters >= 2
}

// isLower reports whether c is an ASCII lower-case letter.
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }

// plainWord reports whether token i is a lower-case content word, as in a
// description ("the country's biggest operator").
func (d *docState) plainWord(i int) bool {
	t := d.toks[i]
	return t.kind == tWord && !t.cap && t.roles&rStop == 0
}

// isWord reports whether token i is the word w, exactly.
func (d *docState) isWord(i int, w string) bool {
	return i >= 0 && i < len(d.toks) && string(d.bytes(i)) == w
}
