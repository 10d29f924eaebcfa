package compare

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Op is what an [Edit] does to the words of the first text.
type Op int8

// The operations of a word-level difference.
const (
	Equal  Op = iota // words both texts have
	Delete           // words only the first text has
	Insert           // words only the second text has
)

var opNames = [...]string{Equal: "equal", Delete: "delete", Insert: "insert"}

// String returns the operation's name: "equal", "delete" or "insert".
func (o Op) String() string {
	if o >= 0 && int(o) < len(opNames) {
		return opNames[o]
	}
	return fmt.Sprintf("op(%d)", o)
}

// MarshalText encodes the operation as its name.
func (o Op) MarshalText() ([]byte, error) { return []byte(o.String()), nil }

// Edit is one run of a word-level difference: words kept, removed or
// added, as written (with the spacing of the text they come from).
type Edit struct {
	Op   Op
	Text string
}

// WordDiff returns the word-level difference that turns a into b. Words
// are runs of letters and digits (with inner apostrophes and hyphens);
// every other mark that is not a space is a word of its own. Words that
// differ only in case or in the form of an apostrophe or a quotation mark
// are equal; an equal run is given as b writes it.
func WordDiff(a, b string) []Edit {
	wa, wb := diffWords(a), diffWords(b)
	ids := map[string]rune{}
	ra, rb := encodeWords(wa, ids), encodeWords(wb, ids)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // a deadline would make the result depend on the machine's load
	var out []Edit
	i, j := 0, 0
	for _, d := range dmp.DiffMainRunes(ra, rb, false) {
		n := utf8.RuneCountInString(d.Text)
		var e Edit
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			e = Edit{Op: Equal, Text: joinWords(wb[j : j+n])}
			i, j = i+n, j+n
		case diffmatchpatch.DiffDelete:
			e = Edit{Op: Delete, Text: joinWords(wa[i : i+n])}
			i += n
		case diffmatchpatch.DiffInsert:
			e = Edit{Op: Insert, Text: joinWords(wb[j : j+n])}
			j += n
		}
		if n > 0 {
			out = append(out, e)
		}
	}
	return out
}

// word is one word of a text for diffing: as written, folded for
// comparison, and whether white space comes before it.
type word struct {
	text, fold string
	space      bool
}

// diffWords splits s into words and marks.
func diffWords(s string) []word {
	var out []word
	space := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			space, i = true, i+n
			continue
		}
		j := i + n
		if isWordRune(r) {
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				// An inner apostrophe or hyphen: "didn't", "four-day".
				if joiner(r2) && j+n2 < len(s) {
					if r3, _ := utf8.DecodeRuneInString(s[j+n2:]); isWordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
		}
		out = append(out, word{text: s[i:j], fold: foldWord(s[i:j]), space: space && len(out) > 0})
		space, i = false, j
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func joiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '‐', '‑':
		return true
	}
	return false
}

// foldWord lower-cases a word and writes its apostrophes, hyphens and
// quotation marks one way.
func foldWord(w string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '’', '‘', '`':
			return '\''
		case '“', '”', '„', '«', '»':
			return '"'
		case '‐', '‑', '–', '—':
			return '-'
		}
		return unicode.ToLower(r)
	}, w)
}

// encodeWords gives each distinct folded word a rune of its own, so that
// the character diff of go-diff compares words. The runes are taken from
// the private use areas, which hold no surrogates.
func encodeWords(ws []word, ids map[string]rune) []rune {
	out := make([]rune, len(ws))
	for k, w := range ws {
		id, ok := ids[w.fold]
		if !ok {
			id = privateRune(len(ids))
			ids[w.fold] = id
		}
		out[k] = id
	}
	return out
}

// privateRune returns the n-th code point of the private use areas: the
// 6,400 of the Basic Multilingual Plane, then planes 15 and 16. Past the
// last of them (over 137,000 distinct words) every word gets the last.
func privateRune(n int) rune {
	if n < 0x1900 {
		return rune(0xE000 + n)
	}
	return min(rune(0xF0000+n-0x1900), 0x10FFFD)
}

// joinWords writes words back with the spacing they were written with.
func joinWords(ws []word) string {
	var b strings.Builder
	for k, w := range ws {
		if k > 0 && w.space {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	return b.String()
}
