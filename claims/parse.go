package claims

import (
	"strings"
)

// parsed is a value found at a place in a sentence, before its topic is known.
type parsed struct {
	Value
	start, end int    // tokens of the value, hedge included
	num        int    // first token of the number itself
	textEnd    int    // end of the claim's text when it takes in the topic words
	attr       string // attribute: duration, count, date...
	prep       string // preposition before the value: "in", "since", "for"...
	compound   bool   // joined to the next word by a hyphen ("four-day")
	relative   bool   // a date relative to publication ("last year")
	exact      bool   // said to be exact: "exactly 300", no rounding
	loose      bool   // the topic is a word near the value, not read from its phrase
}

// starters are the roles of words that can begin a value.
const starters = rSymbol | rCard | rVague | rMonth | rWeekday | rOrd | rSuperl | rZero | rFraction | rRelative

// possessive reports whether token i is a word with 's ("Ostermann's").
func (d *docState) possessive(i int) bool {
	raw := d.bytes(i)
	return d.toks[i].kind == tWord && len(trimPossessive(raw)) != len(raw)
}

// settle drops the rounding allowance where it does not apply: rounding
// is allowed for exact counts, amounts, percentages and measures, not for
// ages.
func (p *parsed) settle() {
	switch {
	case p.Bound != Exact || p.attr == "age" || p.exact:
		p.Precision = 0
	case p.Kind == Percent && (p.Precision == 0 || p.Precision > 1):
		p.Precision = 1 // "27%" stands for 26.5 to 27.5, "30%" is no rounder
	case p.Kind != Count && p.Kind != Money && p.Kind != Percent && p.Kind != Measure:
		p.Precision = 0
	}
}

// value parses a value starting at token i of the sentence [a, b).
func (d *docState) value(i, a, b int) (parsed, bool) {
	t := d.toks[i]
	if t.kind != tNum && t.roles&starters == 0 && (t.kind != tWord || i+1 >= b || d.toks[i+1].space ||
		d.text[d.toks[i+1].start] != '$') && !(t.roles&rStop != 0 && i+1 < b && d.toks[i+1].roles&(rCard|rScale|rFraction|rUnit) != 0) {
		return parsed{}, false
	}
	var p parsed
	var ok bool
	switch {
	case t.roles&rSymbol != 0 || d.dollarPrefix(i, b):
		p, ok = d.money(i, b)
	case t.kind == tNum:
		p, ok = d.numeric(i, a, b)
	case t.roles&(rCard|rVague) != 0, d.is(i, "a", "an") && i+1 < b && d.toks[i+1].roles&(rCard|rScale) != 0 && d.is(i+1, "dozen", "hundred", "thousand", "million", "billion"):
		p, ok = d.numeric(i, a, b)
	case d.is(i, "half"), d.is(i, "a", "an") && i+1 < b && d.toks[i+1].roles&(rFraction|rUnit) != 0:
		p, ok = d.fraction(i, b)
	case t.roles&rZero != 0:
		p, ok = d.zero(i, b)
	case t.roles&rRelative != 0:
		p, ok = d.relative(i, a, b)
	case t.roles&rMonth != 0:
		p, ok = d.monthDate(i, b)
	case t.roles&rWeekday != 0:
		p, ok = d.weekday(i, b)
	case t.roles&rOrd != 0:
		p, ok = d.ordinalWord(i, b)
	case t.roles&rSuperl != 0 && d.is(i-2, "of", "among") && i-2 >= a:
		// "one of the worst storms" ranks nothing
	case t.roles&rSuperl != 0 && i > a && (d.is(i-1, "the", "its", "their", "his", "her") || d.possessive(i-1)):
		p = parsed{Value: Value{Kind: Ordinal, Num: 1}, start: i, end: i + 1, num: i, attr: "rank"}
		ok = true
	}
	if !ok {
		return p, false
	}
	p.num = max(p.num, i)
	if p.start == 0 && p.num == i {
		p.start = i
	}
	d.hedge(&p, a)
	if p.start > a {
		p.prep = d.lower(p.start - 1)
	}
	return p, true
}

// numeric parses a value that starts with a number: a count, a duration, a
// percentage, money written with a currency word, a year or a day of a
// month, an ordinal such as "21st", or a range "10 to 12".
func (d *docState) numeric(i, a, b int) (parsed, bool) {
	if d.toks[i].kind == tNum && i+1 < b && (d.toks[i+1].roles&(rMeridiem|rZone) != 0 || d.is(i+1, ":")) {
		if q, ok := d.clockTime(parsed{start: i, num: i}, b); ok {
			return q, true
		}
	}
	if d.identifier(i, a, b) {
		return parsed{}, false
	}
	if q, ok := d.isoDate(i, b); ok {
		return q, true
	}
	n, end, ok := d.number(i, b)
	if !ok {
		return parsed{}, false
	}
	p := parsed{Value: Value{Kind: Count, Num: n, Precision: d.precision(i, end)}, start: i, end: end, num: i, attr: "count"}
	words := d.toks[i].kind == tWord
	if words {
		if q, ok := d.fractionAfter(p, b); ok {
			return q, true // "two-thirds of"
		}
	}
	if d.is(end, "and") && d.is(end+1, "a") && d.is(end+2, "half") && end+3 < b && d.toks[end+3].roles&rUnit != 0 {
		p.Num += 0.5 // "two and a half hours"
		p.end, end = end+3, end+3
	}
	if words && n == 1 && end == i+1 {
		return parsed{}, false // "one of", "under one agreement": too vague to be a count
	}
	if d.toks[i].roles&rVague != 0 && !d.is(i, "dozen") {
		p.Bound = AtLeast
	}
	if end < b && !d.toks[end].space && d.is(end, "st", "nd", "rd", "th") && end == i+1 {
		return d.ordinalDigits(p, b)
	}
	// Times "12:50", decades "1990s", identifiers "COVID-19": not claims here.
	if end < b && !d.toks[end].space && (d.is(end, ":", "s") || d.is(end, "-") && d.toks[i].start > 0 && i > a && d.is(i-1, "-")) {
		return parsed{}, false
	}
	// "twenty-first"
	if words && end+1 < b && d.is(end, "-") && d.toks[end+1].roles&rOrd != 0 {
		p.Kind, p.attr, p.end = Ordinal, "ordinal", end+2
		p.Num = n + float64(d.x.lex.words[d.lower(end+1)].ord)
		d.compoundOrdinal(&p, b)
		return p, true
	}
	if q, ok := d.dayMonth(i, end, b, n, words); ok {
		return q, true
	}
	if q, ok := d.score(p, end, a, b); ok {
		return q, true
	}
	if lo, hi, ok := d.rangeTail(end, b, n); ok {
		p.Num, p.Num2, p.Bound = lo, hi, Between
		p.end, _ = d.rangeEnd(end, b)
	} else if end+1 < b && d.is(end, "-", "–") && !d.toks[end].space && d.toks[end+1].kind == tNum && !d.toks[end+1].space {
		return parsed{}, false // "2015-16", "10-4": neither a range nor a result
	}
	if d.magnitude(&p, a, b) {
		return p, true
	}
	if ok, done := d.unitAfter(&p, b); done {
		if ok {
			d.sign(&p, a)
		}
		return p, ok
	}
	if !words && p.Bound != Between && d.isYear(i, end, b, n) {
		return d.year(p, a, b)
	}
	return p, true
}

// sign makes a percentage or a temperature in Celsius negative when a
// minus is written before it: "-0.3%", "−5C", "minus 5 degrees Celsius".
// Counts and amounts are never negative in news copy; a dash before them
// is punctuation.
func (d *docState) sign(p *parsed, a int) {
	i := p.start
	// A minus before a range ("-0 -1%") is no sign of both ends: "-1–-0%"
	// would not read back.
	if i <= a || p.Bound == Between || !(p.Kind == Percent || p.Kind == Measure && p.Unit == "temperature" && p.Scale == 1) {
		return
	}
	minus := d.is(i-1, "minus") ||
		d.is(i-1, "-", "−") && !d.toks[i].space && (d.toks[i-1].space || i-1 == a)
	if !minus {
		return
	}
	p.Num, p.Num2 = -p.Num, -p.Num2
	p.start--
}

// ordinalDigits reads "2nd", "21st", and a day of a month written so:
// "18th November", "the 18th of November".
func (d *docState) ordinalDigits(p parsed, b int) (parsed, bool) {
	n, end := p.Num, p.end
	if n != float64(int(n)) || n < 1 {
		return parsed{}, false
	}
	m := end + 1
	if d.is(m, "of") {
		m++
	}
	if m < b && d.toks[m].roles&rMonth != 0 && d.toks[m].cap && n <= 31 {
		q := parsed{Value: Value{Kind: Date, Date: CalendarDate{Day: int(n), Month: d.monthOf(m)}}, start: p.start, end: d.skipDot(m+1, b), num: p.num, attr: "date"}
		if y, ok := d.yearAt(q.end, b); ok {
			q.Date.Year, q.end = y, q.end+1+boolInt(d.is(q.end, ","))
		}
		return q, true
	}
	p.Kind, p.attr, p.end = Ordinal, "ordinal", end+1
	d.compoundOrdinal(&p, b)
	return p, true
}

// magnitude reads earthquake magnitudes: "magnitude 6.8", "a 6.8-magnitude
// quake".
func (d *docState) magnitude(p *parsed, a, b int) bool {
	i := p.start
	if !(i > a && d.is(i-1, "magnitude") || d.is(p.end, "magnitude") || d.is(p.end, "-") && d.is(p.end+1, "magnitude") && p.end+1 < b) {
		return false
	}
	p.Kind, p.Unit, p.attr, p.Noun, p.Scale = Measure, "magnitude", "magnitude", "magnitude", 1
	if p.Precision == 0 {
		p.Precision = 1
	}
	switch {
	case d.is(p.end, "magnitude"):
		p.end++
	case d.is(p.end, "-"):
		p.end += 2
	}
	return true
}

// unitAfter reads what follows a number: a percent sign or word, basis
// points, a currency word, a unit of time. done reports that the value is
// decided, with ok false when it is no claim ("a 10-year-old", "two days
// ago").
func (d *docState) unitAfter(p *parsed, b int) (ok, done bool) {
	j := p.end
	hyphen := j+1 < b && d.is(j, "-") && !d.toks[j].space && !d.toks[j+1].space
	if hyphen {
		j++
	}
	p.compound = hyphen
	t := tok(d, j, b)
	switch {
	case !hyphen && d.is(j, "basis") && d.is(j+1, "point", "points"):
		// "25 basis points": hundredths of a percentage point
		p.Kind, p.Unit, p.attr, p.end = Percent, "%", "percent", j+2
		p.Num, p.Num2, p.Precision = p.Num/100, p.Num2/100, max(p.Precision, 1)/100
		return true, true
	case !hyphen && (d.is(j, "%", "percent", "pct") || d.is(j, "per") && d.is(j+1, "cent") || d.is(j, "percentage") && d.is(j+1, "point", "points")):
		p.Kind, p.Unit, p.attr, p.end = Percent, "%", "percent", j+1
		if d.is(j, "per", "percentage") {
			p.end = j + 2
		}
		return true, true
	case t != nil && t.roles&rCurrency != 0 && !hyphen && t.kind == tWord:
		p.Kind, p.attr, p.end = Money, "amount", j+1
		info := d.x.lex.words[d.lower(j)]
		p.Unit = info.currency
		if info.worth > 0 { // "1,240 pence" is GBP 12.40
			p.Num, p.Num2, p.Precision = p.Num*info.worth, p.Num2*info.worth, p.Precision*info.worth
		}
		d.moneyTail(p, b)
		return true, true
	case t != nil && t.roles&rUnit != 0 && !(d.is(j, "second", "min", "sec", "mins") && hyphen):
		unit := d.x.lex.words[strings.TrimSuffix(d.lower(j), "s")].unit
		if unit == 0 {
			unit = d.x.lex.words[d.lower(j)].unit
		}
		p.Kind, p.Unit, p.attr, p.end = Duration, "s", "duration", j+1
		p.Num *= unit
		p.Num2 *= unit
		if p.Bound != Between {
			d.durationTail(p, unit, b) // "three years and four months"
		}
		old := j+2 < b && d.is(j+1, "-") && d.is(j+2, "old") // "a 10-year-old": an age
		tooLong := p.Num > maxDuration || p.Num2 > maxDuration
		if d.is(j+1, "ago") && !old && !tooLong {
			d.ago(p) // "two days ago": a date
			p.end = j + 2
			return true, true
		}
		return !old && !tooLong, true
	}
	if u, end := d.unitAt(j, b, !d.toks[min(j, b-1)].space); u != nil {
		p.measure(u, p.Precision, d.x.lex.dims[u.dim])
		p.end = end
		p.end = d.bracketed(p.end, b, func(q parsed) bool { return q.Kind == Measure && q.Unit == p.Unit }) // "8 km (5 miles)"
		return true, true
	}
	return true, false
}

// durationTail adds the smaller parts written after a duration in the
// unit unit: "three years and four months", "11 hours and 20 minutes", "2
// hours 51 minutes", "2hr 05min 48sec", "2 hours, 4 minutes and 37 seconds".
func (d *docState) durationTail(p *parsed, unit float64, b int) {
	for {
		j := p.end
		if d.is(j, ",") && d.is(j+1, "and") {
			j++
		}
		if d.is(j, "and", ",") {
			j++
		}
		if j >= b || !(d.toks[j].kind == tNum || d.toks[j].roles&rCard != 0) {
			return
		}
		n, end, ok := d.number(j, b)
		if !ok || end >= b || d.toks[end].roles&rUnit == 0 {
			return
		}
		small := d.x.lex.words[strings.TrimSuffix(d.lower(end), "s")].unit
		if small == 0 {
			small = d.x.lex.words[d.lower(end)].unit
		}
		if small == 0 || small >= unit {
			return
		}
		p.Num += n * small
		p.end, unit = end+1, small
	}
}

// year reads a bare year. It stands for the date of an event only after a
// preposition ("in 2017", "since 2019") or before a noun ("the 2016
// deployment"); "make 2026 the first year" is not a date claim.
func (d *docState) year(p parsed, a, b int) (parsed, bool) {
	i, end := p.start, p.end
	alone := i == a && end == b // ParseValue("2017")
	if !alone && !(i > a && d.toks[i-1].roles&rStop != 0) && !(end < b && d.toks[end].kind == tWord && d.toks[end].roles&rStop == 0) && !(i > a && d.is(i-1, "-")) {
		return parsed{}, false
	}
	p.Kind, p.attr = Date, "date"
	p.Date = CalendarDate{Year: int(p.Num)}
	p.Num = 0
	return p, true
}

func tok(d *docState, j, b int) *token {
	if j < b {
		return &d.toks[j]
	}
	return nil
}

// identifier reports whether the number at i is part of a name, a code or
// a clock time: "Boeing 737", "COVID-19", "23-cr-417", "7:05".
func (d *docState) identifier(i, a, b int) bool {
	if d.toks[i].kind != tNum {
		return false
	}
	if i+2 < b && d.is(i+1, "-") && !d.toks[i+1].space && !d.toks[i+2].space && d.toks[i+2].kind == tWord &&
		d.toks[i+2].end-d.toks[i+2].start <= 3 && d.toks[i+2].roles&(rUnit|rScale|rMeasure) == 0 {
		return true
	}
	// Digits glued to letters that are no scale, unit or ordinal suffix
	// ("1Xtra", "6pm", "4G"), and fractions or odds ("7/4", "9/11").
	if i+1 < b && !d.toks[i+1].space {
		n := d.toks[i+1]
		if n.kind == tWord && n.roles&(rScale|rUnit|rPercent|rCurrency|rMeasure) == 0 && !d.is(i+1, "st", "nd", "rd", "th", "s") ||
			d.is(i+1, "/") && i+2 < b && d.toks[i+2].kind == tNum && !d.toks[i+2].space {
			return true
		}
	}
	if i == a {
		return false
	}
	p := d.toks[i-1]
	if !p.space && !d.toks[i].space && d.is(i-1, ":", "/", "#") {
		return true
	}
	// The second number of a score or a range already read: "2-1".
	if !d.toks[i].space && d.is(i-1, "-", "–") && i-1 > a && d.toks[i-2].kind == tNum {
		return true
	}
	if d.is(i-1, "-") && !p.space && i-1 > a && d.toks[i-2].kind == tWord && d.toks[i-2].cap {
		return true
	}
	raw := d.bytes(i)
	if strings.ContainsAny(string(raw), ",.") {
		return false
	}
	prevRaw := d.bytes(i - 1)
	return p.kind == tWord && p.cap && i-1 > a && p.roles&(rMonth|rWeekday|rSymbol|rCurrency) == 0 &&
		len(trimPossessive(prevRaw)) == len(prevRaw) && !strings.HasSuffix(d.lower(i-1), "s") && !d.is(i-1, "In", "On", "By", "Since", "Until", "Some", "About", "Nearly", "Almost", "Around", "Over", "Only", "All", "The")
}

// isYear decides whether the number n at [i, end) is a year.
func (d *docState) isYear(i, end, b int, n float64) bool {
	raw := d.bytes(i)
	if len(raw) != 4 || end != i+1 || n < 1800 || n > 2100 {
		return false
	}
	// "1500 troops", "2000 people": a plural noun after it makes it a count.
	if end < b && d.toks[end].kind == tWord && d.toks[end].roles&(rStop|rMonth) == 0 {
		w := d.lower(end)
		if d.toks[end].roles&rGeneric != 0 || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && d.x.lex.words[w].roles&rUnit == 0 {
			return false
		}
	}
	return true
}

// hedge extends p to a bound written before it ("more than", "about").
func (d *docState) hedge(p *parsed, a int) {
	i := p.start
	if i <= a {
		return
	}
	for _, ph := range d.x.lex.phrases[d.lower(i-1)] {
		if ph.role != rHedge || i-len(ph.words) < a {
			continue
		}
		match := true
		for k, w := range ph.words {
			if d.lower(i-len(ph.words)+k) != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		if ph.words[0] == "between" || p.Bound == Between {
			return
		}
		// "11 hours over three days": "over" after a figure is a preposition.
		if k := i - len(ph.words) - 1; ph.words[0] == "over" && k >= a && (d.toks[k].kind == tNum || d.toks[k].roles&(rUnit|rCard) != 0) {
			if p.Kind == Duration {
				p.attr = "span" // the days the hours were spread over
			}
			return
		}
		if p.Kind == Date || p.Kind == Ordinal && p.attr != "rank" {
			return
		}
		if ph.bound != Exact || p.Bound == Exact {
			p.Bound = ph.bound
		}
		if ph.bound == Exact && (ph.words[0] == "exactly" || ph.words[0] == "precisely") {
			p.exact = true
		}
		p.start = i - len(ph.words)
		return
	}
	if d.is(i-1, "between") && p.Bound == Between {
		p.start = i - 1
	}
}

// zero reads a count of none: "no deaths", "no fatalities", "no one was
// hurt", "nobody died". "No" must come right before "one" or a noun of a
// class marked @none in the topic data, so that "no more than", "no longer"
// and "no plans" state no figure.
func (d *docState) zero(i, b int) (parsed, bool) {
	p := parsed{Value: Value{Kind: Count}, start: i, end: i + 1, num: i, attr: "count"}
	if d.is(i+1, "one") {
		p.end = i + 2
	}
	if d.is(i, "nobody") || p.end == i+2 {
		// "no one was injured", "nobody died": a verb of such a class
		j := d.skipAux(p.end, b)
		for k := j; k < b && k < j+3; k++ {
			if cls, _, ok := d.classEndingAt(k, j, b); ok {
				return p, d.x.lex.none[cls]
			}
		}
		return parsed{}, false
	}
	if i+1 >= b || d.toks[i+1].kind != tWord || d.toks[i+1].roles&(rStop|rMod) != 0 {
		return parsed{}, false
	}
	np := d.nounPhrase(i+1, b, false)
	if np.class < 0 || np.start != i+1 || !d.x.lex.none[np.class] {
		return parsed{}, false
	}
	return p, true
}
