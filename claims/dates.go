package claims

import "strconv"

// dayMonth parses "24 July", "18 November 2025" after a day number n that
// ends at end.
func (d *docState) dayMonth(i, end, b int, n float64, words bool) (parsed, bool) {
	if words || end != i+1 || n < 1 || n > 31 || n != float64(int(n)) || end >= b || d.toks[end].roles&rMonth == 0 || !d.toks[end].cap {
		return parsed{}, false
	}
	p := parsed{Value: Value{Kind: Date, Date: CalendarDate{Day: int(n), Month: d.monthOf(end)}}, start: i, end: end + 1, num: i, attr: "date"}
	p.end = d.skipDot(p.end, b)
	if y, ok := d.yearAt(p.end, b); ok {
		p.Date.Year, p.end = y, p.end+1
	}
	return p, true
}

func (d *docState) monthOf(i int) int { return d.x.lex.words[d.lower(i)].month }

// skipDot steps over the dot of an abbreviation such as "Nov." at j-1,
// not over a full stop after "November".
func (d *docState) skipDot(j, b int) int {
	if j < b && j > 0 && d.is(j, ".") && !d.toks[j].space && len(d.bytes(j-1)) <= 4 && !d.is(j-1, "june", "july", "may") {
		return j + 1
	}
	return j
}

// yearAt reads a four-digit year at j, after an optional comma.
func (d *docState) yearAt(j, b int) (int, bool) {
	if j < b && d.is(j, ",") && j+1 < b {
		if y, ok := d.yearAt(j+1, b); ok {
			return y, ok
		}
		return 0, false
	}
	if j >= b || d.toks[j].kind != tNum || len(d.bytes(j)) != 4 {
		return 0, false
	}
	y := 0
	for _, c := range d.bytes(j) {
		if !isDigit(c) {
			return 0, false
		}
		y = y*10 + int(c-'0')
	}
	return y, y >= 1800 && y <= 2100
}

// monthDate parses "June", "July 24", "Oct. 13, 2025", "November 2025".
// Ambiguous month words ("may", "march", abbreviations) count only when
// capitalised and followed by a number or preceded by a date preposition.
func (d *docState) monthDate(i, b int) (parsed, bool) {
	t := d.toks[i]
	if !t.cap {
		return parsed{}, false
	}
	w := d.lower(i)
	j := d.skipDot(i+1, b)
	numberNext := j < b && d.toks[j].kind == tNum
	if len(w) <= 4 && w != "june" && w != "july" || w == "march" || w == "may" {
		alone := i == 0 && j >= len(d.toks) // ParseValue("May")
		if !numberNext && !alone && !(i > 0 && d.is(i-1, "in", "since", "until", "early", "late", "mid", "by", "last", "next", "this", "of")) {
			return parsed{}, false
		}
	}
	p := parsed{Value: Value{Kind: Date, Date: CalendarDate{Month: d.monthOf(i)}}, start: i, end: j, num: i, attr: "date"}
	if numberNext {
		if y, ok := d.yearAt(j, b); ok {
			p.Date.Year, p.end = y, j+1
			return p, true
		}
		n, err := strconv.Atoi(string(d.bytes(j)))
		if err == nil && n >= 1 && n <= 31 {
			p.Date.Day, p.end = n, j+1
			if j+1 < b && d.is(j+1, "st", "nd", "rd", "th") && !d.toks[j+1].space {
				p.end++
			}
			if y, ok := d.yearAt(p.end, b); ok {
				p.Date.Year = y
				p.end += 1 + boolInt(d.is(p.end, ","))
			}
		}
	}
	if p.end == j && j > i+1 {
		p.end = i + 1 // keep a sentence-final dot out of the claim
	}
	return p, true
}

// weekday parses "Monday", "Tuesday, Nov. 18", "Thursday 24 July".
func (d *docState) weekday(i, b int) (parsed, bool) {
	w := d.lower(i)
	if !d.toks[i].cap || len(w) < 6 {
		return parsed{}, false // "sun", "wed": only full names
	}
	p := parsed{Value: Value{Kind: Date, Date: CalendarDate{Weekday: d.x.lex.words[w].weekday}}, start: i, end: i + 1, num: i, attr: "date"}
	j := i + 1
	if j < b && d.is(j, ",") {
		j++
	}
	if j < b {
		var q parsed
		var ok bool
		switch {
		case d.toks[j].roles&rMonth != 0:
			q, ok = d.monthDate(j, b)
			ok = ok && q.Date.Day > 0
		case d.toks[j].kind == tNum:
			n, end, nok := d.number(j, b)
			if nok {
				q, ok = d.dayMonth(j, end, b, n, false)
			}
		}
		if ok {
			p.Date.Day, p.Date.Month, p.Date.Year, p.end = q.Date.Day, q.Date.Month, q.Date.Year, q.end
		}
	}
	return p, true
}

// ordinalWord parses "second", "twenty-first", "second-largest".
func (d *docState) ordinalWord(i, b int) (parsed, bool) {
	n := d.x.lex.words[d.lower(i)].ord
	p := parsed{Value: Value{Kind: Ordinal, Num: float64(n)}, start: i, end: i + 1, num: i, attr: "ordinal"}
	// "twenty-first": a tens word before it.
	if i >= 2 && d.is(i-1, "-") && d.toks[i-2].roles&rCard != 0 {
		p.Num += d.x.lex.words[d.lower(i-2)].card
		p.start = i - 2
	}
	d.compoundOrdinal(&p, b)
	return p, true
}

// compoundOrdinal turns "second-largest" into a rank.
func (d *docState) compoundOrdinal(p *parsed, b int) {
	j := p.end
	if j+1 < b && d.is(j, "-") && !d.toks[j].space && d.toks[j+1].roles&rSuperl != 0 {
		p.attr, p.end = "rank", j+2
	}
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
