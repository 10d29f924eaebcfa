package claims

import (
	"strings"
	"testing"
)

// TestEstimatorAndReference checks who gives a figure as their own
// estimate and what a percentage is measured against.
func TestEstimatorAndReference(t *testing.T) {
	x := NewExtractor(MustDefaultLexicon())
	tests := []struct {
		name, text, figure   string
		estimator, reference string
	}{
		{"subject of claimed", "Organisers claimed 120,000 marchers.", "120,000", "organizer", ""},
		{"subject of put", "Police put the crowd at about 40,000.", "about 40,000", "police", ""},
		{"subject of estimated", "The Transport Ministry estimated 38% of drivers stopped work.", "estimated 38%", "ministry", ""},
		{"claimed after the figure", "Some 38% of drivers stopped work, the drivers' union claimed.", "Some 38%", "union", ""},
		{"claimed before its subject", "Some 38% of drivers stopped work, claimed the drivers' union.", "Some 38%", "union", ""},
		{"agent after a participle", "Some 38% of drivers stopped work, claimed figures released by the drivers' union.", "Some 38%", "union", ""},
		{"said reports a fact", "The Transport Ministry said 38% of drivers stopped work.", "38%", "", ""},
		{"said after the figure", "Some 38% of drivers stopped work, the ministry said.", "Some 38%", "", ""},
		{"a pronoun is no one", "He claimed 38% of drivers stopped work.", "38%", "", ""},
		{"nobody named", "Some 38% of drivers stopped work.", "Some 38%", "", ""},
		{"other clause", "Police claimed the march was calm, and 38% of drivers stopped work.", "38%", "", ""},
		{"premium to a price", "The bid is a 22% premium to Tarvo's closing price on Monday.", "22%", "", "closing monday price tarvo"},
		{"premium of", "It is a premium of 22 per cent to the 90-day average price.", "22 per cent", "", "90 average day price"},
		{"a figure after to", "Sales fell 5% to 20 million units.", "5%", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			found := false
			for _, c := range x.Extract(Document{Path: "a.txt", Text: []byte(tc.text)}) {
				if !strings.HasPrefix(c.Text, tc.figure) {
					continue
				}
				found = true
				if c.Estimator != tc.estimator || c.Reference != tc.reference {
					t.Errorf("Extract(%q): %q has estimator %q, reference %q; want %q, %q", tc.text, c.Text, c.Estimator, c.Reference, tc.estimator, tc.reference)
				}
			}
			if !found {
				t.Errorf("Extract(%q): no claim %q", tc.text, tc.figure)
			}
		})
	}
}
