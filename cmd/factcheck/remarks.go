package main

import (
	"strings"

	"github.com/factcheck/factcheck/compare"
)

// dissent says which sources depart from the majority of a finding, such
// as "c.txt disagrees with a.txt, b.txt", or returns "" when the finding
// names no outliers. Paths are passed through esc.
func dissent(f compare.Finding, esc func(string) string) string {
	if len(f.Outliers) == 0 {
		return ""
	}
	verb := " disagrees with "
	if len(f.Outliers) > 1 {
		verb = " disagree with "
	}
	return esc(strings.Join(f.Outliers, ", ")) + verb + esc(strings.Join(f.Majority, ", "))
}

// remark is what a finding says beyond its values: who departs from the
// majority, then its note, each passed through esc; "" when it says nothing
// more.
func remark(f compare.Finding, esc func(string) string) string {
	var parts []string
	if d := dissent(f, esc); d != "" {
		parts = append(parts, d)
	}
	if f.Note != "" {
		parts = append(parts, esc(f.Note))
	}
	return strings.Join(parts, "; ")
}
