package compare

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
)

// alignTexts extracts the claims of short articles, each published on pub,
// and aligns them. Articles are named a.txt, b.txt... in order.
func alignTexts(t *testing.T, pub claims.CalendarDate, texts ...string) Report {
	t.Helper()
	x := claims.NewExtractor(claims.MustDefaultLexicon())
	var srcs []Source
	for i, text := range texts {
		path := fmt.Sprintf("%c.txt", 'a'+i)
		srcs = append(srcs, Source{Path: path, Claims: x.Extract(claims.Document{Path: path, Text: []byte(text), Published: pub})})
	}
	return Align(srcs, Options{})
}

// findingOf returns a one-line account of the finding holding the claim
// whose text starts with figure in source path: its status, each claim as
// "path:text" and the note in brackets, or "none".
func findingOf(rep Report, path, figure string) string {
	for _, f := range rep.Findings {
		if !slices.ContainsFunc(f.Claims, func(c claims.Claim) bool { return c.Source == path && strings.HasPrefix(c.Text, figure) }) {
			continue
		}
		parts := []string{f.Status.String()}
		for _, c := range f.Claims {
			parts = append(parts, c.Source+":"+c.Text)
		}
		if f.Note != "" {
			parts = append(parts, "("+f.Note+")")
		}
		return strings.Join(parts, " ")
	}
	return "none"
}

// TestAlignQualifiers checks, on short articles, that figures whose
// sentences tell them apart are not put side by side, and that figures of
// one fact still are.
func TestAlignQualifiers(t *testing.T) {
	pub := claims.CalendarDate{Year: 2026, Month: 3, Day: 4}
	tests := []struct {
		name   string
		texts  []string
		path   string // the figure to look up, in this article
		figure string
		want   string
	}{
		{
			name: "a background event is another fact",
			texts: []string{
				"The landslide killed 23 people in the village of Orvo.",
				"A landslide in the same gorge in 2011 killed 19 people. The new slide killed 23 people.",
			},
			path: "a.txt", figure: "23 people",
			want: "agree a.txt:23 people b.txt:23 people",
		},
		{
			name: "a background figure stays alone",
			texts: []string{
				"The landslide killed 23 people in the village of Orvo.",
				"The slide struck near Orvo. In 2011 a landslide in the same gorge killed 19 people.",
			},
			path: "b.txt", figure: "19 people",
			want: "single b.txt:19 people",
		},
		{
			name: "background figures of one event agree",
			texts: []string{
				"The landslide killed 23 people. A slide in 2011 killed 19 people.",
				"At least 20 died. In 2011 a landslide in the same gorge killed 19 people.",
			},
			path: "a.txt", figure: "19 people",
			want: "agree a.txt:19 people b.txt:19 people",
		},
		{
			name: "a date of the background event is not the event's date",
			texts: []string{
				"The landslide struck the village on Monday.",
				"A landslide struck the village in 2011.",
			},
			path: "a.txt", figure: "Monday",
			want: "single a.txt:Monday",
		},
		{
			name: "earlier dates of one thing are still compared",
			texts: []string{
				"The barrier was built in 2016 after a slide.",
				"The barrier was built in 2017 after a slide.",
			},
			path: "a.txt", figure: "2016",
			want: "conflict a.txt:2016 b.txt:2017",
		},
		{
			name: "estimates of different sources",
			texts: []string{
				"The Transport Ministry estimated 38% of drivers stopped work.",
				"The drivers' union claimed 71% of drivers stopped work.",
				"Some 38 per cent of drivers stopped work, the ministry estimated.",
			},
			path: "b.txt", figure: "71%",
			want: "compatible a.txt:estimated 38% of drivers b.txt:71% of drivers c.txt:Some 38 per cent of drivers (the figures come from different sources: ministry, union)",
		},
		{
			name: "estimates of one source still conflict",
			texts: []string{
				"The Transport Ministry estimated 38% of drivers stopped work.",
				"The ministry estimated 71% of drivers stopped work.",
			},
			path: "b.txt", figure: "estimated 71%",
			want: "conflict a.txt:estimated 38% of drivers b.txt:estimated 71% of drivers",
		},
		{
			name: "figures said by different people still conflict",
			texts: []string{
				"Transport officials said 38% of drivers stopped work.",
				"Engineers at the depot said 71% of drivers stopped work.",
			},
			path: "b.txt", figure: "71%",
			want: "conflict a.txt:38% of drivers b.txt:71% of drivers",
		},
		{
			name: "premiums to different prices",
			texts: []string{
				"The bid is a 22% premium to Tarvo's closing price on Monday.",
				"The bid is a 35% premium to Tarvo's 90-day average share price.",
				"The offer values Tarvo at a premium of 22 per cent to its closing price on Monday.",
			},
			path: "b.txt", figure: "35%",
			want: "single b.txt:35% premium",
		},
		{
			name: "premiums to one price agree",
			texts: []string{
				"The bid is a 22% premium to Tarvo's closing price on Monday.",
				"The bid is a 35% premium to Tarvo's 90-day average share price.",
				"The offer values Tarvo at a premium of 22 per cent to its closing price on Monday.",
			},
			path: "a.txt", figure: "22%",
			want: "agree a.txt:22% premium c.txt:22 per cent",
		},
		{
			name: "two days of one story are two facts",
			texts: []string{
				"Strong winds drove the fire toward the town overnight on Monday.",
				"Crews said the fire was still burning near Harlow on Tuesday.",
			},
			path: "a.txt", figure: "Monday",
			want: "single a.txt:Monday",
		},
		{
			name: "one day told alike is compared",
			texts: []string{
				"Strong winds drove the fire toward the town overnight on Monday.",
				"Strong winds drove the fire toward the town on Tuesday night.",
			},
			path: "a.txt", figure: "Monday",
			want: "conflict a.txt:Monday b.txt:Tuesday",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := alignTexts(t, pub, tc.texts...)
			if got := findingOf(rep, tc.path, tc.figure); got != tc.want {
				t.Errorf("finding of %s %q:\n got %s\nwant %s\nall:\n%s", tc.path, tc.figure, got, tc.want, dump(rep.Findings))
			}
		})
	}
}

// TestAlignCandidatesAndOutliers checks, on short articles, that a source
// giving two figures for one key has each compared with the figure of the
// others that speaks of the same thing, and that with three sources the
// one that departs is named.
func TestAlignCandidatesAndOutliers(t *testing.T) {
	pub := claims.CalendarDate{Year: 2026, Month: 3, Day: 4}
	t.Run("two figures in one source", func(t *testing.T) {
		rep := alignTexts(t, pub,
			"The two governments signed 12 agreements on trade. Companies from both countries signed nine further agreements on shipping.",
			"Ministers signed 12 agreements on trade, officials said.",
			"Companies signed nine agreements on shipping and ports.",
		)
		if rep.Summary.Conflict != 0 {
			t.Errorf("conflicts:\n%s", dump(rep.Findings))
		}
		for _, fig := range []string{"12 agreements", "nine further agreements"} {
			if got := findingOf(rep, "a.txt", fig); !strings.HasPrefix(got, "agree ") {
				t.Errorf("finding of a.txt %q: %s\nall:\n%s", fig, got, dump(rep.Findings))
			}
		}
	})
	t.Run("the source that departs is named", func(t *testing.T) {
		rep := alignTexts(t, pub,
			"The landslide killed 23 people in Orvo.",
			"The landslide killed 31 people in Orvo.",
			"The landslide in Orvo killed 23 people.",
		)
		for _, f := range rep.Findings {
			if f.Status != Conflict {
				continue
			}
			if !slices.Equal(f.Outliers, []string{"b.txt"}) || !slices.Equal(f.Majority, []string{"a.txt", "c.txt"}) {
				t.Errorf("%s: majority %v, outliers %v; want [a.txt c.txt], [b.txt]", f.Key, f.Majority, f.Outliers)
			}
			return
		}
		t.Errorf("no conflict:\n%s", dump(rep.Findings))
	})
}
