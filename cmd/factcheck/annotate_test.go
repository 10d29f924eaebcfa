package main

import (
	"bytes"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/compare"
)

func TestFlagFloor(t *testing.T) {
	tests := []struct {
		failOn string
		want   compare.Status
	}{
		{"conflict", compare.Variant},
		{"variant", compare.Variant},
		{"compatible", compare.Compatible},
		{"never", compare.Variant},
	}
	for _, tc := range tests {
		t.Run(tc.failOn, func(t *testing.T) {
			if got := flagFloor(tc.failOn); got != tc.want {
				t.Errorf("flagFloor(%q) = %v, want %v", tc.failOn, got, tc.want)
			}
		})
	}
}

func TestSeverityOf(t *testing.T) {
	tests := []struct {
		status compare.Status
		want   string
	}{
		{compare.Conflict, "error"},
		{compare.Variant, "warning"},
		{compare.Compatible, "note"},
	}
	for _, tc := range tests {
		t.Run(tc.status.String(), func(t *testing.T) {
			if got := severityOf(tc.status).String(); got != tc.want {
				t.Errorf("severityOf(%v) = %q, want %q", tc.status, got, tc.want)
			}
		})
	}
}

// quoteClaim returns a quote claim of src with the given words.
func quoteClaim(src, words string) claims.Claim {
	return claims.Claim{Source: src, Topic: "Ann Lee", Attribute: "quote", Text: words,
		Value: claims.Value{Kind: claims.Quote, Text: words}, Line: 2, Column: 5}
}

func TestAnnotationMessage(t *testing.T) {
	outliers := outlierReport().Findings[0]
	lines := compare.Finding{Key: "Ann Lee/quote", Status: compare.Variant, Note: "worded\ndifferently",
		Claims: []claims.Claim{quoteClaim("a.txt", "we will\nrebuild"), quoteClaim("b\r\n.txt", "we shall\u2028rebuild")}}
	tests := []struct {
		name  string
		f     compare.Finding
		claim int
		srcs  []string
		want  string
	}{
		{"majority's view", outliers, 0, []string{"a|1.txt", "b.txt", "c.txt"},
			"conflict: storm/count: 12 people here; 12 people in b.txt; 19 people in c.txt — c.txt disagrees with a|1.txt, b.txt"},
		{"outlier's view", outliers, 2, []string{"a|1.txt", "b.txt", "c.txt"},
			"conflict: storm/count: 19 people here; 12 people in a|1.txt; 12 people in b.txt — c.txt disagrees with a|1.txt, b.txt"},
		{"silent source left out", outliers, 1, []string{"a|1.txt", "b.txt", "d.txt", "c.txt"},
			"conflict: storm/count: 12 people here; 12 people in a|1.txt; 19 people in c.txt — c.txt disagrees with a|1.txt, b.txt"},
		{"line breaks folded", lines, 0, []string{"a.txt", "b\r\n.txt"},
			"variant: Ann Lee/quote: “we will rebuild” here; “we shall rebuild” in b  .txt — worded differently"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srcs := make([]compare.Source, len(tc.srcs))
			for i, p := range tc.srcs {
				srcs[i] = compare.Source{Path: p}
			}
			if got := annotationMessage(tc.f, tc.claim, srcs); got != tc.want {
				t.Errorf("annotationMessage(%s, claim %d) =\n%q\nwant\n%q", tc.f.Key, tc.claim, got, tc.want)
			}
		})
	}
}

// TestWriteLines checks the line format: which findings are flagged
// under each floor, in which order, and with which severity.
func TestWriteLines(t *testing.T) {
	tests := []struct {
		name  string
		floor compare.Status
		want  string
	}{
		{"conflicts and variants", compare.Variant, "" +
			"a|1.txt:3:18: error: conflict: storm/count: 12 people here; 12 people in b.txt; 19 people in c.txt — c.txt disagrees with a|1.txt, b.txt\n" +
			"b.txt:3:18: error: conflict: storm/count: 12 people here; 12 people in a|1.txt; 19 people in c.txt — c.txt disagrees with a|1.txt, b.txt\n" +
			"c.txt:3:18: error: conflict: storm/count: 19 people here; 12 people in a|1.txt; 12 people in b.txt — c.txt disagrees with a|1.txt, b.txt\n"},
		{"compatible too", compare.Compatible, "" + // the amounts are made without a position

			"a|1.txt:3:18: error: conflict: storm/count: 12 people here; 12 people in b.txt; 19 people in c.txt — c.txt disagrees with a|1.txt, b.txt\n" +
			"b.txt:3:18: error: conflict: storm/count: 12 people here; 12 people in a|1.txt; 19 people in c.txt — c.txt disagrees with a|1.txt, b.txt\n" +
			"c.txt:3:18: error: conflict: storm/count: 19 people here; 12 people in a|1.txt; 12 people in b.txt — c.txt disagrees with a|1.txt, b.txt\n" +
			"a|1.txt:0:0: note: compatible: aid/amount: USD 5 million here; EUR 5 million in c.txt — amounts in different currencies are not compared\n" +
			"c.txt:0:0: note: compatible: aid/amount: EUR 5 million here; USD 5 million in a|1.txt — amounts in different currencies are not compared\n"},
		{"nothing flagged", compare.Conflict + 1, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := writeLines(&b, outlierReport(), tc.floor); err != nil {
				t.Fatal(err)
			}
			if d := lineDiff(tc.want, b.String()); d != "" {
				t.Errorf("writeLines(floor %v) differs (-want +got):\n%s", tc.floor, d)
			}
		})
	}
}
