package claims_test

import (
	"fmt"

	"github.com/factcheck/factcheck/claims"
)

func ExampleExtractor_Extract() {
	text := "President Lee arrived in Beijing on Tuesday for a four-day state visit,\n" +
		"his second trip to China. The two countries signed 15 agreements.\n" +
		"Trade between them rose 6.8% to $273 billion last year.\n"
	x := claims.NewExtractor(claims.MustDefaultLexicon())
	// Relative dates ("on Tuesday") are read against the day of publication.
	pub := claims.CalendarDate{Year: 2025, Month: 11, Day: 20}
	for _, c := range x.Extract(claims.Document{Path: "visit.txt", Text: []byte(text), Published: pub}) {
		fmt.Printf("%d:%d %s %v %q\n", c.Line, c.Column, c.Key(), c.Value, c.Text)
	}
	// Output:
	// 1:37 arrive/date Tuesday 18 November 2025 "Tuesday"
	// 1:51 visit/duration 4 days "four-day state visit"
	// 2:5 visit/ordinal 2nd "second trip"
	// 2:31 country/count 2 countries "two countries"
	// 2:52 agreement/count 15 agreements "15 agreements"
	// 3:25 trade/change 6.8% "6.8%"
	// 3:33 trade/amount USD 273 billion "$273 billion"
}

func ExampleExtractor_ParseValue() {
	x := claims.NewExtractor(claims.MustDefaultLexicon())
	for _, s := range []string{"more than 200", "a four-day", "US$1,200 million", "61.4 per cent", "Tuesday, Nov. 18", "no figure here"} {
		v, ok := x.ParseValue(s)
		if !ok {
			fmt.Printf("%-18q no value\n", s)
			continue
		}
		fmt.Printf("%-18q %-8v %v\n", s, v.Kind, v)
	}
	// Output:
	// "more than 200"    count    more than 200
	// "a four-day"       duration 4 days
	// "US$1,200 million" money    USD 1.2 billion
	// "61.4 per cent"    percent  61.4%
	// "Tuesday, Nov. 18" date     Tuesday 18 November
	// "no figure here"   no value
}

// Measures are compared in the base unit of their dimension, with the
// allowance their rounding and hedges give them.
func ExampleValue_Overlaps() {
	x := claims.NewExtractor(claims.MustDefaultLexicon())
	for _, pair := range [][2]string{
		{"40 hectares", "about 100 acres"},
		{"8 km", "5 miles"},
		{"104F", "40C"},
		{"72 hours", "three days"},
		{"at least 40", "43"},
		{"up to 500", "600"},
		{"won 3-1", "a 3–2 win"},
		{"about 1 pm", "12:50"},
	} {
		a, _ := x.ParseValue(pair[0])
		b, _ := x.ParseValue(pair[1])
		lo, hi := a.Interval()
		fmt.Printf("%-12s %-8v %-11s [%.6g, %.6g] meets %q: %v\n", pair[0], a.Kind, a.Unit, lo, hi, pair[1], a.Overlaps(b))
	}
	// Output:
	// 40 hectares  measure  area        [380000, 420000] meets "about 100 acres": true
	// 8 km         measure  length      [7600, 8400] meets "5 miles": true
	// 104F         measure  temperature [39.7278, 40.2722] meets "40C": true
	// 72 hours     duration s           [259200, 259200] meets "three days": true
	// at least 40  count                [40, +Inf] meets "43": true
	// up to 500    count                [-Inf, 500] meets "600": false
	// won 3-1      score                [3, 3] meets "a 3–2 win": false
	// about 1 pm   time                 [765, 795] meets "12:50": true
}

// A user's words are read as the embedded ones: "move to safety" is a form
// of the class evacuate, and a figure stated of either name of Project
// Falcon is stated of both, so that it pairs with one stated of the other
// name in another article. A faulty entry is named in the error.
func ExampleNewLexicon() {
	lex, err := claims.NewLexicon(claims.Additions{
		Synonyms: map[string][]string{"evacuate": {"move to safety"}},
		Aliases:  [][]string{{"Project Falcon", "the Hawk initiative"}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "About 400 residents were moved to safety. The Hawk initiative cost $2.4 billion."
	for _, c := range claims.NewExtractor(lex).Extract(claims.Document{Path: "a.txt", Text: []byte(text)}) {
		fmt.Printf("%s %v subject=%q\n", c.Key(), c.Value, c.Subject)
	}
	_, err = claims.NewLexicon(claims.Additions{Synonyms: map[string][]string{"injure": {"maul", "slay"}}})
	fmt.Println(err)
	_, err = claims.NewLexicon(claims.Additions{Aliases: [][]string{{"Project Falcon"}}})
	fmt.Println(err)
	// Output:
	// evacuate/count about 400 residents subject=""
	// cost/amount USD 2.4 billion subject="Project Falcon / Hawk initiative"
	// synonyms["injure"][1]: "slay" is already in class "kill"
	// aliases[0]: want two names or more, got 1
}
