package compare

import (
	"testing"

	"github.com/factcheck/factcheck/claims"
)

func TestReportWithout(t *testing.T) {
	rep := Align(sourcesOf(
		mkClaim("a.txt", "kill", "count", count(12, claims.Exact), "12 people"),
		mkClaim("b.txt", "kill", "count", count(15, claims.Exact), "15 people"),
		mkClaim("a.txt", "injure", "count", count(30, claims.Exact), "30 people"),
		mkClaim("b.txt", "injure", "count", count(30, claims.Exact), "30 people"),
		mkClaim("a.txt", "evacuate", "count", count(400, claims.Exact), "400 people"),
	), Options{})
	if rep.Summary != (Summary{Conflict: 1, Agree: 1, Single: 1}) {
		t.Fatalf("Align summary = %+v, want one conflict, one agree, one single", rep.Summary)
	}
	tests := []struct {
		name string
		drop func(Finding) bool
		want Summary
		keys []string
	}{
		{"nothing", func(Finding) bool { return false }, rep.Summary, []string{"kill/count", "injure/count", "evacuate/count"}},
		{"conflicts", func(f Finding) bool { return f.Status == Conflict }, Summary{Agree: 1, Single: 1}, []string{"injure/count", "evacuate/count"}},
		{"a topic", func(f Finding) bool { return f.Topic == "injure" }, Summary{Conflict: 1, Single: 1}, []string{"kill/count", "evacuate/count"}},
		{"everything", func(Finding) bool { return true }, Summary{}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := rep.Without(tc.drop)
			if got.Summary != tc.want {
				t.Errorf("Summary = %+v, want %+v", got.Summary, tc.want)
			}
			var keys []string
			for _, f := range got.Findings {
				keys = append(keys, f.Key)
			}
			if len(keys) != len(tc.keys) {
				t.Fatalf("keys = %v, want %v", keys, tc.keys)
			}
			for i := range keys {
				if keys[i] != tc.keys[i] {
					t.Errorf("keys = %v, want %v", keys, tc.keys)
				}
			}
			if len(got.Sources) != len(rep.Sources) {
				t.Errorf("%d sources, want %d", len(got.Sources), len(rep.Sources))
			}
		})
	}
	if len(rep.Findings) != 3 {
		t.Errorf("Without changed the report it was called on: %d findings", len(rep.Findings))
	}
}
