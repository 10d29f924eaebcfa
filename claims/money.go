package claims

import "strings"

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
	p := parsed{Value: Value{Kind: Money, Num: n, Unit: code, Precision: d.precision(j, end)}, start: i, end: end, num: i, attr: "amount"}
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
	p.end = d.bracketed(p.end, b, func(q parsed) bool { return q.Kind == Money })
	j := p.end
	// The unit of a rate is a plain word: "a share", not "a U.S." one.
	// Its stem must be no function word either, or "$58 a ares" would be
	// shown as "USD 58 per are" and read back as no rate.
	if j+1 < b && (d.is(j, "a", "an", "per", "each") && d.toks[j+1].kind == tWord && d.toks[j+1].roles&rStop == 0) &&
		!strings.ContainsAny(d.lower(j+1), ".'’") && d.x.lex.words[d.stemAt(j+1)].roles&rStop == 0 {
		// A rate per unit of time ("$150m a year") is compared as an
		// amount: outlets write "annual savings of $150m" for the same.
		if d.toks[j+1].roles&rUnit == 0 && !d.is(j+1, "annum") {
			p.Unit += "/" + d.stemAt(j+1) // "a litre", "a liter": one unit
		}
		p.end = j + 2
	}
}

// bracketed returns the index after a conversion written in brackets at
// j, "($9.3 billion)", "(5 miles)", "(0847 GMT)", when same accepts its
// value; otherwise j. The conversion is part of the claim before it, not a
// claim of its own.
func (d *docState) bracketed(j, b int, same func(parsed) bool) int {
	if j+2 >= b || !d.is(j, "(") {
		return j
	}
	if k := d.closing(j, b); k > 0 && k-j <= 6 {
		if q, ok := d.value(j+1, j+1, k); ok && same(q) {
			return k + 1
		}
	}
	return j
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
