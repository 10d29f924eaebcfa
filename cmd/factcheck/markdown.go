package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

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

// mdBlock escapes article text that starts a line of its own, as in a
// block quote: besides what mdText escapes, a leading character that
// would open a heading, a list or a thematic break is escaped (mdText
// already writes ">" as an entity).
func mdBlock(s string) string {
	s = mdText(s)
	t := strings.TrimLeft(s, " ")
	lead := s[:len(s)-len(t)]
	if t == "" {
		return s
	}
	switch t[0] {
	case '#', '+', '-', '=':
		return lead + `\` + t
	}
	if i := strings.IndexFunc(t, func(r rune) bool { return r < '0' || r > '9' }); i > 0 && (t[i] == '.' || t[i] == ')') {
		return lead + t[:i] + `\` + t[i:]
	}
	return s
}

// capitalize upper-cases the first letter of s, which starts a sentence.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// writeMarkdown writes the report as a GitHub Flavored Markdown document an
// editor can paste into a ticket: a title, a one-line verdict, the sources,
// a summary table of the facts two or more sources state, then a section
// per conflict and per variant quoting each source's sentence, and the
// notes of the other findings. All article text is escaped.
func writeMarkdown(w io.Writer, rep compare.Report) error {
	var b strings.Builder
	b.WriteString("# factcheck report\n\n")
	b.WriteString(mdVerdict(rep.Summary, len(rep.Sources)))
	b.WriteString("\n\n## Sources\n\n")
	for i, s := range rep.Sources {
		fmt.Fprintf(&b, "%d. %s\n", i+1, mdText(s.Path))
	}
	if err := mdTable(&b, rep); err != nil {
		return err
	}
	mdIssues(&b, rep.Findings, compare.Conflict, "Conflicts")
	mdIssues(&b, rep.Findings, compare.Variant, "Variants")
	mdNotes(&b, rep.Findings)
	_, err := io.WriteString(w, b.String())
	return err
}

// mdVerdict returns the report's one-line verdict and its counts, such as
// "**Verdict: the sources conflict.** 2 conflicts, 0 variants, 3
// compatible, 5 agree, 7 single across 3 sources."
func mdVerdict(s compare.Summary, sources int) string {
	verdict := "the sources share no facts"
	switch {
	case s.Conflict > 0:
		verdict = "the sources conflict"
	case s.Variant > 0:
		verdict = "no conflicts, but some facts are worded differently"
	case s.Agree+s.Compatible > 0:
		verdict = "the sources agree"
	}
	return fmt.Sprintf("**Verdict: %s.** %s, %s, %d compatible, %d agree, %d single across %s.",
		verdict, plural(s.Conflict, "conflict"), plural(s.Variant, "variant"),
		s.Compatible, s.Agree, s.Single, plural(sources, "source"))
}

// mdTable writes the summary: a table of the findings two or more sources
// take part in, one column per source by its number in the source list,
// then a line counting the facts only one source states.
func mdTable(b *strings.Builder, rep compare.Report) error {
	shared := 0
	for _, f := range rep.Findings {
		if f.Status != compare.Single {
			shared++
		}
	}
	b.WriteString("\n## Summary\n\n")
	if shared > 0 {
		t := tablewriter.NewTable(b,
			tablewriter.WithRenderer(renderer.NewMarkdown()),
			tablewriter.WithEastAsian(tw.Off),
			tablewriter.WithHeaderAutoFormat(tw.Off),
			tablewriter.WithHeaderAutoWrap(tw.WrapNone),
			tablewriter.WithRowAutoWrap(tw.WrapNone))
		header := []string{"status", "fact"}
		for i := range rep.Sources {
			header = append(header, fmt.Sprint(i+1))
		}
		t.Header(header)
		for _, f := range rep.Findings {
			if f.Status == compare.Single {
				continue
			}
			row := append([]string{f.Status.String(), mdText(f.Key)}, valueCells(f, rep.Sources, mdText)...)
			if err := t.Append(row); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
		b.WriteString("\n")
	}
	switch single := rep.Summary.Single; {
	case shared == 0 && single == 0:
		b.WriteString("No facts were found.\n")
	case single == 1:
		b.WriteString("1 fact is stated by one source only; `--format json` lists it.\n")
	case single > 1:
		fmt.Fprintf(b, "%d facts are stated by one source only; `--format json` lists them.\n", single)
	}
	return nil
}

// mdIssues writes a section titled title with one subsection per finding
// of status st: which sources depart from the majority and its note, then
// each source's path:line and value with its sentence quoted and, for a
// quote or a name worded differently, how the wording differs from the
// first source's.
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
			if len(f.Outliers) == 0 { // a note, not a path, starts it
				r = capitalize(r)
			}
			fmt.Fprintf(b, "%s.\n\n", r)
		}
		for i, c := range f.Claims {
			fmt.Fprintf(b, "- **%s:%d** — %s\n  > %s\n", mdText(c.Source), c.Line, mdText(c.Value.String()), mdBlock(c.Sentence))
			if i < len(f.Diffs) && f.Diffs[i] != nil {
				fmt.Fprintf(b, "\n  Wording against %s: %s\n", mdText(f.Claims[0].Source), mdDiff(f.Diffs[i]))
			}
		}
	}
}

// mdNotes writes a "Notes" section listing the findings other than
// conflicts and variants that carry a note, such as a figure updated by a
// later source.
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
