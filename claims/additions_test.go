package claims_test

import (
	"errors"
	"fmt"
	"maps"
	"slices"
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
		claims.AdditionError{Field: "synonyms", Key: " ", Item: -1, Msg: "empty class name"},
	},
	{
		"empty form",
		claims.Additions{Synonyms: map[string][]string{"kill": {"slain", " "}}},
		claims.AdditionError{Field: "synonyms", Key: "kill", Item: 1, Msg: "empty form"},
	},
	{
		"form of another class",
		claims.Additions{Synonyms: map[string][]string{"injure": {"maul", "slay"}}},
		claims.AdditionError{Field: "synonyms", Key: "injure", Item: 1, Msg: `"slay" is already in class "kill"`},
	},
	{
		"form of another class in its other spelling",
		claims.Additions{Synonyms: map[string][]string{"cost": {"hospitalise"}}},
		claims.AdditionError{Field: "synonyms", Key: "cost", Item: 0, Msg: `"hospitalize" is already in class "hospitalise"`},
	},
	{
		"phrase of another class",
		claims.Additions{Synonyms: map[string][]string{"injure": {"death  toll"}}},
		claims.AdditionError{Field: "synonyms", Key: "injure", Item: 0, Msg: `"death toll" is already in class "kill"`},
	},
	{
		"not words",
		claims.Additions{Synonyms: map[string][]string{"kill": {"covid-19 death"}}},
		claims.AdditionError{Field: "synonyms", Key: "kill", Item: 0, Msg: `"covid-19" is not a word, nor words joined by hyphens`},
	},
	{
		"too many words",
		claims.Additions{Synonyms: map[string][]string{"evacuate": {"move out of harm's way"}}},
		claims.AdditionError{Field: "synonyms", Key: "evacuate", Item: 0, Msg: `"move out of harm's way" has 5 words; a form has 4 at most`},
	},
	{
		"function word",
		claims.Additions{Synonyms: map[string][]string{"kill": {"The"}}},
		claims.AdditionError{Field: "synonyms", Key: "kill", Item: 0, Msg: `"the" is a function word, which names no topic`},
	},
	{
		"word of dates",
		claims.Additions{Synonyms: map[string][]string{"protest": {"march"}}},
		claims.AdditionError{Field: "synonyms", Key: "protest", Item: 0, Msg: `"march" is read as part of a figure or a date`},
	},
	{
		"new class that is a form of another",
		claims.Additions{Synonyms: map[string][]string{"Fatality": {"body bag"}}},
		claims.AdditionError{Field: "synonyms", Key: "Fatality", Item: -1, Msg: `new class "fatality": "fatality" is already in class "kill"`},
	},
	{
		"classes in sorted order",
		claims.Additions{Synonyms: map[string][]string{"zorb": {"quaffle"}, "blorb": {"quaffle"}}},
		claims.AdditionError{Field: "synonyms", Key: "zorb", Item: 0, Msg: `"quaffle" is already in class "blorb"`},
	},
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
	place := fmt.Sprintf("[%q]", e.Key)
	if e.Item >= 0 {
		place += fmt.Sprintf("[%d]", e.Item)
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
