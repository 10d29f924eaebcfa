package claims

import (
	"strings"
	"testing"
)

// TestEra checks which figures are told of an earlier event than the one
// reported: the year must date what happened, in the part of the sentence
// that holds the figure.
func TestEra(t *testing.T) {
	x := NewExtractor(MustDefaultLexicon())
	pub := CalendarDate{Year: 2026, Month: 3, Day: 4}
	tests := []struct {
		name, text string
		pub        CalendarDate
		figure     string // the start of the claim's text
		want       int
	}{
		{"in YEAR after the event", "A smaller landslide in the same gorge in 2011 buried 19 houses.", pub, "19 houses", 2011},
		{"opening in YEAR", "In 2014 a fire at the same depot destroyed 40 buses, the council said.", pub, "40 buses", 2014},
		{"opening adverbial set off", "In May 2019, a tram left the rails there and 11 people were hurt.", pub, "11 people", 2019},
		{"parenthetical year", "The last outbreak in the district, in 2017, infected 230 people.", pub, "230 people", 2017},
		{"event named with its year", "About 800 homes were flooded in the storms of 2009.", pub, "About 800 homes", 2009},
		{"year before an event noun", "The 2015 strike closed 31 schools.", pub, "31 schools", 2015},
		{"season of a year", "Fourteen people died in the winter of 2010.", pub, "Fourteen people", 2010},
		{"relative clause on the event", "It was the worst since the Alder fire of 2021, which burned 9,000 hectares.", pub, "9,000 hectares", 2021},
		{"when after a year", "It is the worst spill since 2012, when a barge lost 80 tonnes of diesel.", pub, "80 tonnes", 2012},
		{"main event", "The landslide buried 23 houses on Monday.", pub, "23 houses", 0},
		{"year of publication", "In 2026 the depot lost 40 buses.", pub, "40 buses", 0},
		{"participle dates a noun", "The river rose to 6.1 metres, above the record set in 2000.", pub, "6.1 metres", 0},
		{"since opens a span", "It is the highest level since records began in 1968, at 6.1 metres.", pub, "6.1 metres", 0},
		{"participle set off", "The ferry, built in 1994, carried 310 passengers.", pub, "310 passengers", 0},
		{"founding year", "Tarvo, which was founded in 1988 and employs 3,100 people, said it would appeal.", pub, "3,100 people", 0},
		{"other part of the sentence", "The merger is the group's largest deal, after the 2019 purchase of Brell for $2bn.", pub, "largest", 0},
		{"figure of the earlier deal", "The merger is the group's largest deal, after the 2019 purchase of Brell for $2bn.", pub, "$2bn", 2019},
		{"date years before publication", "The bridge was closed in 2016.", pub, "2016", 2016},
		{"date of last year", "The bridge was closed in November 2025.", pub, "November 2025", 2025},
		{"no publication date: latest year", "In 2013 a quake killed 74. In 2025 a quake killed 41 people.", CalendarDate{}, "74", 2013},
		{"no publication date: the latest year is now", "In 2013 a quake killed 74. In 2025 a quake killed 41 people.", CalendarDate{}, "41 people", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			found := false
			for _, c := range x.Extract(Document{Path: "a.txt", Text: []byte(tc.text), Published: tc.pub}) {
				if !strings.HasPrefix(c.Text, tc.figure) {
					continue
				}
				found = true
				if c.Era != tc.want {
					t.Errorf("Extract(%q): %q has era %d, want %d", tc.text, c.Text, c.Era, tc.want)
				}
			}
			if !found {
				t.Errorf("Extract(%q): no claim %q", tc.text, tc.figure)
			}
		})
	}
}
