package claims

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Additions is data a user adds to the embedded lexicon: more words for
// topics, and names that denote one thing. The zero value adds nothing.
type Additions struct {
	// Synonyms maps a topic class to more forms of it: {"kill": {"martyr"},
	// "evacuate": {"move to safety"}}. A class that data/topics.txt does
	// not hold is made, with its name as a form of its own. Forms written
	// as lemmas match their inflections too ("martyred", "moved to safety").
	Synonyms map[string][]string
	// Aliases lists groups of names, each of one entity or one topic:
	// {"Project Falcon", "Hawk initiative"}, {"fatalities", "deaths"}.
	Aliases [][]string
}

// NewLexicon builds the lexicon from the embedded data files and add.
//
// A form of add.Synonyms is read as the forms of data/topics.txt are: up
// to four words, separated by spaces or hyphens, in either spelling of
// data/spellings.txt, each of which matches its inflections too when it
// is written as a lemma ("slay": "slays", "slain"; "move to safety":
// "moved to safety"). A form is refused when it is empty, holds
// something other than words, has more than four words, is a function
// word or a word of figures and dates ("the", "march"), or is already a
// form of another class or an inflection of one ("injured", of "injure").
//
// A list of add.Aliases in lower case one of whose names is a form of a
// topic class as a whole ("deaths" is read as "kill") is a list of words
// for that topic: its other names become forms of the class, as if given
// in Synonyms; its names may not be forms of two classes. Any other list,
// and any with a capital letter ("Red Hand Brigade", "militants"), names
// one entity: wherever a document names it by one of the names, the
// sentence gets the context words of all of them, and a figure stated of
// it ("Hawk initiative cost $2.4 billion") has the names joined by " / "
// as its subject ("Project Falcon / Hawk initiative"), as if every
// document had learned that the names are one, so that its claims pair
// across documents that name it differently. Names are matched word by
// word, ignoring case, except that a word in capitals ("NGA", "US")
// matches only a word in capitals; a leading function word ("the") may be
// left out of the text. A list needs two names or more, none of them
// empty, and a name may stand in one list only; a name is found by one of
// its words in ASCII letters.
//
// Classes are added in sorted order, lists in their order, so that the
// lexicon does not depend on the order of a map. A fault is reported as an
// [*AdditionError] naming the entry.
func NewLexicon(add Additions) (*Lexicon, error) {
	lex, err := embedded()
	if err != nil {
		return nil, err
	}
	if err := lex.addSynonyms(add.Synonyms); err != nil {
		return nil, err
	}
	lex.finish()
	if err := lex.addAliases(add.Aliases); err != nil {
		return nil, err
	}
	return lex, nil
}

// The fields of [Additions], as an [AdditionError] names them.
const (
	fieldSynonyms = "synonyms"
	fieldAliases  = "aliases"
)

// AdditionError reports an entry of [Additions] that cannot be added, and
// where it stands, so that the caller can point at the entry in its
// configuration.
type AdditionError struct {
	// Field is "synonyms" or "aliases".
	Field string
	// Key is the class of Synonyms the entry is under, as given; it is ""
	// for Aliases.
	Key string
	// Index is the position of the list in Aliases; it is 0 for Synonyms.
	Index int
	// Item is the position of the form or name in its list, or -1 when
	// the fault is of the class or the list as a whole.
	Item int
	// Other is the position in Aliases of another list that the entry
	// clashes with (it already holds the name), or -1.
	Other int
	// Msg says what is wrong.
	Msg string
}

// Error returns the entry's place and the message, and the other list it
// clashes with: `synonyms["kill"][2]: "slay" is already in class
// "murder"`, `aliases[3]: want two names or more, got 1`, `aliases[2][0]:
// "NGA" is already a name of another list, aliases[1]`.
func (e *AdditionError) Error() string {
	var b strings.Builder
	b.WriteString(e.Field)
	if e.Field == fieldSynonyms {
		fmt.Fprintf(&b, "[%q]", e.Key)
	} else {
		fmt.Fprintf(&b, "[%d]", e.Index)
	}
	if e.Item >= 0 {
		fmt.Fprintf(&b, "[%d]", e.Item)
	}
	b.WriteString(": " + e.Msg)
	if e.Other >= 0 {
		fmt.Fprintf(&b, ", aliases[%d]", e.Other)
	}
	return b.String()
}

// addSynonyms files the forms of syn in their classes, class by class in
// sorted order.
func (l *Lexicon) addSynonyms(syn map[string][]string) error {
	for _, key := range slices.Sorted(maps.Keys(syn)) {
		bad := func(item int, err error) error {
			return &AdditionError{Field: fieldSynonyms, Key: key, Item: item, Other: -1, Msg: err.Error()}
		}
		id, err := l.userClass(key)
		if err != nil {
			return bad(-1, err)
		}
		for i, form := range syn[key] {
			if err := l.addUserForm(form, id); err != nil {
				return bad(i, err)
			}
		}
	}
	return nil
}

// userClass returns the class named key, in lower case with single spaces,
// making it when it is new: its name is then a form of its own, as in
// data/topics.txt.
func (l *Lexicon) userClass(key string) (int32, error) {
	name := strings.Join(strings.Fields(strings.ToLower(key)), " ")
	if name == "" {
		return -1, errors.New("empty class name")
	}
	if i := slices.Index(l.classes, name); i >= 0 {
		return int32(i), nil
	}
	id := int32(len(l.classes))
	l.classes = append(l.classes, name)
	l.entity = append(l.entity, false)
	l.none = append(l.none, false)
	if err := l.addUserForm(name, id); err != nil {
		return -1, fmt.Errorf("new class %q: %w", name, err)
	}
	return id, nil
}

// notTopic are the roles of words that never name a topic alone: function
// words, which a topic is not sought in, and words of figures and dates.
const notTopic = rStop | rCard | rOrd | rScale | rMonth | rWeekday | rUnit | rCurrency | rSymbol

// addUserForm files a form a user gives in class id, after checking that
// it can be read as one.
func (l *Lexicon) addUserForm(form string, id int32) error {
	words, err := formWords(form)
	if err != nil {
		return err
	}
	if r := l.words[words[0]].roles; len(words) == 1 && r&notTopic != 0 {
		if r&rStop != 0 {
			return fmt.Errorf("%q is a function word, which names no topic", words[0])
		}
		return fmt.Errorf("%q is read as part of a figure or a date", words[0])
	}
	if len(words) == 1 {
		if err := l.inflectionOfOther(words[0], id); err != nil {
			return err
		}
	}
	return l.addForm(l.respell(words), id)
}

// inflectionOfOther returns an error when w is an inflection of a form of
// a class other than id ("injured" of "injure"): filed in id, it would take
// the word from that class.
func (l *Lexicon) inflectionOfOther(w string, id int32) error {
	lem := l.lemmaSet(w)
	for _, c := range lem.c[1:max(lem.n, 1)] { // c[0] is w itself, if any
		if old, ok := l.forms[c]; ok && old != id {
			return fmt.Errorf("%q is read as %q, which is in class %q", w, c, l.classes[old])
		}
	}
	return nil
}

// formWords returns the lower-case words of a form as the tokenizer reads
// them: words of letters (with digits, inner dots and apostrophes)
// separated by spaces or hyphens.
func formWords(form string) ([]string, error) {
	var words []string
	for field := range strings.FieldsSeq(strings.ToLower(form)) {
		for part := range strings.SplitSeq(field, "-") {
			r, _ := utf8.DecodeRuneInString(part)
			if !unicode.IsLetter(r) || scanWord([]byte(part), 0) != len(part) {
				return nil, fmt.Errorf("%q is not a word, nor words joined by hyphens", field)
			}
			words = append(words, part)
		}
	}
	if len(words) == 0 {
		return nil, errors.New("empty form")
	}
	return words, nil
}

// formClass returns the class that the words of a name are read as when
// they stand together: a topic phrase of as many words, or for one word
// the form its lemmas give first, as [docState.classEndingAt] reads them.
func (l *Lexicon) formClass(name string) (int32, bool) {
	words, err := formWords(name)
	if err != nil {
		return -1, false
	}
	last := l.lemmaSet(words[len(words)-1])
	for _, c := range last.c[:last.n] {
		for _, ph := range l.phrases[c] {
			if ph.class >= 0 && len(ph.words) == len(words) && l.lemmasMatch(ph.words[:len(words)-1], words) {
				return ph.class, true
			}
		}
	}
	if len(words) > 1 || l.words[words[0]].roles&rStop != 0 {
		return -1, false
	}
	for _, c := range last.c[:last.n] {
		if cls, ok := l.forms[c]; ok {
			return cls, true
		}
	}
	return -1, false
}

// lemmaSet returns the lemma candidates of a lower-case word.
func (l *Lexicon) lemmaSet(w string) lemmaSet { return lemmaCandidates(l.spell.canon(w), l.irregular) }

// lemmasMatch reports whether each lemma of a phrase is a lemma of the
// word at its place in words.
func (l *Lexicon) lemmasMatch(lemmas, words []string) bool {
	for i, lm := range lemmas {
		set := l.lemmaSet(words[i])
		if !slices.Contains(set.c[:set.n], lm) {
			return false
		}
	}
	return true
}
