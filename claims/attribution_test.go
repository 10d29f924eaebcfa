package claims

import (
	"strings"
	"testing"
)

// TestEstimatorAndReference checks who a figure is credited to and what a
// percentage is measured against.
func TestEstimatorAndReference(t *testing.T) {
	x := NewExtractor(MustDefaultLexicon())
	tests := []struct {
		name, text, figure   string
		estimator, reference string
	}{
		{"subject of said", "The Transport Ministry said 38% of drivers stopped work.", "38%", "ministry", ""},
		{"subject of put", "Police put the crowd at about 40,000.", "about 40,000", "police", ""},
		{"plural subject", "Organisers claimed 120,000 marchers.", "120,000", "organiser", ""},
		{"said after the figure", "Some 38% of drivers stopped work, the ministry said.", "Some 38%", "ministry", ""},
		{"said before its subject", "Some 38% of drivers stopped work, said the drivers' union.", "Some 38%", "union", ""},
		{"according to", "Some 38% of drivers stopped work, according to the transport ministry.", "Some 38%", "ministry", ""},
		{"according to figures by", "Turnout was 61%, according to figures released by the electoral commission.", "61%", "commission", ""},
		{"a pronoun is no one", "He said 38% of drivers stopped work.", "38%", "", ""},
		{"nobody named", "Some 38% of drivers stopped work.", "Some 38%", "", ""},
		{"other clause", "Police said the march was calm, and 38% of drivers stopped work.", "38%", "", ""},
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
