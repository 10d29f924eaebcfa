package compare

import (
	"cmp"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// This file compares lists of items open-world: a source that names fewer
// items than another does not deny the others, so a subset is compatible
// and only a list given as complete ("only a keris and batik", "two gifts:
// a keris and batik") conflicts with an item it leaves out. Items are
// matched by their words ([claims.Value.Keys]): the same head with no
// modifying nouns that differ ("a ceremonial keris", "a hand-forged
// keris"; but not "wire fraud", "securities fraud"), or the head of one
// among the words of the other ("batik cloth", "hand-drawn batik").

// setContext is the least likeness of sentences at which two lists of
// different topics that share one item are paired.
const setContext = 0.2

// alignSets groups the sets of items across sources: two lists are paired
// when they are of one time (see [claims.Claim.Era]), share an item, and
// are of one topic, share two items, or stand in alike sentences. Each
// group holds at most one list of a source; lists paired with none are
// single.
func alignSets(list []statement) []Finding {
	var pairs []pair
	for i := range list {
		for j := i + 1; j < len(list); j++ {
			if sim, ok := setPair(list[i], list[j]); ok {
				pairs = append(pairs, pair{i, j, sim, setTie(list[i], list[j])})
			}
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		return cmp.Or(cmp.Compare(b.sim, a.sim), cmp.Compare(a.tie, b.tie))
	})
	var out []Finding
	for _, g := range joinPairs(list, pairs, nil) {
		status, note := setVerdict(g)
		f := textFinding(g, status, note)
		f.Topic = setTopic(g)
		f.Key = f.Topic + "/" + f.Attribute
		out = append(out, f)
	}
	return out
}

// setTopic chooses the topic of a group of lists whatever the order of
// the sources: the one most of them give, a named one before "list", then
// the first in alphabetical order.
func setTopic(g []statement) string {
	count := map[string]int{}
	best := ""
	for _, st := range g {
		t := st.claims[0].Topic
		count[t]++
	}
	for _, st := range g {
		t := st.claims[0].Topic
		if best == "" || cmp.Or(cmp.Compare(count[t], count[best]), cmp.Compare(boolInt(t != "list"), boolInt(best != "list")), cmp.Compare(best, t)) > 0 {
			best = t
		}
	}
	return best
}

// setTie orders equally alike pairs whatever the order of the sources.
func setTie(a, b statement) string {
	x, y := a.claims[0], b.claims[0]
	kx, ky := x.Source+"\x00"+x.Text, y.Source+"\x00"+y.Text
	if ky < kx {
		kx, ky = ky, kx
	}
	return kx + "\x01" + ky
}

// setPair reports whether two lists may be one, and how alike they are.
func setPair(a, b statement) (float64, bool) {
	ca, cb := a.claims[0], b.claims[0]
	if a.src == b.src || ca.Era != cb.Era {
		return 0, false
	}
	shared := sharedItems(ca.Value.Keys, cb.Value.Keys)
	sim := jaccard(a.ctx, b.ctx)
	sameTopic := ca.Topic == cb.Topic && ca.Topic != "list"
	if shared == 0 || shared == 1 && !sameTopic && sim < setContext {
		return 0, false
	}
	least := min(len(ca.Value.Keys), len(cb.Value.Keys))
	score := float64(shared)/float64(least) + sim
	if sameTopic {
		score += 0.5
	}
	return score, true
}

// setVerdict gives the status of a group of lists and its note: agree
// when every source lists the same items; conflict when a list given as
// complete leaves out an item another lists, or a stated count is smaller
// than the items another lists; compatible otherwise, naming the items
// only one source lists.
func setVerdict(g []statement) (Status, string) {
	if len(g) < 2 {
		return Single, ""
	}
	slices.SortFunc(g, func(a, b statement) int { return cmp.Compare(a.claims[0].Source, b.claims[0].Source) })
	var notes []string
	status := Agree
	for i, st := range g {
		var others []string
		for j, o := range g {
			if j != i {
				others = append(others, o.claims[0].Value.Keys...)
			}
		}
		v := st.claims[0].Value
		var only []string
		for k, key := range v.Keys {
			if !slices.ContainsFunc(others, func(o string) bool { return itemsMatch(key, o) }) {
				only = append(only, v.Items[k])
			}
		}
		if len(only) > 0 {
			status = max(status, Compatible)
			notes = append(notes, "only "+st.claims[0].Source+" lists: "+strings.Join(only, ", "))
		}
	}
	var complete []string
	for _, c := range g {
		if slices.ContainsFunc(g, func(o statement) bool { return o.src != c.src && contradicts(c.claims[0].Value, o.claims[0].Value) }) {
			complete = append(complete, c.claims[0].Source)
		}
	}
	if len(complete) > 0 {
		status = Conflict
		notes = append([]string{"given as complete by " + strings.Join(complete, ", ") + ", which others' items exceed"}, notes...)
	}
	return status, strings.Join(notes, "; ")
}

// contradicts reports whether list c, given as complete ("only", or a
// stated count), denies list v: v names more items than c allows, or, c
// naming all its items, v names one c does not.
func contradicts(c, v claims.Value) bool {
	if c.Bound != claims.Exact || c.Num <= 0 {
		return false
	}
	n := int(c.Num)
	return len(v.Items) > n || n == len(c.Items) && !allMatched(v.Keys, c.Keys)
}

// allMatched reports whether every item of a matches an item of b.
func allMatched(a, b []string) bool {
	for _, x := range a {
		if !slices.ContainsFunc(b, func(y string) bool { return itemsMatch(x, y) }) {
			return false
		}
	}
	return true
}

// sharedItems counts the items of a that match an item of b.
func sharedItems(a, b []string) int {
	n := 0
	for _, x := range a {
		if slices.ContainsFunc(b, func(y string) bool { return itemsMatch(x, y) }) {
			n++
		}
	}
	return n
}

// itemsMatch reports whether two item keys (head first, then the nouns
// that modify it) name one item: the same head, unless each has modifying
// nouns and they share none ("wire fraud", "securities fraud"); or the
// head of one among the other's words ("cloth batik", "batik").
func itemsMatch(x, y string) bool {
	hx, mx, _ := strings.Cut(x, " ")
	hy, my, _ := strings.Cut(y, " ")
	if hx == hy {
		return mx == "" || my == "" || sharesWord(mx, my)
	}
	return hasWord(my, hx) || hasWord(mx, hy)
}

// sharesWord reports whether two lists of words separated by spaces have
// a word in common.
func sharesWord(a, b string) bool {
	for w := range strings.FieldsSeq(a) {
		if hasWord(b, w) {
			return true
		}
	}
	return false
}

// hasWord reports whether the words of s, separated by spaces, hold w.
func hasWord(s, w string) bool {
	for f := range strings.FieldsSeq(s) {
		if f == w {
			return true
		}
	}
	return false
}
