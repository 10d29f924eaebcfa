package claims

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

//go:embed data/*.txt
var dataFS embed.FS

// role is a bit set of what a word can be to the value parser.
type role uint64

const (
	rCard role = 1 << iota
	rScale
	rOrd
	rMonth
	rWeekday
	rUnit
	rCurrency
	rSymbol
	rHedge
	rPercent
	rSuperl
	rGeneric
	rMod
	rStop
	rAbbrev
	rVague
	rExpect
	rEstimate
	rChange
	rOffset
	rReport
	rMeasure
	rZero
	rAux
	rFraction
	rScoreCue
	rZone
	rMeridiem
	rRelative
	rPeriod
	rOrigin
	rRunning // ends a cue of a running tally (see running.go)
	rSpeech  // a verb that gives someone's words: "said", "urged", "calling"
	// Roles of the words of lists (data/lists.txt, list.go). A phrase's
	// last word carries the role of the phrase.
	rListAnd   // joins the last item: "and", "as well as"
	rListCue   // introduces items: "including", "such as"
	rOnly      // gives a list as complete: "only"
	rGive      // a verb whose object list is of the topic it names: "presented"
	rPartitive // a noun of quantity before "of": "a sack of coffee"
	rOther     // "and other gifts": the last item is the others' topic
	rListSep   // separates items: ",", ":"
	// The words of data/names.txt (see namedata.go).
	rTitle    // ends a form of a role: "minister", "executive", "by"
	rHonor    // a courtesy title before a name: "Dr", "Mr"
	rPast     // makes a role a past one: "former"
	rParticle // a lower-case word inside a name: "al", "van"
	rLegal    // a legal form after a company's name: "Inc"
	// rAlias marks the word a name of Additions.Aliases is filed under
	// (see aliasnames.go).
	rAlias
)

// wordInfo is what the lexicon knows of one lower-case word.
type wordInfo struct {
	roles    role
	card     float64 // rCard, rVague; rFraction: the denominator; rRelative: the offset
	scale    float64 // rScale
	ord      int     // rOrd
	month    int     // rMonth
	weekday  int     // rWeekday
	unit     float64 // rUnit: seconds
	currency string  // rCurrency, rSymbol
	worth    float64 // rCurrency: a subunit's worth in the unit (0: 1)
	name     string  // rZone: the zone's canonical name; rMeridiem: "am" or "pm"
	claim    bool    // rReport: the verb gives a figure as its subject's own estimate
}

// phrase is a multi-word entry: hedges, percent words and topic forms.
type phrase struct {
	words []string
	bound Bound // hedges
	class int32 // topics; -1 for others
	role  role
	name  string // zones: the canonical name ("local")
	near  bool   // running cues: may stand anywhere near the figure
}

// Lexicon holds the words the extractor knows: number words, time units,
// currencies and hedges (data/words.txt), topic classes (data/topics.txt),
// irregular inflections (data/irregular.txt), spellings (data/spellings.txt), page furniture
// (data/boilerplate.txt), units of measurement (data/units.txt), the
// tolerance of each dimension (data/tolerances.txt), the words of lists
// (data/lists.txt) and the roles names are given in (data/names.txt), and
// what a user adds to these ([Additions]: more forms of topics, names of one
// entity; see [NewLexicon]). A Lexicon is immutable once built and safe for
// concurrent use.
type Lexicon struct {
	words     map[string]wordInfo
	phrases   map[string][]phrase // by last word, longest first
	forms     map[string]int32    // single-word topic form → class
	classes   []string
	entity    []bool // by class: names people, places or things
	none      []bool // by class: "no deaths" states a count of zero
	irregular map[string]string
	spell     spelling // British and American spellings onto one
	boiler    furnitureRules
	units     map[string][]unitForm // by first token, longest first
	dims      map[string]string     // dimension → base unit symbol
	tolerance Tolerances
	names     nameData
	aliases   aliasTable // the entities of Additions.Aliases
	// known has bit c-'a' of entry n set when some word of the words map
	// has length n and begins with letter c: most words of a text are
	// rejected by it without a map lookup.
	known [33]uint32
	// roles is an open-addressing table of the words' roles, looked up
	// with a hash computed while lower-casing a token: the tokenizer's hot
	// path, which a map with string keys makes three times slower.
	roles roleTable
	// ascii holds the roles of one-byte punctuation, such as "$" and "%".
	ascii [128]role
}

// furnitureRules match lines of page furniture. Prefix and suffix rules
// are filed by their first and last word so that a line is checked against
// a few rules only.
type furnitureRules struct {
	lines    map[string]string   // whole line → "skip" or "stop"
	prefixes map[string][]string // first word → prefixes ("stop" ones marked)
	suffixes map[string][]string // last word → suffixes
	credits  []string            // text held by a short caption line
}

// stopMark prefixes a prefix rule whose line ends the story.
const stopMark = "\x00"

// DefaultLexicon builds the lexicon from the embedded data files alone. It
// is NewLexicon(Additions{}).
func DefaultLexicon() (*Lexicon, error) { return NewLexicon(Additions{}) }

// embedded loads the embedded data files into a lexicon that [Lexicon.finish]
// has yet to make ready for use.
func embedded() (*Lexicon, error) {
	lex := &Lexicon{
		words:     map[string]wordInfo{},
		phrases:   map[string][]phrase{},
		forms:     map[string]int32{},
		irregular: map[string]string{},
		units:     map[string][]unitForm{},
		dims:      map[string]string{},
		tolerance: Tolerances{},
		boiler:    furnitureRules{lines: map[string]string{}, prefixes: map[string][]string{}, suffixes: map[string][]string{}},
	}
	for _, f := range []struct {
		name string
		load func(io.Reader, string) error
	}{
		{"data/words.txt", lex.loadWords},
		{"data/spellings.txt", lex.loadSpellings}, // before topics.txt, whose forms it respells
		{"data/irregular.txt", lex.loadIrregular},
		{"data/topics.txt", lex.LoadTopics},
		{"data/boilerplate.txt", lex.loadBoilerplate},
		{"data/units.txt", lex.loadUnits},
		{"data/tolerances.txt", lex.loadTolerances},
		{"data/lists.txt", lex.loadWords},
		{"data/names.txt", lex.loadNames},
	} {
		b, err := dataFS.ReadFile(f.name)
		if err != nil {
			return nil, err
		}
		if err := f.load(bytes.NewReader(b), f.name); err != nil {
			return nil, err
		}
	}
	return lex, nil
}

// finish builds the tables the tokenizer looks words up in from the words
// map; it is called again when words are given new roles.
func (l *Lexicon) finish() {
	l.roles.build(l.words)
	for c := range l.ascii {
		l.ascii[c] = l.words[string(rune(c))].roles
	}
}

// MustDefaultLexicon is like [DefaultLexicon] but panics if the embedded
// data is malformed, which the package's tests rule out.
func MustDefaultLexicon() *Lexicon {
	lex, err := DefaultLexicon()
	if err != nil {
		panic(err)
	}
	return lex
}

// DataError reports a malformed line of lexicon data.
type DataError struct {
	File string
	Line int
	Msg  string
}

// Error returns "file:line: message".
func (e *DataError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// eachLine calls fn with the fields of every non-blank, non-comment line.
func eachLine(r io.Reader, name string, fn func(line string, n int) error) error {
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(line, n); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

var roleNames = map[string]role{
	"card": rCard, "scale": rScale, "ord": rOrd, "month": rMonth, "weekday": rWeekday,
	"unit": rUnit, "currency": rCurrency, "symbol": rSymbol, "hedge": rHedge,
	"percent": rPercent, "superl": rSuperl, "generic": rGeneric, "mod": rMod,
	"stop": rStop, "abbrev": rAbbrev, "vague": rVague, "expect": rExpect,
	"estimate": rEstimate, "change": rChange, "offset": rOffset, "report": rReport, "measure": rMeasure, "zero": rZero, "aux": rAux,
	"fraction": rFraction, "score": rScoreCue, "zone": rZone, "meridiem": rMeridiem, "relative": rRelative, "period": rPeriod, "origin": rOrigin,
	"running": rRunning, "speech": rSpeech,
	"listand": rListAnd, "listcue": rListCue, "only": rOnly, "give": rGive, "partitive": rPartitive, "other": rOther, "listsep": rListSep,
}

var hedgeNames = map[string]Bound{
	"over": Over, "atleast": AtLeast, "under": Under, "atmost": AtMost,
	"about": About, "nearly": Nearly, "exact": Exact,
}

func (l *Lexicon) loadWords(r io.Reader, name string) error {
	return eachLine(r, name, func(line string, n int) error {
		f := strings.Fields(line)
		bad := func(msg string) error { return &DataError{name, n, msg} }
		if len(f) < 2 {
			return bad("want ROLE WORDS [VALUE]")
		}
		ro, ok := roleNames[f[0]]
		if !ok {
			return bad("unknown role " + strconv.Quote(f[0]))
		}
		arg := ""
		if len(f) > 2 {
			arg = f[2]
		}
		for _, w := range strings.Split(f[1], "|") {
			if err := l.addWord(ro, w, arg, f[min(3, len(f)):]...); err != nil {
				return bad(err.Error())
			}
		}
		return nil
	})
}

func (l *Lexicon) addWord(ro role, w, arg string, rest ...string) error {
	if ro == rRunning {
		return l.addRunning(w, arg)
	}
	if ro&(rListAnd|rListCue) != 0 {
		return l.addListWord(w, ro)
	}
	if strings.Contains(w, "_") {
		p := phrase{words: strings.Split(w, "_"), class: -1, role: ro}
		if ro == rHedge {
			b, ok := hedgeNames[arg]
			if !ok {
				return fmt.Errorf("unknown bound %q", arg)
			}
			p.bound = b
		}
		if ro == rZone {
			p.name = arg
		}
		l.addPhrase(p)
		return nil
	}
	info := l.words[w]
	info.roles |= ro
	num := func() (float64, error) { return strconv.ParseFloat(arg, 64) }
	var err error
	switch ro {
	case rCard, rVague, rFraction, rRelative:
		info.card, err = num()
	case rZone, rMeridiem, rGive:
		info.name = arg
	case rReport:
		switch arg {
		case "claim":
			info.claim = true
		case "":
		default:
			err = fmt.Errorf("unknown report verb kind %q", arg)
		}
	case rScale:
		info.scale, err = num()
	case rUnit:
		info.unit, err = num()
	case rOrd, rMonth, rWeekday, rSuperl:
		var v int
		v, err = strconv.Atoi(arg)
		switch ro {
		case rOrd, rSuperl:
			info.ord = v
		case rMonth:
			info.month = v
		case rWeekday:
			info.weekday = v
		}
	case rCurrency, rSymbol:
		if arg == "" {
			err = fmt.Errorf("currency %q needs a code", w)
		}
		info.currency = arg
		if ro == rCurrency && len(rest) > 0 {
			info.worth, err = strconv.ParseFloat(rest[0], 64)
		}
		// Every code the tool writes ("MXN 10,000") must read back.
		if code := strings.ToLower(arg); code != w {
			ci := l.words[code]
			if ci.roles&rSymbol == 0 {
				ci.roles |= rSymbol
				ci.currency = arg
				l.words[code] = ci
				l.noteKnown(code)
			}
		}
	case rHedge:
		b, ok := hedgeNames[arg]
		if !ok {
			return fmt.Errorf("unknown bound %q", arg)
		}
		// Single-word hedges are stored as one-word phrases.
		l.addPhrase(phrase{words: []string{w}, class: -1, role: rHedge, bound: b})
	}
	if err != nil {
		return fmt.Errorf("bad value %q for %q: %v", arg, w, err)
	}
	l.words[w] = info
	l.noteKnown(w)
	return nil
}

// addRunning files a cue of a running tally, one word or several joined
// by '_', as a phrase; where says where it stands: "before" the figure or
// "near" it. The cue's last word is given the role, so that a word that
// ends no cue is passed over without looking for phrases.
func (l *Lexicon) addRunning(w, where string) error {
	if where != "before" && where != "near" {
		return fmt.Errorf("running cue %q: want before or near, got %q", w, where)
	}
	l.addCuePhrase(phrase{words: strings.Split(w, "_"), class: -1, role: rRunning, near: where == "near"})
	return nil
}

// addCuePhrase files a phrase of cue words and gives its last word the
// phrase's role, so that a word that ends no such phrase is passed over
// without looking for phrases.
func (l *Lexicon) addCuePhrase(p phrase) {
	l.addPhrase(p)
	last := p.words[len(p.words)-1]
	info := l.words[last]
	info.roles |= p.role
	l.words[last] = info
	l.noteKnown(last)
}

// noteKnown records w's length and initial in the lookup filter.
func (l *Lexicon) noteKnown(w string) {
	if len(w) < len(l.known) && 'a' <= w[0] && w[0] <= 'z' {
		l.known[len(w)] |= 1 << (w[0] - 'a')
	}
}

// addPhrase files p under its last word, keeping longer phrases first.
func (l *Lexicon) addPhrase(p phrase) {
	last := p.words[len(p.words)-1]
	list := append(l.phrases[last], p)
	for i := len(list) - 1; i > 0 && len(list[i].words) > len(list[i-1].words); i-- {
		list[i], list[i-1] = list[i-1], list[i]
	}
	l.phrases[last] = list
}

func (l *Lexicon) loadIrregular(r io.Reader, name string) error {
	return eachLine(r, name, func(line string, n int) error {
		f := strings.Fields(line)
		if len(f) != 2 {
			return &DataError{name, n, "want INFLECTED LEMMA"}
		}
		l.irregular[f[0]] = f[1]
		return nil
	})
}

// LoadTopics adds topic classes from r, in the format of data/topics.txt:
// lines "class: form, form, multi word form"; "@entity: class, class" marks
// classes that name people, places or things, and "@none: class" those
// whose absence ("no deaths") is a count of zero. Forms are filed in the
// canonical spelling of data/spellings.txt, so either spelling of a form
// matches. A form of more than four words, or one already in another
// class, is an error naming the line.
func (l *Lexicon) LoadTopics(r io.Reader, name string) error {
	return eachLine(r, name, func(line string, n int) error {
		cls, rest, ok := strings.Cut(line, ":")
		cls = strings.TrimSpace(cls)
		if !ok || cls == "" {
			return &DataError{name, n, "want CLASS: form, form"}
		}
		switch cls {
		case "@entity":
			return l.mark(l.entity, rest, name, n)
		case "@none":
			return l.mark(l.none, rest, name, n)
		}
		id := int32(len(l.classes))
		l.classes = append(l.classes, cls)
		l.entity = append(l.entity, false)
		l.none = append(l.none, false)
		forms := append([]string{cls}, strings.Split(rest, ",")...)
		seen := map[string]bool{}
		for _, form := range forms {
			form = l.respell(strings.Fields(strings.ToLower(form)))
			if form == "" || seen[form] {
				continue
			}
			seen[form] = true
			if err := l.addForm(form, id); err != nil {
				return &DataError{name, n, err.Error()}
			}
		}
		return nil
	})
}

// respell joins the lower-case words of a form with spaces, each in its
// canonical spelling, as tokens are looked up: "defence spending" is filed
// as "defense spending".
func (l *Lexicon) respell(words []string) string {
	for i, w := range words {
		words[i] = l.spell.canon(w)
	}
	return strings.Join(words, " ")
}

// mark sets flag for the listed classes: "@entity: passenger, country"
// marks names of people, places or things, "@none: kill, injure" classes
// whose absence is stated as a count of zero.
func (l *Lexicon) mark(flag []bool, list, name string, n int) error {
	for _, c := range strings.Split(list, ",") {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		i := slices.Index(l.classes, c)
		if i < 0 {
			return &DataError{name, n, "unknown class " + strconv.Quote(c)}
		}
		flag[i] = true
	}
	return nil
}

// maxFormWords is the most words of a topic form: a noun phrase after a
// value is read up to four words (see [docState.nounPhrase]).
const maxFormWords = 4

// addForm files the form, lower-case words in their canonical spelling
// separated by spaces, in class id. A form already in another class is an
// error; one already in the class is left as it is.
func (l *Lexicon) addForm(form string, id int32) error {
	words := strings.Fields(form)
	if len(words) > maxFormWords {
		return fmt.Errorf("%q has %d words; a form has %d at most", form, len(words), maxFormWords)
	}
	if len(words) == 1 {
		if old, dup := l.forms[form]; dup && old != id {
			return fmt.Errorf("%q is already in class %q", form, l.classes[old])
		}
		l.forms[form] = id
		return nil
	}
	for _, p := range l.phrases[words[len(words)-1]] {
		switch {
		case p.class < 0 || strings.Join(p.words, " ") != form:
		case p.class != id:
			return fmt.Errorf("%q is already in class %q", form, l.classes[p.class])
		default:
			return nil
		}
	}
	l.addPhrase(phrase{words: words, class: id})
	return nil
}

func (l *Lexicon) loadBoilerplate(r io.Reader, name string) error {
	return eachLine(r, name, func(line string, n int) error {
		kind, text, ok := strings.Cut(line, "\t")
		text = strings.ToLower(strings.TrimSpace(text))
		switch {
		case !ok || text == "":
			return &DataError{name, n, "want KIND<TAB>text"}
		case kind != "line" && kind != "prefix" && kind != "suffix" && kind != "stop" && kind != "credit":
			return &DataError{name, n, "unknown kind " + strconv.Quote(kind)}
		}
		fr := &l.boiler
		switch kind {
		case "line":
			fr.lines[text] = "skip"
		case "prefix":
			first := firstWord(text)
			fr.prefixes[first] = append(fr.prefixes[first], text)
		case "suffix":
			last := lastWord(text)
			fr.suffixes[last] = append(fr.suffixes[last], text)
		case "credit":
			fr.credits = append(fr.credits, text)
		case "stop":
			fr.lines[text] = "stop"
			first := firstWord(text)
			fr.prefixes[first] = append(fr.prefixes[first], stopMark+text)
		}
		return nil
	})
}

// firstWord returns s up to its first space; lastWord s after its last.
func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }

// Classes returns the names of the topic classes, in data order.
func (l *Lexicon) Classes() []string { return append([]string(nil), l.classes...) }
