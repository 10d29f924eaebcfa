package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/factcheck/factcheck/compare"
)

// ANSI colours of removed and added words on a terminal.
const (
	ansiRed   = "\x1b[31m"
	ansiGreen = "\x1b[32m"
	ansiReset = "\x1b[0m"
)

// useColor reports whether the report written to w may use colour: w is a
// terminal and the NO_COLOR environment variable is unset or empty (see
// https://no-color.org).
func useColor(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return colorAllowed(os.Getenv("NO_COLOR"), err == nil && st.Mode()&os.ModeCharDevice != 0)
}

// colorAllowed decides colour from the value of NO_COLOR and whether the
// output is a terminal.
func colorAllowed(noColor string, terminal bool) bool { return terminal && noColor == "" }

// textDiff renders a word-level difference for a terminal: removed words
// in "[-…-]" and added ones in "{+…+}", or in red and green with color.
func textDiff(d []compare.Edit, color bool) string {
	var b strings.Builder
	for i, e := range d {
		if i > 0 {
			b.WriteByte(' ')
		}
		text := plainCell(e.Text)
		switch {
		case e.Op == compare.Equal:
			b.WriteString(text)
		case color && e.Op == compare.Delete:
			b.WriteString(ansiRed + "[-" + text + "-]" + ansiReset)
		case color:
			b.WriteString(ansiGreen + "{+" + text + "+}" + ansiReset)
		case e.Op == compare.Delete:
			b.WriteString("[-" + text + "-]")
		default:
			b.WriteString("{+" + text + "+}")
		}
	}
	return b.String()
}

// mdDiff renders a word-level difference in Markdown: removed words struck
// through, added ones bold, every word escaped.
func mdDiff(d []compare.Edit) string {
	var b strings.Builder
	for i, e := range d {
		if i > 0 {
			b.WriteByte(' ')
		}
		text := mdText(e.Text)
		switch e.Op {
		case compare.Delete:
			b.WriteString("~~" + text + "~~")
		case compare.Insert:
			b.WriteString("**" + text + "**")
		default:
			b.WriteString(text)
		}
	}
	return b.String()
}

// writeDiffs writes, for each finding whose sources word a quote or a name
// differently, the word-level difference of each source from the first.
func writeDiffs(w io.Writer, findings []compare.Finding, color bool) error {
	var b strings.Builder
	for _, f := range findings {
		if f.Diffs == nil {
			continue
		}
		fmt.Fprintf(&b, "\n%s %s: how %s words it\n", f.Status, plainCell(f.Key), plainCell(f.Claims[0].Source))
		for i, d := range f.Diffs {
			if d != nil {
				fmt.Fprintf(&b, "  %s: %s\n", position(f.Claims[i]), textDiff(d, color))
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
