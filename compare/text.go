package compare

import (
	"cmp"
	"slices"

	"github.com/factcheck/factcheck/claims"
)

// textFinding builds the finding of a group of statements of a quote, a
// name or a set, given its status and note. The key is the first claim's;
// a quote or a name worded differently gets its word-level differences.
func textFinding(group []statement, status Status, note string) Finding {
	slices.SortFunc(group, func(a, b statement) int { return cmp.Compare(a.src, b.src) })
	first := group[0].claims[0]
	f := Finding{Key: first.Key(), Topic: first.Topic, Attribute: first.Attribute, Kind: first.Value.Kind, Status: status, Note: note}
	for _, st := range group {
		f.Claims = append(f.Claims, st.claims...)
	}
	if f.Kind == claims.Quote || f.Kind == claims.Name {
		f.Diffs = diffs(f.Claims)
	}
	return f
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

// singles returns one finding per statement: what no other source states.
func singles(list []statement) []Finding {
	out := make([]Finding, len(list))
	for i, st := range list {
		out[i] = textFinding([]statement{st}, Single, "")
	}
	return out
}
