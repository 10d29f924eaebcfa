package claims

import (
	"slices"
	"strings"
	"testing"
)

// nameTests are short texts and the names in a role they give, written
// "role/name=Name|subject", with "~" after a loose claim.
var nameTests = []struct {
	name string
	in   string
	want []string
}{
	// A title before the name.
	{"capitalised title", "Fisheries Minister Joana Martel opened the harbour.", []string{"minister/name=Joana Martel|Fisheries"}},
	{"title alone", "Judge Amelia Stroud adjourned the hearing.", []string{"judge/name=Amelia Stroud|"}},
	{"synonym of a role", "Veltra CEO Henrik Saarela spoke first.", []string{"chief executive/name=Henrik Saarela|Veltra"}},
	{"lower-case title and a past role", "The former finance minister Oskar Lind resigned.", []string{"minister/name=Oskar Lind|finance~"}},
	{"abbreviated title", "Gov. Ruth Amsel declared an emergency.", []string{"governor/name=Ruth Amsel|"}},
	{"chain of titles", "Deputy Mayor Ana Lind spoke.", []string{"mayor/name=Ana Lind|Deputy"}},
	{"particle in a name", "Former Talon CFO Samir al-Hassan testified.", []string{"chief financial officer/name=Samir al-Hassan|Talon~"}},
	{"hyphen in a role", "The vice-president Mara Quint arrived.", []string{"vice president/name=Mara Quint|"}},
	{"no lower-case words before a capitalised title", "The airline praised Captain Ivo Brandt.", []string{"captain/name=Ivo Brandt|"}},
	// A role in apposition after the name.
	{"apposition with a qualifier after", "Mirela Dobos, the mayor of Brezno, said roads were shut.", []string{"mayor/name=Mirela Dobos|Brezno"}},
	{"apposition with a possessive", "Henrik Saarela, Veltra's chief executive, said profits rose.", []string{"chief executive/name=Henrik Saarela|Veltra"}},
	{"apposition without a determiner", "Ana Ruiz, chief executive, said sales fell.", []string{"chief executive/name=Ana Ruiz|"}},
	{"indefinite apposition", "Tomas Berg, a spokesman for the port authority, said so.", []string{"spokesperson/name=Tomas Berg|port authority~"}},
	{"courtesy title in apposition", "Dr Lina Moreau, the health minister, said so.", []string{"minister/name=Lina Moreau|health"}},
	// A role in apposition before the name.
	{"apposition before", "The operator, Nordlink Ferries, said it would help.", []string{"operator/name=Nordlink Ferries|"}},
	{"owner with a legal form", "The ship was bought by its owner, Baltic Shipping Ltd, in 2011.", []string{"owner/name=Baltic Shipping|~"}},
	// "as" a role, and a verb naming the holder.
	{"as a role", "Rafael Costa took over as chief executive of Lumen Foods in 2019.", []string{"chief executive/name=Rafael Costa|Lumen Foods~"}},
	{"operated by", "The plant is operated by Kestrel Energy.", []string{"operator/name=Kestrel Energy|"}},
	{"adjectives after a verb", "It was built by Danish and German engineers.", nil},
	// Names that are not in a role.
	{"organisation after a title word", "General Motors said sales rose.", nil},
	{"one word after a title", "She stayed at the President Hotel.", nil},
	{"weekday after a role", "Police told the mayor Monday that roads were shut.", nil},
	{"person by age", "Lena Hartmann, 31, won the race.", []string{"person/name=Lena Hartmann|~"}},
	{"person by surname and speech", "Lena Hartmann won the race. Hartmann said she was tired.", []string{"person/name=Lena Hartmann|~"}},
	{"organisation that speaks", "The Central Bank said rates would rise. The Central Bank said so again.", nil},
	{"place named alone", "Rain hit Western Europe. Across Europe, rivers rose.", nil},
	{"team with who", "Sporting Tavira, who were playing, lost. Tavira fought back.", nil},
	// One claim per name and role.
	{"same role twice", "Mayor Ines Koller spoke. Later Mayor Ines Koller left.", []string{"mayor/name=Ines Koller|"}},
	{"surname alone after the full name", "Coach Pavel Novak arrived. Novak, the coach, said it was hard.", []string{"coach/name=Pavel Novak|"}},
	{"role and no role", "Mayor Ines Koller spoke. Ines Koller, 52, left.", []string{"mayor/name=Ines Koller|"}},
	{"two ministers", "Health Minister Ana Pires met Finance Minister Rui Vaz.", []string{"minister/name=Ana Pires|Health", "minister/name=Rui Vaz|Finance"}},
}

func TestNames(t *testing.T) {
	x := NewExtractor(MustDefaultLexicon())
	for _, tc := range nameTests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(Document{Path: "t.txt", Text: []byte(tc.in)}) {
				if c.Value.Kind != Name {
					continue
				}
				s := c.Key() + "=" + c.Value.Text + "|" + c.Subject
				if c.Loose {
					s += "~"
				}
				got = append(got, s)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Extract(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestNameEvidence checks the evidence of a name claim: it spans the role
// and the name, and its sentence and position are those of the mention.
func TestNameEvidence(t *testing.T) {
	text := "Heavy rain fell.\nMirela Dobos, the mayor of Brezno, said roads were shut.\n"
	x := NewExtractor(MustDefaultLexicon())
	cs := x.Extract(Document{Path: "t.txt", Text: []byte(text)})
	if len(cs) != 1 {
		t.Fatalf("got %d claims, want 1: %+v", len(cs), cs)
	}
	c := cs[0]
	if c.Text != "Mirela Dobos, the mayor of Brezno" || text[c.Span[0]:c.Span[1]] != c.Text {
		t.Errorf("text %q span %v", c.Text, c.Span)
	}
	if c.Line != 2 || c.Column != 1 || !strings.HasPrefix(c.Sentence, "Mirela Dobos") {
		t.Errorf("at %d:%d in %q", c.Line, c.Column, c.Sentence)
	}
}

var foldTests = []struct {
	in   string
	want string
}{
	{"Katarina Veselá", "katarina vesela"},
	{"Nguyễn Văn An", "nguyen vanan"}, // "van" is a particle: joined, as in "Nguyen Van An"
	{"Karim al-Masri", "karim almasri"},
	{"Karim Al Masri", "karim almasri"},
	{"Thierry Le Masson", "thierry lemasson"},
	{"Jürgen Kessler", "jurgen kessler"},
	{"Juergen Kessler", "jurgen kessler"},
	{"Joe Ng", "joe ng"}, // "oe" at the end of a word is kept
	{"Yoon Suk-yeol", "yoon suk yeol"},
	{"Caitlin O’Rourke", "caitlin orourke"},
	{"Søren Ødegaard", "soren odegaard"},
	{"Visayan Star Lines Inc", "visayan star lines"},
	{"Dr Armindo Tembé", "armindo tembe"},
	{"Tom J. Reddick", "tom j reddick"},
	{"", ""},
}

func TestFoldName(t *testing.T) {
	for _, tc := range foldTests {
		if got := strings.Join(FoldName(tc.in), " "); got != tc.want {
			t.Errorf("FoldName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzFoldName checks that folding does not panic and that a folded name
// folds to itself.
func FuzzFoldName(f *testing.F) {
	for _, tc := range foldTests {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := strings.Join(FoldName(s), " ")
		if twice := strings.Join(FoldName(once), " "); twice != once {
			t.Errorf("FoldName(%q) = %q, which folds to %q", s, once, twice)
		}
	})
}

// TestNameData checks that the names data loads and that a role form is
// found by its last word.
func TestNameData(t *testing.T) {
	n := defaultNames()
	if len(n.classes) == 0 {
		t.Fatal("no role classes in data/names.txt")
	}
	forms := n.forms["executive"]
	if len(forms) == 0 || n.classes[forms[0].class].name != "chief executive" || !n.classes[forms[0].class].unique {
		t.Errorf("forms of \"executive\": %+v", forms)
	}
	for _, bad := range []string{"x: a\ny: a\n", "@unknown: a\n", "@letter: ab c\n", "no colon\n"} {
		if _, err := parseNames(strings.NewReader(bad), "t.txt"); err == nil {
			t.Errorf("parseNames(%q) gives no error", bad)
		}
	}
}
