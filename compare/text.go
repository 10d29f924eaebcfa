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

// textGroups joins statements into groups along pairs, most alike first:
// the groups of a pair's two statements join when no source is in both,
// so that a fragment, the full quote and another outlet's paraphrase of it
// meet though the fragment and the paraphrase share few words. Statements
// no pair joins are groups of one. Groups come in the order of their
// first statement.
func textGroups(list []statement, pairs []pair) [][]statement {
	group := make([]int, len(list)) // statement → group id
	members := make([][]int, len(list))
	for i := range list {
		group[i], members[i] = i, []int{i}
	}
	joinable := func(x, y []int) bool {
		for _, i := range x {
			for _, j := range y {
				if list[i].src == list[j].src {
					return false
				}
			}
		}
		return true
	}
	for _, p := range pairs {
		gi, gj := group[p.i], group[p.j]
		if gi == gj || !joinable(members[gi], members[gj]) {
			continue
		}
		for _, k := range members[gj] {
			group[k] = gi
		}
		members[gi], members[gj] = append(members[gi], members[gj]...), nil
	}
	var groups [][]int
	for _, m := range members {
		if len(m) > 0 {
			slices.Sort(m)
			groups = append(groups, m)
		}
	}
	slices.SortFunc(groups, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	out := make([][]statement, len(groups))
	for k, m := range groups {
		out[k] = make([]statement, len(m))
		for n, i := range m {
			out[k][n] = list[i]
		}
	}
	return out
}
