package claims_test

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
)

// additionErrorTests are additions that NewLexicon refuses, with the error
// that names the faulty entry.
var additionErrorTests = []struct {
	name string
	add  claims.Additions
	want claims.AdditionError
}{
	{
		"empty class name",
		claims.Additions{Synonyms: map[string][]string{" ": {"slain"}}},
		claims.AdditionError{Field: "synonyms", Key: " ", Item: -1, Other: -1, Msg: "empty class name"},
	},
	{
		"empty form",
		claims.Additions{Synonyms: map[string][]string{"kill": {"slain", " "}}},
		claims.AdditionError{Field: "synonyms", Key: "kill", Item: 1, Other: -1, Msg: "empty form"},
	},
	{
		"form of another class",
		claims.Additions{Synonyms: map[string][]string{"injure": {"maul", "slay"}}},
		claims.AdditionError{Field: "synonyms", Key: "injure", Item: 1, Other: -1, Msg: `"slay" is already in class "kill"`},
	},
	{
		"inflection of a form of another class",
		claims.Additions{Synonyms: map[string][]string{"kill": {"slain", "injured"}}},
		claims.AdditionError{Field: "synonyms", Key: "kill", Item: 1, Other: -1, Msg: `"injured" is read as "injure", which is in class "injure"`},
	},
	{
		"form of another class in its other spelling",
		claims.Additions{Synonyms: map[string][]string{"cost": {"hospitalise"}}},
		claims.AdditionError{Field: "synonyms", Key: "cost", Item: 0, Other: -1, Msg: `"hospitalize" is already in class "hospitalise"`},
	},
	{
		"phrase of another class",
		claims.Additions{Synonyms: map[string][]string{"injure": {"death  toll"}}},
		claims.AdditionError{Field: "synonyms", Key: "injure", Item: 0, Other: -1, Msg: `"death toll" is already in class "kill"`},
	},
	{
		"not words",
		claims.Additions{Synonyms: map[string][]string{"kill": {"covid-19 death"}}},
		claims.AdditionError{Field: "synonyms", Key: "kill", Item: 0, Other: -1, Msg: `"covid-19" is not a word, nor words joined by hyphens`},
	},
	{
		"too many words",
		claims.Additions{Synonyms: map[string][]string{"evacuate": {"move out of harm's way"}}},
		claims.AdditionError{Field: "synonyms", Key: "evacuate", Item: 0, Other: -1, Msg: `"move out of harm's way" has 5 words; a form has 4 at most`},
	},
	{
		"function word",
		claims.Additions{Synonyms: map[string][]string{"kill": {"The"}}},
		claims.AdditionError{Field: "synonyms", Key: "kill", Item: 0, Other: -1, Msg: `"the" is a function word, which names no topic`},
	},
	{
		"word of dates",
		claims.Additions{Synonyms: map[string][]string{"protest": {"march"}}},
		claims.AdditionError{Field: "synonyms", Key: "protest", Item: 0, Other: -1, Msg: `"march" is read as part of a figure or a date`},
	},
	{
		"new class that is a form of another",
		claims.Additions{Synonyms: map[string][]string{"Fatality": {"body bag"}}},
		claims.AdditionError{Field: "synonyms", Key: "Fatality", Item: -1, Other: -1, Msg: `new class "fatality": "fatality" is already in class "kill"`},
	},
	{
		"classes in sorted order",
		claims.Additions{Synonyms: map[string][]string{"zorb": {"quaffle"}, "blorb": {"quaffle"}}},
		claims.AdditionError{Field: "synonyms", Key: "zorb", Item: 0, Other: -1, Msg: `"quaffle" is already in class "blorb"`},
	},
	{
		"one name",
		claims.Additions{Aliases: [][]string{{"Project Falcon", "Hawk initiative"}, {"Project Osprey"}}},
		claims.AdditionError{Field: "aliases", Index: 1, Item: -1, Other: -1, Msg: "want two names or more, got 1"},
	},
	{
		"empty name",
		claims.Additions{Aliases: [][]string{{"Project Falcon", ""}}},
		claims.AdditionError{Field: "aliases", Index: 0, Item: 1, Other: -1, Msg: "empty name"},
	},
	{
		"name in two lists",
		claims.Additions{Aliases: [][]string{{"Project Falcon", "Hawk initiative"}, {"Osprey", "the Hawk Initiative"}}},
		claims.AdditionError{Field: "aliases", Index: 1, Item: 1, Other: 0, Msg: `"the Hawk Initiative" is already a name of another list`},
	},
	{
		"function words only",
		claims.Additions{Aliases: [][]string{{"Northern Grid Authority", "of the"}}},
		claims.AdditionError{Field: "aliases", Index: 0, Item: 1, Other: -1, Msg: `"of the" has only function words, which name nothing`},
	},
	{
		"no word",
		claims.Additions{Aliases: [][]string{{"--", "Northern Grid Authority"}}},
		claims.AdditionError{Field: "aliases", Index: 0, Item: 0, Other: -1, Msg: `"--" has no word`},
	},
	{
		"no word to find the name by",
		claims.Additions{Aliases: [][]string{{"Hellas", "Ελλάδα"}}},
		claims.AdditionError{Field: "aliases", Index: 0, Item: 1, Other: -1, Msg: `"Ελλάδα" has no word of ASCII letters and digits to be found by`},
	},
	{
		"topic words of two classes",
		claims.Additions{Aliases: [][]string{{"walkout", "stoppages", "injuries"}}},
		claims.AdditionError{Field: "aliases", Index: 0, Item: 2, Other: -1, Msg: `"injuries" is read as class "injure" but "walkout" as class "strike": a list of topic words names one topic`},
	},
	{
		"topic word that cannot be a form",
		claims.Additions{Aliases: [][]string{{"deaths", "covid-19 deaths"}}},
		claims.AdditionError{Field: "aliases", Index: 0, Item: 1, Other: -1, Msg: `"covid-19" is not a word, nor words joined by hyphens`},
	},
}

// TestInflectedSynonyms checks that a synonym written inflected is taken
// when it is an inflection of a form of its own class, or of none.
func TestInflectedSynonyms(t *testing.T) {
	add := claims.Additions{Synonyms: map[string][]string{"kill": {"killings"}, "zorb": {"zorbs", "zorbed", "z"}}}
	if _, err := claims.NewLexicon(add); err != nil {
		t.Errorf("NewLexicon(%+v) = %v, want no error", add, err)
	}
}

func TestNewLexiconErrors(t *testing.T) {
	for _, tc := range additionErrorTests {
		t.Run(tc.name, func(t *testing.T) {
			lex, err := claims.NewLexicon(tc.add)
			var ae *claims.AdditionError
			if !errors.As(err, &ae) || *ae != tc.want {
				t.Fatalf("NewLexicon(%+v) = %v, %#v\nwant error %#v", tc.add, lex, err, &tc.want)
			}
			if got, want := err.Error(), wantMessage(tc.want); got != want {
				t.Errorf("Error() = %s\nwant %s", got, want)
			}
		})
	}
}

// wantMessage writes the message an AdditionError is expected to give.
func wantMessage(e claims.AdditionError) string {
	place := fmt.Sprintf("[%d]", e.Index)
	if e.Field == "synonyms" {
		place = fmt.Sprintf("[%q]", e.Key)
	}
	if e.Item >= 0 {
		place += fmt.Sprintf("[%d]", e.Item)
	}
	if e.Other >= 0 {
		return fmt.Sprintf("%s%s: %s, aliases[%d]", e.Field, place, e.Msg, e.Other)
	}
	return e.Field + place + ": " + e.Msg
}

// keyed returns the claims of text as "key value" lines.
func keyed(lex *claims.Lexicon, text string) []string {
	var out []string
	for _, c := range claims.NewExtractor(lex).Extract(claims.Document{Path: "t.txt", Text: []byte(text)}) {
		out = append(out, c.Key()+" "+c.Value.String())
	}
	return out
}

// topicAdditionTests are sentences whose topics the additions change:
// without is what the embedded lexicon reads, with what it reads with add.
var topicAdditionTests = []struct {
	name          string
	add           claims.Additions
	text          string
	without, with []string
}{
	{
		"lemma with its inflections",
		claims.Additions{Synonyms: map[string][]string{"kill": {"martyr"}}},
		"Five people were martyred in the attack.",
		[]string{"attack/count 5 people"},
		[]string{"kill/count 5 people"},
	},
	{
		"phrase with an inflected word",
		claims.Additions{Synonyms: map[string][]string{"evacuate": {"move to safety"}}},
		"About 400 residents were moved to safety.",
		nil,
		[]string{"evacuate/count about 400 residents"},
	},
	{
		"form in the other spelling",
		claims.Additions{Synonyms: map[string][]string{"aid": {"relief programme"}}},
		"Donors pledged a $40 million relief program.",
		[]string{"plan/amount USD 40 million"},
		[]string{"aid/amount USD 40 million"},
	},
	{
		"hyphenated form",
		claims.Additions{Synonyms: map[string][]string{"strike": {"go-slow"}}},
		"Dockers began a three-day go slow.",
		[]string{"start/duration 3 days"},
		[]string{"strike/duration 3 days"},
	},
	{
		"new class",
		claims.Additions{Synonyms: map[string][]string{"Regatta": {"boat race"}}},
		"It was the 150th boat race on the river.",
		[]string{"race/ordinal 150th"},
		[]string{"regatta/ordinal 150th"},
	},
	{
		"a form given twice, and one already in its class",
		claims.Additions{Synonyms: map[string][]string{"kill": {"martyr", "martyr", "slay"}}},
		"Five people were martyred and two were slain.",
		[]string{"kill/count 2"},
		[]string{"kill/count 5 people", "kill/count 2"},
	},
	{
		"aliases of a topic",
		claims.Additions{Aliases: [][]string{{"evacuation", "move to safety"}}},
		"About 400 residents were moved to safety.",
		nil,
		[]string{"evacuate/count about 400 residents"},
	},
	{
		"aliases of a topic the lexicon reads as one already",
		claims.Additions{Aliases: [][]string{{"fatalities", "deaths"}, {"walkout", "strike"}}},
		"There were 12 fatalities and 40 deaths during the two-day walkout.",
		[]string{"kill/count 12 fatalities", "kill/count 40 deaths", "strike/duration 2 days"},
		[]string{"kill/count 12 fatalities", "kill/count 40 deaths", "strike/duration 2 days"},
	},
}

func TestTopicAdditions(t *testing.T) {
	def := claims.MustDefaultLexicon()
	for _, tc := range topicAdditionTests {
		t.Run(tc.name, func(t *testing.T) {
			lex, err := claims.NewLexicon(tc.add)
			if err != nil {
				t.Fatal(err)
			}
			if got := keyed(def, tc.text); !slices.Equal(got, tc.without) {
				t.Errorf("without additions, %q gives\n %q\nwant %q", tc.text, got, tc.without)
			}
			if got := keyed(lex, tc.text); !slices.Equal(got, tc.with) {
				t.Errorf("with %+v, %q gives\n %q\nwant %q", tc.add, tc.text, got, tc.with)
			}
		})
	}
}

// TestAdditionsLeaveOthersAlone checks that a lexicon built with additions
// shares nothing with one built without: the additions are not seen there.
func TestAdditionsLeaveOthersAlone(t *testing.T) {
	add := claims.Additions{
		Synonyms: map[string][]string{"kill": {"martyr"}, "regatta": {"boat race"}},
		Aliases:  [][]string{{"Project Falcon", "Hawk initiative"}},
	}
	if _, err := claims.NewLexicon(add); err != nil {
		t.Fatal(err)
	}
	def := claims.MustDefaultLexicon()
	if got := keyed(def, "Five people were martyred in the attack."); !slices.Equal(got, []string{"attack/count 5 people"}) {
		t.Errorf("the default lexicon reads %q", got)
	}
	if slices.Contains(def.Classes(), "regatta") {
		t.Errorf("the default lexicon has the class regatta")
	}
	cs := claims.NewExtractor(def).Extract(claims.Document{Path: "t", Text: []byte("Hawk initiative cost $2.4 billion.")})
	if len(cs) != 1 || cs[0].Subject != "" || slices.Contains(cs[0].Context, "falcon") {
		t.Errorf("the default lexicon reads %+v", cs)
	}
}

// TestNewClassesSorted checks that new classes are made in sorted order,
// whatever the order a map gives them in.
func TestNewClassesSorted(t *testing.T) {
	syn := map[string][]string{}
	for _, c := range []string{"zeppelin", "aardvark", "marmot", "kestrel", "bison", "yak", "heron"} {
		syn[c] = nil
	}
	want := slices.Sorted(maps.Keys(syn))
	for range 5 {
		lex, err := claims.NewLexicon(claims.Additions{Synonyms: syn})
		if err != nil {
			t.Fatal(err)
		}
		cls := lex.Classes()
		if got := cls[len(cls)-len(want):]; !slices.Equal(got, want) {
			t.Fatalf("new classes %q, want %q", got, want)
		}
	}
}

// entityContextTests are sentences and the context words they get from a
// list of names of one entity.
var entityContextTests = []struct {
	name  string
	names []string
	text  string
	// has and hasNot are context words the claim's sentence must and must
	// not hold.
	has, hasNot []string
}{
	{"long form", []string{"Northern Grid Authority", "the grid operator"}, "The Northern Grid Authority said 40 homes were without power.", []string{"operator", "nga"}, nil},
	{"description without its article", []string{"Northern Grid Authority", "the grid operator"}, "Grid operator engineers said 40 homes were without power.", []string{"authority", "northern", "nga"}, nil},
	{"possessive", []string{"Northern Grid Authority", "the grid operator"}, "The grid operator's engineers said 40 homes were without power.", []string{"authority"}, nil},
	{"case ignored", []string{"Northern Grid Authority", "the grid operator"}, "Engineers at the northern grid authority said 40 homes were without power.", []string{"operator"}, nil},
	{"part of a name only", []string{"Northern Grid Authority", "the grid operator"}, "Grid engineers said 40 homes were without power.", nil, []string{"operator", "authority"}},
	{"a topic word with a proper name", []string{"Red Hand Brigade", "militants"}, "The militants fired 40 rockets.", []string{"brigade", "rhb", "militant"}, nil},
	{"word in capitals", []string{"WHO", "World Health Organization"}, "The WHO said 30 clinics had closed.", []string{"world", "health", "who"}, nil},
	{"word in capitals written in lower case", []string{"WHO", "World Health Organization"}, "Officials who visited said 30 clinics had closed.", []string{"official"}, []string{"world", "health"}},
}

func TestEntityContext(t *testing.T) {
	for _, tc := range entityContextTests {
		t.Run(tc.name, func(t *testing.T) {
			lex, err := claims.NewLexicon(claims.Additions{Aliases: [][]string{tc.names}})
			if err != nil {
				t.Fatal(err)
			}
			cs := claims.NewExtractor(lex).Extract(claims.Document{Path: "t", Text: []byte(tc.text)})
			if len(cs) == 0 {
				t.Fatalf("no claim in %q", tc.text)
			}
			ctx := cs[0].Context
			for _, w := range tc.has {
				if !slices.Contains(ctx, w) {
					t.Errorf("context %q lacks %q", ctx, w)
				}
			}
			for _, w := range tc.hasNot {
				if slices.Contains(ctx, w) {
					t.Errorf("context %q holds %q", ctx, w)
				}
			}
		})
	}
}

// subjectTests are figures stated of a name of an entity list, and the
// subject they are given.
var subjectTests = []struct {
	text, want string
}{
	{"Project Falcon cost $2.1 billion.", "Project Falcon / Hawk initiative"},
	{"The Hawk Initiative cost $2.4 billion.", "Project Falcon / Hawk initiative"},
	{"The Hawk initiative cost $2.4 billion.", "Project Falcon / Hawk initiative"},
	{"Alderton's Project Falcon cost $2.1 billion.", "Project Falcon / Hawk initiative"},
	{"Project Osprey cost $2.1 billion.", "Project Osprey"},
	{"The initiative cost $2.1 billion.", ""},
}

func TestAliasSubject(t *testing.T) {
	lex, err := claims.NewLexicon(claims.Additions{Aliases: [][]string{{"Project Falcon", "the Hawk initiative"}}})
	if err != nil {
		t.Fatal(err)
	}
	x := claims.NewExtractor(lex)
	for _, tc := range subjectTests {
		cs := x.Extract(claims.Document{Path: "t", Text: []byte(tc.text)})
		if len(cs) != 1 || cs[0].Subject != tc.want {
			var got []string
			for _, c := range cs {
				got = append(got, c.Subject)
			}
			t.Errorf("subjects of %q: %q, want %q", tc.text, strings.Join(got, ", "), tc.want)
		}
	}
}
