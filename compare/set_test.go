package compare

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
)

// setTests pairs the texts of two sources with the findings of sets they
// must give, each written "status: a-items / b-items" (with "—" for a
// source that has none) and the note after " # ". The texts are written
// for the tests.
var setTests = []struct {
	name string
	a, b string
	want []string
}{
	{"equal in another order and spelling",
		"The two countries signed deals covering defence, energy and health.",
		"The countries signed agreements covering energy, health and defense.",
		[]string{"agree: defence, energy, health / energy, health, defense"}},
	{"subset after a cue",
		"The host received a carved mask, a silk scarf and a jar of honey.",
		"The host received gifts including a wooden mask and a jar of honey.",
		[]string{"compatible: carved mask, silk scarf, jar of honey / wooden mask, jar of honey # only a.txt lists: silk scarf"}},
	{"subset with adjectives and plurals",
		"She presented him with a ceremonial sword, a length of hand-dyed silk, a sack of coffee and a clay model of the old palace.",
		"She presented him with an antique sword and silk cloth.",
		[]string{"compatible: ceremonial sword, length of hand-dyed silk, sack of coffee, clay model of the old palace / antique sword, silk cloth # only a.txt lists: sack of coffee, clay model of the old palace"}},
	{"same head, other nouns",
		"He was convicted on six counts of wire fraud, bank fraud and perjury.",
		"He was convicted on charges of tax fraud, mail fraud and perjury.",
		[]string{"compatible: wire fraud, bank fraud, perjury / tax fraud, mail fraud, perjury # only a.txt lists: wire fraud, bank fraud; only b.txt lists: tax fraud, mail fraud"}},
	{"only",
		"The rescuers carried only shovels and buckets.",
		"The rescuers carried shovels, buckets, ropes and stretchers.",
		[]string{"conflict: shovels, buckets / shovels, buckets, ropes, stretchers # given as complete by a.txt, which others' items exceed; only b.txt lists: ropes, stretchers"}},
	{"count",
		"The delegation brought two gifts: a vase and a painting.",
		"The delegation brought a vase, a painting and a rug.",
		[]string{"conflict: vase, painting / vase, painting, rug # given as complete by a.txt, which others' items exceed; only b.txt lists: rug"}},
	{"disjoint",
		"Donors sent tents, blankets and stoves.",
		"Donors sent rice, beans and flour.",
		[]string{"single: tents, blankets, stoves / —", "single: — / rice, beans, flour"}},
	{"earlier event",
		"Last year the king gave her a sword, a shield and a helmet.",
		"On Monday the king gave her a sword, a shield and a horse.",
		[]string{"single: sword, shield, helmet / —", "single: — / sword, shield, horse"}},
}

func TestAlignSets(t *testing.T) {
	x := claims.NewExtractor(claims.MustDefaultLexicon())
	pub := claims.CalendarDate{Year: 2025, Month: 6, Day: 4}
	for _, tc := range setTests {
		t.Run(tc.name, func(t *testing.T) {
			var srcs []Source
			for _, d := range []struct{ path, text string }{{"a.txt", tc.a}, {"b.txt", tc.b}} {
				cs := x.Extract(claims.Document{Path: d.path, Text: []byte(d.text), Published: pub})
				srcs = append(srcs, Source{Path: d.path, Published: pub, Claims: cs})
			}
			var got []string
			for _, f := range Align(srcs, Options{}).Findings {
				if f.Kind == claims.Set {
					got = append(got, describeSetFinding(f))
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("set findings:\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// describeSetFinding writes a finding of sets as setTests want it.
func describeSetFinding(f Finding) string {
	side := func(src string) string {
		var vs []string
		for _, c := range f.Claims {
			if c.Source == src {
				vs = append(vs, c.Value.String())
			}
		}
		if vs == nil {
			return "—"
		}
		return strings.Join(vs, " + ")
	}
	s := f.Status.String() + ": " + side("a.txt") + " / " + side("b.txt")
	if f.Note != "" {
		s += " # " + f.Note
	}
	return s
}

// itemMatchTests say which item keys name one item.
var itemMatchTests = []struct {
	x, y string
	want bool
}{
	{"keris", "keris", true},
	{"keris", "keris ceremony", true},
	{"fraud wire", "fraud security", false},
	{"fraud wire", "fraud", true},
	{"cloth batik", "batik", true},
	{"coffee toraja", "coffee", true},
	{"coffee", "tea", false},
	{"model temple", "temple", true},
}

func TestItemsMatch(t *testing.T) {
	for _, tc := range itemMatchTests {
		if got := itemsMatch(tc.x, tc.y); got != tc.want {
			t.Errorf("itemsMatch(%q, %q) = %v, want %v", tc.x, tc.y, got, tc.want)
		}
		if got := itemsMatch(tc.y, tc.x); got != tc.want {
			t.Errorf("itemsMatch(%q, %q) = %v, want %v", tc.y, tc.x, got, tc.want)
		}
	}
}
