package claims

import (
	"slices"
	"strings"
)

// This file reads direct quotes: `"We have not come to shop," he said`,
// `urged Lee to make “correct strategic choices”`, quotes split by their
// attribution and quotes that run on over paragraphs. Each becomes a claim
// of kind [Quote] whose Subject is its speaker, resolved to the fullest
// name the article gives ("Mr Xi" → "Xi Jinping"; "he" → the last person
// named; "the Chinese president" → the name written after "Chinese
// President").

// Quotation marks, by the kind of pair they open.
const (
	noMark = iota
	curlyDouble
	straightDouble
	curlySingle
	guillemet
)

// quote is a quotation in the token stream: the opening mark, the tokens
// of its words [from, to), and end, the token after its closing mark (to
// when it is not closed). speaker is who said it, or "" when unknown.
type quote struct {
	open, from, to, end int
	closed              bool
	speaker             string
	guessed             bool // the speaker stands for a pronoun
}

// maxQuoteTokens bounds a quote whose closing mark is missing.
const maxQuoteTokens = 400

// quotes adds a claim for each direct quote, attributed to its speaker.
func (d *docState) quotes(sents [][2]int) {
	qs := d.quoteSpans()
	if len(qs) == 0 {
		return
	}
	people := d.people(qs)
	prev := "" // the speaker of the last quote
	for k := range qs {
		q := &qs[k]
		a, _ := sentenceOf(sents, q.open)
		who, pronoun := d.speakerAfter(q)
		if who == "" && !pronoun {
			who, pronoun = d.speakerBefore(q, a)
		}
		switch {
		case pronoun:
			// Resolved, but only as a guess: the quote's speaker is shown,
			// not given as its Subject (see quoteClaim).
			who = people.before(q.open, prev)
			q.guessed = true
		case who != "":
			who = people.resolve(who)
		case k > 0 && d.continues(qs[k-1], *q):
			who = prev // a quote that carries on the last speaker's words
		}
		q.speaker = who
		if who != "" {
			prev = who
		}
	}
	d.quoteClaims(qs, sents)
}

// quoteClaims records the quotes, joining the parts that one sentence
// quotes of one speaker into one claim: a quote split by its attribution
// (`"We have not come," he said, "to shop."`) and fragments ("a “crucial
// opportunity” for the “full-scale restoration” of ties").
func (d *docState) quoteClaims(qs []quote, sents [][2]int) {
	for k := 0; k < len(qs); {
		a, end := sentenceOf(sents, qs[k].open)
		n := k + 1
		for n < len(qs) && qs[n].open < end && qs[n].speaker == qs[k].speaker {
			n++
		}
		_, b := sentenceOf(sents, max(qs[n-1].to-1, qs[n-1].from))
		d.quoteClaim(qs[k:n], a, b)
		k = n
	}
}

// quoteClaim records the quote made of the fragments qs, in the sentences
// of tokens [a, b).
func (d *docState) quoteClaim(qs []quote, a, b int) {
	d.enter(a, b)
	var text strings.Builder
	whole := "" // the words of a quote of one part
	n := 0
	for _, q := range qs {
		n += q.to - q.from
	}
	items, content := make([]string, 0, n), make([]string, 0, n)
	for k, q := range qs {
		if k > 0 {
			text.WriteString(" … ")
		}
		to := d.trimQuote(q)
		if len(qs) == 1 {
			whole = spaceRuns(d.src[d.toks[q.from].start:d.toks[to-1].end])
		} else {
			text.WriteString(spaceRuns(d.src[d.toks[q.from].start:d.toks[to-1].end]))
		}
		for i := q.from; i < to; i++ {
			if d.toks[i].kind == tWord || d.toks[i].kind == tNum {
				w := quoteWord(d, i)
				items = append(items, w)
				if d.givesContext(i) {
					content = append(content, w)
				}
			}
		}
	}
	first, last := qs[0], qs[len(qs)-1]
	topic := "unattributed"
	if first.speaker != "" {
		topic = first.speaker
	}
	v := Value{Kind: Quote, Items: items}
	c := d.textClaim(topic, "quote", v, int(d.toks[first.from].start), int(d.toks[d.trimQuote(last)-1].end), a, b)
	c.Value.Text = whole
	if len(qs) > 1 {
		c.Value.Text = text.String()
	}
	if c.Value.Text == c.Text {
		c.Value.Text = c.Text // one copy of the words
	}
	slices.Sort(content)
	c.Context = slices.Compact(content)
	if !first.guessed {
		c.Subject = first.speaker
	}
}

// trimQuote returns the end of q's words without a closing comma: `"We
// will build together," she said` quotes "We will build together".
func (d *docState) trimQuote(q quote) int {
	to := q.to
	for to-1 > q.from && d.toks[to-1].kind == tPunct && d.is(to-1, ",", "—", "–", "-") {
		to--
	}
	return to
}

// quoteWord returns the word of token i as quotes are compared: lower
// case, in one spelling, its ending stemmed, apostrophes written one way.
func quoteWord(d *docState, i int) string {
	if d.toks[i].kind == tNum {
		return string(d.bytes(i))
	}
	w := d.stemAt(i)
	if strings.Contains(w, "’") {
		w = strings.ReplaceAll(w, "’", "'")
	}
	return w
}

// spaceRuns returns b as a string with each run of white space made one
// space and none at either end.
func spaceRuns(b []byte) string {
	out := make([]byte, 0, len(b))
	space := false
	for _, c := range b {
		if asciiSpace(c) {
			space = len(out) > 0
			continue
		}
		if space {
			out = append(out, ' ')
			space = false
		}
		out = append(out, c)
	}
	return string(out)
}

// asciiSpace reports whether c is an ASCII white-space byte.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// sentenceOf returns the bounds of the sentence holding token i.
func sentenceOf(sents [][2]int, i int) (int, int) {
	k, _ := slices.BinarySearchFunc(sents, i, func(s [2]int, i int) int {
		switch {
		case s[1] <= i:
			return -1
		case s[0] > i:
			return 1
		}
		return 0
	})
	if k == len(sents) {
		return i, i + 1
	}
	return sents[k][0], sents[k][1]
}

// quoteSpans finds the quotations of the document, in order. A quote ends
// at its closing mark, or, when that is missing, where its paragraph ends
// or a line opens a new quote (a quote that runs on over paragraphs opens
// each with a mark and closes only the last).
func (d *docState) quoteSpans() []quote {
	var out []quote
	for i := 0; i < len(d.toks); i++ {
		mark := d.openMark(i)
		if mark == noMark {
			continue
		}
		q := quote{open: i, from: i + 1}
		j := i + 1
		for ; j < len(d.toks) && j-i <= maxQuoteTokens; j++ {
			t := d.toks[j]
			if t.nl >= 2 || t.nl == 1 && d.openMark(j) != noMark {
				break
			}
			if d.closeMark(j, mark) {
				q.closed = true
				break
			}
		}
		q.to, q.end = j, j
		if q.closed {
			q.end = j + 1
		}
		if d.hasWord(q.from, q.to) {
			out = append(out, q)
		}
		i = max(i, q.end-1)
	}
	return out
}

// hasWord reports whether tokens [a, b) hold a word.
func (d *docState) hasWord(a, b int) bool {
	for i := a; i < b; i++ {
		if d.toks[i].kind == tWord {
			return true
		}
	}
	return false
}

// openMark returns the kind of quote that token i opens, or noMark. A
// straight double quote opens when white space, a line start or an
// opening bracket or dash comes before it and a word follows it closely.
func (d *docState) openMark(i int) int {
	t := d.toks[i]
	if t.kind != tPunct || i+1 >= len(d.toks) || d.toks[i+1].space {
		return noMark
	}
	switch string(d.bytes(i)) {
	case "“":
		return curlyDouble
	case "«":
		return guillemet
	case "‘":
		return curlySingle
	case `"`:
		if i == 0 || t.space || t.nl > 0 || d.is(i-1, "(", "[", "—", "–", ":") {
			return straightDouble
		}
	}
	return noMark
}

// closeMark reports whether token j closes a quote opened by a mark of
// kind mark: a closing mark written against the word before it.
func (d *docState) closeMark(j, mark int) bool {
	t := d.toks[j]
	if t.kind != tPunct || t.space {
		return false
	}
	switch string(d.bytes(j)) {
	case "”", `"`:
		return mark == curlyDouble || mark == straightDouble
	case "»":
		return mark == guillemet
	case "’":
		return mark == curlySingle && d.closesSingle(j)
	}
	return false
}

// closesSingle reports whether the ’ of token j closes a single quote
// rather than being the apostrophe of "the countries’ leaders": it follows
// punctuation, or ends the text, or comes before punctuation, or follows
// a word that does not end in "s".
func (d *docState) closesSingle(j int) bool {
	switch {
	case d.toks[j-1].kind == tPunct, j+1 >= len(d.toks), d.toks[j+1].kind == tPunct:
		return true
	}
	w := d.bytes(j - 1)
	return w[len(w)-1]|0x20 != 's'
}

// continues reports whether q carries on the words of the quote before
// it, p: in the same paragraph, or opening the paragraph after p's.
func (d *docState) continues(p, q quote) bool {
	for i := p.end; i <= q.open && i < len(d.toks); i++ {
		if d.paragraphBreak(i) {
			return i == q.open
		}
	}
	return true
}

// paragraphBreak reports whether a paragraph starts at token i: after a
// blank line, or after a line break that follows the end of a sentence.
func (d *docState) paragraphBreak(i int) bool {
	t := d.toks[i]
	if t.nl >= 2 || i == 0 {
		return true
	}
	if t.nl == 0 {
		return false
	}
	j := i - 1
	for j > 0 && d.toks[j].kind == tPunct && isCloser(d.bytes(j)) {
		j--
	}
	return d.is(j, ".", "?", "!")
}
