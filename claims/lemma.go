package claims

import "strings"

// lemmaSet holds the lemmas an inflected word may have, in the order to
// try them. It is a value, so that computing one allocates little.
type lemmaSet struct {
	n uint8
	c [6]string
}

func (l *lemmaSet) add(s string) {
	if len(s) >= 2 && int(l.n) < len(l.c) {
		l.c[l.n] = s
		l.n++
	}
}

// lemmaCandidates lists the lemmas a lower-case inflected word may have:
// the word, its irregular lemma, then the forms obtained by undoing the
// regular suffixes -'s, -s, -es, -ies, -ed, -ied and -ing (with a final e
// restored or a doubled consonant undone).
func lemmaCandidates(s string, irr map[string]string) lemmaSet {
	var out lemmaSet
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	out.add(s)
	if l, ok := irr[s]; ok {
		out.add(l)
	}
	n := len(s)
	switch {
	case strings.HasSuffix(s, "ies") && n > 4:
		out.add(s[:n-3] + "y")
	case strings.HasSuffix(s, "ied") && n > 4:
		out.add(s[:n-3] + "y")
	case strings.HasSuffix(s, "es") && n > 3:
		out.add(s[:n-2])
		out.add(s[:n-1])
	case strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss") && n > 3:
		out.add(s[:n-1])
	case strings.HasSuffix(s, "ed") && n > 4:
		out.addVerbStem(s[:n-2])
	case strings.HasSuffix(s, "ing") && n > 5:
		out.addVerbStem(s[:n-3])
	}
	return out
}

// addVerbStem adds the lemmas a stem left by -ed or -ing may stand for:
// itself ("kill"), with e restored ("tak" → "take"), undoubled ("stopp").
func (l *lemmaSet) addVerbStem(stem string) {
	l.add(stem)
	l.add(stem + "e")
	if undoubled(stem) {
		l.add(stem[:len(stem)-1])
	}
}

// undoubled reports whether stem ends in a doubled consonant ("stopp").
func undoubled(stem string) bool {
	n := len(stem)
	if n < 3 || stem[n-1] != stem[n-2] {
		return false
	}
	return !strings.ContainsRune("aeiousl", rune(stem[n-1]))
}

// stem reduces a lower-case word to a crude base for comparing contexts:
// possessive and plural endings removed. Both sides of a comparison use it,
// so its errors cancel out.
func stem(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	n := len(s)
	switch {
	case strings.HasSuffix(s, "ies") && n > 4:
		return s[:n-3] + "y"
	case strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss") && !strings.HasSuffix(s, "us") && !strings.HasSuffix(s, "is") && n > 3:
		return s[:n-1] // not "basis", "crisis", "status"
	}
	return s
}
