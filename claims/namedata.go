package claims

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file reads data/names.txt — the roles people and organisations are
// named in, and the words around and inside names — and folds names into
// the form in which they are compared (see [FoldName]).

// roleClass is a role of data/names.txt, such as "mayor".
type roleClass struct {
	name string
	// unique marks a role one holder has at a time for a qualifier: two
	// sources that name different holders conflict.
	unique bool
}

// roleForm is one wording of a role: "chief executive", "operated by".
type roleForm struct {
	words []string
	class int32
	// by marks a verb that names the holder after it ("operated by").
	by bool
}

// nameData is what data/names.txt says of roles and names. It is
// immutable once loaded.
type nameData struct {
	classes []roleClass
	forms   map[string][]roleForm // by last word, longest first
	words   map[string]role       // rTitle, rHonor, rPast, rParticle, rLegal
	letters map[rune]string       // letters compared as a spelling: 'ø' → "o"
	// romanise holds spellings compared as one before a consonant:
	// {"ue", "u"}.
	romanise [][2]string
}

// nameDirectives maps the directives of data/names.txt to the role they
// give their words.
var nameDirectives = map[string]role{
	"@honorific": rHonor, "@past": rPast, "@particle": rParticle, "@legal": rLegal,
}

// loadNames reads data/names.txt into l.names and gives its words their
// roles.
func (l *Lexicon) loadNames(r io.Reader, name string) error {
	n, err := parseNames(r, name)
	if err != nil {
		return err
	}
	l.names = n
	for w, ro := range n.words {
		info := l.words[w]
		info.roles |= ro
		l.words[w] = info
		l.noteKnown(w)
	}
	return nil
}

// parseNames reads the format of data/names.txt.
func parseNames(r io.Reader, name string) (nameData, error) {
	n := nameData{forms: map[string][]roleForm{}, words: map[string]role{}, letters: map[rune]string{}}
	seen := map[string]string{}
	err := eachLine(r, name, func(line string, ln int) error {
		head, rest, ok := strings.Cut(line, ":")
		head = strings.TrimSpace(head)
		if !ok || head == "" {
			return &DataError{name, ln, "want CLASS: form, form or @DIRECTIVE: word, word"}
		}
		list := splitList(rest)
		if !strings.HasPrefix(head, "@") {
			return n.addClass(head, list, seen)
		}
		if err := n.addDirective(head, list); err != nil {
			return &DataError{name, ln, err.Error()}
		}
		return nil
	})
	if err != nil {
		return nameData{}, err
	}
	return n, nil
}

// splitList returns the lower-case, trimmed, non-empty items of a comma
// separated list.
func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.ToLower(strings.TrimSpace(f)); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// addClass adds a role class and its forms; seen maps every form read so
// far to its class, to refuse a form given twice.
func (n *nameData) addClass(head string, forms []string, seen map[string]string) error {
	cls := roleClass{name: strings.TrimSuffix(head, "!"), unique: strings.HasSuffix(head, "!")}
	id := int32(len(n.classes))
	n.classes = append(n.classes, cls)
	for _, f := range append([]string{cls.name}, forms...) {
		words := strings.FieldsFunc(f, func(r rune) bool { return r == ' ' || r == '-' })
		key := strings.Join(words, " ")
		if old, dup := seen[key]; dup {
			if old == cls.name {
				continue
			}
			return fmt.Errorf("role form %q is already in class %q", key, old)
		}
		seen[key] = cls.name
		last := words[len(words)-1]
		form := roleForm{words: words, class: id, by: last == "by" && len(words) > 1}
		list := append(n.forms[last], form)
		for i := len(list) - 1; i > 0 && len(list[i].words) > len(list[i-1].words); i-- {
			list[i], list[i-1] = list[i-1], list[i]
		}
		n.forms[last] = list
		n.words[last] |= rTitle
	}
	return nil
}

// addDirective reads an @ line.
func (n *nameData) addDirective(head string, list []string) error {
	switch head {
	case "@letter", "@romanise":
		for _, item := range list {
			f := strings.Fields(item)
			if len(f) != 2 {
				return fmt.Errorf("%s: want SPELLING SPELLING, got %q", head, item)
			}
			if head == "@romanise" {
				n.romanise = append(n.romanise, [2]string{f[0], f[1]})
				continue
			}
			r, size := utf8.DecodeRuneInString(f[0])
			if size != len(f[0]) {
				return fmt.Errorf("@letter: want one letter, got %q", f[0])
			}
			n.letters[r] = f[1]
		}
		return nil
	}
	ro, ok := nameDirectives[head]
	if !ok {
		return fmt.Errorf("unknown directive %q", head)
	}
	for _, w := range list {
		n.words[w] |= ro
	}
	return nil
}

// defaultNames is the name data embedded in the package, read once.
var defaultNames = sync.OnceValue(func() *nameData {
	b, err := dataFS.ReadFile("data/names.txt")
	if err != nil {
		return &nameData{}
	}
	n, err := parseNames(bytes.NewReader(b), "data/names.txt")
	if err != nil {
		return &nameData{} // ruled out by the package's tests
	}
	return &n
})

// FoldName returns the words of a person's or an organisation's name in
// the form in which names are compared: in lower case; with letters
// written without their marks ("Veselá" as "vesela", "Nguyễn" as
// "nguyen") or, for letters that have none, as data/names.txt spells them
// ("ø" as "o"); with one spelling for sounds romanised two ways ("Jürgen"
// and "Juergen" both as "jurgen"); without apostrophes and dots; split at
// spaces and hyphens; with a particle joined to the word after it ("Karim
// al-Masri", "Karim Al Masri" and "Karim Al-Masri" as "karim almasri",
// "Le Masson" as "lemasson"), and without a leading courtesy title ("Dr")
// or a closing legal form ("Inc").
func FoldName(name string) []string { return defaultNames().fold(name) }

// fold implements [FoldName].
func (n *nameData) fold(name string) []string {
	var words []string
	for _, w := range strings.FieldsFunc(name, isNameBreak) {
		if f := n.foldWord(w); f != "" {
			words = append(words, f)
		}
	}
	// Each round that changes the words shortens them: it ends.
	for {
		next := n.reduce(slices.Clone(words))
		if slices.Equal(next, words) {
			return words
		}
		words = next
	}
}

// reduce writes folded words in one spelling of their sounds, drops a
// leading courtesy title and a closing legal form, and joins a particle
// to the word after it, unless that makes a particle.
func (n *nameData) reduce(words []string) []string {
	for i, w := range words {
		words[i] = n.romanised(w)
	}
	for len(words) > 1 && n.words[words[0]]&rHonor != 0 {
		words = words[1:]
	}
	for k := len(words); k > 1 && n.words[words[k-1]]&rLegal != 0; k-- {
		words = words[:k-1]
	}
	out := words[:0]
	for i := 0; i < len(words); i++ {
		if i+1 < len(words) && n.words[words[i]]&rParticle != 0 && n.words[words[i]+words[i+1]]&rParticle == 0 {
			words[i+1] = words[i] + words[i+1]
			continue
		}
		out = append(out, words[i])
	}
	return out
}

// isNameBreak reports whether r separates the words of a name: a space or
// a hyphen or dash.
func isNameBreak(r rune) bool {
	return unicode.IsSpace(r) || r == '-' || unicode.Is(unicode.Pd, r) || r == ','
}

// foldWord folds one word of a name: lower case, letters without marks
// (the letters of their canonical decomposition), apostrophes and dots
// dropped.
func (n *nameData) foldWord(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch {
		case r < utf8.RuneSelf:
			if c := byte(r); isLetter(c) || isDigit(c) {
				b.WriteByte(c | byte(boolInt('A' <= c && c <= 'Z'))<<5)
			}
		default:
			var buf [utf8.UTFMax]byte
			dec := norm.NFD.Properties(buf[:utf8.EncodeRune(buf[:], r)]).Decomposition()
			if dec == nil {
				n.writeLetter(&b, r)
				continue
			}
			for _, d := range string(dec) {
				n.writeLetter(&b, d)
			}
		}
	}
	return b.String()
}

// writeLetter writes a letter or digit of no decomposition in lower case,
// as data/names.txt spells it if it does ("ø" as "o"); marks and other
// characters (apostrophes) are left out.
func (n *nameData) writeLetter(b *strings.Builder, r rune) {
	r = unicode.ToLower(r)
	switch {
	case n.letters[r] != "":
		b.WriteString(n.letters[r])
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		b.WriteRune(r)
	}
}

// romanised writes the spellings of data/names.txt's @romanise in one
// spelling where a consonant follows them: "juergen" as "jurgen".
func (n *nameData) romanised(w string) string {
	for _, p := range n.romanise {
		for i := 0; i+len(p[0]) < len(w); {
			j := strings.Index(w[i:len(w)-1], p[0])
			if j < 0 {
				break
			}
			j += i
			if k := j + len(p[0]); k < len(w) && isConsonant(w[k]) {
				w = w[:j] + p[1] + w[k:]
				i = j + len(p[1])
				continue
			}
			i = j + 1
		}
	}
	return w
}

// isConsonant reports whether c is an ASCII consonant letter.
func isConsonant(c byte) bool {
	return isLower(c) && !strings.ContainsRune("aeiouy", rune(c))
}
