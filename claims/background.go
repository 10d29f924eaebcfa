package claims

import "strings"

// This file finds the figures of background events: "A magnitude 6.1 quake
// in the same valley in 2013 killed 74 people", "In 2019 a smaller blast at
// the same mine killed five miners", "the floods of 2000", "since 2009, when
// the tanker spilled 300 tonnes". Such a figure is another fact than the
// figure of the event reported, though its words are alike. A claim keeps
// the year in Claim.Era, and compare does not pair it with a figure of
// another time.

// era returns the earlier year that tokens [a, b) tell a fact of, and the
// tokens [from, to) that tell of it; year 0 when the sentence names none. A
// year counts when it is before the document's publication (or, that
// unknown, before the latest year the document names) and is written as
// the time of what happened: "in 2013", "in March 2022", "in the floods of
// 2000", "the 2019 blast", "2009, when…". It does not count when it dates
// something else by a participle or an opening word ("the record, set in
// 2000", "since records began in 1968", "the worst since 2009") or dates
// the start of something that lasts ("Calder, which was founded in 1973
// and employs 6,480 staff").
//
// The year holds for the part of the sentence between commas that holds
// it, and for a clause on the event after it ("the fire of 2023, which
// burned 27,000 hectares"); an adverbial set off by itself ("In March
// 2022, …", "The previous outbreak, in 2022, killed 64") holds for the
// whole sentence.
func (d *docState) era(a, b int) (year, from, to int) {
	for k := a; k < b; k++ {
		if t := d.toks[k]; t.kind != tNum || t.end-t.start != 4 {
			continue
		}
		y, ok := d.yearAt(k, b)
		if !ok || y >= d.refYear() {
			continue
		}
		if d.is(k+1, ",") && d.is(k+2, "when", "which") {
			return y, k + 2, d.clauseEnd(k+2, b) // "since 2009, when the tanker spilled…"
		}
		start, ok := d.eraCue(k, a, b)
		if !ok {
			continue
		}
		from, to = k, k+1
		for from > a && !d.clauseBreak(from-1) {
			from--
		}
		for to < b && !d.clauseBreak(to) {
			to++
		}
		if from == start && to == k+1 {
			return y, a, b // set off by itself
		}
		return y, from, d.clauseEnd(to, b)
	}
	return 0, a, a
}

// clauseEnd returns the end of the part of a sentence from j up to the
// next comma, taking in relative clauses that follow ("…, which burned").
func (d *docState) clauseEnd(j, b int) int {
	for ; j < b; j++ {
		if d.clauseBreak(j) && !(d.is(j, ",") && j+1 < b && d.is(j+1, "which", "when", "where", "who")) {
			return j
		}
	}
	return b
}

// eraCue reports whether the year at k is written as the time of an event,
// and returns the first token of the phrase that dates it.
func (d *docState) eraCue(k, a, b int) (int, bool) {
	j := k - 1
	if j >= a && d.toks[j].roles&rMonth != 0 {
		j-- // "in March 2022"
	}
	if d.is(j, "of") {
		i := j - 1
		for i >= a && d.toks[i].roles&rPeriod != 0 {
			i--
		}
		if i == j-1 {
			// "the floods of 2000": an event named with its year.
			return i + 1, i >= a && d.toks[i].kind == tWord && d.toks[i].roles&rStop == 0 && !d.opened(i, a)
		}
		j = i // "in the autumn of 2000"
		if d.is(j, "the") {
			j--
		}
	}
	for j >= a && d.toks[j].roles&rPeriod != 0 {
		j-- // "in early 2019"
	}
	if d.is(j, "in", "during") {
		return j, !d.participle(j-1, a) && !d.opened(j-1, a) && !d.has(j-1, a, rOrigin)
	}
	// "the 2019 blast", "a 2018 military pact"
	return k - 1, d.is(k-1, "the", "a", "an", "its", "their", "his", "her") && k+1 < b &&
		d.toks[k+1].kind == tWord && d.toks[k+1].roles&(rStop|rMonth|rUnit|rPercent) == 0 && !d.opened(k-2, a)
}

// participle reports whether token v is a participle set off by a comma,
// which makes the phrase after it date the noun before the comma rather
// than the clause: "the record, set in 2000", "the ferry, built in 1994".
// Without the comma the word is read as the clause's verb ("14 people died
// in 2010"), unless it dates a start (role origin: "the record set in 2000").
func (d *docState) participle(v, a int) bool {
	if v-1 < a || d.toks[v].kind != tWord || !d.is(v-1, ",") {
		return false
	}
	w := d.lower(v)
	return len(w) > 4 && strings.HasSuffix(w, "ed") || d.x.lex.irregular[w] != ""
}

// clauseBreak reports whether token k is punctuation that ends a part of
// a sentence: a comma, semicolon, colon or dash.
func (d *docState) clauseBreak(k int) bool { return d.is(k, ",", ";", ":", "—", "–") }

// opened reports whether one of the few words before token i, within its
// clause, opens a span of time that a year bounds rather than dates:
// "since records began in 1968", "between 2017 and 2019", "until 2019".
func (d *docState) opened(i, a int) bool {
	for k := i; k >= a && i-k < 5; k-- {
		if d.clauseBreak(k) {
			return false
		}
		if d.is(k, "since", "until", "till", "between", "from") {
			return true
		}
	}
	return false
}

// refYear is the year after which no event is background: the year of
// publication or, that unknown, the latest year the document names.
func (d *docState) refYear() int {
	if d.pub.Year != 0 {
		return d.pub.Year
	}
	if d.latest == 0 {
		d.latest = -1
		for k, t := range d.toks {
			if t.kind != tNum || t.end-t.start != 4 {
				continue
			}
			if y, ok := d.yearAt(k, len(d.toks)); ok && y > d.latest {
				d.latest = y
			}
		}
	}
	return d.latest
}

// setEra gives the claims of a sentence, from first on, the year of the
// background event the sentence tells of (see era). A date of a year well
// before publication is a background date by itself: "deployed in 2016".
func (d *docState) setEra(first, a, b int) {
	year, from, to := d.era(a, b)
	for k := first; k < len(d.out); k++ {
		c := &d.out[k]
		if year != 0 && c.Span[0] >= int(d.toks[from].start) && c.Span[0] < int(d.toks[to-1].end) {
			c.Era = year
		}
		if c.Era == 0 && c.Value.Kind == Date && c.Value.Date.Year != 0 && c.Value.Date.Year < d.refYear()-1 {
			c.Era = c.Value.Date.Year
		}
	}
}
