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
