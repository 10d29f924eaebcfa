package claims_test

import (
	"fmt"
	"testing"

	"github.com/factcheck/factcheck/claims"
)

func TestScratch(t *testing.T) {
	x := claims.NewExtractor(claims.MustDefaultLexicon())
	for _, s := range []string{"more than 200", "a four-day", "US$1,200 million", "61.4 per cent", "Tuesday, Nov. 18", "", "$", "1,2,3", "10-", "between and", "٣", "𝟙𝟚", "-5", "1e9", "99999999999999999999999", "the 2nd", "1.5 million", "USD 58 per share"} {
		v, ok := x.ParseValue(s)
		fmt.Printf("%q -> %v %v %q %+v\n", s, ok, v.Kind, v, v)
	}
	text := `President Lee Jae-myung arrived in Beijing on Sunday for a four-day state visit,
the first by a South Korean leader in six years. The two countries signed 15 agreements
worth more than $3.2 billion, and about 200 business leaders joined the trip.`
	for _, c := range x.Extract(claims.Document{Path: "a.txt", Text: []byte(text)}) {
		fmt.Printf("%s %v %q %d:%d\n", c.Key(), c.Value, c.Text, c.Line, c.Column)
	}
}
