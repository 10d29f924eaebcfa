package compare

import (
	"cmp"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// This file aligns the names of people and organisations (claims of kind
// [claims.Name]). Names are grouped by the entity they name, whatever the
// role: two names are one entity when they are equal once folded
// ([claims.FoldName]: case, diacritics, hyphens, spaces, particles and
// romanisation aside) or spelled nearly alike (see [sameName]). An entity
// that two or more sources spell differently is a variant; one they spell
// alike is agreed when some source names it in a role; one that a single
// source names in a role is single. Names given without a role
// (topic "person") are reported only with others: no source's list of the
// people it mentions is a finding.
//
// Different entities named in the same role conflict only when every
// sign says that the sources speak of the same post (see [roleConflicts]):
// a false conflict costs an editor more than a missed one.

// personTopic is the topic of a name given without a role.
const personTopic = "person"

// minRoleContext is the least likeness (Jaccard index of context words)
// of two sentences naming different holders of a role without a qualifier
// for them to be taken as naming the same post.
const minRoleContext = 0.2

// nameEntry is a statement of a name with its folded words.
type nameEntry struct {
	st    statement
	words []string // the folded name
	roles []string // the roles (topics) it is given in, sorted
}

// alignNames groups the names of people and organisations in a role
// across sources.
func alignNames(list []statement) []Finding {
	entries := make([]nameEntry, len(list))
	for i, st := range list {
		entries[i] = nameEntry{st: st, words: claims.FoldName(st.claims[0].Value.Text)}
		for _, c := range st.claims {
			if c.Topic != personTopic && !slices.Contains(entries[i].roles, c.Topic) {
				entries[i].roles = append(entries[i].roles, c.Topic)
			}
		}
		slices.Sort(entries[i].roles)
	}
	groups := entities(entries)
	conflicts, involved := roleConflicts(entries, groups)
	out := conflicts
	for g, members := range groups {
		f, ok := entityFinding(entries, members)
		if ok && (!involved[g] || f.Status == Variant) {
			out = append(out, f)
		}
	}
	return out
}

// entities groups the entries that name one entity, each group a list of
// entry indexes in order; groups come in the order of their first entry.
func entities(entries []nameEntry) [][]int {
	parent := make([]int, len(entries))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i := range entries {
		for j := i + 1; j < len(entries); j++ {
			if ri, rj := find(i), find(j); ri != rj && sameEntity(entries[i], entries[j]) {
				parent[max(ri, rj)] = min(ri, rj)
			}
		}
	}
	index := map[int]int{}
	var groups [][]int
	for i := range entries {
		r := find(i)
		g, ok := index[r]
		if !ok {
			g = len(groups)
			index[r] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], i)
	}
	return groups
}

// sameEntity reports whether two entries name one entity: their names are
// alike by [sameName], and a name of one word ("Wicaksono", "Nordfjell")
// is given in a role that the other is also given in.
func sameEntity(a, b nameEntry) bool {
	if (len(a.words) == 1 || len(b.words) == 1) && !sharesRole(a.roles, b.roles) {
		return false
	}
	return sameName(a.words, b.words)
}

// sharesRole reports whether two sorted role lists have a role in common.
func sharesRole(a, b []string) bool {
	for _, r := range a {
		if _, ok := slices.BinarySearch(b, r); ok {
			return true
		}
	}
	return false
}

// entityFinding builds the finding of one entity's entries, and reports
// false when there is none to make: a name without a role that no other
// source spells differently.
func entityFinding(entries []nameEntry, members []int) (Finding, bool) {
	srcs, roleSrcs := map[int]bool{}, map[int]bool{}
	var texts []string
	group := make([]statement, 0, len(members))
	for _, m := range members {
		e := entries[m]
		srcs[e.st.src] = true
		if len(e.roles) > 0 {
			roleSrcs[e.st.src] = true
		}
		if t := e.st.claims[0].Value.Text; !slices.Contains(texts, t) {
			texts = append(texts, t)
		}
		group = append(group, e.st)
	}
	var f Finding
	switch {
	case len(srcs) >= 2 && len(texts) > 1:
		f = textFinding(group, Variant, spellingNote(group))
	case len(srcs) >= 2 && len(roleSrcs) > 0:
		f = textFinding(group, Agree, "")
	case len(srcs) == 1 && len(roleSrcs) == 1:
		f = textFinding(group, Single, "")
	default:
		return Finding{}, false
	}
	setRoleKey(&f)
	return f, true
}

// setRoleKey keys a finding of names by the role its claims give most
// often, the first in order on a tie, or "person" when they give none.
func setRoleKey(f *Finding) {
	count := map[string]int{}
	best := personTopic
	for _, c := range f.Claims {
		if c.Topic == personTopic {
			continue
		}
		count[c.Topic]++
		if n := count[c.Topic]; best == personTopic || n > count[best] || n == count[best] && c.Topic < best {
			best = c.Topic
		}
	}
	f.Topic, f.Attribute = best, "name"
	f.Key = best + "/name"
}

// spellingNote says how the spellings of a variant differ from the first
// source's: "the sources spell the name differently (diacritics)".
func spellingNote(group []statement) string {
	slices.SortFunc(group, func(a, b statement) int { return cmp.Compare(a.src, b.src) })
	first := group[0].claims[0].Value.Text
	var how []string
	for _, st := range group[1:] {
		for _, d := range nameDifferences(first, st.claims[0].Value.Text) {
			if !slices.Contains(how, d) {
				how = append(how, d)
			}
		}
	}
	slices.SortFunc(how, func(a, b string) int { return cmp.Compare(differenceRank(a), differenceRank(b)) })
	if len(how) == 0 {
		return ""
	}
	return "the sources spell the name differently (" + strings.Join(how, "; ") + ")"
}

// holding is one source's claim that an entity holds a role.
type holding struct {
	src, group, entry int
	subject           string // the role's qualifier, lower case
	eligible          bool   // the claim is not loose: it may conflict
	claim             claims.Claim
}

// roleConflicts finds the roles to which sources name different entities,
// and reports which entity groups are in such a conflict. For a role and
// a qualifier, every source that names a holder must name one entity in
// that role (under any qualifier) and name it as its one present holder
// (the claim is not loose); the sources must not mention each other's
// holders at all; and when no qualifier is given, their sentences must be
// alike. A finding holds the claims of the role, and, with three or more
// sources, the majority that names one entity.
func roleConflicts(entries []nameEntry, groups [][]int) ([]Finding, map[int]bool) {
	groupOf := make([]int, len(entries))
	for g, members := range groups {
		for _, m := range members {
			groupOf[m] = g
		}
	}
	named := map[[2]int]bool{} // {source, group}: the source names the entity
	byRole := map[string][]holding{}
	var roles []string
	for i, e := range entries {
		named[[2]int{e.st.src, groupOf[i]}] = true
		for _, c := range e.st.claims {
			if c.Topic == personTopic {
				continue
			}
			if _, ok := byRole[c.Topic]; !ok {
				roles = append(roles, c.Topic)
			}
			byRole[c.Topic] = append(byRole[c.Topic], holding{src: e.st.src, group: groupOf[i], entry: i,
				subject: strings.ToLower(c.Subject), eligible: !c.Loose, claim: c})
		}
	}
	slices.Sort(roles)
	var out []Finding
	involved := map[int]bool{}
	for _, r := range roles {
		for _, hs := range bySubject(soleHolders(byRole[r])) {
			if !conflicting(hs, entries, named) {
				continue
			}
			out = append(out, conflictFinding(hs))
			for _, h := range hs {
				involved[h.group] = true
			}
		}
	}
	return out, involved
}

// soleHolders returns the eligible holdings of the sources that name one
// entity only in the role.
func soleHolders(hs []holding) []holding {
	one := map[int]int{} // source → its entity, or -1 for several
	for _, h := range hs {
		if g, ok := one[h.src]; !ok {
			one[h.src] = h.group
		} else if g != h.group {
			one[h.src] = -1
		}
	}
	var out []holding
	for _, h := range hs {
		if h.eligible && one[h.src] == h.group {
			out = append(out, h)
		}
	}
	return out
}

// bySubject splits holdings by their qualifier, in order of first
// appearance, keeping those of two or more entities.
func bySubject(hs []holding) [][]holding {
	var subjects []string
	split := map[string][]holding{}
	for _, h := range hs {
		if _, ok := split[h.subject]; !ok {
			subjects = append(subjects, h.subject)
		}
		split[h.subject] = append(split[h.subject], h)
	}
	var out [][]holding
	for _, s := range subjects {
		list := split[s]
		if slices.ContainsFunc(list, func(h holding) bool { return h.group != list[0].group }) {
			out = append(out, list)
		}
	}
	return out
}

// conflicting reports whether every two holdings of different entities
// may conflict: neither source mentions the other's entity, and without a
// qualifier their sentences are alike.
func conflicting(hs []holding, entries []nameEntry, named map[[2]int]bool) bool {
	for i, x := range hs {
		for _, y := range hs[i+1:] {
			if x.group == y.group {
				continue
			}
			if named[[2]int{x.src, y.group}] || named[[2]int{y.src, x.group}] {
				return false
			}
			if x.subject == "" && jaccard(x.claim.Context, y.claim.Context) < minRoleContext {
				return false
			}
		}
	}
	return true
}

// conflictFinding builds the conflict of holdings of different entities.
func conflictFinding(hs []holding) Finding {
	group := make([]statement, 0, len(hs))
	sources := map[int][]int{} // entity → its sources
	for _, h := range hs {
		group = append(group, statement{src: h.src, claims: []claims.Claim{h.claim}, ctx: h.claim.Context})
		if !slices.Contains(sources[h.group], h.src) {
			sources[h.group] = append(sources[h.group], h.src)
		}
	}
	f := textFinding(group, Conflict, "the sources name different holders of the role")
	setRoleKey(&f)
	f.Majority, f.Outliers = nameMajority(f.Claims, hs, sources)
	return f
}

// nameMajority returns, with three or more sources, the paths of the
// sources that name the entity most of them name, when two or more do and
// no other entity is named as often, and the paths of the others.
func nameMajority(cs []claims.Claim, hs []holding, sources map[int][]int) (majority, outliers []string) {
	best, tie := -1, false
	for g, srcs := range sources {
		switch {
		case best < 0 || len(srcs) > len(sources[best]):
			best, tie = g, false
		case len(srcs) == len(sources[best]):
			tie = true
		}
	}
	if tie || len(sources[best]) < 2 || len(hs) < 3 {
		return nil, nil
	}
	for _, c := range cs {
		i := slices.IndexFunc(hs, func(h holding) bool { return h.claim.Source == c.Source })
		switch {
		case hs[i].group == best && !slices.Contains(majority, c.Source):
			majority = append(majority, c.Source)
		case hs[i].group != best && !slices.Contains(outliers, c.Source):
			outliers = append(outliers, c.Source)
		}
	}
	return majority, outliers
}
