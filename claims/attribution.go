package claims

import (
	"slices"
	"strings"
)

// This file reads two qualifiers that make figures of alike words different
// facts: who gives the figure ("the Education Ministry said 42%", "65
// percent, the union said") and what a figure is measured against ("a 31%
// premium to the 30-day average price", "a 27% premium to Friday's close").

// estimator returns who gives p's figure as their own count or estimate,
// as the stem of the head of its name in lower case: "union" for "unions
// claimed 1.3 million" and "1.3 million marched, the unions claimed";
// "police" for "police put the crowd at 40,000". Only verbs marked "claim"
// in the data count: a figure someone merely "said" is reported as a fact,
// and two outlets often credit one fact to different people ("officials
// said", "engineers at the authority said"). It returns "" when no one
// is named, or only a pronoun.
func (d *docState) estimator(p *parsed, a, b int) string {
	if p.Kind != Count && p.Kind != Percent && p.Kind != Money || p.attr == "age" || p.attr == "size" {
		return ""
	}
	// Before the figure, in its clause: "NAME claimed|put … FIGURE"; the
	// verb may open the figure's text as a hedge ("the ministry estimated
	// 38%").
	for k := p.start; k > a && p.start-k <= 8; k-- {
		if k == p.start {
			if d.claims(k) {
				return d.head(d.skipAuxBack(k-1, a), a)
			}
			continue
		}
		if d.clauseBreak(k) {
			break
		}
		if d.toks[k].roles&rReport != 0 {
			if !d.claims(k) {
				return ""
			}
			return d.head(d.skipAuxBack(k-1, a), a)
		}
	}
	// After it: "…, NAME claimed", "…, claimed NAME".
	for k := max(p.end, p.textEnd); k < b; k++ {
		if !d.is(k, ",") {
			continue
		}
		if d.claims(k + 1) {
			return d.agent(k+2, b)
		}
		for j := k + 1; j < b && j-k <= 6 && (d.toks[j].kind == tWord || d.is(j, "'", "’")); j++ {
			if d.toks[j].roles&rReport != 0 {
				if !d.claims(j) {
					return ""
				}
				return d.head(d.skipAuxBack(j-1, k+1), k+1)
			}
		}
	}
	return ""
}

// claims reports whether token k is a verb that gives a figure as its
// subject's own estimate (data: report verbs marked "claim").
func (d *docState) claims(k int) bool {
	return k < len(d.toks) && d.toks[k].roles&rReport != 0 && d.x.lex.words[d.lower(k)].claim
}

// skipAuxBack passes back over auxiliaries and adverbs from j: "police
// (have) said".
func (d *docState) skipAuxBack(j, a int) int {
	for j >= a && d.toks[j].roles&rAux != 0 {
		j--
	}
	return j
}

// head returns the stem of token i when it can head a name: a word that
// is no function word (so no pronoun), else "".
func (d *docState) head(i, a int) string {
	if i < a || d.toks[i].kind != tWord || d.toks[i].roles&(rStop|rReport) != 0 {
		return ""
	}
	return d.stemAt(i)
}

// agent returns the head of the name at j: the last of a run of words
// before punctuation or a function word ("the education ministry" →
// "ministry"). A participle ends the run, and the name after "by" is the
// agent: "results released by the Central Election Commission" →
// "commission".
func (d *docState) agent(j, b int) string {
	j = d.afterDeterminers(j, b)
	k := j
	for k < b && d.toks[k].kind == tWord && d.toks[k].roles&rStop == 0 {
		if d.is(k+1, "'", "’") && k+2 < b && d.toks[k+2].kind == tWord {
			k += 2 // "the drivers' union"
			continue
		}
		if k > j && strings.HasSuffix(d.lower(k), "ed") {
			if d.is(k+1, "by") {
				return d.agent(k+2, b)
			}
			break
		}
		k++
	}
	if k == j {
		return ""
	}
	return d.head(k-1, j)
}

// reference returns what a percentage is measured against, when the words
// after it say so: the stems of "Calder's closing price on Friday" in "a
// 27% premium to Calder's closing price on Friday", sorted and joined by
// spaces. A figure after "to" ("cut by 5% to 20%") is no reference.
func (d *docState) reference(p *parsed, b int) string {
	if p.Kind != Percent {
		return ""
	}
	j := max(p.end, p.textEnd)
	if !d.is(j, "to", "over", "above", "below", "against") || j+1 >= b {
		return ""
	}
	j++
	if t := d.toks[j]; t.kind == tNum || t.roles&(rSymbol|rCard) != 0 {
		return ""
	}
	var words []string
	for k := j; k < b && !d.clauseBreak(k) && !d.is(k, ".") && len(words) < 8; k++ {
		t := d.toks[k]
		if t.kind == tNum || t.kind == tWord && t.roles&rStop == 0 && t.end-t.start > 1 {
			words = append(words, d.stemAt(k))
		}
	}
	slices.Sort(words)
	return strings.Join(slices.Compact(words), " ")
}
