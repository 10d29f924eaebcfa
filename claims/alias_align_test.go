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
	x := claims.NewExtractor(claims.MustDefaultLexicon())
	for _, tc := range alignTests {
		t.Run(tc.name, func(t *testing.T) {
			var sources []compare.Source
			for i, text := range tc.texts {
				path := fmt.Sprintf("%c.txt", 'a'+i)
				sources = append(sources, compare.Source{Path: path, Claims: x.Extract(claims.Document{Path: path, Text: []byte(text)})})
			}
			var got []string
			for _, f := range compare.Align(sources, compare.Options{}).Findings {
				if f.Key != tc.key {
					continue
				}
				var vs []string
				for _, c := range f.Claims {
					vs = append(vs, c.Source+"="+c.Value.String())
				}
				got = append(got, f.Status.String()+": "+strings.Join(vs, ", "))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("findings of %s\n got %q\nwant %q", tc.key, got, tc.want)
			}
		})
	}
}
