package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/compare"
)

// absent fills the cell of a source that does not state a fact.
const absent = "—"

// cellWidth is the widest a table cell grows before its text wraps.
const cellWidth = 40

// summaryOrder is the order in which statuses are counted in summaries.
var summaryOrder = []compare.Status{compare.Conflict, compare.Variant, compare.Compatible, compare.Agree, compare.Single}

// writeTable writes the report as a text table with one row per finding
// and one column per source, then a line for each finding with a remark
// (see [remark]), a summary line, the word-level differences of quotes and
// names worded differently (coloured with color) and, with evidence, the
// sentences behind each finding that more than one source states.
func writeTable(w io.Writer, rep compare.Report, evidence, color bool) error {
	header := []string{"status", "fact"}
	for _, s := range rep.Sources {
		header = append(header, plainCell(s.Path))
	}
	rows := make([][]string, len(rep.Findings))
	for i, f := range rep.Findings {
		rows[i] = append([]string{f.Status.String(), plainCell(f.Key)}, valueCells(f, rep.Sources, plainCell)...)
	}
	if err := renderTable(w, header, rows); err != nil {
		return err
	}
	if err := writeRemarks(w, rep.Findings); err != nil {
		return err
	}
	if _, err := fmt.Fprintln(w, summaryLine(rep.Summary, len(rep.Findings))); err != nil {
		return err
	}
	if err := writeDiffs(w, rep.Findings, color); err != nil {
		return err
	}
	if evidence {
		return writeEvidence(w, rep.Findings)
	}
	return nil
}

// newTextTable returns a table that renders the same bytes whatever the
// terminal or locale: East Asian ambiguous widths are counted as narrow.
func newTextTable(w io.Writer) *tablewriter.Table {
	return tablewriter.NewTable(w,
		tablewriter.WithEastAsian(tw.Off),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNormal),
		tablewriter.WithRowMaxWidth(cellWidth))
}

// renderTable writes a text table of rows under header.
func renderTable(w io.Writer, header []string, rows [][]string) error {
	t := newTextTable(w)
	t.Header(header)
	if err := t.Bulk(rows); err != nil {
		return err
	}
	return t.Render()
}

// valueCells returns one cell per source: the distinct values the source
// gives for the finding, joined by "; ", or [absent]. Equal values are
// shown once, in their longest wording ("12 people" rather than "12"). Each
// value is passed through esc.
func valueCells(f compare.Finding, sources []compare.Source, esc func(string) string) []string {
	cells := make([]string, len(sources))
	for i, s := range sources {
		var vals []string
		var seen []claims.Value
		for _, c := range f.Claims {
			if c.Source != s.Path {
				continue
			}
			v := c.Value.String()
			k := slices.IndexFunc(seen, c.Value.Equal)
			switch {
			case k < 0:
				seen = append(seen, c.Value)
				vals = append(vals, v)
			case len(v) > len(vals[k]):
				vals[k] = v
			}
		}
		cells[i] = absent
		if len(vals) > 0 {
			cells[i] = esc(strings.Join(vals, "; "))
		}
	}
	return cells
}

// writeRemarks writes, under the table, one line per finding with a
// remark: "conflict kill/count — c.txt disagrees with a.txt, b.txt".
func writeRemarks(w io.Writer, findings []compare.Finding) error {
	var b strings.Builder
	for _, f := range findings {
		if r := remark(f, plainCell); r != "" {
			fmt.Fprintf(&b, "%s %s — %s\n", f.Status, plainCell(f.Key), r)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// summaryLine counts findings by status, most serious first:
// "7 findings: 1 conflict, 0 variant, 2 compatible, 3 agree, 1 single".
func summaryLine(s compare.Summary, n int) string {
	parts := make([]string, len(summaryOrder))
	for i, st := range summaryOrder {
		parts[i] = fmt.Sprintf("%d %s", s.Count(st), st)
	}
	return plural(n, "finding") + ": " + strings.Join(parts, ", ")
}

// writeEvidence writes, for each finding stated by several sources, its
// status and key and then each claim's position and sentence.
func writeEvidence(w io.Writer, findings []compare.Finding) error {
	for _, f := range findings {
		if f.Status == compare.Single {
			continue
		}
		var b strings.Builder
		fmt.Fprintf(&b, "\n%s %s\n", f.Status, plainCell(f.Key))
		for _, c := range f.Claims {
			fmt.Fprintf(&b, "  %s: %s\n", position(c), plainCell(c.Sentence))
		}
		if _, err := io.WriteString(w, b.String()); err != nil {
			return err
		}
	}
	return nil
}

// position returns "path:line:col" for a claim.
func position(c claims.Claim) string {
	return fmt.Sprintf("%s:%d:%d", plainCell(c.Source), c.Line, c.Column)
}

// plainCell makes article text safe to print on a terminal, on one line:
// control characters (tabs, newlines, escape sequences) and the Unicode
// line and paragraph separators become spaces.
func plainCell(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
}
