package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims"
)

// This file tells whether two names are one, and how their spellings
// differ.

// sameName reports whether two folded names ([claims.FoldName]) name one
// entity: equal once their words are run together ("yoon suk yeol",
// "yoon sukyeol"), or of the same words but for one letter ("Renick",
// "Rennick"; "Caitlyn", "Caitlin") or, in a name of three or more words,
// one middle word ("Tom J. Reddick", "Tom Reddick"). The letter must not
// change a short word of under four letters, the first letter of a word,
// or the final vowel of a first name ("Maria", "Mario"): those make
// another name.
func sameName(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if strings.Join(a, "") == strings.Join(b, "") {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	switch {
	case len(a) == len(b):
		return wordsAlike(a, b)
	case len(b) == len(a)+1 && len(a) >= 2:
		// One middle word more: the others must be alike.
		for skip := 1; skip < len(b)-1; skip++ {
			long := append(append([]string{}, b[:skip]...), b[skip+1:]...)
			if wordsAlike(a, long) {
				return true
			}
		}
	}
	return false
}

// wordsAlike reports whether two lists of words of one length differ by
// at most one letter in all (see [sameName]).
func wordsAlike(a, b []string) bool {
	edits := 0
	for i := range a {
		if a[i] == b[i] {
			continue
		}
		if !nearWord(a[i], b[i], i == 0 && len(a) > 1) {
			return false
		}
		edits++
	}
	return edits <= 1
}

// nearWord reports whether two different words are one letter apart
// (inserted, dropped, changed or two swapped), at least four letters long,
// with the same first letter; in a first name, not by the final vowel.
func nearWord(x, y string, firstName bool) bool {
	rx, ry := []rune(x), []rune(y)
	if min(len(rx), len(ry)) < 4 || rx[0] != ry[0] || editDistance(rx, ry) != 1 {
		return false
	}
	if firstName && len(rx) == len(ry) {
		last := len(rx) - 1
		if rx[last] != ry[last] && isVowel(rx[last]) && isVowel(ry[last]) {
			return false
		}
	}
	return true
}

// isVowel reports whether r is a plain vowel letter.
func isVowel(r rune) bool { return strings.ContainsRune("aeiouy", r) }

// editDistance returns the optimal string alignment distance of a and b:
// the fewest letters inserted, deleted, changed, or adjacent letters
// swapped, that make one the other. It stops counting at 2.
func editDistance(a, b []rune) int {
	if d := len(a) - len(b); d > 1 || d < -1 {
		return 2
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], 2)
}

// The ways two spellings of a name differ, in the order notes give them.
const (
	diffSpelling     = "spelling"
	diffDiacritics   = "diacritics"
	diffRomanisation = "romanisation"
	diffCase         = "capitalisation"
	diffSpacing      = "hyphenation or spacing"
)

// differenceRank orders the ways spellings differ.
func differenceRank(d string) int {
	for i, w := range []string{diffSpelling, diffDiacritics, diffRomanisation, diffCase, diffSpacing} {
		if w == d {
			return i
		}
	}
	return 5
}

// nameDifferences says how two spellings of one name differ: in
// hyphenation or spacing ("Yoon Suk Yeol", "Yoon Suk-yeol"),
// capitalisation ("al-Masri", "Al-Masri"), diacritics ("Veselá",
// "Vesela"), romanisation ("Juergen", "Jurgen") or otherwise in spelling
// ("Renick", "Rennick").
func nameDifferences(a, b string) []string {
	if a == b {
		return nil
	}
	var how []string
	ja, jb := joinedLetters(a), joinedLetters(b)
	if ja != jb && strings.EqualFold(ja, jb) {
		how = append(how, diffCase)
	}
	if !strings.EqualFold(a, b) && separators(a) != separators(b) {
		how = append(how, diffSpacing)
	}
	if strings.EqualFold(ja, jb) {
		return how
	}
	fa, fb := strings.Join(claims.FoldName(a), ""), strings.Join(claims.FoldName(b), "")
	switch {
	case fa != fb:
		how = append(how, diffSpelling)
	case !isASCII(ja) || !isASCII(jb):
		how = append(how, diffDiacritics)
	default:
		how = append(how, diffRomanisation)
	}
	return how
}

// joinedLetters returns the letters and digits of s, without spaces,
// hyphens, apostrophes or dots.
func joinedLetters(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			return r
		}
		return -1
	}, s)
}

// separators returns where s breaks between letters, and with what: the
// letters and marks of s replaced by "x" and runs of them made one, so
// that "Al Masri" gives "x x" and "al-Masri" "x-x".
func separators(s string) string {
	var b strings.Builder
	inWord := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '\'' || r == '’' {
			if !inWord {
				b.WriteByte('x')
			}
			inWord = true
			continue
		}
		inWord = false
		b.WriteRune(r)
	}
	return b.String()
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
