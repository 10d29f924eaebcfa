package claims

import "slices"

// textClaims adds the claims that state words rather than figures: quotes,
// names in a role and sets, and puts all claims back in document order.
func (d *docState) textClaims(sents [][2]int) {
	n := len(d.out)
	d.quotes(sents)
	d.names(sents)
	d.lists(sents)
	if len(d.out) > n {
		slices.SortStableFunc(d.out, func(a, b Claim) int { return a.Span[0] - b.Span[0] })
	}
}

// enter makes tokens [a, b) the current sentence, for [docState.lower]
// and [docState.context].
func (d *docState) enter(a, b int) {
	if d.sentA != a || d.sentB != b {
		d.sentA, d.sentB, d.low, d.lowBase = a, b, "", 0
	}
}

// textClaim records a claim of words: v of the given kind, attached to
// topic/attr, stated by the text of bytes [start, end) in the sentence of
// tokens [a, b). It leaves Context empty: a caller whose claims compare
// pairs by their sentences sets it. The pointer is good until the next
// claim is added.
func (d *docState) textClaim(topic, attr string, v Value, start, end, a, b int) *Claim {
	d.enter(a, b)
	line, col := d.position(start)
	s, e := min(int(d.toks[a].start), start), max(int(d.toks[b-1].end), end)
	sent := string(d.src[s:e]) // Text is a part of it: one copy
	d.out = append(d.out, Claim{
		Source:    d.doc.Path,
		Topic:     topic,
		Attribute: attr,
		Value:     v,
		Text:      sent[start-s : end-s],
		Span:      [2]int{start, end},
		Line:      line,
		Column:    col,
		Sentence:  sent,
	})
	return &d.out[len(d.out)-1]
}
