package claims

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// respellTests pairs words with their canonical spelling; a word that is
// its own canonical spelling must be left alone by every rule.
var respellTests = []struct{ in, want string }{
	// listed words
	{"defence", "defense"},
	{"defences", "defenses"},
	{"offence", "offense"},
	{"licence", "license"},
	{"programme", "program"},
	{"programmes", "programs"},
	{"travelled", "traveled"},
	{"travellers", "travelers"},
	{"grey", "gray"},
	{"tyres", "tires"},
	{"practised", "practiced"},
	{"co-operation", "cooperation"},
	// rules
	{"mobilise", "mobilize"},
	{"mobilised", "mobilized"},
	{"organisation", "organization"},
	{"organisations", "organizations"},
	{"organisers", "organizers"},
	{"criticising", "criticizing"},
	{"analyse", "analyze"},
	{"paralysed", "paralyzed"},
	{"catalogue", "catalog"},
	{"dialogues", "dialogs"},
	{"labour", "labor"},
	{"labourers", "laborers"},
	{"favourite", "favorite"},
	{"neighbourhood", "neighborhood"},
	{"centre", "center"},
	{"centres", "centers"},
	{"metre", "meter"},
	{"kilometres", "kilometers"},
	// left alone: the -ise words that are no -ize verbs
	{"size", "size"}, {"rise", "rise"}, {"rising", "rising"}, {"arise", "arise"},
	{"precise", "precise"}, {"imprecise", "imprecise"}, {"surprise", "surprise"},
	{"unsurprising", "unsurprising"}, {"exercise", "exercise"}, {"exercised", "exercised"},
	{"advise", "advise"}, {"advisers", "advisers"}, {"televise", "televise"},
	{"televised", "televised"}, {"compromise", "compromise"}, {"enterprise", "enterprise"},
	{"enterprises", "enterprises"}, {"franchise", "franchise"}, {"merchandise", "merchandise"},
	{"promise", "promise"}, {"promising", "promising"}, {"premise", "premise"},
	{"premises", "premises"}, {"expertise", "expertise"}, {"otherwise", "otherwise"},
	{"clockwise", "clockwise"}, {"concise", "concise"}, {"revised", "revised"},
	{"supervisor", "supervisor"}, {"improvisation", "improvisation"},
	{"advertising", "advertising"}, {"raise", "raise"}, {"fundraiser", "fundraiser"},
	{"noise", "noise"}, {"cruiser", "cruiser"}, {"disguised", "disguised"},
	{"crises", "crises"}, {"uprising", "uprising"}, {"wiser", "wiser"},
	// left alone: other endings
	{"analyses", "analyses"}, {"geyser", "geyser"}, {"hour", "hour"}, {"hours", "hours"},
	{"four", "four"}, {"tour", "tour"}, {"detour", "detour"}, {"flour", "flour"},
	{"downpour", "downpour"}, {"outpouring", "outpouring"}, {"glamour", "glamour"},
	{"string", "string"}, {"hamstring", "hamstring"}, {"hatred", "hatred"},
	{"rogue", "rogue"}, {"vogue", "vogue"}, {"fence", "fence"}, {"science", "science"},
	{"compelled", "compelled"}, {"killed", "killed"},
	// left alone: American words that are also other words
	{"meter", "meter"}, {"tire", "tire"}, {"tired", "tired"}, {"story", "story"},
	{"storey", "storey"}, {"check", "check"}, {"cheque", "cheque"}, {"draft", "draft"},
	{"tonne", "tonne"}, {"ton", "ton"},
}

func TestRespell(t *testing.T) {
	lex := MustDefaultLexicon()
	for _, tc := range respellTests {
		if got := lex.spell.canon(tc.in); got != tc.want {
			t.Errorf("canon(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if got := lex.spell.canon(tc.want); got != tc.want {
			t.Errorf("canon(%q) = %q, want it unchanged", tc.want, got)
		}
	}
}

// spellingPairs are sentences that differ only in spelling: each pair must
// give claims with the same keys and the same contexts, with single- and
// multi-word topic forms.
var spellingPairs = []struct{ name, british, american string }{
	{"defence spending", "Defence spending reached $40 billion last year.", "Defense spending reached $40 billion last year."},
	{"hospitalised", "Twelve people were hospitalised after the blast.", "Twelve people were hospitalized after the blast."},
	{"offences", "He faces 12 offences of fraud.", "He faces 12 offenses of fraud."},
	{"programme", "The government launched a $40m programme for schools.", "The government launched a $40m program for schools."},
	{"mobilised", "The army mobilised 40,000 reservists.", "The army mobilized 40,000 reservists."},
	{"dialogue", "It was the third dialogue between the ministries.", "It was the third dialog between the ministries."},
	{"evacuation centre", "About 300 people stayed at the evacuation centre.", "About 300 people stayed at the evacuation center."},
	{"labour union", "The labour union has 40,000 members.", "The labor union has 40,000 members."},
	{"guard of honour", "A guard of honour of 40 soldiers met the organisers.", "A guard of honor of 40 soldiers met the organizers."},
	{"co-operation agreements", "They signed 15 co-operation agreements.", "They signed 15 cooperation agreements."},
	{"travelled kilometres", "The team travelled 40 kilometres to the theatre.", "The team traveled 40 kilometers to the theater."},
	{"licences", "The agency issued 300 licences to grey-market traders.", "The agency issued 300 licenses to gray-market traders."},
}

func TestSpellingsShareTopicAndContext(t *testing.T) {
	x := NewExtractor(MustDefaultLexicon())
	describe := func(text string) []string {
		var out []string
		for _, c := range x.Extract(Document{Path: "t", Text: []byte(text)}) {
			out = append(out, c.Key()+" "+strings.Join(c.Context, ","))
		}
		return out
	}
	for _, tc := range spellingPairs {
		t.Run(tc.name, func(t *testing.T) {
			b, a := describe(tc.british), describe(tc.american)
			if len(b) == 0 || !slices.Equal(b, a) {
				t.Errorf("British %q\n got %q\nAmerican %q\n got %q", tc.british, b, tc.american, a)
			}
		})
	}
}

// TestTopicFormsRespelled checks that forms listed in either spelling in
// topics.txt, and the words of multi-word forms, are filed respelled.
func TestTopicFormsRespelled(t *testing.T) {
	lex := MustDefaultLexicon()
	for form, cls := range lex.forms {
		if c := lex.spell.canon(form); c != form {
			t.Errorf("form %q of class %q is filed as written, want %q", form, lex.classes[cls], c)
		}
	}
	for last, list := range lex.phrases {
		for _, p := range list {
			for _, w := range p.words {
				if c := lex.spell.canon(w); c != w && p.class >= 0 {
					t.Errorf("phrase %q (filed under %q) holds %q, want %q", p.words, last, w, c)
				}
			}
		}
	}
}

// TestIrregularRespelled checks that every irregular form still reads as
// its lemma once respelled ("travelled" is read as "traveled").
func TestIrregularRespelled(t *testing.T) {
	lex := MustDefaultLexicon()
	for form, lemma := range lex.irregular {
		c := lemmaCandidates(lex.spell.canon(form), lex.irregular)
		if !slices.Contains(c.c[:c.n], lex.spell.canon(lemma)) {
			t.Errorf("%q respelled %q has lemmas %q, none of them %q", form, lex.spell.canon(form), c.c[:c.n], lemma)
		}
	}
}

func TestLoadSpellingsErrors(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"one word", "colour\n", "s.txt:1: want WORD CANONICAL, rule FAMILY MIN: FROM>TO..., or keep FAMILY: WORD, WORD"},
		{"respelled twice", "# two ways\ncolour color\ncolour colr\n", `s.txt:3: "colour" is already spelled "color"`},
		{"short word", "ax axe\n", `s.txt:1: want a lower-case word of four letters or more, not "ax"`},
		{"bad length", "rule ise x: ise>ize\n", `s.txt:1: bad least length "x"`},
		{"bad rule", "rule ise 3: ise-ize\n", `s.txt:1: want FROM>TO, not "ise-ize"`},
		{"kept word of another family", "keep ise: detour\n", `s.txt:1: "detour" does not end in "ise"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var lex Lexicon
			err := lex.loadSpellings(strings.NewReader(tc.data), "s.txt")
			var de *DataError
			if !errors.As(err, &de) || err.Error() != tc.want {
				t.Errorf("loadSpellings(%q) = %v, want %s", tc.data, err, tc.want)
			}
		})
	}
}

// FuzzRespell checks that respelling never panics, that a respelled word
// stays as it is (canon(canon(w)) == canon(w)), and that a rule changes no
// more than the longest ending of the data ("isations").
func FuzzRespell(f *testing.F) {
	for _, tc := range respellTests {
		f.Add(tc.in)
	}
	lex := MustDefaultLexicon()
	f.Fuzz(func(t *testing.T, w string) {
		c := lex.spell.canon(w)
		if again := lex.spell.canon(c); again != c {
			t.Fatalf("canon(%q) = %q, but canon(%q) = %q", w, c, c, again)
		}
		if _, listed := lex.spell.words[w]; !listed && c != w {
			p := 0
			for p < len(w) && p < len(c) && w[p] == c[p] {
				p++
			}
			if len(w)-p > len("isations") {
				t.Fatalf("canon(%q) = %q changes more than an ending", w, c)
			}
		}
	})
}
