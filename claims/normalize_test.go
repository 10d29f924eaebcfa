package claims

import "testing"

// normTests pairs a phrase with the kind and the reader's form of the first
// value in it.
var normTests = []struct {
	in   string
	kind Kind
	want string
}{
	// Cardinal numbers in digits and words.
	{"12 people", Count, "12"},
	{"four agreements", Count, "4"},
	{"twenty-five trucks", Count, "25"},
	{"twenty five trucks", Count, "25"},
	{"one hundred and fifty homes", Count, "150"},
	{"two hundred soldiers", Count, "200"},
	{"1,200 jobs", Count, "1,200"},
	{"12,500 jobs", Count, "12,500"},
	{"1,200,000 voters", Count, "1.2 million"},
	{"a dozen agreements", Count, "12"},
	{"two dozen cars", Count, "24"},
	{"three million viewers", Count, "3 million"},
	{"1.2 million viewers", Count, "1.2 million"},
	{"1.2m viewers", Count, "1.2 million"},
	{"hundreds of homes", Count, "at least 100"},
	{"thousands of people", Count, "at least 1,000"},
	{"a 6.8% rise", Percent, "6.8%"},
	// Hedges and bounds.
	{"more than 200 leaders", Count, "more than 200"},
	{"over 200 leaders", Count, "more than 200"},
	{"at least 40 people", Count, "at least 40"},
	{"nearly 3,000 homes", Count, "nearly 3,000"},
	{"almost 90 flights", Count, "nearly 90"},
	{"about 300 staff", Count, "about 300"},
	{"around 300 staff", Count, "about 300"},
	{"some 250 business leaders", Count, "about 250"},
	{"roughly 900 positions", Count, "about 900"},
	{"approximately 40 cases", Count, "about 40"},
	{"up to 500 troops", Count, "up to 500"},
	{"fewer than 10 survivors", Count, "less than 10"},
	{"between 10 and 12 boats", Count, "10–12"},
	{"10 to 12 boats", Count, "10–12"},
	{"10-12 boats", Count, "10–12"},
	{"more than a dozen agreements", Count, "more than 12"},
	{"an estimated 5,000 protesters", Count, "about 5,000"},
	// Ordinals and ranks.
	{"second summit", Ordinal, "2nd"},
	{"the third meeting", Ordinal, "3rd"},
	{"its 2nd launch", Ordinal, "2nd"},
	{"the 75th anniversary", Ordinal, "75th"},
	{"twenty-first match", Ordinal, "21st"},
	{"the 21st game", Ordinal, "21st"},
	{"second-largest deal", Ordinal, "2nd"},
	// Durations.
	{"a four-day visit", Duration, "4 days"},
	{"a visit of four days", Duration, "4 days"},
	{"lasting three weeks", Duration, "3 weeks"},
	{"two months", Duration, "2 months"},
	{"a 3-day state visit", Duration, "3 days"},
	{"72 hours", Duration, "3 days"},
	{"168 months", Duration, "14 years"},
	{"14 years", Duration, "14 years"},
	{"a six-week trial", Duration, "6 weeks"},
	{"nearly six weeks", Duration, "nearly 6 weeks"},
	{"less than three months", Duration, "less than 3 months"},
	{"90 minutes", Duration, "90 minutes"},
	{"a fortnight-long stay", Count, ""},
	{"two decades", Duration, "20 years"},
	// Money.
	{"$3.2 billion", Money, "USD 3.2 billion"},
	{"US$3,200 million", Money, "USD 3.2 billion"},
	{"$3.6bn", Money, "USD 3.6 billion"},
	{"€8bn", Money, "EUR 8 billion"},
	{"€8 billion ($9.3 billion)", Money, "EUR 8 billion"},
	{"8.5 billion euros", Money, "EUR 8.5 billion"},
	{"£300m", Money, "GBP 300 million"},
	{"¥500 million", Money, "JPY 500 million"},
	{"₩1.5 trillion", Money, "KRW 1.5 trillion"},
	{"USD 5m", Money, "USD 5 million"},
	{"4.1 billion dollars", Money, "USD 4.1 billion"},
	{"$250,000", Money, "USD 250,000"},
	{"$58 a share", Money, "USD 58 per share"},
	{"US$58.00 per share", Money, "USD 58 per share"},
	{"approximately $273 billion", Money, "about USD 273 billion"},
	{"more than $187 million", Money, "more than USD 187 million"},
	{"nearly $190m", Money, "nearly USD 190 million"},
	// Percentages.
	{"27%", Percent, "27%"},
	{"61.4 per cent", Percent, "61.4%"},
	{"61.4 percent", Percent, "61.4%"},
	{"almost 62 percent", Percent, "nearly 62%"},
	{"2.1%", Percent, "2.1%"},
	{"3 percentage points", Percent, "3%"},
	// Dates.
	{"in 2017", Date, "2017"},
	{"the 2016 deployment", Date, "2016"},
	{"in June", Date, "June"},
	{"on Monday", Date, "Monday"},
	{"July 24", Date, "24 July"},
	{"24 July", Date, "24 July"},
	{"on 18 November", Date, "18 November"},
	{"Oct. 13", Date, "13 October"},
	{"March 3, 2026", Date, "3 March 2026"},
	{"3 March 2026", Date, "3 March 2026"},
	{"November 2025", Date, "November 2025"},
	{"on Tuesday, Nov. 18", Date, "Tuesday 18 November"},
	{"Thursday 24 July", Date, "Thursday 24 July"},
	{"on 2025-11-18", Date, "18 November 2025"},
	{"the 18th of November", Date, "18 November"},
	{"18th November 2019", Date, "18 November 2019"},
	{"November 18th", Date, "18 November"},
}

func TestParseValue(t *testing.T) {
	x := NewExtractor(MustDefaultLexicon())
	for _, tc := range normTests {
		t.Run(tc.in, func(t *testing.T) {
			v, ok := x.ParseValue(tc.in)
			if tc.want == "" {
				if ok && v.Kind == tc.kind {
					t.Errorf("ParseValue(%q) = %v %q, want no %v", tc.in, v.Kind, v, tc.kind)
				}
				return
			}
			if !ok || v.Kind != tc.kind || v.String() != tc.want {
				t.Errorf("ParseValue(%q) = %v %q, %v; want %v %q", tc.in, v.Kind, v, ok, tc.kind, tc.want)
			}
		})
	}
}

// TestRoundFigures checks the allowance made for round figures: a figure
// written with trailing zeros or decimals may stand for any value it
// rounds from, up to the dimension's rounding tolerance of it; a count
// written to the unit is exact, a percentage or a measure stands for the
// values that round to it.
func TestRoundFigures(t *testing.T) {
	x := NewExtractor(MustDefaultLexicon())
	tests := []struct {
		a, b string
		want bool // the two can both be true
	}{
		{"1,200 jobs", "1,150 jobs", true},
		{"1,200 jobs", "1,250 jobs", true},
		{"1,200 jobs", "1,300 jobs", false},
		{"100 dead", "150 dead", false},
		{"100 dead", "104 dead", true},
		{"11 counts", "12 counts", false},
		{"2,000 people", "2,012 people", true},
		{"$3.2 billion", "$3.24 billion", true},
		{"$3.2 billion", "$3.6 billion", false},
		{"$3bn", "$3.1bn", true},
		{"20 countries", "23 countries", false},
		{"30%", "31%", false},
		{"27%", "27.3%", true},
		{"27.3%", "27.6%", false},
		{"20 years", "21 years", false},
		{"8 km", "5 miles", true},
		{"8 km", "6 miles", false},
		{"40 hectares", "about 100 acres", true},
		{"40 hectares", "120 acres", false},
		{"104F", "40C", true},
		{"104F", "42C", false},
		{"72 hours", "three days", true},
		{"two hours", "two days", false},
		{"magnitude 6.8", "a 6.8-magnitude quake", true},
		{"magnitude 6.8", "magnitude 6.9", false},
	}
	for _, tc := range tests {
		va, _ := x.ParseValue(tc.a)
		vb, _ := x.ParseValue(tc.b)
		if got := va.Overlaps(vb); got != tc.want {
			lo, hi := va.Interval()
			t.Errorf("%q (%v..%v) overlaps %q = %v, want %v", tc.a, lo, hi, tc.b, got, tc.want)
		}
	}
}
