package claims

import (
	"fmt"
	"slices"
	"strings"
)

// This file reads the names that a user lists as those of one entity
// ([Additions].Aliases): "Project Falcon" and "Hawk initiative",
// "Northern Grid Authority" and "the grid operator". A sentence that names
// the entity by any of them is given the context words of all of them
// (see [docState.context]), and a figure stated of it the names as its
// subject (see [docState.aliasSubject]), as if each document had learned
// the names itself (alias.go). A name is filed under one of its words,
// its anchor, which the lexicon gives the role rAlias: sentences without
// such a word are not searched.

// aliasTable holds the entity lists of [Additions].Aliases.
type aliasTable struct {
	byAnchor map[string][]aliasName // the names, by their anchor word
	words    [][]string             // by list: the context words of all its names, sorted
	subjects []string               // by list: its names joined by " / "
	listed   map[string]bool        // the subjects
	longest  int                    // the most tokens of a name
}

// aliasName is a name of an entity list, as the tokens it is written with,
// its leading function words left out.
type aliasName struct {
	list   int32
	toks   []aliasToken
	anchor int // the token the name is filed under
}

// aliasToken is a token of a name: its text in lower case, and whether it
// is a word in capitals, which matches only a word in capitals ("US",
// not "us").
type aliasToken struct {
	text string
	caps bool
}

// addAliases adds the lists of names, each of one entity or one topic (see
// [NewLexicon]).
func (l *Lexicon) addAliases(lists [][]string) error {
	x := NewExtractor(l)
	owner := map[string]int{} // by a name's key: the list it is in
	entities := false
	for i, names := range lists {
		bad := func(item int, msg string) error {
			return &AdditionError{Field: fieldAliases, Index: i, Item: item, Other: -1, Msg: msg}
		}
		if len(names) < 2 {
			return bad(-1, fmt.Sprintf("want two names or more, got %d", len(names)))
		}
		for j, name := range names {
			if strings.TrimSpace(name) == "" {
				return bad(j, "empty name")
			}
		}
		cls, j, err := l.topicOf(names)
		switch {
		case err != nil:
			return bad(j, err.Error())
		case cls >= 0:
			if j, err := l.addTopicNames(names, cls); err != nil {
				return bad(j, err.Error())
			}
			continue
		}
		for j, name := range names {
			key := l.nameKey(name)
			if k, dup := owner[key]; dup && k != i {
				msg := fmt.Sprintf("%q is already a name of another list", name)
				return &AdditionError{Field: fieldAliases, Index: i, Item: j, Other: k, Msg: msg}
			}
			owner[key] = i
		}
		if j, err := x.addEntity(names); err != nil {
			return bad(j, err.Error())
		}
		entities = true
	}
	if entities {
		l.finish() // the anchors' roles
	}
	return nil
}

// topicOf returns the topic class that a list of names is of: the class
// that a name is read as as a whole (see [Lexicon.formClass]), or -1 when
// no name is a topic form or some name is written with a capital, as
// proper names are: ["Hamas", "militants"] names an organisation, and
// "hamas" is not to be a word for militants. Names of two classes are an
// error, with the index of the second.
func (l *Lexicon) topicOf(names []string) (int32, int, error) {
	if slices.ContainsFunc(names, func(n string) bool { return strings.ToLower(n) != n }) {
		return -1, -1, nil
	}
	cls, from := int32(-1), -1
	for j, name := range names {
		c, ok := l.formClass(name)
		switch {
		case !ok || c == cls:
		case cls >= 0:
			return -1, j, fmt.Errorf("%q is read as class %q but %q as class %q: a list of topic words names one topic",
				name, l.classes[c], names[from], l.classes[cls])
		default:
			cls, from = c, j
		}
	}
	return cls, -1, nil
}

// addTopicNames files the names that are not yet read as class cls as its
// forms. It returns the index of a name that cannot be one.
func (l *Lexicon) addTopicNames(names []string, cls int32) (int, error) {
	for j, name := range names {
		if c, ok := l.formClass(name); ok && c == cls {
			continue
		}
		if err := l.addUserForm(name, cls); err != nil {
			return j, err
		}
	}
	return -1, nil
}

// addEntity adds a list of the names of one entity to the lexicon's
// alias table. It returns the index of a name that cannot be read.
func (x *Extractor) addEntity(names []string) (int, error) {
	lex := x.lex
	t := &lex.aliases
	if t.byAnchor == nil {
		t.byAnchor, t.listed = map[string][]aliasName{}, map[string]bool{}
	}
	list := int32(len(t.words))
	var words, shown []string
	seen := map[string]bool{}
	for j, name := range names {
		key := lex.nameKey(name)
		if seen[key] {
			continue // the same name twice in the list
		}
		seen[key] = true
		n, ctx, err := x.readAlias(name)
		if err != nil {
			return j, err
		}
		n.list = list
		anchor := n.toks[n.anchor].text
		t.byAnchor[anchor] = append(t.byAnchor[anchor], n)
		t.longest = max(t.longest, len(n.toks))
		words = append(words, ctx...)
		shown = append(shown, strings.Join(lex.nameWords(name), " "))
		info := lex.words[anchor]
		info.roles |= rAlias
		lex.words[anchor] = info
		lex.noteKnown(anchor)
	}
	slices.Sort(words)
	t.words = append(t.words, slices.Compact(words))
	subject := strings.Join(shown, " / ")
	t.subjects = append(t.subjects, subject)
	t.listed[subject] = true
	return -1, nil
}

// readAlias reads a name as a document's sentence: its tokens from the
// first that is no function word, the word to file it under (the first
// that is no function word), and the context words the sentence would
// have.
func (x *Extractor) readAlias(name string) (aliasName, []string, error) {
	b := []byte(name)
	d := &docState{x: x, doc: Document{Text: b}, src: b, text: b}
	d.toks = x.tok.run(b)
	d.resetCaches()
	d.sentA, d.sentB = 0, len(d.toks)
	s := 0
	for s < len(d.toks)-1 && d.function(s) {
		s++
	}
	n := aliasName{anchor: -1}
	for k := s; k < len(d.toks); k++ {
		n.toks = append(n.toks, aliasToken{text: lowerString(d.bytes(k)), caps: d.toks[k].kind == tWord && d.allCaps(k)})
		if n.anchor < 0 && d.anchorable(k) && !d.function(k) {
			n.anchor = k - s
		}
	}
	switch {
	case n.anchor >= 0:
	case !slices.ContainsFunc(d.toks, func(t token) bool { return t.kind == tWord }):
		return n, nil, fmt.Errorf("%q has no word", name)
	case !slices.ContainsFunc(d.toks, func(t token) bool { return t.kind == tWord && !x.lex.functionWord(string(b[t.start:t.end])) }):
		return n, nil, fmt.Errorf("%q has only function words, which name nothing", name)
	default:
		return n, nil, fmt.Errorf("%q has no word of ASCII letters and digits to be found by", name)
	}
	n.toks[n.anchor].text = lowerString(trimPossessive(d.bytes(s + n.anchor)))
	return n, d.context(0, len(d.toks)), nil
}

// function reports whether token k is a function word ("the", "of"), not
// a word in capitals.
func (d *docState) function(k int) bool {
	return d.toks[k].kind == tWord && d.x.lex.functionWord(string(d.bytes(k)))
}

// anchorable reports whether token k is a word that the tokenizer looks
// up: one [tokenizer.lower] can read, ASCII and short enough.
func (d *docState) anchorable(k int) bool {
	if d.toks[k].kind != tWord {
		return false
	}
	low, _ := d.x.tok.lower(d.bytes(k))
	return low != nil
}

// nameWords returns the words of a name without its leading function
// words: "the grid operator" → "grid", "operator".
func (l *Lexicon) nameWords(s string) []string {
	words := strings.Fields(s)
	for len(words) > 1 && l.functionWord(words[0]) {
		words = words[1:]
	}
	return words
}

// nameKey returns the key that a name is known by: its words without
// leading function words, in lower case, without a final possessive.
func (l *Lexicon) nameKey(s string) string {
	words := l.nameWords(s)
	for i, w := range words {
		words[i] = strings.ToLower(w)
	}
	if n := len(words); n > 0 {
		words[n-1] = string(trimPossessive([]byte(words[n-1])))
	}
	return strings.Join(words, " ")
}

// aliasAt returns the longest listed name whose anchor is token k and
// whose tokens lie in [a, b), ending at b when atEnd, with its first token
// and its end; nil when there is none.
func (d *docState) aliasAt(k, a, b int, atEnd bool) (*aliasName, int, int) {
	names := d.x.lex.aliases.byAnchor[d.lower(k)]
	var best *aliasName
	bs, be := 0, 0
	for i := range names {
		n := &names[i]
		s := k - n.anchor
		e := s + len(n.toks)
		if s < a || e > b || atEnd && e != b || best != nil && e-s <= be-bs || !d.matchAlias(n, s) {
			continue
		}
		best, bs, be = n, s, e
	}
	return best, bs, be
}

// matchAlias reports whether the tokens from s spell the name n.
func (d *docState) matchAlias(n *aliasName, s int) bool {
	for i, t := range n.toks {
		w := d.bytes(s + i)
		if t.caps && !d.allCaps(s+i) || !strings.EqualFold(string(w), t.text) && !strings.EqualFold(string(trimPossessive(w)), t.text) {
			return false
		}
	}
	return true
}

// aliasWords appends the context words of the entity whose listed name
// has its anchor at token k of the sentence [a, b), if one has.
func (d *docState) aliasWords(out []string, k, a, b int) []string {
	if n, _, _ := d.aliasAt(k, a, b, false); n != nil {
		out = append(out, d.x.lex.aliases.words[n.list]...)
	}
	return out
}

// aliasSubject returns the subject of a figure stated of the longest
// listed name that ends right before token e, not before a: the names of
// its entity joined by " / ".
func (d *docState) aliasSubject(e, a int) (string, bool) {
	t := &d.x.lex.aliases
	if len(t.byAnchor) == 0 {
		return "", false
	}
	var best *aliasName
	start := e
	for k := e - 1; k >= a && k >= e-t.longest; k-- {
		if d.toks[k].roles&rAlias == 0 {
			continue
		}
		if n, s, _ := d.aliasAt(k, a, e, true); n != nil && s < start {
			best, start = n, s
		}
	}
	if best == nil {
		return "", false
	}
	return t.subjects[best.list], true
}
