package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/factcheck/factcheck/compare"
)

// writeLines writes one line per claim of each finding at least as
// serious as floor (see [flagFloor]), in the form compilers and linters
// use, which editors and grep read as a list of places:
//
//	path:line:column: severity: message
//
// where the column counts bytes, severity is error for a conflict,
// warning for a variant and note for a compatible finding, and the
// message is [annotationMessage]. Findings come most serious first, and
// each finding's claims in the order of the sources. A report with no
// flagged finding writes nothing.
func writeLines(w io.Writer, rep compare.Report, floor compare.Status) error {
	var b strings.Builder
	for _, a := range annotations(rep, floor) {
		fmt.Fprintf(&b, "%s: %s: %s\n", position(a.finding.Claims[a.claim]), a.sev, a.msg)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
