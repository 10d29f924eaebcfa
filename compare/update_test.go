package compare

import (
	"testing"

	"github.com/factcheck/factcheck/claims"
)

// tally is one source's figure for a running tally: its path, day of
// publication (0: unknown) in November 2025, value and running mark.
type tally struct {
	path    string
	day     int
	value   claims.Value
	running bool
}

// updateTests align the death toll of sources published on different
// days.
var updateTests = []struct {
	name    string
	tallies []tally
	want    Status
	note    string
}{
	{"later larger, later marked", []tally{{"a.txt", 11, count(32, claims.Exact), false}, {"b.txt", 12, count(45, claims.Exact), true}},
		Compatible, "the figure was updated: b.txt (published later) gives the larger figure"},
	{"later larger, listed first", []tally{{"b.txt", 12, count(45, claims.Exact), true}, {"a.txt", 11, count(32, claims.Exact), false}},
		Compatible, "the figure was updated: b.txt (published later) gives the larger figure"},
	{"later larger, earlier marked", []tally{{"a.txt", 11, count(32, claims.Exact), true}, {"b.txt", 12, count(45, claims.Exact), false}},
		Compatible, "the figure was updated: b.txt (published later) gives the larger figure"},
	{"later at least, marked", []tally{{"a.txt", 11, count(32, claims.Exact), false}, {"b.txt", 12, count(45, claims.AtLeast), true}},
		Compatible, "the figure was updated: b.txt (published later) gives the larger figure"},
	{"later smaller", []tally{{"a.txt", 11, count(45, claims.Exact), false}, {"b.txt", 12, count(32, claims.Exact), true}}, Conflict, ""},
	{"same day", []tally{{"a.txt", 12, count(32, claims.Exact), false}, {"b.txt", 12, count(45, claims.Exact), true}}, Conflict, ""},
	{"one day unknown", []tally{{"a.txt", 0, count(32, claims.Exact), false}, {"b.txt", 12, count(45, claims.Exact), true}}, Conflict, ""},
	{"no cue", []tally{{"a.txt", 11, count(32, claims.Exact), false}, {"b.txt", 12, count(45, claims.Exact), false}}, Conflict, ""},
	{"later about, within reach", []tally{{"a.txt", 11, count(41, claims.Exact), false}, {"b.txt", 12, count(45, claims.About), true}},
		Compatible, ""},
	{"three days, two updates", []tally{
		{"c.txt", 13, count(60, claims.Exact), true}, {"a.txt", 11, count(32, claims.Exact), false}, {"b.txt", 12, count(45, claims.Exact), true},
	}, Compatible, "the figure was updated: b.txt, c.txt (published later) give larger figures"},
	{"three, one update and a conflict", []tally{
		{"a.txt", 11, count(32, claims.Exact), false}, {"b.txt", 12, count(45, claims.Exact), true}, {"c.txt", 12, count(60, claims.Exact), false},
	}, Conflict, ""},
}

func TestAlignUpdatedTally(t *testing.T) {
	for _, tc := range updateTests {
		t.Run(tc.name, func(t *testing.T) {
			var srcs []Source
			for _, ty := range tc.tallies {
				c := mkClaim(ty.path, "kill", "count", ty.value, ty.value.String(), "kill", "toll")
				c.Running = ty.running
				s := Source{Path: ty.path, Claims: []claims.Claim{c}}
				if ty.day != 0 {
					s.Published = claims.CalendarDate{Year: 2025, Month: 11, Day: ty.day}
				}
				srcs = append(srcs, s)
			}
			rep := Align(srcs, Options{})
			if len(rep.Findings) != 1 {
				t.Fatalf("Align gave %d findings, want 1:\n%s", len(rep.Findings), dump(rep.Findings))
			}
			if f := rep.Findings[0]; f.Status != tc.want || f.Note != tc.note {
				t.Errorf("Align(%v) = %v, note %q; want %v, %q", tc.tallies, f.Status, f.Note, tc.want, tc.note)
			}
		})
	}
}
