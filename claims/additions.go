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
// topics. The zero value adds nothing.
type Additions struct {
	// Synonyms maps a topic class to more forms of it: {"kill": {"slain"},
	// "evacuate": {"moved to safety"}}. A class that data/topics.txt does
	// not hold is made, with its name as a form of its own.
	Synonyms map[string][]string
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
// form of another class.
//
// Classes are added in sorted order, so that the lexicon does not depend
// on the order of a map. A fault is reported as an
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
	return lex, nil
}

// fieldSynonyms is the name an [AdditionError] gives Additions.Synonyms.
const fieldSynonyms = "synonyms"

// AdditionError reports an entry of [Additions] that cannot be added, and
// where it stands, so that the caller can point at the entry in its
// configuration.
type AdditionError struct {
	// Field is the field of Additions the entry is in: "synonyms".
	Field string
	// Key is the class of Synonyms the entry is under, as given.
	Key string
	// Item is the position of the form in its list, or -1 when the fault
	// is of the class.
	Item int
	// Msg says what is wrong.
	Msg string
}

// Error returns the entry's place and the message: `synonyms["kill"][2]:
// "slay" is already in class "murder"`.
func (e *AdditionError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s[%q]", e.Field, e.Key)
	if e.Item >= 0 {
		fmt.Fprintf(&b, "[%d]", e.Item)
	}
	return b.String() + ": " + e.Msg
}

// addSynonyms files the forms of syn in their classes, class by class in
// sorted order.
func (l *Lexicon) addSynonyms(syn map[string][]string) error {
	for _, key := range slices.Sorted(maps.Keys(syn)) {
		bad := func(item int, err error) error {
			return &AdditionError{Field: fieldSynonyms, Key: key, Item: item, Msg: err.Error()}
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
	return l.addForm(l.respell(words), id)
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
