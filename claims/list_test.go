package claims

import (
	"fmt"
	"strings"
	"testing"
)

// listTests pairs a text with the sets it must give, each written as
// "topic: item | item | item", followed by " (at least)" for a list that
// gives examples, " (n=N)" for one given as complete and " (era=Y)" for
// one of an earlier event. The texts are written for the tests.
var listTests = []struct {
	name string
	in   string
	want []string
}{
	{"serial comma", "The ministers signed deals covering trade, energy, and health.",
		[]string{"acquisition: trade | energy | health (at least)"}},
	{"no serial comma", "Volunteers carried tents, warm blankets and bottled water to the village.",
		[]string{"list: tents | warm blankets | bottled water"}},
	{"as well as", "Donors sent blankets, tents and stoves as well as medicine.",
		[]string{"list: blankets | tents | stoves | medicine"}},
	{"two after a cue", "The plant makes parts such as pumps and valves.",
		[]string{"part: pumps | valves (at least)"}},
	{"articles adjectives of", "She presented him with a hand-woven rug, a jar of wild honey and a bronze statue of a horse.",
		[]string{"gift: hand-woven rug | jar of wild honey | bronze statue of a horse"}},
	{"two after a verb of giving", "The mayor gave the visitors a carved mask and a silk scarf.",
		[]string{"gift: carved mask | silk scarf"}},
	{"counts of", "He was convicted on four counts of bribery, fraud and money laundering.",
		[]string{"charge: bribery | fraud | money laundering"}},
	{"and other", "The flood swept away a footbridge and other structures.",
		[]string{"building: footbridge (at least)"}},
	{"only", "The rescuers had only shovels and buckets.",
		[]string{"list: shovels | buckets (n=2)"}},
	{"count in apposition", "The delegation brought two gifts: a vase and a painting.",
		[]string{"gift: vase | painting (n=2)"}},
	{"names of people", "Smith, Jones and Brown said the plan would fail.", nil},
	{"speakers", "The fire began in the kitchen, the owner, the landlord and the police said.", nil},
	{"names of places", "Flights to Paris, Rome and Madrid were cancelled.", nil},
	{"clauses", "The storm hit the coast, power failed and roads flooded.", nil},
	{"numbers", "Twelve people died, 40 were hurt and 300 lost their homes.", nil},
	{"predicate adjectives", "The talks were long, difficult and tense.", nil},
	{"adjectives", "It faced economic, political and structural problems.", nil},
	{"gerund clauses", "The fire spread fast, forcing evacuations and closing roads.", nil},
	{"two without a cue", "Officials and residents gathered at the school.", nil},
	{"earlier event", "Last year the king gave her a sword, a shield and a helmet.",
		[]string{"gift: sword | shield | helmet (era=2024)"}},
	{"year of an earlier event", "In 2019 the museum received a sword, a shield and a helmet.",
		[]string{"list: sword | shield | helmet (era=2019)"}},
}

func TestExtractLists(t *testing.T) {
	x := NewExtractor(MustDefaultLexicon())
	pub := CalendarDate{Year: 2025, Month: 6, Day: 2}
	for _, tc := range listTests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(Document{Path: "a.txt", Text: []byte(tc.in), Published: pub}) {
				if c.Value.Kind == Set {
					got = append(got, describeSet(c))
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("Extract(%q) sets:\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// describeSet writes a set claim as listTests want it.
func describeSet(c Claim) string {
	s := c.Topic + ": " + strings.Join(c.Value.Items, " | ")
	switch {
	case c.Value.Bound == AtLeast:
		s += " (at least)"
	case c.Value.Num > 0:
		s += fmt.Sprintf(" (n=%v)", c.Value.Num)
	}
	if c.Era != 0 {
		s += fmt.Sprintf(" (era=%d)", c.Era)
	}
	return s
}

// itemKeyTests give the words items are matched by.
var itemKeyTests = []struct {
	in   string
	want []string
}{
	{"Guests received a ceremonial keris, batik cloth and a sack of Toraja coffee.", []string{"keris", "cloth batik", "coffee toraja"}},
	{"It covers defence, health and education.", []string{"defense", "health", "education"}},
	{"He faced charges including wire fraud, securities fraud and conspiracy.", []string{"fraud wire", "fraud security", "conspiracy"}},
	{"They brought dried persimmons, Korean apples and a model of the old temple.", []string{"persimmon", "apple", "model old temple"}},
}

func TestItemKeys(t *testing.T) {
	x := NewExtractor(MustDefaultLexicon())
	for _, tc := range itemKeyTests {
		var got []string
		for _, c := range x.Extract(Document{Path: "a.txt", Text: []byte(tc.in)}) {
			if c.Value.Kind == Set {
				got = append(got, c.Value.Keys...)
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("keys of %q = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestListEvidence checks that a list's text is the document's bytes at
// its span, from its cue to its last item.
func TestListEvidence(t *testing.T) {
	x := NewExtractor(MustDefaultLexicon())
	text := "Talks in Paris produced deals covering defence, energy and health, officials said."
	var sets []Claim
	for _, c := range x.Extract(Document{Path: "a.txt", Text: []byte(text)}) {
		if c.Value.Kind == Set {
			sets = append(sets, c)
		}
	}
	if len(sets) != 1 {
		t.Fatalf("got %d sets, want 1", len(sets))
	}
	c := sets[0]
	if want := "covering defence, energy and health"; c.Text != want || text[c.Span[0]:c.Span[1]] != want {
		t.Errorf("text %q at %v, want %q", c.Text, c.Span, want)
	}
	if c.Line != 1 || c.Column != strings.Index(text, "covering")+1 || c.Sentence != text {
		t.Errorf("position %d:%d, sentence %q", c.Line, c.Column, c.Sentence)
	}
}
