package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims"
)

// dateFlag collects --date PATH=YYYY-MM-DD, the publication date of a
// source, rejecting a malformed one while the flags are parsed.
type dateFlag struct {
	dates map[string]claims.CalendarDate
}

func (f dateFlag) String() string {
	var parts []string
	for p, d := range f.dates {
		parts = append(parts, fmt.Sprintf("%s=%04d-%02d-%02d", p, d.Year, d.Month, d.Day))
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

func (f dateFlag) Type() string { return "PATH=YYYY-MM-DD" }

func (f dateFlag) Set(s string) error {
	i := strings.LastIndexByte(s, '=')
	if i <= 0 {
		return fmt.Errorf("want PATH=YYYY-MM-DD, got %q", s)
	}
	t, err := time.Parse("2006-01-02", s[i+1:])
	if err != nil {
		return fmt.Errorf("date of %s: want YYYY-MM-DD, got %q", s[:i], s[i+1:])
	}
	f.dates[s[:i]] = claims.CalendarDate{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
	return nil
}

// unmatchedDates returns the paths given to --date that name no source.
func unmatchedDates(dates map[string]claims.CalendarDate, srcs []source) []string {
	var out []string
	for p := range dates {
		found := false
		for _, s := range srcs {
			found = found || s.path == p
		}
		if !found {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// publication sets each document's publication date: the one given with
// --date, else the one the text states. A dateline without a year
// ("PARIS, Nov 18") takes the year of another source's date, the sources
// being reports of one event; without one it stays unresolved.
func publication(x *claims.Extractor, docs []claims.Document, given map[string]claims.CalendarDate) {
	found := make([]claims.CalendarDate, len(docs))
	for i, doc := range docs {
		if d, ok := given[doc.Path]; ok {
			found[i] = d
			continue
		}
		if p, ok := x.Published(doc); ok {
			found[i] = p.Date
		}
	}
	for i, d := range found {
		if d.Year == 0 && d.Month != 0 && d.Day != 0 {
			found[i].Year = borrowedYear(d, found)
		}
		if found[i].Year != 0 && found[i].Month != 0 && found[i].Day != 0 {
			docs[i].Published = claims.CalendarDate{Year: found[i].Year, Month: found[i].Month, Day: found[i].Day}
		}
	}
}

// borrowedYear returns the year of the dated source nearest in the year
// to d's month and day, or 0.
func borrowedYear(d claims.CalendarDate, all []claims.CalendarDate) int {
	best, gap := 0, 400
	for _, o := range all {
		if o.Year == 0 || o.Month == 0 {
			continue
		}
		g := (o.Month-d.Month)*31 + (o.Day - d.Day)
		if g < 0 {
			g = -g
		}
		if g < gap {
			best, gap = o.Year, g
		}
	}
	return best
}
