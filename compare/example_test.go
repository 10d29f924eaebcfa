package compare_test

import (
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/compare"
)

func ExampleAlign() {
	texts := []struct{ path, text string }{
		{"a.txt", "The storm killed 12 people on Monday."},
		{"b.txt", "The storm killed 15 people on Monday."},
		{"c.txt", "Twelve people were killed by the storm on Monday."},
	}
	x := claims.NewExtractor(claims.MustDefaultLexicon())
	var sources []compare.Source
	for _, t := range texts {
		doc := claims.Document{Path: t.path, Text: []byte(t.text)}
		sources = append(sources, compare.Source{Path: t.path, Claims: x.Extract(doc)})
	}
	rep := compare.Align(sources, compare.Options{})
	for _, f := range rep.Findings {
		var values []string
		for _, c := range f.Claims {
			values = append(values, c.Source+": "+c.Value.String())
		}
		fmt.Println(f.Status, f.Key, strings.Join(values, ", "))
		if len(f.Outliers) > 0 {
			fmt.Println("  ", strings.Join(f.Outliers, ", "), "departs from", strings.Join(f.Majority, ", "))
		}
	}
	fmt.Printf("%d conflict, %d agree\n", rep.Summary.Conflict, rep.Summary.Agree)
	// Output:
	// conflict kill/count a.txt: 12 people, b.txt: 15 people, c.txt: 12 people
	//    b.txt departs from a.txt, c.txt
	// agree kill/date a.txt: Monday, b.txt: Monday, c.txt: Monday
	// 1 conflict, 1 agree
}
