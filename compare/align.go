package compare

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// Source is one article's claims.
type Source struct {
	// Path names the article exactly as given.
	Path string
	// Published is the day the article was published; it is zero when
	// unknown. A running tally ([claims.Claim.Running]) that an article
	// published later gives larger is an update, not a conflict.
	Published claims.CalendarDate
	Claims    []claims.Claim
}

// Finding is one fact as the sources state it.
type Finding struct {
	// Key is Topic and Attribute joined by "/", such as "visit/duration".
	Key, Topic, Attribute string
	Kind                  claims.Kind
	Status                Status
	// Claims holds the evidence, in the order of the sources, then of
	// position. A source may give several claims with the same value.
	Claims []claims.Claim
	// Note explains the status where the values alone do not.
	Note string
	// Majority and Outliers say, for a conflict among three or more
	// sources, which sources depart from the others: Majority holds the
	// largest set of sources whose figures agree or are compatible pair by
	// pair, when that set holds at least two sources and no other set is
	// as large; Outliers the sources outside it, each of which conflicts
	// with some source of the majority. Both give paths in the order of
	// the sources and are nil when no such majority exists.
	Majority, Outliers []string
	// Diffs holds, for a quote or a name that sources word differently,
	// the word-level difference from the first claim's text to each
	// claim's: Diffs[i] belongs to Claims[i] and is nil for the first
	// claim and for every claim worded as it is. Diffs is nil otherwise.
	Diffs [][]Edit
}

// Summary counts findings by status.
type Summary struct {
	Agree, Compatible, Conflict, Variant, Single int
}

// Count returns the number of findings with status s.
func (s Summary) Count(st Status) int {
	switch st {
	case Agree:
		return s.Agree
	case Compatible:
		return s.Compatible
	case Conflict:
		return s.Conflict
	case Variant:
		return s.Variant
	case Single:
		return s.Single
	}
	return 0
}

// Report is the result of aligning several sources.
type Report struct {
	Sources  []Source
	Findings []Finding
	Summary  Summary
}

// Options tunes alignment. The zero value is ready to use.
type Options struct {
	// MinContext is the least context similarity (Jaccard index of the
	// sentences' content words) at which two statements of one key are
	// paired when a source states the key more than once. Zero means 0.05.
	MinContext float64
	// Tolerances gives the allowance for imprecise values per dimension;
	// a dimension it does not hold takes [claims.DefaultTolerance]. Use
	// [claims.Lexicon.Tolerances] for the tolerances in the data.
	Tolerances claims.Tolerances
}

// statement is the claims of one source with one value for a key.
type statement struct {
	src    int
	claims []claims.Claim
	ctx    []string
}

// Align groups the sources' claims into findings and gives each a status.
// Findings come most serious first, then by key; the result does not
// depend on the order of the sources except for the order of claims.
func Align(sources []Source, opts Options) Report {
	if opts.MinContext == 0 {
		opts.MinContext = 0.05
	}
	byKey := map[string][]statement{}
	var keys []string
	textual := map[claims.Kind][]statement{}
	for si, s := range sources {
		for _, c := range s.Claims {
			if kind := c.Value.Kind; kind.Textual() {
				textual[kind] = addClaim(textual[kind], si, c)
				continue
			}
			k := c.Key()
			list, seen := byKey[k]
			if !seen {
				keys = append(keys, k)
			}
			byKey[k] = addClaim(list, si, c)
		}
	}
	slices.Sort(keys)
	rep := Report{Sources: sources}
	for _, k := range keys {
		for _, group := range cluster(byKey[k], sources, opts) {
			rep.Findings = append(rep.Findings, finding(group, sources, opts.Tolerances))
		}
	}
	rep.Findings = append(rep.Findings, alignQuotes(textual[claims.Quote])...)
	rep.Findings = append(rep.Findings, alignNames(textual[claims.Name])...)
	rep.Findings = append(rep.Findings, alignSets(textual[claims.Set])...)
	slices.SortStableFunc(rep.Findings, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(b.Status, a.Status), cmp.Compare(a.Key, b.Key), cmp.Compare(canonical(a), canonical(b)))
	})
	rep.Summary = summarize(rep.Findings)
	return rep
}

// addClaim files c with the source's statement of the same value.
func addClaim(list []statement, si int, c claims.Claim) []statement {
	for i := range list {
		if list[i].src == si && list[i].claims[0].Value.Equal(c.Value) {
			list[i].claims = append(list[i].claims, c)
			list[i].ctx = union(list[i].ctx, c.Context)
			return list
		}
	}
	return append(list, statement{src: si, claims: []claims.Claim{c}, ctx: c.Context})
}

// canonical is a description of a finding that does not depend on the
// order of the sources, to sort findings deterministically.
func canonical(f Finding) string {
	parts := make([]string, len(f.Claims))
	for i, c := range f.Claims {
		parts[i] = c.Source + "\x00" + c.Value.String() + "\x00" + c.Text
	}
	slices.Sort(parts)
	return strings.Join(parts, "\x01")
}

// finding builds the finding of a group of statements.
func finding(group []statement, sources []Source, tols claims.Tolerances) Finding {
	slices.SortFunc(group, func(a, b statement) int { return cmp.Compare(a.src, b.src) })
	first := group[0].claims[0]
	f := Finding{Key: first.Key(), Topic: first.Topic, Attribute: first.Attribute, Kind: first.Value.Kind}
	for _, st := range group {
		f.Claims = append(f.Claims, st.claims...)
	}
	rel := relations(group, sources, tols)
	f.Status, f.Note = verdict(group, rel)
	if f.Status == Conflict {
		f.Majority, f.Outliers = consensus(group, rel, sources)
	}
	return f
}

// relation is how two statements of a group stand to each other: their
// status as a pair and the note that explains it, if any, or the source
// whose later, larger figure updates the other's (see [updated]). Two
// statements of one source are not compared; their relation is zero.
type relation struct {
	status Status
	note   string
	later  *Source
}

// relations compares every two statements of a group; rel[i][j] is the
// relation of group[i] and group[j].
func relations(group []statement, sources []Source, tols claims.Tolerances) [][]relation {
	rel := make([][]relation, len(group))
	for i := range rel {
		rel[i] = make([]relation, len(group))
	}
	for i, a := range group {
		for j := i + 1; j < len(group); j++ {
			if a.src != group[j].src {
				rel[i][j] = relate(a, group[j], sources, tols)
				rel[j][i] = rel[i][j]
			}
		}
	}
	return rel
}

// verdict gives the status of a group from its relations: the most serious
// relation decides, whatever the order of the pairs. The note of a
// compatible group gathers the notes of its pairs, sorted, after the one
// naming the sources that updated a figure.
func verdict(group []statement, rel [][]relation) (Status, string) {
	srcs := map[int]bool{}
	for _, st := range group {
		srcs[st.src] = true
	}
	if len(srcs) < 2 {
		return Single, ""
	}
	status := Agree
	var notes []string
	var updaters []*Source
	for i := range rel {
		for j := i + 1; j < len(rel); j++ {
			r := rel[i][j]
			status = max(status, r.status)
			if r.note != "" {
				notes = append(notes, r.note)
			}
			if r.later != nil && !slices.Contains(updaters, r.later) {
				updaters = append(updaters, r.later)
			}
		}
	}
	if status != Compatible {
		return status, ""
	}
	slices.Sort(notes)
	notes = slices.Compact(notes)
	if len(updaters) > 0 {
		notes = append([]string{updateNote(updaters)}, notes...)
	}
	return status, strings.Join(notes, "; ")
}

// relate compares two statements of different sources.
func relate(a, b statement, sources []Source, tols claims.Tolerances) relation {
	va, vb, unzoned := zoneless(a.claims[0].Value, b.claims[0].Value)
	tol := tols.For(va)
	switch {
	case same(va, vb, tol):
		return relation{status: Agree}
	case va.Kind == claims.Money && baseCurrency(va.Unit) != baseCurrency(vb.Unit):
		return relation{status: Compatible, note: "amounts in different currencies are not compared"}
	case va.Kind == claims.Time && va.Unit != vb.Unit:
		return relation{status: Compatible, note: "times in different time zones are not compared"}
	case unzoned && zoneShift(va.Num-vb.Num):
		// An outlet may give its readers' time without saying so.
		return relation{status: Compatible, note: "times a whole number of hours apart may be in different time zones"}
	case va.OverlapsWithin(vb, tol):
		return relation{status: Compatible}
	case updated(a, b, sources, tol):
		return relation{status: Compatible, later: later(a, b, sources)}
	case estimators(a, b):
		// "the ministry said 42%", "the union said 65%": two accounts,
		// each right about whose figure it gives.
		names := []string{a.claims[0].Estimator, b.claims[0].Estimator}
		slices.Sort(names)
		return relation{status: Compatible, note: "the figures come from different sources: " + strings.Join(names, ", ")}
	}
	return relation{status: Conflict}
}

// zoneless returns two values to compare: two times of day of which one
// names no zone are compared as if in one zone ("3.47am", "3:47 a.m. local
// time"), and unzoned says so.
func zoneless(va, vb claims.Value) (_, _ claims.Value, unzoned bool) {
	unzoned = va.Kind == claims.Time && (va.Unit == "" || vb.Unit == "")
	if unzoned {
		va.Unit, vb.Unit = "", ""
	}
	return va, vb, unzoned
}

// estimators reports whether two statements credit their figures to
// different sources.
func estimators(a, b statement) bool {
	ea, eb := a.claims[0].Estimator, b.claims[0].Estimator
	return ea != "" && eb != "" && ea != eb
}

// same reports whether two values state the same figure: equal values;
// the same number once hedged with "about" and once not ("about $150
// million", "US$150m"); measures in different units that each fall within
// the other's rounding ("40 hectares", "about 100 acres"); or dates whose
// shared fields are all equal ("Tuesday", "Tuesday, Nov. 18").
func same(a, b claims.Value, tol claims.Tolerance) bool {
	if a.Equal(b) {
		return true
	}
	if a.Kind != b.Kind || a.Unit != b.Unit || a.Kind == claims.Score {
		return false
	}
	if a.Kind == claims.Date {
		x, y := a.Date, b.Date
		shared := x.Year != 0 && y.Year != 0 || x.Month != 0 && y.Month != 0 || x.Day != 0 && y.Day != 0 ||
			x.Weekday != 0 && (y.Weekday != 0 || y.CalendarWeekday() != 0) || y.Weekday != 0 && x.CalendarWeekday() != 0
		return shared && a.Overlaps(b)
	}
	loose := func(bd claims.Bound) bool { return bd == claims.Exact || bd == claims.About }
	if !loose(a.Bound) || !loose(b.Bound) {
		return false
	}
	if a.Kind == claims.Measure && (a.Scale != b.Scale || a.Noun != b.Noun) {
		alo, ahi := a.IntervalWithin(tol)
		blo, bhi := b.IntervalWithin(tol)
		return alo <= b.Num && b.Num <= ahi && blo <= a.Num && a.Num <= bhi
	}
	return a.Num == b.Num
}

// zoneShift reports whether a difference of minutes between two times of
// day could be a difference of time zones: whole hours or half hours.
func zoneShift(minutes float64) bool {
	m := math.Mod(math.Abs(minutes), 30)
	return minutes != 0 && (m < 1e-9 || m > 30-1e-9)
}

// baseCurrency drops a rate's denominator: "USD/share" → "USD".
func baseCurrency(unit string) string {
	c, _, _ := strings.Cut(unit, "/")
	return c
}
