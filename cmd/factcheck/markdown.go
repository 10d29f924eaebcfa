package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/factcheck/factcheck/compare"
)

// mdEscaper makes text inert in GitHub Flavored Markdown, inside a table
// cell as well as in running text: punctuation that starts emphasis, code,
// links, strike-through or a cell boundary is backslash-escaped, and the
// characters of HTML tags and entities are written as entities.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`,
	"`", "\\`",
	"*", `\*`,
	"_", `\_`,
	"[", `\[`,
	"]", `\]`,
	"~", `\~`,
	"|", `\|`,
	"&", "&amp;",
	"<", "&lt;",
	">", "&gt;",
)

// mdText escapes article text for Markdown; line breaks and other control
// characters become spaces, since a cell or a list item is one line.
func mdText(s string) string { return mdEscaper.Replace(plainCell(s)) }

// writeMarkdown writes the report as a GitHub Flavored Markdown document:
// a title, a summary, the findings table, a section on the conflicts and
// one on the notes of the other findings.
func writeMarkdown(w io.Writer, rep compare.Report) error {
	var b strings.Builder
	b.WriteString("# factcheck report\n\n")
	b.WriteString(mdSummary(rep.Summary, len(rep.Sources)))
	b.WriteString("\n\n")
	if err := mdTable(&b, rep); err != nil {
		return err
	}
	mdIssues(&b, rep.Findings, compare.Conflict, "Conflicts")
	mdIssues(&b, rep.Findings, compare.Variant, "Variants")
	mdNotes(&b, rep.Findings)
	_, err := io.WriteString(w, b.String())
	return err
}

// mdSummary returns a sentence such as "**2 conflicts**, 0 variants,
// 3 compatible, 5 agree, 7 single across 3 sources." Conflicts are bold
// when there are some.
func mdSummary(s compare.Summary, sources int) string {
	conflicts := plural(s.Conflict, "conflict")
	if s.Conflict > 0 {
		conflicts = "**" + conflicts + "**"
	}
	return fmt.Sprintf("%s, %s, %d compatible, %d agree, %d single across %s.",
		conflicts, plural(s.Variant, "variant"), s.Compatible, s.Agree, s.Single, plural(sources, "source"))
}

// mdTable writes the findings table: status, fact, one column per source.
func mdTable(w io.Writer, rep compare.Report) error {
	t := tablewriter.NewTable(w,
		tablewriter.WithRenderer(renderer.NewMarkdown()),
		tablewriter.WithEastAsian(tw.Off),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithRowAutoWrap(tw.WrapNone))
	header := []string{"status", "fact"}
	for _, s := range rep.Sources {
		header = append(header, mdText(s.Path))
	}
	t.Header(header)
	for _, f := range rep.Findings {
		row := append([]string{f.Status.String(), mdText(f.Key)}, valueCells(f, rep.Sources, mdText)...)
		if err := t.Append(row); err != nil {
			return err
		}
	}
	return t.Render()
}

// mdIssues writes a section titled title with one subsection per finding
// of status st: which sources depart from the majority, its note, then each
// source's sentence quoted and, for a quote or a name worded differently,
// how each source's wording differs from the first's.
func mdIssues(b *strings.Builder, findings []compare.Finding, st compare.Status, title string) {
	first := true
	for _, f := range findings {
		if f.Status != st {
			continue
		}
		if first {
			b.WriteString("\n## " + title + "\n")
			first = false
		}
		fmt.Fprintf(b, "\n### %s\n\n", mdText(f.Key))
		if r := remark(f, mdText); r != "" {
			fmt.Fprintf(b, "%s.\n\n", r)
		}
		for i, c := range f.Claims {
			fmt.Fprintf(b, "- **%s:%d** (%s): “%s”\n", mdText(c.Source), c.Line, mdText(c.Value.String()), mdText(c.Sentence))
			if i < len(f.Diffs) && f.Diffs[i] != nil {
				fmt.Fprintf(b, "  - wording against %s: %s\n", mdText(f.Claims[0].Source), mdDiff(f.Diffs[i]))
			}
		}
	}
}

// mdNotes writes a "Notes" section listing the findings other than
// conflicts that carry a note, such as a figure updated by a later source.
func mdNotes(b *strings.Builder, findings []compare.Finding) {
	first := true
	for _, f := range findings {
		if f.Status == compare.Conflict || f.Status == compare.Variant || f.Note == "" {
			continue
		}
		if first {
			b.WriteString("\n## Notes\n\n")
			first = false
		}
		fmt.Fprintf(b, "- **%s** (%s): %s.\n", mdText(f.Key), f.Status, mdText(f.Note))
	}
}
