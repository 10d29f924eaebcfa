package claims

import (
	"strconv"
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
}

// starters are the roles of words that can begin a value.
const starters = rSymbol | rCard | rVague | rMonth | rWeekday | rOrd | rSuperl

// value parses a value starting at token i of the sentence [a, b).
func (d *docState) value(i, a, b int) (parsed, bool) {
	t := d.toks[i]
	if t.kind != tNum && t.roles&starters == 0 && (t.kind != tWord || i+1 >= b || d.toks[i+1].space ||
		d.text[d.toks[i+1].start] != '$') && !(t.roles&rStop != 0 && i+1 < b && d.toks[i+1].roles&(rCard|rScale) != 0) {
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
	case t.roles&rMonth != 0:
		p, ok = d.monthDate(i, b)
	case t.roles&rWeekday != 0:
		p, ok = d.weekday(i, b)
	case t.roles&rOrd != 0:
		p, ok = d.ordinalWord(i, b)
	case t.roles&rSuperl != 0 && d.is(i-2, "of", "among") && i-2 >= a:
		// "one of the worst storms" ranks nothing
	case t.roles&rSuperl != 0 && i > a && d.is(i-1, "the", "its", "their", "his", "her") || t.roles&rSuperl != 0 && i > a && d.toks[i-1].kind == tWord && strings.HasSuffix(d.lower(i-1), "s") && d.bytes(i - 1)[len(d.bytes(i-1))-1] == 's' && d.toks[i-1].cap:
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

// dollarPrefix reports whether tokens i, i+1 are a prefixed dollar sign
// such as "US$" or "HK$".
func (d *docState) dollarPrefix(i, b int) bool {
	if i+1 >= b || d.toks[i].kind != tWord || !d.is(i+1, "$") || d.toks[i+1].space {
		return false
	}
	_, ok := d.x.lex.words[d.lower(i)+"$"]
	return ok
}

// money parses "$4.1bn", "US$1,200 million", "€8bn", "USD 5m".
func (d *docState) money(i, b int) (parsed, bool) {
	code := ""
	j := i + 1
	if d.dollarPrefix(i, b) {
		code = d.x.lex.words[d.lower(i)+"$"].currency
		j = i + 2
	} else {
		code = d.x.lex.words[d.lower(i)].currency
	}
	if j >= b || !(d.toks[j].kind == tNum || d.toks[j].roles&rCard != 0) {
		return parsed{}, false
	}
	n, end, ok := d.number(j, b)
	if !ok {
		return parsed{}, false
	}
	p := parsed{Value: Value{Kind: Money, Num: n, Unit: code}, start: i, end: end, num: i, attr: "amount"}
	if lo, hi, ok := d.rangeTail(end, b, n); ok {
		p.Num, p.Num2, p.Bound = lo, hi, Between
		p.end, _ = d.rangeEnd(end, b)
	} else if end+1 < b && d.is(end, "to", "and", "-", "–") {
		// "$2.95 billion to $3.05 billion": the sign written again.
		if q, ok := d.money(end+1, b); ok && q.Unit == code && q.Num > n && q.Bound == Exact {
			p.Num, p.Num2, p.Bound, p.end = n, q.Num, Between, q.end
		}
	}
	d.moneyTail(&p, b)
	return p, true
}

// moneyTail takes in a bracketed conversion "($9.3 billion)" and a rate
// "a share", "per tonne".
func (d *docState) moneyTail(p *parsed, b int) {
	j := p.end
	if j+2 < b && d.is(j, "(") {
		if k := d.closing(j, b); k > 0 && k-j <= 6 {
			if q, ok := d.value(j+1, j+1, k); ok && q.Kind == Money {
				p.end = k + 1
				j = k + 1
			}
		}
	}
	if j+1 < b && (d.is(j, "a", "an", "per", "each") && d.toks[j+1].kind == tWord && d.toks[j+1].roles&rStop == 0) {
		// A rate per unit of time ("$150m a year") is compared as an
		// amount: outlets write "annual savings of $150m" for the same.
		if d.toks[j+1].roles&rUnit == 0 && !d.is(j+1, "annum") {
			p.Unit += "/" + stem(d.lower(j+1))
		}
		p.end = j + 2
	}
}

// closing returns the index of the ")" closing the bracket at j, or -1.
func (d *docState) closing(j, b int) int {
	for k := j + 1; k < b && k < j+10; k++ {
		if d.is(k, ")") {
			return k
		}
	}
	return -1
}

// numeric parses a value that starts with a number: a count, a duration, a
// percentage, money written with a currency word, a year or a day of a
// month, an ordinal such as "21st", or a range "10 to 12".
func (d *docState) numeric(i, a, b int) (parsed, bool) {
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
	p := parsed{Value: Value{Kind: Count, Num: n}, start: i, end: end, num: i, attr: "count"}
	words := d.toks[i].kind == tWord
	if words && n == 1 && end == i+1 {
		return parsed{}, false // "one of", "under one agreement": too vague to be a count
	}
	if d.toks[i].roles&rVague != 0 && !d.is(i, "dozen") {
		p.Bound = AtLeast
	}
	// Ordinal digits: "2nd", "21st"; a day of a month: "18th November",
	// "the 18th of November".
	if end < b && !d.toks[end].space && d.is(end, "st", "nd", "rd", "th") && end == i+1 {
		if n != float64(int(n)) || n < 1 {
			return parsed{}, false
		}
		m := end + 1
		if d.is(m, "of") {
			m++
		}
		if m < b && d.toks[m].roles&rMonth != 0 && d.toks[m].cap && n <= 31 {
			q := parsed{Value: Value{Kind: Date, Date: CalendarDate{Day: int(n), Month: d.monthOf(m)}}, start: i, end: d.skipDot(m+1, b), num: i, attr: "date"}
			if y, ok := d.yearAt(q.end, b); ok {
				q.Date.Year, q.end = y, q.end+1+boolInt(d.is(q.end, ","))
			}
			return q, true
		}
		p.Kind, p.attr, p.end = Ordinal, "ordinal", end+1
		d.compoundOrdinal(&p, b)
		return p, true
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
	if lo, hi, ok := d.rangeTail(end, b, n); ok {
		p.Num, p.Num2, p.Bound = lo, hi, Between
		p.end, _ = d.rangeEnd(end, b)
		n = lo
	} else if end+1 < b && d.is(end, "-", "–") && !d.toks[end].space && d.toks[end+1].kind == tNum && !d.toks[end+1].space {
		return parsed{}, false // a score, "2-1"
	}
	// Earthquake magnitudes: "magnitude 6.8", "a 6.8-magnitude quake".
	if i > a && d.is(i-1, "magnitude") || d.is(p.end, "magnitude") ||
		d.is(p.end, "-") && d.is(p.end+1, "magnitude") && p.end+1 < b {
		p.attr, p.Noun = "magnitude", "magnitude"
		switch {
		case d.is(p.end, "magnitude"):
			p.end++
		case d.is(p.end, "-"):
			p.end += 2
		}
		return p, true
	}
	j := p.end
	hyphen := j+1 < b && d.is(j, "-") && !d.toks[j].space && !d.toks[j+1].space
	if hyphen {
		j++
	}
	t := tok(d, j, b)
	switch {
	case !hyphen && d.is(j, "basis") && d.is(j+1, "point", "points"):
		// "25 basis points": hundredths of a percentage point
		p.Kind, p.Unit, p.attr, p.end = Percent, "%", "percent", j+2
		p.Num, p.Num2 = p.Num/100, p.Num2/100
		return p, true
	case !hyphen && (d.is(j, "%", "percent", "pct") || d.is(j, "per") && d.is(j+1, "cent") || d.is(j, "percentage") && d.is(j+1, "point", "points")):
		p.Kind, p.Unit, p.attr, p.end = Percent, "%", "percent", j+1
		if d.is(j, "per", "percentage") {
			p.end = j + 2
		}
		return p, true
	case t != nil && t.roles&rCurrency != 0 && !hyphen && t.kind == tWord:
		p.Kind, p.attr, p.end = Money, "amount", j+1
		p.Unit = d.x.lex.words[d.lower(j)].currency
		d.moneyTail(&p, b)
		return p, true
	case t != nil && t.roles&rUnit != 0 && !(d.is(j, "second", "min", "sec", "mins") && hyphen):
		unit := d.x.lex.words[strings.TrimSuffix(d.lower(j), "s")].unit
		if unit == 0 {
			unit = d.x.lex.words[d.lower(j)].unit
		}
		p.Kind, p.Unit, p.attr, p.end = Duration, "s", "duration", j+1
		p.Num *= unit
		p.Num2 *= unit
		if p.Num > maxDuration || p.Num2 > maxDuration {
			return parsed{}, false
		}
		p.compound = hyphen
		if j+2 < b && d.is(j+1, "-") && d.is(j+2, "old") { // "a 10-year-old": an age
			return parsed{}, false
		}
		if d.is(j+1, "ago") { // relative dates are resolved elsewhere
			return parsed{}, false
		}
		return p, true
	}
	if !words && p.Bound != Between && d.isYear(i, end, b, n) {
		// A bare year stands for the date of an event only after a
		// preposition ("in 2017", "since 2019") or before a noun ("the
		// 2016 deployment"); "make 2026 the first year" is not a date claim.
		alone := i == a && end == b // ParseValue("2017")
		if !alone && !(i > a && d.toks[i-1].roles&rStop != 0) && !(end < b && d.toks[end].kind == tWord && d.toks[end].roles&rStop == 0) && !(i > a && d.is(i-1, "-")) {
			return parsed{}, false
		}
		p.Kind, p.attr = Date, "date"
		p.Date = CalendarDate{Year: int(n)}
		p.Num = 0
		return p, true
	}
	p.compound = hyphen
	return p, true
}

// isoDate reads "2025-11-18".
func (d *docState) isoDate(i, b int) (parsed, bool) {
	if i+4 >= b || len(d.bytes(i)) != 4 || !d.is(i+1, "-") || !d.is(i+3, "-") {
		return parsed{}, false
	}
	for k := i + 1; k <= i+4; k++ {
		if d.toks[k].space {
			return parsed{}, false
		}
	}
	y, ok1 := parseDigits(string(d.bytes(i)))
	m, ok2 := parseDigits(string(d.bytes(i + 2)))
	day, ok3 := parseDigits(string(d.bytes(i + 4)))
	if !ok1 || !ok2 || !ok3 || d.toks[i+2].kind != tNum || d.toks[i+4].kind != tNum ||
		y < 1800 || y > 2100 || m < 1 || m > 12 || day < 1 || day > 31 {
		return parsed{}, false
	}
	return parsed{Value: Value{Kind: Date, Date: CalendarDate{Year: int(y), Month: int(m), Day: int(day)}}, start: i, end: i + 5, num: i, attr: "date"}, true
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
		d.toks[i+2].end-d.toks[i+2].start <= 3 && d.toks[i+2].roles&(rUnit|rScale) == 0 {
		return true
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

// number parses digits or number words at i, with a scale word after
// ("1.2 million", "1.2bn", "twenty-five", "one hundred and fifty", "a
// dozen"). It returns the value and the index after it.
func (d *docState) number(i, b int) (float64, int, bool) {
	if d.toks[i].kind == tNum {
		n, ok := parseDigits(string(d.bytes(i)))
		if !ok {
			return 0, i, false
		}
		j := i + 1
		if j < b && d.toks[j].kind == tWord && d.toks[j].roles&rScale != 0 {
			w := d.lower(j)
			if !d.toks[j].space || len(w) > 2 && w != "mln" {
				n *= d.x.lex.words[w].scale
				j++
			}
		}
		return n, j, n <= maxNumber
	}
	n, j, ok := d.numberWords(i, b)
	return n, j, ok && n <= maxNumber
}

// maxNumber bounds the figures read: beyond it float64 loses whole numbers
// and no news figure goes.
const maxNumber = 1e15

// maxDuration bounds durations, in seconds: a million years.
const maxDuration = 1e6 * Year

// numberWords parses number words: "twenty-five", "two hundred and fifty",
// "a dozen", "three million", "hundreds".
func (d *docState) numberWords(i, b int) (float64, int, bool) {
	total, cur := 0.0, 0.0
	j, seen := i, false
	if d.is(j, "a", "an") {
		cur, j = 1, j+1
	}
	for j < b {
		t := d.toks[j]
		w := d.lower(j)
		info := d.x.lex.words[w]
		switch {
		case t.roles&rVague != 0 && !seen:
			return info.card, j + 1 + boolInt(d.is(j+1, "of")), true
		case t.roles&rCard != 0 && w == "dozen":
			cur = max(cur, 1) * 12
		case t.roles&rCard != 0 && w != "score":
			if seen && cur > 0 && int(cur)%100 != 0 && cur < 20 {
				return total + cur, j, true // "two three": stop
			}
			cur += info.card
		case t.roles&rScale != 0 && len(w) > 2 && (seen || cur > 0):
			if info.scale == 100 {
				cur = max(cur, 1) * 100
			} else {
				total += max(cur, 1) * info.scale
				cur = 0
			}
		case w == "-" && seen && j+1 < b && d.toks[j+1].roles&rCard != 0 && !t.space:
			j++
			continue
		case w == "and" && seen && j+1 < b && d.toks[j+1].roles&rCard != 0 && int(total+cur)%100 == 0:
			j++
			continue
		default:
			if !seen {
				return 0, i, false
			}
			return total + cur, j, true
		}
		seen = true
		j++
	}
	if !seen {
		return 0, i, false
	}
	return total + cur, j, true
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// parseDigits reads "1,200", "6.8", "1,200,000" and the European "1.200.000".
func parseDigits(s string) (float64, bool) {
	switch {
	case strings.Count(s, ".") > 1:
		s = strings.ReplaceAll(s, ".", "")
	case strings.Contains(s, ","):
		for k, g := range strings.Split(strings.SplitN(s, ".", 2)[0], ",") {
			if k > 0 && len(g) != 3 {
				return 0, false
			}
		}
		s = strings.ReplaceAll(s, ",", "")
	}
	n, err := strconv.ParseFloat(s, 64)
	return n, err == nil
}

// rangeTail recognises "10 to 12", "10-12" and "10 and 12" (after
// "between") following a number that ends at j.
func (d *docState) rangeTail(j, b int, lo float64) (float64, float64, bool) {
	if j+1 >= b || !(d.is(j, "to", "-", "–") || d.is(j, "and") && d.is(d.numStartBefore(j), "between")) {
		return 0, 0, false
	}
	if !(d.toks[j+1].kind == tNum || d.toks[j+1].roles&rCard != 0) {
		return 0, 0, false
	}
	hi, end, ok := d.number(j+1, b)
	if !ok {
		return 0, 0, false
	}
	// "3.2 to 3.6 billion": a scale word after the second number applies
	// to the first when the first has none.
	if end > j+2 && d.toks[end-1].roles&rScale != 0 && d.toks[j-1].roles&rScale == 0 {
		if s := d.x.lex.words[d.lower(end-1)].scale; lo*s < hi {
			lo *= s
		}
	}
	if hi <= lo {
		return 0, 0, false // "2-1" is a score, not a range
	}
	return lo, hi, true
}

func (d *docState) rangeEnd(j, b int) (int, bool) {
	_, end, ok := d.number(j+1, b)
	return end, ok
}

// numStartBefore returns the index of the token before the number that
// ends just before j; it lets "between 10 and 12" be recognised.
func (d *docState) numStartBefore(j int) int {
	k := j - 1
	for k > 0 && (d.toks[k].kind == tNum || d.toks[k].roles&(rCard|rScale|rSymbol) != 0) {
		k--
	}
	return k
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
		if p.Kind == Date || p.Kind == Ordinal && p.attr != "rank" {
			return
		}
		if ph.bound != Exact || p.Bound == Exact {
			p.Bound = ph.bound
		}
		p.start = i - len(ph.words)
		return
	}
	if d.is(i-1, "between") && p.Bound == Between {
		p.start = i - 1
	}
}
