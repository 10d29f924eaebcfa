package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
)

// nameClaim is a name claim for the tests: role "" is a name without one.
func nameClaim(src, role, subject, name string, loose bool, ctx ...string) claims.Claim {
	topic := role
	if topic == "" {
		topic, loose = personTopic, true
	}
	return claims.Claim{Source: src, Topic: topic, Attribute: "name", Subject: subject, Loose: loose,
		Value: claims.Value{Kind: claims.Name, Text: name}, Text: name, Context: ctx}
}

var alignNameTests = []struct {
	name    string
	sources [][]claims.Claim
	want    []string // "status key: value, value (note)"
}{
	{"same spelling in a role", [][]claims.Claim{
		{nameClaim("a", "mayor", "Harlow Falls", "Tom Reddick", false)},
		{nameClaim("b", "mayor", "Harlow Falls", "Tom Reddick", false)},
	}, []string{"agree mayor/name: Tom Reddick, Tom Reddick"}},
	{"diacritics", [][]claims.Claim{
		{nameClaim("a", "minister", "health", "Armindo Tembé", false)},
		{nameClaim("b", "minister", "Health", "Armindo Tembe", false)},
	}, []string{"variant minister/name: Armindo Tembé, Armindo Tembe (the sources spell the name differently (diacritics))"}},
	{"particle and hyphen", [][]claims.Claim{
		{nameClaim("a", "chief financial officer", "", "Karim al-Masri", true)},
		{nameClaim("b", "chief financial officer", "", "Karim Al Masri", true)},
	}, []string{"variant chief financial officer/name: Karim al-Masri, Karim Al Masri (the sources spell the name differently (capitalisation; hyphenation or spacing))"}},
	{"near spelling in different roles", [][]claims.Claim{
		{nameClaim("a", "chief executive", "Mercia", "Fiona Renick", false)},
		{nameClaim("b", "", "", "Fiona Rennick", true)},
	}, []string{"variant chief executive/name: Fiona Renick, Fiona Rennick (the sources spell the name differently (spelling))"}},
	{"no role, same spelling", [][]claims.Claim{
		{nameClaim("a", "", "", "Lena Hartmann", true)},
		{nameClaim("b", "", "", "Lena Hartmann", true)},
	}, nil},
	{"no role, spelled differently", [][]claims.Claim{
		{nameClaim("a", "", "", "Katarina Veselá", true)},
		{nameClaim("b", "", "", "Katarina Vesela", true)},
	}, []string{"variant person/name: Katarina Veselá, Katarina Vesela (the sources spell the name differently (diacritics))"}},
	{"no role and a role", [][]claims.Claim{
		{nameClaim("a", "coach", "", "Henrik Lindqvist", false)},
		{nameClaim("b", "", "", "Henrik Lindqvist", true)},
	}, []string{"agree coach/name: Henrik Lindqvist, Henrik Lindqvist"}},
	{"one source", [][]claims.Claim{
		{nameClaim("a", "judge", "", "Amelia Stroud", false)},
		{nameClaim("b", "", "", "Lena Hartmann", true)},
	}, []string{"single judge/name: Amelia Stroud"}},
	{"different first names", [][]claims.Claim{
		{nameClaim("a", "", "", "Maria Rossi", true), nameClaim("a", "", "", "Denise O'Rourke", true)},
		{nameClaim("b", "", "", "Mario Rossi", true), nameClaim("b", "", "", "Caitlin O'Rourke", true)},
	}, nil},
	{"different holders of a post", [][]claims.Claim{
		{nameClaim("a", "mayor", "Brezno", "Mirela Dobos", false)},
		{nameClaim("b", "mayor", "Brezno", "Ivan Kral", false)},
	}, []string{"conflict mayor/name: Mirela Dobos, Ivan Kral (the sources name different holders of the role)"}},
	{"ministers of different portfolios", [][]claims.Claim{
		{nameClaim("a", "minister", "health", "Ana Pires", false)},
		{nameClaim("b", "minister", "finance", "Rui Vaz", false)},
	}, []string{"single minister/name: Ana Pires", "single minister/name: Rui Vaz"}},
	{"a source names both", [][]claims.Claim{
		{nameClaim("a", "mayor", "Brezno", "Mirela Dobos", false), nameClaim("a", "", "", "Ivan Kral", true)},
		{nameClaim("b", "mayor", "Brezno", "Ivan Kral", false)},
	}, []string{"agree mayor/name: Ivan Kral, Ivan Kral", "single mayor/name: Mirela Dobos"}},
	{"a past holder", [][]claims.Claim{
		{nameClaim("a", "mayor", "Brezno", "Mirela Dobos", true)},
		{nameClaim("b", "mayor", "Brezno", "Ivan Kral", false)},
	}, []string{"single mayor/name: Mirela Dobos", "single mayor/name: Ivan Kral"}},
	{"no qualifier, unlike sentences", [][]claims.Claim{
		{nameClaim("a", "chief executive", "", "Ana Ruiz", false, "ceo", "deal", "said")},
		{nameClaim("b", "chief executive", "", "Rosalind Achterberg", false, "board", "year")},
	}, []string{"single chief executive/name: Ana Ruiz", "single chief executive/name: Rosalind Achterberg"}},
	{"two in the role in one source", [][]claims.Claim{
		{nameClaim("a", "judge", "", "Amelia Stroud", false, "court"), nameClaim("a", "judge", "", "Simon Barraclough", false, "court")},
		{nameClaim("b", "judge", "", "Paul Weir", false, "court")},
	}, []string{"single judge/name: Amelia Stroud", "single judge/name: Simon Barraclough", "single judge/name: Paul Weir"}},
	{"majority of three", [][]claims.Claim{
		{nameClaim("a", "captain", "", "Helena Vasconcelos", false, "flight", "land")},
		{nameClaim("b", "captain", "", "Helena Vasconcelos", false, "flight", "land")},
		{nameClaim("c", "captain", "", "Rui Falcao", false, "flight", "land")},
	}, []string{"conflict captain/name: Helena Vasconcelos, Helena Vasconcelos, Rui Falcao (the sources name different holders of the role) majority a,b outliers c"}},
}

func TestAlignNames(t *testing.T) {
	for _, tc := range alignNameTests {
		t.Run(tc.name, func(t *testing.T) {
			var srcs []Source
			for i, cs := range tc.sources {
				srcs = append(srcs, Source{Path: string(rune('a' + i)), Claims: cs})
			}
			var got []string
			for _, f := range Align(srcs, Options{}).Findings {
				var vals []string
				for _, c := range f.Claims {
					vals = append(vals, c.Value.Text)
				}
				s := f.Status.String() + " " + f.Key + ": " + strings.Join(vals, ", ")
				if f.Note != "" {
					s += " (" + f.Note + ")"
				}
				if f.Majority != nil {
					s += " majority " + strings.Join(f.Majority, ",") + " outliers " + strings.Join(f.Outliers, ",")
				}
				got = append(got, s)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Align\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

var sameNameTests = []struct {
	a, b string
	want bool
}{
	{"Yoon Suk Yeol", "Yoon Suk-yeol", true},
	{"Thierry Lemasson", "Thierry Le Masson", true},
	{"Jürgen Kessler", "Juergen Kessler", true},
	{"Deborah Whitlock", "Deborah Whitlocke", true},
	{"Eusebio Ccama", "Eusebio Cama", true},
	{"Arnel Baculi", "Arnel Bacule", true},
	{"Caitlyn O'Rourke", "Caitlin O'Rourke", true},
	{"Anneliese Voorhuis", "Annelies Voorhuis", true},
	{"Tom J. Reddick", "Tom Reddick", true},
	{"Maria Rossi", "Mario Rossi", false}, // a first name's final vowel
	{"Jan Novak", "Jana Novak", false},    // a short word
	{"Laurent Dufresne", "Marguerite Dufresne", false},
	{"Fiona Renick", "Fiona Rennock", false}, // two letters
	{"Fiona Renick", "Fiona Benick", false},  // the first letter
	{"Denise O'Rourke", "Caitlin O'Rourke", false},
}

func TestSameName(t *testing.T) {
	for _, tc := range sameNameTests {
		if got := sameName(claims.FoldName(tc.a), claims.FoldName(tc.b)); got != tc.want {
			t.Errorf("sameName(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

var differenceTests = []struct {
	a, b string
	want string
}{
	{"Yoon Suk Yeol", "Yoon Suk-yeol", "capitalisation; hyphenation or spacing"},
	{"Katarina Veselá", "Katarina Vesela", "diacritics"},
	{"Osei-Bonsu", "Osei Bonsu", "hyphenation or spacing"},
	{"Fiona Renick", "Fiona Rennick", "spelling"},
	{"Juergen Kessler", "Jurgen Kessler", "romanisation"},
	{"Tom Reddick", "Tom Reddick", ""},
}

func TestNameDifferences(t *testing.T) {
	for _, tc := range differenceTests {
		if got := strings.Join(nameDifferences(tc.a, tc.b), "; "); got != tc.want {
			t.Errorf("nameDifferences(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}
