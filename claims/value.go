package claims

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Bound says how a stated number limits the true value.
type Bound uint8

// The bounds a news text puts on a number.
const (
	Exact   Bound = iota // "12"
	Over                 // "more than 200", "over 200": the value exceeds the number
	AtLeast              // "at least 40"
	Under                // "fewer than 10", "less than three months"
	AtMost               // "up to 500", "at most 5"
	About                // "about 300", "some 250", "roughly": within a tolerance
	Nearly               // "nearly 3,000", "almost": a little under the number
	Between              // "between 10 and 12", "10 to 12"
)

var boundNames = [...]string{"exact", "over", "at least", "under", "at most", "about", "nearly", "between"}

// String returns the bound's name, such as "at least".
func (b Bound) String() string {
	if int(b) < len(boundNames) {
		return boundNames[b]
	}
	return "bound(" + strconv.Itoa(int(b)) + ")"
}

// Tolerance is the allowance made for an imprecise value of one
// dimension. The defaults are in the embedded data (data/tolerances.txt);
// see [Lexicon.Tolerances].
type Tolerance struct {
	// About is the relative half-width of an approximate value: 0.10 lets
	// "about 300" cover 270–330, and "nearly 3,000" 2,700–3,000. For times
	// of day it is a number of minutes either side.
	About float64
	// Rounding caps the allowance made for a round figure, relative to
	// it: 0.05 lets "1,200 jobs" meet "1,150 roles" but not "100 dead"
	// meet "150 dead". See [Value.Precision].
	Rounding float64
}

// DefaultTolerance is the tolerance of a dimension the data does not name.
func DefaultTolerance() Tolerance { return Tolerance{About: 0.10, Rounding: 0.05} }

// defaultTimeTolerance is the tolerance of times of day the data does not
// set: "about 1pm" covers 12:45 to 13:15.
func defaultTimeTolerance() Tolerance { return Tolerance{About: 15} }

// Tolerances holds a tolerance per dimension ("count", "money", "length",
// "time"...; see [Value.Dimension]).
type Tolerances map[string]Tolerance

// For returns the tolerance for v's dimension, or [DefaultTolerance] (for
// times of day, 15 minutes either side).
func (t Tolerances) For(v Value) Tolerance {
	if tol, ok := t[v.Dimension()]; ok {
		return tol
	}
	if v.Kind == Time {
		return defaultTimeTolerance()
	}
	return DefaultTolerance()
}

// Second, Day, Month and Year are the sizes, in seconds, of the units
// durations are normalised to. A month is a twelfth of a Julian year, so
// that "168 months" and "14 years" are the same duration.
const (
	Second = 1.0
	Day    = 86400 * Second
	Year   = 365.25 * Day
	Month  = Year / 12
)

// Value is a normalised value: a number with its bound and unit, or a
// calendar date.
type Value struct {
	Kind Kind
	// Num is the number as stated, scaled ("1.2bn" is 1.2e9; durations in
	// seconds); Num2 is the upper number of a range.
	Num, Num2 float64
	Bound     Bound
	// Unit is what Num is measured in: an ISO 4217 code for money (with
	// "/share" for a rate), "%" for percentages, "s" for durations, the
	// dimension for measures ("length", whose values are in its base unit,
	// see data/units.txt), the time zone for times of day ("local", "GMT",
	// or empty when unstated), empty for counts, ordinals and scores.
	Unit string
	// Date holds the fields of a date; zero fields are unknown.
	Date CalendarDate
	// Noun is the counted noun as written ("agreements") or, for a
	// measure, the unit it was written in ("ha"), for display only: "900
	// jobs" and "900 positions" are equal values.
	Noun string
	// Scale is the size of a measure's written unit in the base unit of
	// its dimension (10,000 for hectares, in square metres), for display.
	Scale float64
	// Precision is the place of the last significant digit written, for
	// counts and amounts: 100 for "1,200", 1e8 for "$3.2bn", 0 when the
	// figure is exact ("1,215", "twelve"). An exact figure allows half of
	// it either side, at most RoundingTolerance of the figure.
	Precision float64
	// Text holds the words of a quote, as written with runs of white space
	// made one space, or a name as written.
	Text string
	// Items holds the items of a set as written, without a leading
	// article ("electric bicycle", "dried persimmons").
	Items []string
	// Keys holds, for each item of a set, the words it is matched by, in
	// lower case, one spelling and without plural endings: the head noun,
	// then the nouns that modify it or follow its "of"; adjectives, and a
	// noun of quantity before "of", are left out ("keris" for "a
	// ceremonial keris", "cloth batik" for "batik cloth", "coffee toraja"
	// for "a sack of Toraja coffee").
	Keys []string
}

// Dimension names what v measures, for choosing its [Tolerance]: the
// dimension of a measure ("length", "area"), else the kind ("count",
// "money", "time").
func (v Value) Dimension() string {
	if v.Kind == Measure {
		return v.Unit
	}
	return v.Kind.String()
}

// CalendarDate is a date that may be partial: "June", "2017", "Monday",
// "18 November". Zero fields are unknown; Weekday counts from Monday = 1.
type CalendarDate struct {
	Year, Month, Day, Weekday int
	// Relative holds a relative date that could not be resolved against a
	// publication date, in canonical words ("last year", "2 months ago");
	// the other fields are then zero.
	Relative string
}

// Interval returns the closed range of true values the statement allows,
// with the default tolerance of its dimension; see [Value.IntervalWithin].
func (v Value) Interval() (lo, hi float64) { return v.IntervalWithin(Tolerances(nil).For(v)) }

// IntervalWithin returns the closed range of true values the statement
// allows: bounds include their limit ("more than 200" gives 200 to +Inf),
// hedges widen it by tol.About, and a round figure by the rounding it was
// written with (see [Value.Precision]), at most tol.Rounding of it.
func (v Value) IntervalWithin(tol Tolerance) (lo, hi float64) {
	x := v.Num
	about := math.Abs(x) * tol.About
	if v.Kind == Time {
		about = tol.About // minutes either side
	}
	switch v.Bound {
	case Over, AtLeast:
		return x, math.Inf(1)
	case Under, AtMost:
		return math.Inf(-1), x
	case About:
		return x - about, x + about
	case Nearly:
		return x - about, x
	case Between:
		return x, v.Num2
	}
	if v.Precision > 0 {
		// Just under half a place, so that 1,200 and 1,300 do not meet.
		half := min(v.Precision*0.49, math.Abs(x)*tol.Rounding)
		return x - half, x + half
	}
	return x, x
}

// Equal reports whether two values state the same thing: same kind, unit,
// bound and number (or the same date fields).
func (v Value) Equal(w Value) bool {
	if v.Kind != w.Kind || v.Unit != w.Unit {
		return false
	}
	switch v.Kind {
	case Date:
		return v.Date == w.Date
	case Quote, Name:
		return v.Text == w.Text
	case Set:
		return slices.Equal(v.Items, w.Items)
	}
	return v.Bound == w.Bound && close(v.Num, w.Num) && close(v.Num2, w.Num2)
}

// Overlaps reports whether two values of the same kind and unit can both be
// true, with the default tolerance of their dimension; see
// [Value.OverlapsWithin].
func (v Value) Overlaps(w Value) bool { return v.OverlapsWithin(w, Tolerances(nil).For(v)) }

// OverlapsWithin reports whether two values of the same kind and unit can
// both be true when each is widened by tol. Bounds include their limit:
// newsrooms write "more than 1,000" and "1,000" for the same round figure.
// Dates overlap when no field known to both differs, a weekday checked
// against the calendar when the other date is complete; a relative date
// ("last year") that could not be resolved meets only the same words.
// Scores overlap only when equal.
func (v Value) OverlapsWithin(w Value, tol Tolerance) bool {
	if v.Kind != w.Kind || v.Unit != w.Unit {
		return false
	}
	switch v.Kind {
	case Date:
		return v.Date.Overlaps(w.Date)
	case Quote, Name, Set:
		return v.Equal(w)
	case Score:
		return v.Num == w.Num && v.Num2 == w.Num2
	}
	alo, ahi := v.IntervalWithin(tol)
	blo, bhi := w.IntervalWithin(tol)
	return alo <= bhi+eps(bhi) && blo <= ahi+eps(ahi)
}

// Overlaps reports whether two dates can be the same day: every field
// known to both is equal, and a weekday matches the calendar where the
// other date is complete. A relative date that could not be resolved
// ("last year") meets only the same relative date.
func (d CalendarDate) Overlaps(e CalendarDate) bool {
	if d.Relative != e.Relative {
		return false
	}
	if !agreeField(d.Year, e.Year) || !agreeField(d.Month, e.Month) || !agreeField(d.Day, e.Day) || !agreeField(d.Weekday, e.Weekday) {
		return false
	}
	return agreeField(d.Weekday, e.CalendarWeekday()) && agreeField(e.Weekday, d.CalendarWeekday())
}

// CalendarWeekday returns the weekday of a complete date by the calendar
// (Monday = 1), or 0 when a field is missing or the date does not exist.
func (d CalendarDate) CalendarWeekday() int {
	if d.Year == 0 || d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > 31 {
		return 0
	}
	t := time.Date(d.Year, time.Month(d.Month), d.Day, 12, 0, 0, 0, time.UTC)
	if t.Day() != d.Day {
		return 0 // 31 June
	}
	return (int(t.Weekday())+6)%7 + 1
}

func agreeField(a, b int) bool { return a == 0 || b == 0 || a == b }

func eps(x float64) float64 {
	if math.IsInf(x, 0) {
		return 0
	}
	return math.Abs(x)*1e-9 + 1e-12
}

func close(a, b float64) bool { return a == b || math.Abs(a-b) <= eps(a)+eps(b) }

// String renders the value for a reader: "4 days", "more than 200 people",
// "USD 273 billion", "27%", "2nd", "June 2025", "Monday".
func (v Value) String() string {
	var b strings.Builder
	switch v.Kind {
	case Date:
		return v.Date.String()
	case Quote:
		return "“" + v.Text + "”"
	case Name:
		return v.Text
	case Set:
		return strings.Join(v.Items, ", ")
	case Ordinal:
		b.WriteString(boundPrefix(v.Bound))
		b.WriteString(ordinal(int(v.Num)))
		return b.String()
	case Score:
		b.WriteString(number(v.Num) + "–" + number(v.Num2))
		if v.Noun != "" {
			b.WriteString(" " + v.Noun)
		}
		return b.String()
	}
	b.WriteString(boundPrefix(v.Bound))
	switch v.Kind {
	case Money:
		code, per, rate := strings.Cut(v.Unit, "/")
		b.WriteString(code)
		b.WriteByte(' ')
		if v.Bound == Between {
			b.WriteString(rangeText(v.Num, v.Num2, " to "))
		} else {
			b.WriteString(scaled(v.Num))
		}
		if rate {
			b.WriteString(" per ")
			b.WriteString(per)
		}
	case Percent:
		b.WriteString(number(v.Num))
		if v.Bound == Between {
			b.WriteString("–" + number(v.Num2))
		}
		b.WriteString("%")
	case Measure:
		scale := v.Scale
		if scale == 0 {
			scale = 1
		}
		b.WriteString(number(v.Num / scale))
		if v.Bound == Between {
			b.WriteString("–" + number(v.Num2/scale))
		}
		if v.Noun != "" {
			b.WriteByte(' ')
			b.WriteString(v.Noun)
		}
	case Time:
		b.WriteString(clock(v.Num))
		if v.Unit != "" {
			b.WriteByte(' ')
			b.WriteString(v.Unit)
		}
	case Duration:
		n, unit := durationUnit(v.Num, v.Num2)
		if unit == "second" && v.Num >= 600 && v.Bound != Between && whole(v.Num) {
			b.WriteString(stopwatch(v.Num)) // "2:05:48", as race times are written
			return b.String()
		}
		b.WriteString(number(v.Num / n))
		if v.Bound == Between {
			b.WriteString("–" + number(v.Num2/n))
		}
		b.WriteByte(' ')
		b.WriteString(unit)
		if !(v.Bound != Between && close(v.Num, n)) {
			b.WriteByte('s')
		}
	default:
		if v.Bound == Between {
			b.WriteString(rangeText(v.Num, v.Num2, "–"))
		} else {
			b.WriteString(scaled(v.Num))
		}
		if v.Noun != "" {
			b.WriteByte(' ')
			b.WriteString(v.Noun)
		}
	}
	return b.String()
}

func boundPrefix(b Bound) string {
	switch b {
	case Over:
		return "more than "
	case AtLeast:
		return "at least "
	case Under:
		return "less than "
	case AtMost:
		return "up to "
	case About:
		return "about "
	case Nearly:
		return "nearly "
	}
	return ""
}

// clock writes minutes after midnight as a 24-hour time, "13:20".
func clock(m float64) string {
	h, mm := int(m)/60, int(m)%60
	return strconv.Itoa(h/10) + strconv.Itoa(h%10) + ":" + strconv.Itoa(mm/10) + strconv.Itoa(mm%10)
}

// stopwatch writes whole seconds as "2:05:48" or "0:10:10": always with
// the hours, so that it does not read back as a time of day.
func stopwatch(secs float64) string {
	t := int(math.Round(secs))
	h, m, s := t/3600, t/60%60, t%60
	two := func(n int) string { return strconv.Itoa(n/10) + strconv.Itoa(n%10) }
	return strconv.Itoa(h) + ":" + two(m) + ":" + two(s)
}

// durationUnit picks the largest unit that states both numbers whole.
func durationUnit(x, y float64) (float64, string) {
	units := [...]struct {
		size float64
		name string
	}{{Year, "year"}, {Month, "month"}, {7 * Day, "week"}, {Day, "day"}, {3600, "hour"}, {60, "minute"}}
	for _, u := range units {
		if whole(x/u.size) && (y == 0 || whole(y/u.size)) && x >= u.size {
			return u.size, u.name
		}
	}
	return 1, "second"
}

func whole(x float64) bool { return math.Abs(x-math.Round(x)) < 1e-6 }

// rangeText writes a range so that it reads back the same: "3.2 to 3.6
// billion" shares the scale word, but "1–10,000,000" may not, since "1–10
// million" would read as 1 million to 10 million.
func rangeText(lo, hi float64, sep string) string {
	l, h := scaled(lo), scaled(hi)
	ls, hs := strings.LastIndexByte(l, ' '), strings.LastIndexByte(h, ' ')
	switch {
	case ls >= 0 && hs >= 0 && l[ls:] == h[hs:]:
		return l[:ls] + sep + h // same scale word, written once
	case hs >= 0:
		return number(lo) + sep + number(hi)
	}
	return l + sep + h
}

// scaled writes large numbers with a scale word, 3.2e9 as "3.2 billion",
// when the short form gives the number back; otherwise in full.
func scaled(x float64) string {
	ax := math.Abs(x)
	for _, sc := range []struct {
		size float64
		name string
	}{{1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}} {
		if ax < sc.size {
			continue
		}
		short := number(x / sc.size)
		if f, err := strconv.ParseFloat(strings.ReplaceAll(short, ",", ""), 64); err == nil && math.Abs(f*sc.size-x) <= math.Abs(x)*1e-14 {
			return short + sc.name
		}
		break
	}
	return number(x)
}

// number writes x with thousands separators, in as few digits as give x
// back, but with float noise ("3.2000000000000002") rounded away.
func number(x float64) string {
	s := strconv.FormatFloat(x, 'g', 15, 64)
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		s = strconv.FormatFloat(f, 'f', -1, 64)
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, _ := strings.Cut(s, ".")
	if len(intPart) > 3 { // "2,000", never read back as a year
		var b strings.Builder
		for i, c := range intPart {
			if i > 0 && (len(intPart)-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteRune(c)
		}
		intPart = b.String()
	}
	if frac != "" {
		intPart += "." + frac
	}
	if neg {
		return "-" + intPart
	}
	return intPart
}

func ordinal(n int) string {
	suf := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	return strconv.Itoa(n) + suf
}

var monthNames = [...]string{"", "January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

var weekdayNames = [...]string{"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// String renders the known fields: "Tuesday 18 November 2025", "June", "2017".
func (d CalendarDate) String() string {
	if d.Relative != "" {
		return d.Relative
	}
	var parts []string
	if d.Weekday > 0 && d.Weekday < len(weekdayNames) {
		parts = append(parts, weekdayNames[d.Weekday])
	}
	if d.Day > 0 {
		parts = append(parts, strconv.Itoa(d.Day))
	}
	if d.Month > 0 && d.Month < len(monthNames) {
		parts = append(parts, monthNames[d.Month])
	}
	if d.Year != 0 {
		parts = append(parts, strconv.Itoa(d.Year))
	}
	return strings.Join(parts, " ")
}
