package compare

import (
	"cmp"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// updated reports whether two figures that cannot both be true are one
// running tally updated between two days of publication: the days of both
// sources are known and differ, the wording of either marks its figure as
// a running tally ([claims.Claim.Running]), and every value the later
// source allows is larger than every value the earlier one allows ("rose
// to 45" on the 12th after "32" on the 11th).
//
// Either mark will do: "32 so far" says the figure will grow as much as
// "has risen to 45" says it has grown. Without known and different days,
// or with the larger figure published first, the figures conflict.
func updated(a, b statement, sources []Source, tol claims.Tolerance) bool {
	da, db := sources[a.src].Published, sources[b.src].Published
	if !knownDay(da) || !knownDay(db) || dayOrder(da, db) == 0 || !running(a) && !running(b) {
		return false
	}
	if dayOrder(da, db) > 0 {
		a, b = b, a
	}
	_, earlierHi := a.claims[0].Value.IntervalWithin(tol)
	laterLo, _ := b.claims[0].Value.IntervalWithin(tol)
	return laterLo > earlierHi
}

// later returns the source of a and b published later.
func later(a, b statement, sources []Source) *Source {
	if dayOrder(sources[a.src].Published, sources[b.src].Published) > 0 {
		return &sources[a.src]
	}
	return &sources[b.src]
}

// running reports whether any claim of st is marked as a running tally.
func running(st statement) bool {
	return slices.ContainsFunc(st.claims, func(c claims.Claim) bool { return c.Running })
}

// updateNote explains a figure updated by the sources later, in order of
// publication and then of path, whatever the order of the sources:
// "the figure was updated: b.txt (published later) gives the larger figure".
func updateNote(later []*Source) string {
	slices.SortFunc(later, func(x, y *Source) int {
		return cmp.Or(dayOrder(x.Published, y.Published), cmp.Compare(x.Path, y.Path))
	})
	paths := make([]string, len(later))
	for i, s := range later {
		paths[i] = s.Path
	}
	if len(paths) == 1 {
		return "the figure was updated: " + paths[0] + " (published later) gives the larger figure"
	}
	return "the figure was updated: " + strings.Join(paths, ", ") + " (published later) give larger figures"
}

// knownDay reports whether d gives a day of the calendar in full.
func knownDay(d claims.CalendarDate) bool { return d.Year != 0 && d.Month != 0 && d.Day != 0 }

// dayOrder compares two days of the calendar: -1, 0 or +1.
func dayOrder(d, e claims.CalendarDate) int {
	return cmp.Or(cmp.Compare(d.Year, e.Year), cmp.Compare(d.Month, e.Month), cmp.Compare(d.Day, e.Day))
}
