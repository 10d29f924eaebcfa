package claims

import (
	"slices"
	"testing"
)

// learnTests pairs a text with the entities learned from it, written
// "ACR=Long Form" for an acronym and "head=Name" for a description.
var learnTests = []struct {
	name, in string
	want     []string
}{
	{"acronym after", "The Northern Grid Authority (NGA) runs the grid.", []string{"NGA=Northern Grid Authority"}},
	{"acronym before", "THAAD (Terminal High Altitude Area Defense) was deployed.", []string{"THAAD=Terminal High Altitude Area Defense"}},
	{"long form after a name", "Officials told Smith the National Education Union (NEU) had voted.", []string{"NEU=National Education Union"}},
	{"function word letters", "Transport for London (TfL) ran 40 buses.", []string{"TfL=Transport for London"}},
	{"word left out", "The Centers for Disease Control and Prevention (CDC) said so.", []string{"CDC=Centers for Disease Control and Prevention"}},
	{"hyphenated word", "The Organisation for Economic Co-operation and Development (OECD) said so.", []string{"OECD=Organisation for Economic Co-operation and Development"}},
	{"initials that do not match", "The Northern Grid Authority (BBC) said so.", nil},
	{"not a name", "Output fell in the third quarter (Q3).", nil},
	{"first long form kept", "The Northern Grid Authority (NGA) met the National Gas Agency (NGA).", []string{"NGA=Northern Grid Authority"}},
	{"apposition, name first", "Meridian Rail, the operator, cut 40 trains.", []string{"operator=Meridian Rail"}},
	{"apposition, description first", "The rail operator, Meridian Rail, cut 40 trains.", []string{"operator=Meridian Rail"}},
	{"apposition after a reporting verb", "Trains were cut, said the operator, Meridian Rail.", []string{"operator=Meridian Rail"}},
	{"apposition of a one-word name", "Talks were held in Seoul, the capital, on Monday.", []string{"capital=Seoul"}},
	{"sentence adverb", "However, the company, which has 300 staff, grew.", nil},
	{"weekday", "On Monday, the company, which has 300 staff, grew.", nil},
	{"after a preposition", "In the past, Meridian Rail, a private firm, cut 40 jobs.", nil},
	{"description of two names", "Meridian Rail, the operator, and Coastal Lines, the operator, cut trains.", nil},
}

func TestLearnEntities(t *testing.T) {
	x := NewExtractor(MustDefaultLexicon())
	for _, tc := range learnTests {
		t.Run(tc.name, func(t *testing.T) {
			d := &docState{x: x, doc: Document{Text: []byte(tc.in)}, text: []byte(tc.in)}
			d.toks = x.tok.run(d.text)
			d.resetCaches()
			d.learnEntities(d.sentences())
			var got []string
			for _, en := range d.ents {
				switch {
				case en.acronym >= 0:
					got = append(got, string(d.bytes(en.acronym))+"="+d.long(&en))
				case !en.ambiguous:
					got = append(got, en.head+"="+d.long(&en))
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("entities of %q\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// contextTests pairs a document with words that the context of its last
// claim must hold, because a name of the sentence brings them.
var contextTests = []struct {
	name, in string
	want     []string
}{
	{"initials of a long form", "The Northern Grid Authority said 40 homes lost power.", []string{"nga", "northern"}},
	{"word in capitals", "NGA engineers said 40 homes lost power.", []string{"nga"}},
	{"function word in capitals", "The US sent 40 tanks.", []string{"us"}},
	{"dotted capitals", "The U.S. sent 40 tanks.", []string{"us"}},
	{"initials of the long form", "The United States sent 40 tanks.", []string{"us", "united"}},
	{"initials across an ampersand", "Procter & Gamble cut 40 jobs.", []string{"pg", "procter"}},
	{"initials across a hyphen", "Asia-Pacific Economic Cooperation members signed 40 deals.", []string{"apec"}},
	{"acronym brings its long form", "The Northern Grid Authority (NGA) runs the grid. NGA said 40 homes lost power.", []string{"authority", "grid", "nga", "northern"}},
	{"long form brings its acronym", "Transport for London (TfL) runs buses. Transport for London said 40 buses ran late.", []string{"tfl", "tl", "transport"}},
	{"description brings its name", "Meridian Rail, the operator, runs the line. The operator said 40 trains were cancelled.", []string{"meridian", "operator", "rail"}},
	{"modified description", "The operator, Meridian Rail, runs the line. The rail operator cut 40 trains.", []string{"meridian", "rail"}},
	{"title and name", "President Lee Jae Myung met 40 business leaders.", []string{"lee"}},
	{"title and surname", "Mr Lee met 40 business leaders.", []string{"lee"}},
	{"surname", "Lee met 40 business leaders.", []string{"lee"}},
}

func TestContextNames(t *testing.T) {
	x := NewExtractor(MustDefaultLexicon())
	for _, tc := range contextTests {
		t.Run(tc.name, func(t *testing.T) {
			cs := x.Extract(Document{Path: "t", Text: []byte(tc.in)})
			if len(cs) == 0 {
				t.Fatalf("no claims in %q", tc.in)
			}
			ctx := cs[len(cs)-1].Context
			for _, w := range tc.want {
				if !slices.Contains(ctx, w) {
					t.Errorf("context %q of %q lacks %q", ctx, tc.in, w)
				}
			}
			if !slices.IsSorted(ctx) || len(slices.Compact(slices.Clone(ctx))) != len(ctx) {
				t.Errorf("context %q is not sorted and without repeats", ctx)
			}
		})
	}
}

// TestContextLeavesAbbreviations checks that a name's initials are not
// added when they spell an abbreviation of the lexicon: "Meridian Rail" is
// no "Mr".
func TestContextLeavesAbbreviations(t *testing.T) {
	cs := NewExtractor(MustDefaultLexicon()).Extract(Document{Path: "t", Text: []byte("Meridian Rail cut 40 trains.")})
	if len(cs) != 1 || slices.Contains(cs[0].Context, "mr") {
		t.Errorf("claims %+v, want one without \"mr\" in its context", cs)
	}
}

func TestCanonicalSubject(t *testing.T) {
	tests := []struct{ in, want string }{
		{"NEU won 65 percent of the vote.", "NEU"},
		{"The National Education Union (NEU) balloted members. NEU won 65 percent of the vote.", "National Education Union / NEU"},
		{"The National Education Union (NEU) balloted members. The National Education Union won 65 percent.", "National Education Union / NEU"},
		{"The National Education Union won 65 percent of the vote.", "National Education Union / NEU"},
		{"The Terminal High Altitude Area Defense downed 12 drones.", "Terminal High Altitude Area Defense / THAAD"},
		{"Civic Compass won 27.3 percent of the vote.", "Civic Compass"},
		{"Meridian Rail, the operator, cut 40 trains. Meridian Rail cut 40 trains.", "Meridian Rail"},
	}
	x := NewExtractor(MustDefaultLexicon())
	for _, tc := range tests {
		cs := x.Extract(Document{Path: "t", Text: []byte(tc.in)})
		if len(cs) == 0 || cs[len(cs)-1].Subject != tc.want {
			t.Errorf("Extract(%q): claims %+v, want the last of subject %q", tc.in, cs, tc.want)
		}
	}
}
