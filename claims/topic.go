package claims

import "strings"

// window is how many words before or after a value the topic is sought in.
const window = 8

// topic finds what p measures and sets p's attribute. It reports false when
// the value measures nothing the tool can name.
func (d *docState) topic(p *parsed, a, b int) (string, bool) {
	switch p.Kind {
	case Ordinal:
		return d.ordinalTopic(p, b)
	case Date, Time:
		return d.dateTopic(p, a, b)
	case Score:
		// A tally is of its noun ("votes"); a result is keyed "score" and
		// paired by its sentence.
		if p.Noun != "" {
			if cls, ok := d.x.lex.forms[stem(d.x.lex.spell.canon(p.Noun))]; ok {
				return d.class(cls), true
			}
		}
		return "score", true
	case Count:
		return d.countTopic(p, a, b)
	case Measure:
		if p.attr == "magnitude" {
			return d.magnitudeTopic(p, a, b)
		}
		// A measure is keyed by its dimension ("length"): the words around
		// it name what happened there ("cruising at 35,000 feet", "fire at
		// 35,000ft") more often than what was measured, and compare pairs
		// the lengths of a story by their sentences.
		return p.Unit, true
	case Money:
		// A rate names its own topic: "$58 a share".
		if _, per, ok := strings.Cut(p.Unit, "/"); ok {
			if cls, ok := d.x.lex.forms[per]; ok {
				return d.x.lex.classes[cls], true
			}
			return per, true
		}
	}
	return d.quantityTopic(p, a, b)
}

// skipAux passes over auxiliaries and adverbs from j: "were (still)".
func (d *docState) skipAux(j, b int) int {
	for j < b && d.toks[j].roles&rAux != 0 {
		j++
	}
	return j
}

// class returns the name of topic class cls.
func (d *docState) class(cls int32) string { return d.x.lex.classes[cls] }

// ordinalTopic takes the noun after an ordinal, which must be a known
// topic: "second summit", "the pair's third meeting". A plural ("first
// launches") names no one event to be the first of.
func (d *docState) ordinalTopic(p *parsed, b int) (string, bool) {
	if w := d.lower(min(p.end, b-1)); p.end < b && len(w) > 4 && strings.HasSuffix(w, "ed") {
		return "", false // "first screened in June": an adverb
	}
	np := d.nounPhrase(p.end, b, true)
	if np.class < 0 || p.attr != "rank" && plural(np.head) {
		return "", false
	}
	p.textEnd = np.end
	return d.class(np.class), true
}

// dateTopic finds the event a date dates: a noun right after it ("the 2016
// deployment"), the frame of an act ("pledged Monday ... during talks"),
// or an event word around it. Its preposition sets the attribute.
func (d *docState) dateTopic(p *parsed, a, b int) (string, bool) {
	if d.reportingDate(p, a) {
		return "", false
	}
	switch p.prep {
	case "since":
		p.attr = "since"
	case "until", "till", "through", "by", "before":
		p.attr = "until"
	case "after":
		p.attr = "after"
	}
	if np := d.nounPhrase(p.end, b, false); np.class >= 0 && np.start == p.end {
		p.textEnd = np.end
		return d.class(np.class), true
	}
	if cls, ok := d.frame(p, a, b); ok {
		return d.class(cls), true
	}
	if p.relative {
		return "", false // see relative
	}
	if cls, ok := d.around(p.start, p.end, a, b, preferEvent); ok {
		p.loose = true
		return d.class(cls), true
	}
	return "", false
}

// magnitudeTopic finds what a magnitude is of: "a 6.8 earthquake".
func (d *docState) magnitudeTopic(p *parsed, a, b int) (string, bool) {
	if np := d.nounPhrase(p.end, b, false); np.class >= 0 {
		return d.class(np.class), true
	}
	if cls, ok := d.around(p.start, p.end, a, b, preferAbstract); ok {
		return d.class(cls), true
	}
	return "", false
}

// quantityTopic finds what a duration, amount or percentage measures: a
// noun right after it ("four-day visit", "a $3.2bn deal", "a 27% premium"),
// then "N of X" / "N in X", then the words around.
func (d *docState) quantityTopic(p *parsed, a, b int) (string, bool) {
	if np := d.nounPhrase(p.end, b, p.compound); np.class >= 0 && (np.start == p.end || p.compound) {
		p.textEnd = np.end
		return d.class(np.class), true
	}
	j := -1
	if d.is(p.end, "of", "in") && p.end+1 < b {
		j = p.end + 1 // "27.3 percent of the vote", "$187m in restitution"
	}
	return d.objectOrAround(p, j, a, b)
}

// objectOrAround takes the topic from the noun phrase at j, after a
// preposition and its determiners (none when j < 0), or else from the
// words around the value.
func (d *docState) objectOrAround(p *parsed, j, a, b int) (string, bool) {
	if j >= 0 {
		np := d.nounPhrase(d.afterDeterminers(j, b), b, false)
		if np.class >= 0 {
			p.textEnd = np.end
			return d.class(np.class), true
		}
		// "42% of primary school teachers": a share is of the noun after
		// "of", known to the lexicon or not.
		if p.Kind == Percent && d.is(j-1, "of") && np.words > 0 && !np.generic {
			p.textEnd = np.end
			return np.stem, true
		}
	}
	if cls, ok := d.around(p.start, p.end, a, b, preferAbstract); ok {
		return d.class(cls), true
	}
	return "", false
}

// afterDeterminers skips the determiners at j, and a participle used as an
// adjective ("of the combined workforce").
func (d *docState) afterDeterminers(j, b int) int {
	for j < b && d.is(j, "the", "a", "an", "its", "their", "his", "her", "this", "total", "all") {
		j++
	}
	if j+1 < b && strings.HasSuffix(d.lower(j), "ed") && d.toks[j+1].kind == tWord && d.toks[j+1].roles&rStop == 0 {
		j++
	}
	return j
}

// countTopic finds the noun a count counts: "15 cooperation agreements",
// "12 people killed", "a delegation of 200 people", "the toll rose to 40".
func (d *docState) countTopic(p *parsed, a, b int) (string, bool) {
	// "nine of the 11 counts": the part counts the noun after the whole;
	// the whole ("the 11 counts") is the total.
	if d.is(p.end, "of") && p.end+2 < b && d.is(p.end+1, "the", "his", "her", "its", "their") {
		if q, ok := d.value(p.end+2, a, b); ok && q.Kind == Count {
			if np := d.nounPhrase(q.end, b, false); np.class >= 0 {
				p.Noun = np.head
				return d.x.lex.classes[np.class], true
			}
		}
	}
	if p.start >= a+2 && d.is(p.start-1, "the", "his", "her", "its", "their") && d.is(p.start-2, "of") &&
		p.start-3 >= a && (d.toks[p.start-3].kind == tNum || d.toks[p.start-3].roles&rCard != 0) {
		p.attr = "total"
	}
	np := d.nounPhrase(p.end, b, p.compound)
	if np.words > 0 {
		p.Noun = np.head
	}
	if np.class >= 0 && !np.generic {
		p.textEnd = np.end
		return d.x.lex.classes[np.class], true
	}
	if np.generic || np.words == 0 {
		// "12 people (were) killed", "two were injured", "17 people were
		// taken to hospital"
		j := d.skipAux(np.end, b)
		for k := j; k < b && k < j+4 && d.toks[k].kind == tWord; k++ {
			if cls, end, ok := d.classEndingAt(k, j, b); ok {
				p.textEnd = end + 1
				return d.x.lex.classes[cls], true
			}
			if k == j && d.toks[k].roles&rStop != 0 {
				break
			}
		}
	}
	if cls, ok := d.subjectOfChange(p, a, b); ok && np.words == 0 {
		return d.x.lex.classes[cls], true
	}
	if cls, ok := d.around(p.start, p.end, a, b, preferAny); ok && (np.words == 0 || np.generic) {
		p.textEnd = np.end // "killed 12 people": the text takes in "people"
		return d.x.lex.classes[cls], true
	}
	if np.words > 0 && !np.generic && !(p.Num == 1 && d.toks[p.num].kind == tWord) {
		p.textEnd = np.end
		return np.stem, true
	}
	return "", false
}

// plural reports whether a lower-case noun looks plural.
func plural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// reportingDate reports whether p dates a statement: "the agency said on
// Saturday", "officials told reporters Tuesday". Outlets publishing on
// different days give different such dates for the same facts.
func (d *docState) reportingDate(p *parsed, a int) bool {
	k := p.start - 1
	if k >= a && d.is(k, "on", "late", "early") {
		k--
	}
	if k >= a && d.is(k, "reporters", "journalists", "parliament", "lawmakers") {
		k--
	}
	return d.has(k, a, rReport)
}

// frame returns the event that frames an act dated by p: in "they pledged
// Monday to bolster ties during talks in Beijing" the date is that of the
// talks. It applies when an infinitive follows the date ("... Monday to
// bolster") and the sentence names the frame with "during" or "at".
func (d *docState) frame(p *parsed, a, b int) (int32, bool) {
	if !d.is(p.end, "to") || p.end+1 >= b || d.toks[p.end+1].kind != tWord || d.toks[p.end+1].roles&rStop != 0 {
		return -1, false
	}
	for k := p.end + 2; k < b; k++ {
		if !d.is(k, "during", "at", "amid") {
			continue
		}
		j := k + 1
		for j < b && d.is(j, "the", "a", "an", "their", "his", "her", "its", "this") {
			j++
		}
		if np := d.nounPhrase(j, b, false); np.class >= 0 && !d.x.lex.entity[np.class] {
			return np.class, true
		}
	}
	return -1, false
}

// subjectOfChange reads the topic of a figure that a verb of change
// reaches, from the subject of that verb at the start of the clause: in
// "The death toll from the landslide in Orvo rose to 23" the figure is the
// toll's, not the landslide's, though "landslide" stands nearer.
func (d *docState) subjectOfChange(p *parsed, a, b int) (int32, bool) {
	v := p.start - 2
	if !d.is(p.start-1, "to", "at") || !d.has(v, a, rChange) {
		return -1, false
	}
	c := v
	for c > a && !d.clauseBreak(c-1) {
		c--
	}
	np := d.nounPhrase(d.afterDeterminers(c, v), v, false)
	if np.class < 0 || np.generic {
		return -1, false
	}
	return np.class, true
}
