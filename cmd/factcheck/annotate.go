package main

import (
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/compare"
)

// severity ranks an annotation, the report a machine-readable format
// (line, github, sarif) gives on one claim of a flagged finding.
type severity uint8

// The severities, from least to most serious.
const (
	sevNote    severity = iota + 1 // a compatible finding, flagged by --fail-on compatible
	sevWarning                     // a variant
	sevError                       // a conflict
)

// severityNames are the severities as the line format and SARIF write them.
var severityNames = [...]string{sevNote: "note", sevWarning: "warning", sevError: "error"}

// String returns the severity's name as the line format and SARIF write
// it: "note", "warning" or "error".
func (s severity) String() string {
	if int(s) < len(severityNames) && severityNames[s] != "" {
		return severityNames[s]
	}
	return fmt.Sprintf("severity(%d)", s)
}

// severityOf returns the severity of a flagged finding's status.
func severityOf(st compare.Status) severity {
	switch {
	case st >= compare.Conflict:
		return sevError
	case st == compare.Variant:
		return sevWarning
	}
	return sevNote
}

// flagFloor returns the least serious status the annotating formats flag
// under --fail-on failOn: conflicts and variants always, and compatible
// findings too when failOn is "compatible", so that every finding that
// makes the exit status 1 is annotated.
func flagFloor(failOn string) compare.Status {
	if failOn == "compatible" {
		return compare.Compatible
	}
	return compare.Variant
}

// annotation is what a machine-readable format says about one claim of a
// flagged finding.
type annotation struct {
	finding *compare.Finding
	claim   int // index into finding.Claims
	sev     severity
	msg     string
}

// annotations returns an annotation for every claim of each finding at
// least as serious as floor: findings in report order, most serious
// first, and each finding's claims in the order of the sources.
func annotations(rep compare.Report, floor compare.Status) []annotation {
	var out []annotation
	for i := range rep.Findings {
		f := &rep.Findings[i]
		if f.Status < floor {
			continue
		}
		for k := range f.Claims {
			out = append(out, annotation{finding: f, claim: k, sev: severityOf(f.Status), msg: annotationMessage(*f, k, rep.Sources)})
		}
	}
	return out
}

// annotationMessage says on one line what finding f is and what the
// other sources say, as seen from its claim i: the status, the fact, the
// claim's value "here", each other source's values "in" it, and the
// finding's remark, such as
//
//	conflict: deploy/date: 2017 here; 2016 in b.txt — c.txt disagrees with a.txt, b.txt
//
// Line breaks and other control characters in values, paths and notes
// become spaces.
func annotationMessage(f compare.Finding, i int, sources []compare.Source) string {
	c := f.Claims[i]
	said := []string{plainCell(c.Value.String()) + " here"}
	cells := valueCells(f, sources, plainCell)
	for k, s := range sources {
		if s.Path != c.Source && cells[k] != absent {
			said = append(said, cells[k]+" in "+plainCell(s.Path))
		}
	}
	msg := f.Status.String() + ": " + plainCell(f.Key) + ": " + strings.Join(said, "; ")
	if r := remark(f, plainCell); r != "" {
		msg += " — " + r
	}
	return msg
}
