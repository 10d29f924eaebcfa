package compare

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// cluster splits the statements of one key into groups that state the same
// fact, at most one statement per source. When no source states the key
// twice, all statements form one group. Otherwise statements are paired
// greedily by the similarity of their sentences, with a bonus for equal or
// overlapping figures, so that a source giving two figures (government and
// company agreements) has each compared with the figure of the other
// sources that speaks of the same thing.
func cluster(list []statement, sources []Source, opts Options) [][]statement {
	seen := map[int]bool{}
	// Loose claims (a measure keyed by its dimension alone, a date dated by
	// an event word near it) are paired by their sentences even when each
	// source states one: two lengths, or two days, of one story are often
	// two facts.
	weak := len(list) > 0 && !slices.ContainsFunc(list, func(st statement) bool { return !st.claims[0].Loose })
	repeated := weak
	for _, st := range list {
		repeated = repeated || seen[st.src]
		seen[st.src] = true
	}
	all := make([]int, len(list))
	for i := range all {
		all[i] = i
	}
	if !repeated && groupsPairable(list, all, all, opts.Tolerances) {
		return [][]statement{list}
	}
	minSim := 0.0
	switch {
	case weak:
		minSim = max(opts.MinContext, weakContext)
	case repeated:
		minSim = opts.MinContext
	}
	return merge(list, candidatePairs(list, sources, minSim, opts.Tolerances), opts.Tolerances)
}

// weakContext is the least similarity at which two loose statements are
// paired, the bonus for equal or overlapping
// figures included.
const weakContext = 0.15

// pair is two statements that may state the same fact, with how alike they
// are and a key that orders equally alike pairs whatever the source order.
type pair struct {
	i, j int
	sim  float64
	tie  string
}

// candidatePairs scores every pairable two statements of different sources
// and returns those at least minSim alike, most alike first.
func candidatePairs(list []statement, sources []Source, minSim float64, tols claims.Tolerances) []pair {
	var pairs []pair
	for i := range list {
		for j := i + 1; j < len(list); j++ {
			if list[i].src == list[j].src || !pairable(list[i], list[j], tols) {
				continue
			}
			sim := jaccard(list[i].ctx, list[j].ctx)
			// The same figure is strong evidence of the same fact; an
			// overlapping one weaker evidence.
			va, vb, _ := zoneless(list[i].claims[0].Value, list[j].claims[0].Value)
			tol := tols.For(va)
			switch {
			case same(va, vb, tol):
				sim += 0.5
			case va.OverlapsWithin(vb, tol):
				sim += 0.1
			}
			if sim < minSim {
				continue
			}
			ti, tj := tieKey(list[i], sources), tieKey(list[j], sources)
			if tj < ti {
				ti, tj = tj, ti
			}
			pairs = append(pairs, pair{i, j, sim, ti + "\x01" + tj})
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		return cmp.Or(cmp.Compare(b.sim, a.sim), cmp.Compare(a.tie, b.tie))
	})
	return pairs
}

// merge joins the statements pair by pair, in order, into groups that hold
// at most one statement of a source and only pairable statements.
func merge(list []statement, pairs []pair, tols claims.Tolerances) [][]statement {
	return joinPairs(list, pairs, func(x, y []int) bool { return groupsPairable(list, x, y, tols) })
}

// joinPairs joins the statements along pairs, in order: the groups of a
// pair's two statements join when no source is in both and, when ok is
// not nil, ok accepts the two groups (as indices into list). Statements no
// pair joins are groups of one.
func joinPairs(list []statement, pairs []pair, ok func(x, y []int) bool) [][]statement {
	group := make([]int, len(list)) // statement → group id
	members := make([][]int, len(list))
	for i := range list {
		group[i] = i
		members[i] = []int{i}
	}
	for _, p := range pairs {
		gi, gj := group[p.i], group[p.j]
		if gi == gj || sharesSource(list, members[gi], members[gj]) || ok != nil && !ok(members[gi], members[gj]) {
			continue
		}
		for _, m := range members[gj] {
			group[m] = gi
		}
		members[gi] = append(members[gi], members[gj]...)
		members[gj] = nil
	}
	var out [][]statement
	for _, ms := range members {
		if len(ms) == 0 {
			continue
		}
		g := make([]statement, len(ms))
		for k, m := range ms {
			g[k] = list[m]
		}
		out = append(out, g)
	}
	return out
}

func tieKey(st statement, sources []Source) string {
	c := st.claims[0]
	return fmt.Sprintf("%s\x00%012d\x00%s", sources[st.src].Path, c.Span[0], c.Text)
}

// pairable reports whether two statements may state the same fact: not
// when each names whom it is about and the names share no word ("Civic
// Compass won 27.3 percent", "the Social Alliance, which won 19.8 per
// cent"), nor when their qualifiers tell them apart (see distinct) and
// their figures differ.
func pairable(a, b statement, tols claims.Tolerances) bool {
	ca, cb := a.claims[0], b.claims[0]
	if distinct(ca, cb) && !same(ca.Value, cb.Value, tols.For(ca.Value)) {
		return false
	}
	sa, sb := ca.Subject, cb.Subject
	if sa == "" || sb == "" {
		return true
	}
	wa := strings.Fields(strings.ToLower(sa))
	for _, w := range strings.Fields(strings.ToLower(sb)) {
		if slices.Contains(wa, w) && len(w) > 2 {
			return true
		}
	}
	return false
}

// distinct reports whether two claims tell of different facts by what
// their sentences say around the figures: one tells of an earlier event
// than the other ("an earlier quake in 2013 killed 74"), or each measures
// it against something else ("a premium to the 30-day
// average price", "a premium to Friday's close"). Two dates that each lie
// in an earlier year are compared all the same: their years are what is
// checked ("deployed in 2016", "the 2017 deployment").
func distinct(a, b claims.Claim) bool {
	if a.Era != b.Era && (a.Value.Kind != claims.Date || a.Era == 0 || b.Era == 0) {
		return true
	}
	return a.Reference != "" && b.Reference != "" &&
		jaccard(strings.Fields(a.Reference), strings.Fields(b.Reference)) < 0.5
}

// groupsPairable reports whether every statement of a may be paired with
// every statement of b.
func groupsPairable(list []statement, a, b []int, tols claims.Tolerances) bool {
	for _, i := range a {
		for _, j := range b {
			if !pairable(list[i], list[j], tols) {
				return false
			}
		}
	}
	return true
}

func sharesSource(list []statement, a, b []int) bool {
	for _, i := range a {
		for _, j := range b {
			if list[i].src == list[j].src {
				return true
			}
		}
	}
	return false
}

// jaccard is |a∩b| / |a∪b| of two sorted string sets.
func jaccard(a, b []string) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	inter := shared(a, b)
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// shared counts the words two sorted lists without repeats have in common.
func shared(a, b []string) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// union merges two sorted string sets.
func union(a, b []string) []string {
	out := make([]string, 0, len(a)+len(b))
	out = append(out, a...)
	out = append(out, b...)
	slices.Sort(out)
	return slices.Compact(out)
}
