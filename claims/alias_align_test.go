package claims_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/compare"
)

// alignTests are articles whose figures pair only when the names of one
// entity are read as one: each finding of the key is written "status:
// source=value, ...".
var alignTests = []struct {
	name  string
	texts []string
	key   string
	want  []string
}{
	{
		"acronym learned from brackets",
		[]string{
			"The Northern Grid Authority (NGA) runs the grid in Easton. NGA engineers said 40 homes were still without power.",
			"Engineers at the Northern Grid Authority said 45 homes were still without power. Separately, builders in Weston said 40 homes were sold last month.",
		},
		"house/count",
		[]string{"conflict: a.txt=40 homes, b.txt=45 homes", "single: b.txt=40 homes"},
	},
	{
		"initials across articles",
		[]string{
			"Engineers at the Northern Grid Authority said 45 homes in Easton were still without power.",
			"NGA engineers said 40 homes in Easton were still without power. Builders in Weston said 45 homes were sold last month.",
		},
		"house/count",
		[]string{"conflict: a.txt=45 homes, b.txt=40 homes", "single: b.txt=45 homes"},
	},
	{
		"subjects named by acronym and long form",
		[]string{
			"The Northern Grid Authority (NGA) runs the grid. NGA reconnected 40 homes on Sunday.",
			"The Northern Grid Authority reconnected 40 homes on Sunday.",
			"Easton Water reconnected 25 homes on Sunday.",
		},
		"house/count",
		[]string{"agree: a.txt=40 homes, b.txt=40 homes", "single: c.txt=25 homes"},
	},
	{
		"description in apposition",
		[]string{
			"Meridian Rail, the operator, runs the coast line. The operator said 40 trains were cancelled on the coast line.",
			"Meridian Rail said 55 trains were cancelled on the coast line. Harbour officials said 40 trains were cancelled at the port.",
		},
		"train/count",
		[]string{"conflict: a.txt=40 trains, b.txt=55 trains", "single: b.txt=40 trains"},
	},
}

func TestAlignAliases(t *testing.T) {
	lex := claims.MustDefaultLexicon()
	for _, tc := range alignTests {
		t.Run(tc.name, func(t *testing.T) {
			if got := findingsOf(lex, tc.texts, tc.key); !slices.Equal(got, tc.want) {
				t.Errorf("findings of %s\n got %q\nwant %q", tc.key, got, tc.want)
			}
		})
	}
}

// findingsOf aligns the claims lex reads in texts, named a.txt, b.txt...,
// and writes each finding of the key as "status: source=value, ...".
func findingsOf(lex *claims.Lexicon, texts []string, key string) []string {
	x := claims.NewExtractor(lex)
	var sources []compare.Source
	for i, text := range texts {
		path := fmt.Sprintf("%c.txt", 'a'+i)
		sources = append(sources, compare.Source{Path: path, Claims: x.Extract(claims.Document{Path: path, Text: []byte(text)})})
	}
	var got []string
	for _, f := range compare.Align(sources, compare.Options{}).Findings {
		if f.Key != key {
			continue
		}
		var vs []string
		for _, c := range f.Claims {
			vs = append(vs, c.Source+"="+c.Value.String())
		}
		got = append(got, f.Status.String()+": "+strings.Join(vs, ", "))
	}
	return got
}

// listedAliasTests are articles that name one entity differently, with
// the findings of the key the embedded lexicon gives (without) and those
// a lexicon given the names of the entity gives (with).
var listedAliasTests = []struct {
	name          string
	aliases       [][]string
	texts         []string
	key           string
	without, with []string
}{
	{
		"context words of every name",
		[][]string{{"Project Falcon", "the Hawk initiative"}},
		[]string{
			"Project Falcon will cost $2.1 billion. Project Osprey will cost $2.4 billion.",
			"The Hawk initiative will cost $2.4 billion.",
		},
		"cost/amount",
		[]string{"agree: a.txt=USD 2.4 billion, b.txt=USD 2.4 billion", "single: a.txt=USD 2.1 billion"},
		[]string{"conflict: a.txt=USD 2.1 billion, b.txt=USD 2.4 billion", "single: a.txt=USD 2.4 billion"},
	},
	{
		"a subject of every name",
		[][]string{{"Project Falcon", "the Hawk initiative"}},
		[]string{
			"Project Falcon cost $2.1 billion.",
			"The Hawk Initiative cost $2.4 billion.",
		},
		"cost/amount",
		[]string{"single: a.txt=USD 2.1 billion", "single: b.txt=USD 2.4 billion"},
		[]string{"conflict: a.txt=USD 2.1 billion, b.txt=USD 2.4 billion"},
	},
	{
		"a description in lower case as the subject",
		[][]string{{"Northern Grid Authority", "the grid operator"}},
		[]string{
			"The Northern Grid Authority reconnected 40 homes on Sunday. Easton Water reconnected 45 homes.",
			"The grid operator reconnected 45 homes on Sunday.",
		},
		"house/count",
		[]string{"agree: a.txt=45 homes, b.txt=45 homes", "single: a.txt=40 homes"},
		[]string{"conflict: a.txt=40 homes, b.txt=45 homes", "single: a.txt=45 homes"},
	},
	{
		"names of a topic",
		[][]string{{"evacuation", "move to safety"}},
		[]string{
			"Some 300 residents were evacuated on Monday.",
			"About 400 residents were moved to safety on Monday.",
		},
		"evacuate/count",
		[]string{"single: a.txt=about 300 residents"},
		[]string{"conflict: a.txt=about 300 residents, b.txt=about 400 residents"},
	},
}

func TestAlignListedAliases(t *testing.T) {
	def := claims.MustDefaultLexicon()
	for _, tc := range listedAliasTests {
		t.Run(tc.name, func(t *testing.T) {
			lex, err := claims.NewLexicon(claims.Additions{Aliases: tc.aliases})
			if err != nil {
				t.Fatal(err)
			}
			if got := findingsOf(def, tc.texts, tc.key); !slices.Equal(got, tc.without) {
				t.Errorf("without aliases, findings of %s\n got %q\nwant %q", tc.key, got, tc.without)
			}
			if got := findingsOf(lex, tc.texts, tc.key); !slices.Equal(got, tc.with) {
				t.Errorf("with aliases %q, findings of %s\n got %q\nwant %q", tc.aliases, tc.key, got, tc.with)
			}
		})
	}
}
