package main

import (
	"io"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/compare"
)

// ghCommands names the GitHub Actions workflow command of each severity.
var ghCommands = [...]string{sevNote: "notice", sevWarning: "warning", sevError: "error"}

// ghDataEscaper escapes a workflow command's message as the Actions
// toolkit's escapeData does (packages/core/src/command.ts), so that the
// runner reads it back whole: "%", carriage return and line feed.
var ghDataEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")

// ghPropertyEscaper escapes a workflow command's property value as the
// toolkit's escapeProperty does: as data, and also ":" and ",", which end
// a property.
var ghPropertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")

// writeGitHub writes a GitHub Actions workflow command for every claim of
// each finding at least as serious as floor (see [flagFloor]), which the
// runner turns into an annotation on the claim's file and line:
//
//	::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=factcheck%3A KEY::MESSAGE
//
// The command is error for a conflict, warning for a variant and notice for
// a compatible finding; the message is [annotationMessage]. Columns count
// UTF-16 code units (see [region]), the end column being the first one
// after the evidence; as GitHub requires, columns are left out when the
// evidence spans lines. A claim read from standard input has no file.
// Findings come most serious first, and each finding's claims in the order
// of the sources.
func writeGitHub(w io.Writer, rep compare.Report, texts sourceTexts, floor compare.Status) error {
	var b strings.Builder
	for _, a := range annotations(rep, floor) {
		c := a.finding.Claims[a.claim]
		props := ghLocation(c, texts)
		props = append(props, "title", "factcheck: "+a.finding.Key)
		b.WriteString(ghCommand(ghCommands[a.sev], props, a.msg))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// ghLocation returns the file and position properties of claim c, as
// name, value pairs: none for standard input.
func ghLocation(c claims.Claim, texts sourceTexts) []string {
	if c.Source == stdinPath {
		return nil
	}
	r := texts.locate(c)
	props := []string{"file", compare.PathKey(c.Source), "line", strconv.Itoa(r.line)}
	if r.endLine != r.line {
		return append(props, "endLine", strconv.Itoa(r.endLine))
	}
	return append(props, "col", strconv.Itoa(r.col), "endLine", strconv.Itoa(r.endLine), "endColumn", strconv.Itoa(r.endCol))
}

// ghCommand returns one workflow command line: "::name k=v,k=v::message",
// with props given as name, value pairs and every value and the message
// escaped.
func ghCommand(name string, props []string, msg string) string {
	var b strings.Builder
	b.WriteString("::" + name)
	for i := 0; i+1 < len(props); i += 2 {
		sep := ","
		if i == 0 {
			sep = " "
		}
		b.WriteString(sep + props[i] + "=" + ghPropertyEscaper.Replace(props[i+1]))
	}
	b.WriteString("::" + ghDataEscaper.Replace(msg) + "\n")
	return b.String()
}
