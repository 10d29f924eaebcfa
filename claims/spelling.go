package claims

import (
	"io"
	"slices"
	"strconv"
	"strings"
)

// spelling maps the British and American spellings of a word onto one form
// (data/spellings.txt): listed word forms first, then ending rules with the
// words each rule must leave alone. It is applied to lower-case words before
// they are reduced to lemmas or stems.
type spelling struct {
	words    map[string]string // word form → canonical form
	families []spellFamily
	// rules are filed by the last three bytes of their variant ending
	// (see tail), longest ending first, so that most words are passed over
	// at once.
	rules [512][]spellRule
	// ruled has bit h set when rules[h] holds a rule: one cache line to
	// test instead of the table.
	ruled [512 / 64]uint64
	// listedBits has the bit of ends(w) set for every listed word w: most
	// words are passed over without a map lookup.
	listedBits [2048 / 64]uint64
}

// ends hashes the length, first and last byte of w, which is not empty.
func ends(w string) int {
	return (len(w)*677 + int(w[0])*26 + int(w[len(w)-1])) & 2047
}

// tail hashes the last three bytes of w, which has at least three.
func tail(w string) int {
	n := len(w)
	return (int(w[n-1])*61 + int(w[n-2])*7 + int(w[n-3])) & 511
}

// spellFamily is a group of ending rules sharing their exceptions:
// "-ise", "-ised", "-isation"... all leave "advise" alone.
type spellFamily struct {
	name string // the ending of its lemmas: "ise"
	min  int    // least letters before a variant ending
	// keep holds the kept lemmas without the family ending ("adv" for
	// "advise"): a word whose base ends in one of them is left alone.
	keep []string
}

// spellRule rewrites the variant ending from as to.
type spellRule struct {
	from, to string
	family   int
}

// canon returns the canonical spelling of the lower-case word w, or w.
// It allocates only when a rule rewrites w.
func (s *spelling) canon(w string) string {
	if c, ok := s.listed(w); ok {
		return c
	}
	n := len(w)
	if n < 4 {
		return w
	}
	h := tail(w)
	if s.ruled[h/64]&(1<<(h%64)) == 0 {
		return w
	}
	for _, r := range s.rules[h] {
		if len(r.from) >= n || w[n-len(r.from):] != r.from {
			continue
		}
		base := w[:n-len(r.from)]
		if f := &s.families[r.family]; len(base) < f.min || f.kept(base) {
			return w
		}
		return base + r.to
	}
	return w
}

// listed returns the canonical form of w when the data lists w itself.
func (s *spelling) listed(w string) (string, bool) {
	if len(w) < 4 {
		return "", false
	}
	if h := ends(w); s.listedBits[h/64]&(1<<(h%64)) == 0 {
		return "", false
	}
	c, ok := s.words[w]
	return c, ok
}

// kept reports whether a word of the family with this base is an exception.
func (f *spellFamily) kept(base string) bool {
	for _, k := range f.keep {
		if strings.HasSuffix(base, k) {
			return true
		}
	}
	return false
}

// loadSpellings reads data in the format of data/spellings.txt.
func (l *Lexicon) loadSpellings(r io.Reader, name string) error {
	s := &l.spell
	if s.words == nil {
		s.words = map[string]string{}
	}
	return eachLine(r, name, func(line string, n int) error {
		bad := func(msg string) error { return &DataError{name, n, msg} }
		head, rest, isList := strings.Cut(line, ":")
		f := strings.Fields(head)
		switch {
		case isList && len(f) == 3 && f[0] == "rule":
			return s.addRules(f[1], f[2], strings.Fields(rest), bad)
		case isList && len(f) == 2 && f[0] == "keep":
			return s.addKept(f[1], strings.Split(rest, ","), bad)
		case !isList && len(f) == 2:
			return s.addWord(f[0], f[1], bad)
		}
		return bad("want WORD CANONICAL, rule FAMILY MIN: FROM>TO..., or keep FAMILY: WORD, WORD")
	})
}

// addWord maps the word form w onto c.
func (s *spelling) addWord(w, c string, bad func(string) error) error {
	if len(w) < 4 || !isLower(w[0]) || !isLower(w[len(w)-1]) {
		return bad("want a lower-case word of four letters or more, not " + strconv.Quote(w))
	}
	if old, dup := s.words[w]; dup && old != c {
		return bad(strconv.Quote(w) + " is already spelled " + strconv.Quote(old))
	}
	s.words[w] = c
	h := ends(w)
	s.listedBits[h/64] |= 1 << (h % 64)
	return nil
}

// addRules adds the family's ending rules "from>to".
func (s *spelling) addRules(family, minText string, rules []string, bad func(string) error) error {
	minBase, err := strconv.Atoi(minText)
	if err != nil || minBase < 1 {
		return bad("bad least length " + strconv.Quote(minText))
	}
	id := s.family(family)
	s.families[id].min = minBase
	for _, rule := range rules {
		from, to, ok := strings.Cut(rule, ">")
		if !ok || len(from) < 3 {
			return bad("want FROM>TO, not " + strconv.Quote(rule))
		}
		h := tail(from)
		list := append(s.rules[h], spellRule{from, to, id})
		slices.SortStableFunc(list, func(a, b spellRule) int { return len(b.from) - len(a.from) })
		s.rules[h] = list
		s.ruled[h/64] |= 1 << (h % 64)
	}
	return nil
}

// addKept adds the lemmas a family's rules leave alone.
func (s *spelling) addKept(family string, words []string, bad func(string) error) error {
	id := s.family(family)
	for _, w := range words {
		w = strings.TrimSpace(w)
		if !strings.HasSuffix(w, family) {
			return bad(strconv.Quote(w) + " does not end in " + strconv.Quote(family))
		}
		s.families[id].keep = append(s.families[id].keep, strings.TrimSuffix(w, family))
	}
	return nil
}

// family returns the index of the named family, adding it if new.
func (s *spelling) family(name string) int {
	for i, f := range s.families {
		if f.name == name {
			return i
		}
	}
	s.families = append(s.families, spellFamily{name: name})
	return len(s.families) - 1
}
