package claims

import (
	"bytes"
	"sort"
	"strings"
)

// Extractor finds claims in documents. It keeps scratch buffers between
// calls, so one Extractor must not be used by two goroutines at once; make
// one per goroutine, sharing the immutable [Lexicon].
type Extractor struct {
	lex *Lexicon
	tok tokenizer
	// Per-token cache of the lemma candidates, filled on demand and reused
	// from one document to the next.
	lem []lemmaSet
	// word caches, per token, what the topic lexicon says of the word
	// alone: its class plus one (0: not known yet; -1: no class), and
	// whether some topic phrase ends in it (0: not known; 1: no; 2: yes).
	word   []int32
	phrase []int8
	// gens holds the generation of each token's entries; gen is the
	// current document's.
	gens []uint32
	gen  uint32
	// marks and ents are the buffers of the tokens where names may be
	// given twice and of the entities a document names twice; words is
	// that of a sentence's context words.
	marks []int32
	ents  []entity
	words []string
	// interned holds initials of names read before (see intern).
	interned [256]string
	// speakers and persons are the buffers of the names a document gives,
	// to find speakers of quotes (see [people]).
	speakers, persons []speakerName
	// names is the buffer of the names a document gives (see person.go).
	names namePass
}

// NewExtractor returns an Extractor that reads with lex.
func NewExtractor(lex *Lexicon) *Extractor {
	return &Extractor{lex: lex, tok: tokenizer{lex: lex}}
}

// doc is the state of one extraction: the prepared text and its tokens.
type docState struct {
	x   *Extractor
	doc Document
	// src is the prose read: the document's text, or the view of its
	// markup. Offsets are offsets into src until Extract places them.
	src  []byte
	text []byte // prepared copy of src: non-story bytes blanked
	// low is the current sentence with ASCII letters lower-cased, from
	// byte lowBase of text: token texts are sliced from it without
	// allocating. Only sentences that may hold a figure are lower-cased.
	low     string
	lowBase int32
	// sentA and sentB bound the tokens of the sentence being read.
	sentA, sentB int
	toks         []token
	lines        []int // byte offset of each line start
	out          []Claim
	pub          CalendarDate // day of publication, for relative dates
	latest       int          // latest year named, when pub is unknown: 0 not sought, -1 none
	ents         []entity     // the entities the document names twice
}

// Extract returns the claims of doc in document order.
func (x *Extractor) Extract(doc Document) []Claim {
	src, v := readMarkup(doc)
	d := &docState{x: x, doc: doc, src: src, text: x.lex.prepare(src, doc.Format), out: make([]Claim, 0, 16), pub: doc.Published}
	d.toks = x.tok.run(d.text)
	d.resetCaches()
	d.lines = lineStarts(src)
	sents := d.sentences()
	d.learnEntities(sents)
	for _, s := range sents {
		d.sentence(s[0], s[1])
	}
	d.textClaims(sents)
	if v != nil {
		v.place(d.out, doc.Text)
	}
	return d.out
}

// lowerString returns b as a string with its ASCII letters lower-cased.
func lowerString(b []byte) string { return string(asciiLower(b)) }

// lineStarts returns the offset at which each line of text begins.
func lineStarts(text []byte) []int {
	starts := make([]int, 1, 1+bytes.Count(text, []byte{'\n'}))
	for i := 0; ; {
		j := bytes.IndexByte(text[i:], '\n')
		if j < 0 {
			return starts
		}
		i += j + 1
		starts = append(starts, i)
	}
}

// position returns the 1-based line and byte column of offset off.
func (d *docState) position(off int) (line, col int) {
	i := sort.Search(len(d.lines), func(i int) bool { return d.lines[i] > off }) - 1
	return i + 1, off - d.lines[i] + 1
}

// sentences splits the tokens into sentences, as [first, end) index pairs.
// On the way it marks the "(" and "," tokens in d.x.marks, where names may
// be given twice (see [docState.learnEntities]).
func (d *docState) sentences() [][2]int {
	out := make([][2]int, 0, len(d.toks)/16+1)
	marks := d.x.marks[:0]
	start := 0
	for k := 1; k < len(d.toks); k++ {
		if d.toks[k].nl == 0 && d.toks[k-1].kind != tPunct {
			continue // most tokens: neither after a line break nor after punctuation
		}
		if p := d.toks[k-1]; p.kind == tPunct && (d.text[p.start] == ',' || d.text[p.start] == '(') {
			marks = append(marks, int32(k-1))
		}
		if d.boundary(k) {
			out = append(out, [2]int{start, k})
			start = k
		}
	}
	if start < len(d.toks) {
		out = append(out, [2]int{start, len(d.toks)})
	}
	d.x.marks = marks
	return out
}

// boundary reports whether a sentence starts at token k.
func (d *docState) boundary(k int) bool {
	t := d.toks[k]
	if t.nl >= 2 {
		return true
	}
	startsUp := t.cap || t.kind == tNum || t.kind == tPunct
	if t.nl == 1 && startsUp {
		return true
	}
	if !t.space || !startsUp || d.toks[k-1].kind != tPunct {
		return false
	}
	// Skip closing quotes and brackets back to the final punctuation.
	j := k - 1
	for j > 0 && d.toks[j].kind == tPunct && isCloser(d.bytes(j)) {
		j--
	}
	if d.toks[j].kind != tPunct || d.toks[j].end-d.toks[j].start != 1 {
		return false
	}
	switch d.text[d.toks[j].start] {
	case '!', '?':
		return true
	case '.':
		if j == 0 {
			return true
		}
		w := d.toks[j-1]
		return !(w.kind == tWord && w.roles&rAbbrev != 0 && d.toks[j].start == w.end)
	}
	return false
}

func isCloser(b []byte) bool {
	switch string(b) {
	case "\"", "'", "”", "’", ")", "]", "»":
		return true
	}
	return false
}

func (d *docState) bytes(i int) []byte { return d.text[d.toks[i].start:d.toks[i].end] }

// resetCaches sizes the per-token caches for d's tokens and starts a new
// generation of them: an entry of an older generation counts as empty, so
// nothing is cleared between documents.
func (d *docState) resetCaches() {
	x, n := d.x, len(d.toks)
	if cap(x.lem) < n {
		x.lem = make([]lemmaSet, n)
		x.word = make([]int32, n)
		x.phrase = make([]int8, n)
		x.gens = make([]uint32, n)
	}
	x.lem, x.word, x.phrase, x.gens = x.lem[:n], x.word[:n], x.phrase[:n], x.gens[:n]
	x.gen++
}

// fresh makes token i's cache entries current, emptying them if they are
// of an older document.
func (d *docState) fresh(i int) {
	x := d.x
	if x.gens[i] != x.gen {
		x.gens[i] = x.gen
		x.lem[i].n, x.word[i], x.phrase[i] = 0, 0, 0
	}
}

// lower returns token i's text with ASCII letters in lower case, without a
// possessive 's.
func (d *docState) lower(i int) string {
	t := d.toks[i]
	if d.low == "" && d.sentA <= i && i < d.sentB {
		d.lowerSpan(d.sentA, d.sentB) // first use in this sentence
	}
	lo, hi := t.start-d.lowBase, t.end-d.lowBase
	if lo < 0 || int(hi) > len(d.low) {
		return strings.ToLower(string(trimPossessive(d.bytes(i)))) // outside the sentence
	}
	s := d.low[lo:hi]
	switch n := len(s); {
	case n > 2 && s[n-2:] == "'s":
		return s[:n-2]
	case n > 4 && s[n-4:] == "’s":
		return s[:n-4]
	}
	return s
}

// lemmas returns the lemma candidates of token i.
func (d *docState) lemmas(i int) []string {
	d.fresh(i)
	l := &d.x.lem[i]
	if l.n == 0 {
		*l = lemmaCandidates(d.x.lex.spell.canon(d.lower(i)), d.x.lex.irregular)
	}
	return l.c[:l.n]
}

func (d *docState) is(i int, words ...string) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	b := d.bytes(i)
	for _, w := range words {
		if len(b) == len(w) && strings.EqualFold(string(b), w) {
			return true
		}
	}
	return false
}

// lowerSpan lower-cases the text of tokens [a, b) for lower.
func (d *docState) lowerSpan(a, b int) {
	if a >= b {
		d.low, d.lowBase = "", 0
		return
	}
	d.lowBase = d.toks[a].start
	d.low = lowerString(d.text[d.lowBase:d.toks[b-1].end])
}

// mayHoldValue reports whether tokens [a, b) hold anything that can start
// a value, so that other sentences are passed over at once.
func (d *docState) mayHoldValue(a, b int) bool {
	for i := a; i < b; i++ {
		t := d.toks[i]
		if t.kind == tNum || t.roles&starters != 0 || t.kind == tPunct && d.text[t.start] == '$' {
			return true
		}
	}
	return false
}

// sentence extracts the claims of tokens [a, b).
func (d *docState) sentence(a, b int) {
	if !d.mayHoldValue(a, b) {
		return
	}
	d.sentA, d.sentB, d.low, d.lowBase = a, b, "", 0 // lower-cased on first use
	first := len(d.out)
	for i := a; i < b; {
		if t := d.toks[i]; t.kind == tWord && t.roles&(starters|rStop) == 0 && (i+1 >= b || d.toks[i+1].kind != tPunct) {
			i++ // most words cannot start a value
			continue
		}
		v, ok := d.value(i, a, b)
		if !ok {
			i++
			continue
		}
		d.claim(v, a, b)
		i = v.end
	}
	if len(d.out) == first {
		return
	}
	s, e := int(d.toks[a].start), int(d.toks[b-1].end)
	sent := string(d.src[s:e])
	ctx := d.context(a, b)
	for k := first; k < len(d.out); k++ {
		d.out[k].Sentence = sent
		d.out[k].Context = ctx
	}
	d.setEra(first, a, b)
}

// claim attaches a parsed value to its topic and records it.
func (d *docState) claim(v parsed, a, b int) {
	if d.idle(&v, b) {
		return
	}
	top, ok := d.special(&v, a, b)
	if !ok {
		top, ok = d.topic(&v, a, b)
	}
	if !ok {
		return
	}
	d.qualify(&v, a, b)
	d.resolveWeekday(&v, a)
	v.settle()
	start, end := int(d.toks[v.start].start), int(d.toks[v.end-1].end)
	if v.textEnd > v.end {
		end = int(d.toks[v.textEnd-1].end)
	}
	line, col := d.position(start)
	d.out = append(d.out, Claim{
		Source:    d.doc.Path,
		Topic:     top,
		Attribute: v.attr,
		Value:     v.Value,
		Text:      string(d.src[start:end]),
		Span:      [2]int{start, end},
		Line:      line,
		Column:    col,
		Subject:   d.canonicalSubject(d.subject(&v, a)),
		Estimator: d.estimator(&v, a, b),
		Reference: d.reference(&v, b),
		Running:   d.running(&v, a, b),
		Loose:     v.loose || top == v.attr,
	})
}

// ParseValue normalises the first value written in s, such as "more than
// 200", "a four-day", "US$1,200 million", "61.4 per cent" or "Tuesday, Nov.
// 18". It reports false when s holds no value.
func (x *Extractor) ParseValue(s string) (Value, bool) {
	b := []byte(s)
	d := &docState{x: x, doc: Document{Text: b}, src: b, text: b}
	d.toks = x.tok.run(d.text)
	d.lowerSpan(0, len(d.toks))
	d.resetCaches()
	for i := range d.toks {
		if v, ok := d.value(i, 0, len(d.toks)); ok {
			v.settle()
			return v.Value, true
		}
	}
	return Value{}, false
}
