package claims

import (
	"bytes"
	"math"
	"strconv"
	"strings"
)

// maxNumber bounds the figures read: beyond it float64 loses whole numbers
// and no news figure goes.
const maxNumber = 1e15

// maxDuration bounds durations, in seconds: a million years.
const maxDuration = 1e6 * Year

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
			// Short scales ("m", "bn") only joined to the number ("5m"):
			// "5 m" is more often metres.
			if !d.toks[j].space || len(w) > 2 {
				n *= d.x.lex.words[w].scale
				j++
			}
		}
		return n, j, n <= maxNumber
	}
	n, j, ok := d.numberWords(i, b)
	return n, j, ok && n <= maxNumber
}

// precision returns the place of the last significant digit of the digits
// at i, scaled by the scale word before end: 100 for "1,200", 1e8 for
// "3.2bn", 0.1 for "0.5", and 0 for a whole number written to the unit
// ("1,215", "11"), which is exact. Trailing zeros of a whole number are
// taken as rounding.
func (d *docState) precision(i, end int) float64 {
	if d.toks[i].kind != tNum {
		return 0
	}
	raw := d.bytes(i)
	p := 1.0
	if k := bytes.LastIndexByte(raw, '.'); k >= 0 && bytes.Count(raw, []byte{'.'}) == 1 {
		p = math.Pow(10, -float64(len(raw)-k-1))
	} else {
		for n := len(raw) - 1; n > 0 && (raw[n] == '0' || raw[n] == ',' || raw[n] == '.'); n-- {
			if raw[n] == '0' {
				p *= 10
			}
		}
	}
	scaled := end > i+1 && d.toks[end-1].roles&rScale != 0
	if scaled {
		p *= d.x.lex.words[d.lower(end-1)].scale
	}
	if p == 1 && !scaled {
		return 0 // "11 counts": every digit written, an exact count
	}
	return p
}

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
			// "hundreds of homes"; "tens of thousands": the vague words
			// multiply.
			n, k := info.card, j+1
			for d.is(k, "of") && k+1 < b && d.toks[k+1].roles&rVague != 0 {
				n *= d.x.lex.words[d.lower(k+1)].card
				k += 2
			}
			return n, k + boolInt(d.is(k, "of")), true
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

// fraction reads a value that starts with a fraction word or with "a"/"an":
// a share ("half of", "half the", "a third of") or a duration ("half an
// hour", "a day and a half", "an hour and a half").
func (d *docState) fraction(i, b int) (parsed, bool) {
	p := parsed{start: i, end: i + 1, num: i}
	if d.is(i, "a", "an") {
		switch {
		case d.toks[i+1].roles&rUnit != 0 && d.is(i+2, "and") && d.is(i+3, "a") && d.is(i+4, "half"):
			p.Value, p.end = Value{Kind: Count, Num: 1.5}, i+1
			p.attr = "count"
			if ok, done := d.unitAfter(&p, b); done && ok && p.Kind == Duration {
				p.end = i + 5
				return p, true
			}
			return parsed{}, false
		case d.toks[i+1].roles&rFraction != 0 && d.is(i+2, "of"):
			return d.share(p, 1, d.x.lex.words[d.lower(i+1)].card, i+2)
		}
		return parsed{}, false
	}
	den := d.x.lex.words[d.lower(i)].card
	if !d.is(i, "half") {
		return parsed{}, false // "third" alone is an ordinal
	}
	if d.is(i+1, "a", "an") && i+2 < b && d.toks[i+2].roles&rUnit != 0 {
		p.Value, p.end, p.attr = Value{Kind: Count, Num: 0.5}, i+2, "count"
		if ok, done := d.unitAfter(&p, b); done && ok && p.Kind == Duration {
			return p, true
		}
		return parsed{}, false
	}
	if d.is(i+1, "of", "the", "its", "their", "his", "her") {
		return d.share(p, 1, den, i+1)
	}
	return parsed{}, false
}

// fractionAfter reads a fraction written with a number word before it:
// "two-thirds", "three quarters", "one fifth".
func (d *docState) fractionAfter(p parsed, b int) (parsed, bool) {
	j := p.end
	if d.is(j, "-") && !d.toks[j].space {
		j++
	}
	if j >= b || d.toks[j].roles&rFraction == 0 || d.toks[j].roles&rUnit != 0 {
		return parsed{}, false
	}
	den := d.x.lex.words[d.lower(j)].card
	if p.Num >= den {
		return parsed{}, false // "four fifths" yes, "five thirds" no
	}
	return d.share(p, p.Num, den, j+1)
}

// share makes p the percentage num/den ending before token end.
func (d *docState) share(p parsed, num, den float64, end int) (parsed, bool) {
	if den <= 0 {
		return parsed{}, false
	}
	p.Value = Value{Kind: Percent, Unit: "%", Num: math.Round(num/den*1e4) / 100}
	p.attr, p.end = "percent", end
	return p, true
}
