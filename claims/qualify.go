package claims

import "strings"

// This file holds the rules that keep two similar figures apart when they
// are different facts: a figure of an earlier period ("up from 62", "a year
// ago"), an expectation ("analysts had expected $2.78bn"), the size of
// something ("a 240-seat chamber"), a person's age ("Pelling, 58,"), and
// figures that state no fact of their own ("58 of them", "three times",
// "70 seconds after liftoff", "second-quarter revenue").

// previousBefore are the phrases before a figure that make it the figure of
// an earlier time; previousAfter those after it.
var (
	previousBefore = [][]string{{"up", "from"}, {"down", "from"}, {"compared", "with"}, {"compared", "to"},
		{"versus"}, {"vs"}, {"rose", "from"}, {"fell", "from"}, {"increased", "from"}, {"decreased", "from"},
		{"grew", "from"}, {"dropped", "from"}, {"climbed", "from"}}
	previousAfter = [][]string{{"a", "year", "ago"}, {"a", "year", "earlier"}, {"the", "previous", "year"},
		{"a", "year", "before"}, {"previously"}, {"the", "year", "before"}, {"in", "the", "year-earlier"}}
)

// idle reports whether p states no fact of its own and is to be dropped.
func (d *docState) idle(p *parsed, b int) bool {
	switch p.Kind {
	case Count:
		j := p.end
		if d.is(j, "of") && d.is(j+1, "them", "those", "whom", "which", "these", "us", "it") {
			return true // "58 of them"
		}
		for j < b && d.toks[j].roles&rMod != 0 {
			j++
		}
		return d.is(j, "times", "time") // "three more times", "14 times earnings"
	case Duration:
		// "two days later", "a year ago": relative, not a length; "40
		// minutes after take-off" is kept as an offset (see special).
		return p.end < b && d.toks[p.end].roles&rOffset != 0 && !d.is(p.end, "after", "before", "into")
	case Ordinal:
		// "second-quarter revenue", "first-time buyers": the ordinal
		// belongs to the joined word, which modifies the next.
		return p.attr == "ordinal" && d.is(p.end, "-") && p.end+1 < b && !d.toks[p.end].space
	}
	return false
}

// special reads figures whose topic is not found the usual way: sizes
// ("a 240-seat chamber") and ages ("Pelling, 58,").
func (d *docState) special(p *parsed, a, b int) (string, bool) {
	if p.Kind == Duration && d.is(p.end, "after", "before", "into") {
		return d.offset(p, a, b)
	}
	if p.Kind != Count {
		return "", false
	}
	if top, ok := d.age(p, a, b); ok {
		return top, true
	}
	return d.size(p, b)
}

// qualify marks p, once its topic is known, as the figure of an earlier
// period or as an expectation, which are other facts than the figure now.
func (d *docState) qualify(p *parsed, a, b int) {
	if p.Kind == Ordinal && d.lastPeriod(p, b) {
		p.attr = "previous " + p.attr // "she reached the fourth round last year"
	}
	if p.Kind == Date || p.Kind == Ordinal || p.attr == "age" || p.attr == "size" {
		return
	}
	if p.Kind == Percent {
		switch {
		case d.is(max(p.end, p.textEnd), "of") || d.is(p.end, "of"):
			p.attr = "share" // "18 per cent of sales"
			// "99.8% of ballots counted": the share that underwent something
			if k := p.textEnd; k > p.end && k < b && d.toks[k].kind == tWord && strings.HasSuffix(d.lower(k), "ed") {
				p.attr += " " + d.lower(k)
			}
		case d.has(p.start-1, a, rChange) || d.has(p.start-2, a, rChange) && d.is(p.start-1, "by"):
			p.attr = "change" // "sales climbed 18 per cent"
		}
	}
	switch {
	case d.previous(p, a, b):
		p.attr = "previous " + p.attr
	case p.Kind == Money || p.Kind == Percent || p.Kind == Count:
		switch d.expected(p, a) {
		case "estimate":
			p.attr = "estimated " + p.attr
		case "forecast":
			p.attr = "expected " + p.attr
		}
	}
}

// has reports whether token i, within the sentence from a, has role r.
func (d *docState) has(i, a int, r role) bool {
	return i >= a && i < len(d.toks) && d.toks[i].roles&r != 0
}

// previous reports whether p is a figure of an earlier period. A change
// ("up 6% on a year earlier") is measured against an earlier period but is
// not its figure.
func (d *docState) previous(p *parsed, a, b int) bool {
	if p.attr == "change" {
		return false
	}
	for _, ph := range previousBefore {
		if d.wordsAt(p.start-len(ph), a, b, ph) {
			return true
		}
	}
	// "the previous course record of 2:06:42", "a former high of 5.2 metres"
	if d.is(p.start-1, "of") {
		for k := p.start - 2; k >= a && p.start-k <= 4 && d.toks[k].kind == tWord; k-- {
			if d.is(k, "previous", "former", "old", "earlier", "prior") {
				return true
			}
		}
	}
	// "fell to 2.3% in October from 2.6%": the figure after "from", when a
	// figure after "to" comes before it.
	if d.is(p.start-1, "from") {
		for k := p.start - 2; k >= a && p.start-k < 10; k-- {
			if d.is(k, "to") && k+1 < p.start && (d.toks[k+1].kind == tNum || d.toks[k+1].roles&starters != 0) {
				return true
			}
		}
	}
	j := max(p.end, p.textEnd)
	for k := j; k <= j+2 && k < b; k++ { // "…, or $1.05 a share, a year ago"
		for _, ph := range previousAfter {
			if d.wordsAt(k, a, b, ph) {
				return true
			}
		}
		if !d.is(k, ",") && d.toks[k].kind != tWord {
			break
		}
	}
	return false
}

// lastPeriod reports whether "last year", "last season" or "a year ago"
// follows p's text: an ordinal of an event of an earlier period.
func (d *docState) lastPeriod(p *parsed, b int) bool {
	j := max(p.end, p.textEnd)
	return d.is(j, "last") && d.is(j+1, "year", "season", "time", "month", "week") ||
		d.wordsAt(j, 0, b, []string{"a", "year", "ago"}) || d.wordsAt(j, 0, b, []string{"the", "previous", "year"})
}

// wordsAt reports whether the tokens from i are the lower-case words ws.
func (d *docState) wordsAt(i, a, b int, ws []string) bool {
	if i < a || i+len(ws) > b {
		return false
	}
	for n, w := range ws {
		if d.lower(i+n) != w {
			return false
		}
	}
	return true
}

// expected tells whether p, by the words before it in its clause, is an
// estimate by others ("analysts had expected $1.21 a share": "estimate"),
// a forecast ("the company expects revenue of $3bn": "forecast"), or
// neither ("").
func (d *docState) expected(p *parsed, a int) string {
	kind := ""
	for k := p.start - 1; k >= a && p.start-k <= 14; k-- {
		if d.is(k, ";", ":", ".") {
			break
		}
		if d.toks[k].kind != tWord {
			continue
		}
		switch {
		case d.toks[k].roles&rEstimate != 0:
			return "estimate"
		case d.toks[k].roles&rExpect != 0:
			kind = "forecast"
		}
	}
	return kind
}

// offset reads a duration measured from an event: "about 40 minutes after
// take-off", "40 minutes into the flight". The topic is the event after the
// preposition, or else the words around.
func (d *docState) offset(p *parsed, a, b int) (string, bool) {
	p.attr = "offset"
	return d.objectOrAround(p, p.end+1, a, b)
}

// size reads "a 240-seat chamber", "a 320-person company": the figure is
// the size of the noun after the joined word.
func (d *docState) size(p *parsed, b int) (string, bool) {
	j := p.end
	if !p.compound || !d.is(j, "-") || j+2 >= b || d.toks[j+1].kind != tWord {
		return "", false
	}
	unit := d.lower(j + 1)
	if strings.HasSuffix(unit, "s") || d.toks[j+1].roles&(rUnit|rStop) != 0 {
		return "", false
	}
	np := d.nounPhrase(j+2, b, false)
	if np.words == 0 {
		return "", false
	}
	p.attr, p.Noun, p.textEnd = "size", unit+"s", np.end
	if np.class >= 0 {
		return d.x.lex.classes[np.class], true
	}
	return np.stem, true
}

// age reads an age given in apposition: "Graham Pelling, 58, was…" or
// "Pelling (58)". The topic is the person's surname, as written in lower case.
func (d *docState) age(p *parsed, a, b int) (string, bool) {
	i := p.num
	if p.start != i || p.end != i+1 || d.toks[i].kind != tNum || p.Num < 1 || p.Num > 120 || p.Num != float64(int(p.Num)) {
		return "", false
	}
	open, close := d.is(i-1, ","), d.is(i+1, ",", ")")
	if !(open && close && d.is(i+1, ",") || d.is(i-1, "(") && d.is(i+1, ")")) || i-2 < a {
		return "", false
	}
	name := d.toks[i-2]
	if name.kind != tWord || !name.cap || name.roles&(rMonth|rWeekday) != 0 {
		return "", false
	}
	p.attr, p.Noun = "age", "years"
	return d.lower(i - 2), true
}

// subject returns the name that a figure is stated of, when the sentence
// says so directly: "Civic Compass won 27.3 percent", "the Social
// Alliance, which won 19.8 per cent". A name of an entity of
// [Additions].Aliases, in any case ("the Hawk initiative"), is written as
// all the entity's names (see [docState.aliasSubject]). It returns ""
// otherwise.
func (d *docState) subject(p *parsed, a int) string {
	v := p.start - 1 // the verb
	if d.is(v, "in") && v-1 > a {
		// "Kipruto finished in 2:06:00", "Ashby finished 14th in 2:13:52"
		v--
		if d.toks[v].roles&rOrd != 0 || d.toks[v].kind == tNum {
			v--
		}
		if !strings.HasSuffix(d.lower(v), "ed") && !d.is(v, "ran", "won", "came", "swam", "rode") {
			return ""
		}
	}
	if v <= a || d.toks[v].kind != tWord || d.toks[v].cap || d.toks[v].roles&rStop != 0 && !d.is(v, "has", "had") {
		return ""
	}
	end := v
	if d.is(v-1, "which", "who", "that") && d.is(v-2, ",") {
		end = v - 2
	}
	if s, ok := d.aliasSubject(end, a); ok {
		return s // a name of Additions.Aliases, in its one form
	}
	start := end
	for start-1 >= a && d.toks[start-1].kind == tWord && d.toks[start-1].cap {
		start--
	}
	if start == end || start == a && end-start == 1 && d.toks[start].roles&rStop != 0 {
		return ""
	}
	return string(d.text[d.toks[start].start:d.toks[end-1].end])
}
