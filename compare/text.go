package compare

import (
	"cmp"
	"slices"

	"github.com/factcheck/factcheck/claims"
)

// textFinding builds the finding of a group of statements of a quote, a
// name or a set, given its status and note. The key is the first claim's;
// a quote or a name that is a variant or a conflict gets its word-level
// differences.
func textFinding(group []statement, status Status, note string) Finding {
	slices.SortFunc(group, func(a, b statement) int { return cmp.Compare(a.src, b.src) })
	first := group[0].claims[0]
	f := Finding{Key: first.Key(), Topic: first.Topic, Attribute: first.Attribute, Kind: first.Value.Kind, Status: status, Note: note}
	for _, st := range group {
		f.Claims = append(f.Claims, st.claims...)
	}
	if f.Kind == claims.Quote && len(group) > 1 {
		f.Topic = commonTopic(f.Claims)
		f.Key = f.Topic + "/" + f.Attribute
	}
	if (f.Kind == claims.Quote || f.Kind == claims.Name) && (status == Variant || status == Conflict) {
		f.Diffs = diffs(f.Claims)
	}
	return f
}

// commonTopic returns the topic most claims give, whatever the order of
// the sources: a named speaker before "unattributed" and descriptions,
// then the one most claims give, then the longest, then the first in
// byte order.
func commonTopic(cs []claims.Claim) string {
	count := map[string]int{}
	for _, c := range cs {
		count[c.Topic]++
	}
	best := ""
	better := func(t string) bool {
		return cmp.Or(
			cmp.Compare(boolInt(named(t)), boolInt(named(best))),
			cmp.Compare(count[t], count[best]),
			cmp.Compare(len(t), len(best)),
			cmp.Compare(best, t)) > 0
	}
	for t := range count {
		if best == "" || better(t) {
			best = t
		}
	}
	return best
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// diffs returns the word-level differences from the first claim's text to
// each claim's, or nil when all are worded alike.
func diffs(cs []claims.Claim) [][]Edit {
	var out [][]Edit
	for i, c := range cs[1:] {
		if c.Value.Text == cs[0].Value.Text {
			continue
		}
		if out == nil {
			out = make([][]Edit, len(cs))
		}
		out[i+1] = WordDiff(cs[0].Value.Text, c.Value.Text)
	}
	return out
}
