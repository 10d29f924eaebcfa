package claims

import (
	"math"
	"testing"
)

// inf is the open end of a bound: "more than 200" allows 200 to +Inf.
var inf = math.Inf(1)

// phraseTests pairs a phrase with the first value in it: its kind, unit,
// the interval of true values it allows (with the default tolerance) and
// the reader's form. Dates are checked by their form only; a kind of 0
// means the phrase states no value.
var phraseTests = []struct {
	in     string
	kind   Kind
	unit   string
	lo, hi float64
	show   string
}{
	// Numbers in digits and words. A figure written in words or to the
	// unit is exact; trailing zeros allow just under half the last place,
	// at most 5% of the figure.
	{"one thousand five hundred", Count, "", 1500, 1500, "1,500"},
	{"sixty-two", Count, "", 62, 62, "62"},
	{"ninety-nine", Count, "", 99, 99, "99"},
	{"two hundred and fifty homes", Count, "", 250, 250, "250"},
	{"twelve hundred", Count, "", 1200, 1200, "1,200"},
	{"five hundred thousand", Count, "", 5e5, 5e5, "500,000"},
	{"a hundred", Count, "", 100, 100, "100"},
	{"a million", Count, "", 1e6, 1e6, "1 million"},
	{"three million viewers", Count, "", 3e6, 3e6, "3 million"},
	{"two billion", Count, "", 2e9, 2e9, "2 billion"},
	{"1,215 jobs", Count, "", 1215, 1215, "1,215"},
	{"1,000 jobs", Count, "", 950, 1050, "1,000"},
	{"100 dead", Count, "", 95, 105, "100"},
	{"12,500 jobs", Count, "", 12451, 12549, "12,500"},
	{"1,200,000", Count, "", 1.151e6, 1.249e6, "1.2 million"},
	{"1.200.000 voters", Count, "", 1.151e6, 1.249e6, "1.2 million"},
	{"1.2m", Count, "", 1.151e6, 1.249e6, "1.2 million"},
	{"1.2bn", Count, "", 1.151e9, 1.249e9, "1.2 billion"},
	{"2 million", Count, "", 1.9e6, 2.1e6, "2 million"},
	{"5k runners", Count, "", 4750, 5250, "5,000"},
	{"dozens of homes", Count, "", 12, inf, "at least 12"},
	{"tens of thousands of people", Count, "", 1e4, inf, "at least 10,000"},
	{"fifteen hundred", Count, "", 1500, 1500, "1,500"},
	{"twenty five thousand", Count, "", 25000, 25000, "25,000"},
	{"2,000 troops", Count, "", 1900, 2100, "2,000"},

	// Decimals and fractions. A fraction is a share in per cent, rounded
	// to two places and allowed half a point either side.
	{"6.8", Count, "", 6.751, 6.849, "6.8"},
	{"3.14", Count, "", 3.1351, 3.1449, "3.14"},
	{"0.5", Count, "", 0.475, 0.525, "0.5"},
	{"2.50", Count, "", 2.4951, 2.5049, "2.5"},
	{"6.8 million", Count, "", 6.751e6, 6.849e6, "6.8 million"},
	{"two-thirds of voters", Percent, "%", 66.67 - 0.49, 66.67 + 0.49, "66.67%"},
	{"one-third", Percent, "%", 33.33 - 0.49, 33.33 + 0.49, "33.33%"},
	{"a third of", Percent, "%", 33.33 - 0.49, 33.33 + 0.49, "33.33%"},
	{"half the staff", Percent, "%", 49.51, 50.49, "50%"},
	{"half of them", Percent, "%", 49.51, 50.49, "50%"},
	{"a quarter of", Percent, "%", 24.51, 25.49, "25%"},
	{"three quarters of", Percent, "%", 74.51, 75.49, "75%"},
	{"one fifth of", Percent, "%", 19.51, 20.49, "20%"},
	{"four fifths", Percent, "%", 79.51, 80.49, "80%"},
	{"about a third of", Percent, "%", 0.9 * 33.33, 1.1 * 33.33, "about 33.33%"},
	{"nearly half of", Percent, "%", 45, 50, "nearly 50%"},
	{"more than half of", Percent, "%", 50, inf, "more than 50%"},

	// Ranges: the interval is the range itself.
	{"10 to 12 boats", Count, "", 10, 12, "10–12"},
	{"10-12", Count, "", 10, 12, "10–12"},
	{"10–12 boats", Count, "", 10, 12, "10–12"},
	{"between 10 and 12", Count, "", 10, 12, "10–12"},
	{"between 1,000 and 1,500 jobs", Count, "", 1000, 1500, "1,000–1,500"},
	{"1,000-2,000", Count, "", 1000, 2000, "1,000–2,000"},
	{"two to three", Count, "", 2, 3, "2–3"},
	{"between five and seven", Count, "", 5, 7, "5–7"},
	{"3.2 to 3.6 billion", Count, "", 3.2e9, 3.6e9, "3.2–3.6 billion"},
	{"10 to 20 per cent", Percent, "%", 10, 20, "10–20%"},

	// Hedges: bounds include their limit; "about" widens 10% either side
	// and "nearly" 10% below.
	{"at least 40 people", Count, "", 40, inf, "at least 40"},
	{"more than 200 leaders", Count, "", 200, inf, "more than 200"},
	{"over 200 leaders", Count, "", 200, inf, "more than 200"},
	{"upwards of 200", Count, "", 200, inf, "more than 200"},
	{"in excess of 200", Count, "", 200, inf, "more than 200"},
	{"more than a dozen", Count, "", 12, inf, "more than 12"},
	{"up to 500 troops", Count, "", -inf, 500, "up to 500"},
	{"at most 5", Count, "", -inf, 5, "up to 5"},
	{"as many as 500", Count, "", -inf, 500, "up to 500"},
	{"no more than 20", Count, "", -inf, 20, "up to 20"},
	{"fewer than 10 survivors", Count, "", -inf, 10, "less than 10"},
	{"under 10", Count, "", -inf, 10, "less than 10"},
	{"less than 10", Count, "", -inf, 10, "less than 10"},
	{"nearly 3,000 homes", Count, "", 2700, 3000, "nearly 3,000"},
	{"almost 90 flights", Count, "", 81, 90, "nearly 90"},
	{"about 300 staff", Count, "", 270, 330, "about 300"},
	{"around 300 staff", Count, "", 270, 330, "about 300"},
	{"some 250 leaders", Count, "", 225, 275, "about 250"},
	{"roughly 900 positions", Count, "", 810, 990, "about 900"},
	{"approximately 40 cases", Count, "", 36, 44, "about 40"},
	{"an estimated 5,000", Count, "", 4500, 5500, "about 5,000"},
	{"close to 1,000", Count, "", 900, 1100, "about 1,000"},
	{"just over 100", Count, "", 90, 110, "about 100"},
	{"some 1,200 jobs", Count, "", 1080, 1320, "about 1,200"},
	{"exactly 12 people", Count, "", 12, 12, "12"},
	{"exactly 300 people", Count, "", 300, 300, "300"},
	{"precisely $3bn", Money, "USD", 3e9, 3e9, "USD 3 billion"},

	// Money: the ISO code, the amount in units, a conversion in brackets
	// taken in, a rate per share in the unit.
	{"$4.1bn", Money, "USD", 4.051e9, 4.149e9, "USD 4.1 billion"},
	{"4.1 billion dollars", Money, "USD", 4.051e9, 4.149e9, "USD 4.1 billion"},
	{"US$1,200 million", Money, "USD", 1.151e9, 1.249e9, "USD 1.2 billion"},
	{"€8bn", Money, "EUR", 7.6e9, 8.4e9, "EUR 8 billion"},
	{"£300m", Money, "GBP", 2.85e8, 3.15e8, "GBP 300 million"},
	{"¥500 million", Money, "JPY", 4.75e8, 5.25e8, "JPY 500 million"},
	{"2 trillion yen", Money, "JPY", 1.9e12, 2.1e12, "JPY 2 trillion"},
	{"₩1.5 trillion", Money, "KRW", 1.451e12, 1.549e12, "KRW 1.5 trillion"},
	{"USD 5m", Money, "USD", 4.75e6, 5.25e6, "USD 5 million"},
	{"HK$3bn", Money, "HKD", 2.85e9, 3.15e9, "HKD 3 billion"},
	{"$780m (£600m)", Money, "USD", 775.1e6, 784.9e6, "USD 780 million"},
	{"£600m ($780m)", Money, "GBP", 5.7e8, 6.3e8, "GBP 600 million"},
	{"$250,000", Money, "USD", 245100, 254900, "USD 250,000"},
	{"500 pence", Money, "GBP", 4.75, 5.25, "GBP 5"},
	{"50 cents", Money, "USD", 0.475, 0.525, "USD 0.5"},
	{"$58 a share", Money, "USD/share", 58, 58, "USD 58 per share"},
	{"US$58.00 per share", Money, "USD/share", 57.9951, 58.0049, "USD 58 per share"},
	{"€2.50 per share", Money, "EUR/share", 2.4951, 2.5049, "EUR 2.5 per share"},
	{"more than $187 million", Money, "USD", 187e6, inf, "more than USD 187 million"},
	{"nearly $190m", Money, "USD", 171e6, 190e6, "nearly USD 190 million"},
	{"roughly $3bn", Money, "USD", 2.7e9, 3.3e9, "about USD 3 billion"},
	{"£1.50", Money, "GBP", 1.4951, 1.5049, "GBP 1.5"},
	{"up to $500m", Money, "USD", -inf, 5e8, "up to USD 500 million"},
	{"$3.2 to 3.6 billion", Money, "USD", 3.2e9, 3.6e9, "USD 3.2 to 3.6 billion"},
	{"between $2.95 billion and $3.05 billion", Money, "USD", 2.95e9, 3.05e9, "USD 2.95 to 3.05 billion"},

	// Percentages: a percentage written to the unit stands for the values
	// that round to it.
	{"61.4%", Percent, "%", 61.351, 61.449, "61.4%"},
	{"61.4 per cent", Percent, "%", 61.351, 61.449, "61.4%"},
	{"61.4 percent", Percent, "%", 61.351, 61.449, "61.4%"},
	{"61.4 pct", Percent, "%", 61.351, 61.449, "61.4%"},
	{"27%", Percent, "%", 26.51, 27.49, "27%"},
	{"100%", Percent, "%", 99.51, 100.49, "100%"},
	{"almost 62 percent", Percent, "%", 55.8, 62, "nearly 62%"},
	{"about 30 per cent", Percent, "%", 27, 33, "about 30%"},
	{"more than 50%", Percent, "%", 50, inf, "more than 50%"},
	{"3 percentage points", Percent, "%", 2.85, 3.15, "3%"},
	{"0.25 percentage point", Percent, "%", 0.2451, 0.2549, "0.25%"},
	{"50 basis points", Percent, "%", 0.475, 0.525, "0.5%"},

	// Durations, in seconds, shown in the largest unit that keeps them
	// whole; race times as a stopwatch shows them.
	{"90 seconds", Duration, "s", 90, 90, "90 seconds"},
	{"45 minutes", Duration, "s", 2700, 2700, "45 minutes"},
	{"three hours", Duration, "s", 10800, 10800, "3 hours"},
	{"72 hours", Duration, "s", 259200, 259200, "3 days"},
	{"24 hours", Duration, "s", 86400, 86400, "1 day"},
	{"three days", Duration, "s", 259200, 259200, "3 days"},
	{"two weeks", Duration, "s", 1209600, 1209600, "2 weeks"},
	{"two fortnights", Duration, "s", 2419200, 2419200, "4 weeks"},
	{"six months", Duration, "s", 6 * Month, 6 * Month, "6 months"},
	{"18 months", Duration, "s", 18 * Month, 18 * Month, "18 months"},
	{"14 years", Duration, "s", 14 * Year, 14 * Year, "14 years"},
	{"two decades", Duration, "s", 20 * Year, 20 * Year, "20 years"},
	{"three years and four months", Duration, "s", 40 * Month, 40 * Month, "40 months"},
	{"a day and a half", Duration, "s", 129600, 129600, "36 hours"},
	{"half an hour", Duration, "s", 1800, 1800, "30 minutes"},
	{"an hour and a half", Duration, "s", 5400, 5400, "90 minutes"},
	{"two and a half hours", Duration, "s", 9000, 9000, "150 minutes"},
	{"a four-day visit", Duration, "s", 4 * Day, 4 * Day, "4 days"},
	{"a 90-minute meeting", Duration, "s", 5400, 5400, "90 minutes"},
	{"2hr 05min 48sec", Duration, "s", 7548, 7548, "2:05:48"},
	{"2:05:48", Duration, "s", 7548, 7548, "2:05:48"},
	{"2 hours, 4 minutes and 37 seconds", Duration, "s", 7477, 7477, "2:04:37"},
	{"nearly six weeks", Duration, "s", 0.9 * 42 * Day, 42 * Day, "nearly 6 weeks"},
	{"about two hours", Duration, "s", 6480, 7920, "about 2 hours"},
	{"more than 72 hours", Duration, "s", 259200, inf, "more than 3 days"},
	{"up to 30 days", Duration, "s", -inf, 30 * Day, "up to 30 days"},
	{"between three and five years", Duration, "s", 3 * Year, 5 * Year, "3–5 years"},
	{"2-3 days", Duration, "s", 2 * Day, 3 * Day, "2–3 days"},

	// Measures, in the base unit of their dimension, rounded in the unit
	// they were written in: acre 4046.8564224 m², square mile
	// 2589988.110336 m², mile 1609.344 m, foot 0.3048 m, lb 0.45359237 kg,
	// barrel 0.158987294928 m³, gallon 0.003785411784 m³.
	{"40 hectares", Measure, "area", 380000, 420000, "40 hectares"},
	{"100 acres", Measure, "area", 95 * 4046.8564224, 105 * 4046.8564224, "100 acres"},
	{"250 km²", Measure, "area", 245.1e6, 254.9e6, "250 km²"},
	{"2,000 km2", Measure, "area", 1.9e9, 2.1e9, "2,000 km²"},
	{"100 sq km", Measure, "area", 9.5e7, 1.05e8, "100 km²"},
	{"100 square miles", Measure, "area", 95 * 2589988.110336, 105 * 2589988.110336, "100 square miles"},
	{"1,000 square feet", Measure, "area", 950 * 0.09290304, 1050 * 0.09290304, "1,000 square feet"},
	{"12 km", Measure, "length", 11510, 12490, "12 km"},
	{"8 km (5 miles)", Measure, "length", 7600, 8400, "8 km"},
	{"5 miles", Measure, "length", 4.75 * 1609.344, 5.25 * 1609.344, "5 miles"},
	{"26.2 miles", Measure, "length", 26.151 * 1609.344, 26.249 * 1609.344, "26.2 miles"},
	{"200 nautical miles", Measure, "length", 190 * 1852, 210 * 1852, "200 nautical miles"},
	{"30,000 feet", Measure, "length", 28500 * 0.3048, 31500 * 0.3048, "30,000 feet"},
	{"6 feet", Measure, "length", 5.7 * 0.3048, 6.3 * 0.3048, "6 feet"},
	{"5 ft", Measure, "length", 4.75 * 0.3048, 5.25 * 0.3048, "5 feet"},
	{"100 metres", Measure, "length", 95, 105, "100 m"},
	{"5.5 metres", Measure, "length", 5.451, 5.549, "5.5 m"},
	{"70 kg", Measure, "mass", 66.5, 73.5, "70 kg"},
	{"3 tonnes", Measure, "mass", 2850, 3150, "3 tonnes"},
	{"2.5 tonnes", Measure, "mass", 2451, 2549, "2.5 tonnes"},
	{"250 lb", Measure, "mass", 245.1 * 0.45359237, 254.9 * 0.45359237, "250 lb"},
	{"500 litres", Measure, "volume", 0.475, 0.525, "500 litres"},
	{"1 million barrels", Measure, "volume", 0.95e6 * 0.158987294928, 1.05e6 * 0.158987294928, "1,000,000 barrels"},
	{"10 gallons", Measure, "volume", 9.5 * 0.003785411784, 10.5 * 0.003785411784, "10 gallons"},
	{"70 mph", Measure, "speed", 66.5 * 1.609344, 73.5 * 1.609344, "70 mph"},
	{"12 miles per hour", Measure, "speed", 11.51 * 1.609344, 12.49 * 1.609344, "12 mph"},
	{"120 km/h", Measure, "speed", 115.1, 124.9, "120 km/h"},
	{"15 m/s", Measure, "speed", 52.236, 55.764, "15 m/s"},
	{"40 knots", Measure, "speed", 38 * 1.852, 42 * 1.852, "40 knots"},
	{"40C", Measure, "temperature", 38, 42, "40 °C"},
	{"-5C", Measure, "temperature", -5.25, -4.75, "-5 °C"},
	{"minus 5 degrees Celsius", Measure, "temperature", -5.25, -4.75, "-5 °C"},
	{"12 km/hr", Measure, "speed", 11.51, 12.49, "12 km/h"},
	{"growth of -0.3%", Percent, "%", -0.315, -0.285, "-0.3%"},
	{"25 basis points", Percent, "%", 0.2451, 0.2549, "0.25%"},
	{"104F", Measure, "temperature", 40 - 0.49*5/9, 40 + 0.49*5/9, "40 °C"},
	{"25°C", Measure, "temperature", 24.51, 25.49, "25 °C"},
	{"1.5°C", Measure, "temperature", 1.451, 1.549, "1.5 °C"},
	{"77°F", Measure, "temperature", 25 - 0.49*5/9, 25 + 0.49*5/9, "25 °C"},
	{"212 degrees Fahrenheit", Measure, "temperature", 100 - 0.49*5/9, 100 + 0.49*5/9, "100 °C"},
	{"500 MW", Measure, "power", 4.75e8, 5.25e8, "500 MW"},
	{"1.2 GW", Measure, "power", 1.151e9, 1.249e9, "1.2 GW"},
	{"3 GWh", Measure, "energy", 2.85e6, 3.15e6, "3 GWh"},
	{"magnitude 6.8", Measure, "magnitude", 6.751, 6.849, "6.8 magnitude"},
	{"a 6.8-magnitude quake", Measure, "magnitude", 6.751, 6.849, "6.8 magnitude"},
	{"6.8-magnitude", Measure, "magnitude", 6.751, 6.849, "6.8 magnitude"},

	// Scores and tallies: the higher figure first; the interval is that
	// figure alone.
	{"won 3-1", Score, "", 3, 3, "3–1"},
	{"3–1", Score, "", 3, 3, "3–1"},
	{"lost 1-3", Score, "", 3, 3, "3–1"},
	{"a 2-2 draw", Score, "", 2, 2, "2–2"},
	{"drew 0-0", Score, "", 0, 0, "0–0"},
	{"a 1-0 win", Score, "", 1, 1, "1–0"},
	{"beat them 4-0", Score, "", 4, 4, "4–0"},
	{"62 votes to 38", Score, "", 62, 62, "62–38 votes"},
	{"by 312 votes to 287", Score, "", 312, 312, "312–287 votes"},

	// Dates, checked by their form.
	{"March 3, 2026", Date, "", 0, 0, "3 March 2026"},
	{"3 March 2026", Date, "", 0, 0, "3 March 2026"},
	{"2026-03-03", Date, "", 0, 0, "3 March 2026"},
	{"March 2026", Date, "", 0, 0, "March 2026"},
	{"in 2017", Date, "", 0, 0, "2017"},
	{"since 2019", Date, "", 0, 0, "2019"},
	{"mid-2019", Date, "", 0, 0, "2019"},
	{"the 2020 election", Date, "", 0, 0, "2020"},
	{"in June", Date, "", 0, 0, "June"},
	{"December 25", Date, "", 0, 0, "25 December"},
	{"Sept. 11, 2001", Date, "", 0, 0, "11 September 2001"},
	{"Monday", Date, "", 0, 0, "Monday"},
	{"on Friday", Date, "", 0, 0, "Friday"},
	{"Tuesday, Nov. 18", Date, "", 0, 0, "Tuesday 18 November"},
	{"Wednesday 5 March 2025", Date, "", 0, 0, "Wednesday 5 March 2025"},

	// Clock times, in minutes after midnight, with the zone written after
	// them; "about" allows a quarter of an hour either side.
	{"12:50 local time", Time, "local", 770, 770, "12:50 local"},
	{"1:20 pm", Time, "", 800, 800, "13:20"},
	{"1.20pm", Time, "", 800, 800, "13:20"},
	{"10.45am", Time, "", 645, 645, "10:45"},
	{"6pm", Time, "", 1080, 1080, "18:00"},
	{"6 p.m.", Time, "", 1080, 1080, "18:00"},
	{"12am", Time, "", 0, 0, "00:00"},
	{"12pm", Time, "", 720, 720, "12:00"},
	{"0847 GMT", Time, "GMT", 527, 527, "08:47 GMT"},
	{"0847 UTC", Time, "GMT", 527, 527, "08:47 GMT"},
	{"14:00 GMT", Time, "GMT", 840, 840, "14:00 GMT"},
	{"6pm GMT", Time, "GMT", 1080, 1080, "18:00 GMT"},
	{"7:30pm BST", Time, "BST", 1170, 1170, "19:30 BST"},
	{"at 08:30", Time, "", 510, 510, "08:30"},
	{"9:30 a.m. ET", Time, "EST", 570, 570, "09:30 EST"},
	{"3:47 a.m. local time (0847 GMT)", Time, "local", 227, 227, "03:47 local"},
	{"about 1pm", Time, "", 765, 795, "about 13:00"},

	// Phrases that state no value: identifiers, codes, spans of seasons,
	// vague "one", ages and relative dates.
	{"COVID-19", 0, "", 0, 0, ""},
	{"a Boeing 737 jet", 0, "", 0, 0, ""},
	{"the 2015-16 season", 0, "", 0, 0, ""},
	{"one of the", 0, "", 0, 0, ""},
	{"under one agreement", 0, "", 0, 0, ""},
	{"a 10-year-old", 0, "", 0, 0, ""},
	{"the 1990s", 0, "", 0, 0, ""},
	{"two days ago", Date, "", 0, 0, "2 days ago"},
	{"last year", Date, "", 0, 0, "last year"},
	{"yesterday", Date, "", 0, 0, "yesterday"},
	{"the 9/11 attacks", 0, "", 0, 0, ""},
	{"a 4G network", 0, "", 0, 0, ""},
}

func TestNormalizePhrases(t *testing.T) {
	x := NewExtractor(MustDefaultLexicon())
	for _, tc := range phraseTests {
		t.Run(tc.in, func(t *testing.T) {
			v, ok := x.ParseValue(tc.in)
			if tc.kind == 0 {
				if ok {
					t.Errorf("ParseValue(%q) = %v %q, want no value", tc.in, v.Kind, v)
				}
				return
			}
			if !ok || v.Kind != tc.kind || v.Unit != tc.unit || v.String() != tc.show {
				t.Errorf("ParseValue(%q) = %v %q %q, %v; want %v %q %q", tc.in, v.Kind, v.Unit, v, ok, tc.kind, tc.unit, tc.show)
			}
			if tc.kind == Date {
				return
			}
			if lo, hi := v.Interval(); !sameFloat(lo, tc.lo) || !sameFloat(hi, tc.hi) {
				t.Errorf("ParseValue(%q).Interval() = %v, %v; want %v, %v", tc.in, lo, hi, tc.lo, tc.hi)
			}
		})
	}
}

// sameFloat reports whether got and want agree to a relative 1e-9, an
// infinity only with the same infinity.
func sameFloat(got, want float64) bool {
	if math.IsInf(got, 0) || math.IsInf(want, 0) {
		return got == want
	}
	return math.Abs(got-want) <= 1e-9*max(math.Abs(got), math.Abs(want))
}
