package claims

import "strings"

// runningWindow is how many tokens from a figure a cue that may stand near
// it ("45 people have died so far") is sought, on either side.
const runningWindow = 8

// running reports whether the words around p, within the sentence [a, b),
// mark it as a running tally: a count or an amount that grows as a story
// unfolds. The cues are data (role "running" in data/words.txt): those
// that stand before the figure end right before it or its hedge ("the toll
// has risen to 45", "rose to more than 45") or are its hedge ("at least
// 45"); the others stand within [runningWindow] tokens of it on either
// side, not across ";" or ":" ("45 so far", "as of Tuesday, 45"). The
// figure of an earlier period ("up from 32") is no tally of the story.
func (d *docState) running(p *parsed, a, b int) bool {
	if p.Kind != Count && p.Kind != Money || strings.HasPrefix(p.attr, "previous ") {
		return false
	}
	for k := p.start - 1; k < p.num; k++ {
		if d.cueEndingAt(k, a, false) {
			return true
		}
	}
	for k := p.start - 1; k >= a && p.start-k <= runningWindow && !d.is(k, ";", ":"); k-- {
		if d.cueEndingAt(k, a, true) {
			return true
		}
	}
	e := max(p.end, p.textEnd)
	for k := e; k < b && k-e < runningWindow && !d.is(k, ";", ":"); k++ {
		if d.cueEndingAt(k, e, true) {
			return true
		}
	}
	return false
}

// cueEndingAt reports whether a running cue that may stand near a figure
// (near) or only right before it (!near) ends at token k and starts no
// earlier than lo.
func (d *docState) cueEndingAt(k, lo int, near bool) bool {
	if k < lo || k >= len(d.toks) || d.toks[k].roles&rRunning == 0 {
		return false
	}
	for _, ph := range d.x.lex.phrases[d.lower(k)] {
		if ph.role == rRunning && ph.near == near && d.wordsAt(k-len(ph.words)+1, lo, k+1, ph.words) {
			return true
		}
	}
	return false
}
