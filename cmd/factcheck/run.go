package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/compare"
)

// Exit codes.
const (
	exitOK       = 0 // no finding at or above --fail-on
	exitFindings = 1 // some finding at or above --fail-on
	exitError    = 2 // bad usage, unreadable input, or failure to write
)

// hint points from an error to the usage of the named command.
func hint(name string) string { return "Run '" + name + " --help' for usage." }

// Output formats.
var (
	compareFormats = []string{"table", "markdown", "json", "line", "github", "sarif"}
	extractFormats = []string{"table", "json"}
)

// failOnValues are the values of --fail-on, most serious first.
var failOnValues = []string{"conflict", "variant", "compatible", "never"}

const usageText = `Usage:
  factcheck [flags] PATH...
  factcheck extract [flags] PATH...

factcheck compares the claims (counts, dates, durations, amounts...) that
several news articles make about one event and reports where they agree,
differ compatibly, or conflict. PATH is a file, a directory (its *.txt, *.md
and *.html files) or - for standard input. At least two sources are needed.

The extract subcommand lists the claims found in each source.

Exit status is 0 when no finding is at or above --fail-on, 1 when some are,
and 2 when factcheck could not do its job: a wrong flag, a bad
configuration file or baseline, a source that could not be read, or a
report that could not be written.

Flags:
`

const extractUsageText = `Usage:
  factcheck extract [flags] PATH...

extract lists the claims found in each source: its position, topic,
attribute, normalised value and verbatim text. PATH is a file, a directory
(its *.txt, *.md and *.html files) or - for standard input.

Exit status is 0 on success and 2 when the sources could not be read, the
configuration file is bad or the flags are wrong.

Flags:
`

// tolerances returns the lexicon's tolerances with the overrides applied.
// An override of a dimension the lexicon does not know is an error.
func tolerances(lex *claims.Lexicon, overrides []setting) (claims.Tolerances, error) {
	tols := lex.Tolerances()
	known := slices.Sorted(maps.Keys(tols))
	for _, o := range overrides {
		dim, tol, err := claims.ParseTolerance(o.value, tols)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", o.where, err) // checked while parsing
		}
		if !slices.Contains(known, dim) {
			return nil, fmt.Errorf("%s: unknown dimension %q (known: %s)", o.where, dim, strings.Join(known, ", "))
		}
		tols[dim] = tol
	}
	return tols, nil
}

// run is the whole command: it parses args, reads the sources, writes the
// report to stdout and messages to stderr, and returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "extract" {
		return runExtract(args[1:], stdin, stdout, stderr)
	}
	fs, cfg := compareFlags()
	if code, ok := parseFlags(fs, args, usageText, stdout, stderr); !ok {
		return code
	}
	if err := cfg.finish(fs); err != nil {
		fmt.Fprintf(stderr, "factcheck: %v\n", err)
		return exitError
	}
	srcs, texts, lex, ok := load("factcheck", &cfg.input, stdin, stderr)
	if !ok {
		return exitError
	}
	tols, err := tolerances(lex, cfg.tolerances)
	if err != nil {
		fmt.Fprintf(stderr, "factcheck: %v\n", err)
		return exitError
	}
	all, rep, err := cfg.filter(compare.Align(srcs, compare.Options{Tolerances: tols}))
	if err != nil {
		fmt.Fprintf(stderr, "factcheck: %v\n", err)
		return exitError
	}
	return report(all, rep, texts, cfg, stdout, stderr)
}

// report writes rep to stdout and to every --output file, records the
// flagged findings of all in the baseline if asked, and returns the exit
// code.
func report(all, rep compare.Report, texts sourceTexts, cfg *compareConfig, stdout, stderr io.Writer) int {
	if err := render(stdout, rep, texts, cfg.format, cfg); err != nil {
		fmt.Fprintf(stderr, "factcheck: writing output: %v\n", err)
		return exitError
	}
	failed := false
	for _, o := range cfg.outputs {
		if err := writeOutput(o, rep, texts, cfg); err != nil {
			fmt.Fprintf(stderr, "factcheck: %v\n", err)
			failed = true
		}
	}
	if cfg.writeBaseline != "" {
		n, err := writeBaselineFile(cfg.writeBaseline, all, cfg.failOn)
		if err != nil {
			fmt.Fprintf(stderr, "factcheck: %v\n", err)
			return exitError
		}
		fmt.Fprintf(stderr, "factcheck: recorded %s in %s\n", plural(n, "finding"), cfg.writeBaseline)
	}
	if failed {
		return exitError
	}
	if cfg.writeBaseline != "" {
		return exitOK // the findings are now accepted
	}
	return exitCode(rep, cfg.failOn)
}

// load reads the sources named by paths and extracts their claims, for the
// command name: "factcheck" needs two sources, "factcheck extract" one. It
// prints warnings, and every error, to stderr; ok is false after an error.
// It returns the sources' texts as read and the lexicon the claims were
// extracted with.
func load(name string, opts *inputOptions, stdin io.Reader, stderr io.Writer) ([]compare.Source, sourceTexts, *claims.Lexicon, bool) {
	least := 2
	if name == extractName {
		least = 1
	}
	paths, dates := opts.paths, opts.dates
	in := readInputs(paths, stdin, opts.stdinName)
	for _, w := range in.warnings {
		fmt.Fprintf(stderr, "factcheck: warning: %s\n", w)
	}
	for _, err := range in.errs {
		fmt.Fprintf(stderr, "factcheck: %v\n", err)
	}
	if len(in.errs) > 0 {
		return nil, nil, nil, false
	}
	if len(in.sources) < least {
		fmt.Fprintf(stderr, "factcheck: %s\n", tooFew(in.sources, least))
		if len(paths) == 0 {
			fmt.Fprintln(stderr, hint(name))
		}
		return nil, nil, nil, false
	}
	lex, err := opts.file.lexicon()
	if err != nil {
		fmt.Fprintf(stderr, "factcheck: %v\n", err)
		return nil, nil, nil, false
	}
	if bad := unmatchedDates(dates, in.sources); len(bad) > 0 {
		for _, p := range bad {
			fmt.Fprintf(stderr, "factcheck: --date names %s, which is not among the sources\n", p)
		}
		return nil, nil, nil, false
	}
	x := claims.NewExtractor(lex)
	docs := make([]claims.Document, len(in.sources))
	for i, s := range in.sources {
		docs[i] = claims.Document{Path: s.path, Text: s.text, Format: claims.FormatOf(s.path)}
	}
	publication(x, docs, dates)
	srcs := make([]compare.Source, len(docs))
	texts := sourceTexts{}
	for i, doc := range docs {
		srcs[i] = compare.Source{Path: doc.Path, Published: doc.Published, Claims: x.Extract(doc)}
		texts[doc.Path] = doc.Text
	}
	return srcs, texts, lex, true
}

// tooFew describes a shortage of sources, naming those there are.
func tooFew(srcs []source, least int) string {
	msg := fmt.Sprintf("need at least two sources to compare, got %d", len(srcs))
	if least == 1 {
		msg = fmt.Sprintf("need at least one source, got %d", len(srcs))
	}
	if len(srcs) > 0 {
		names := make([]string, len(srcs))
		for i, s := range srcs {
			names[i] = s.path
		}
		msg += ": " + strings.Join(names, ", ")
	}
	return msg
}

// render writes the report in format; texts holds the sources' bytes, by
// which the github and sarif formats count columns.
func render(w io.Writer, rep compare.Report, texts sourceTexts, format string, cfg *compareConfig) error {
	switch format {
	case "markdown":
		return writeMarkdown(w, rep)
	case "json":
		return writeJSON(w, rep)
	case "line":
		return writeLines(w, rep, flagFloor(cfg.failOn))
	case "github":
		return writeGitHub(w, rep, texts, flagFloor(cfg.failOn))
	case "sarif":
		return writeSARIF(w, rep, texts, flagFloor(cfg.failOn))
	}
	return writeTable(w, rep, cfg.evidence, useColor(w))
}

// exitCode returns 1 when some finding is at least as serious as failOn.
func exitCode(rep compare.Report, failOn string) int {
	if failOn == "never" {
		return exitOK
	}
	threshold, err := compare.ParseStatus(failOn)
	if err != nil {
		return exitError // unreachable: the flag only accepts known statuses
	}
	for _, f := range rep.Findings {
		if f.Status >= threshold {
			return exitFindings
		}
	}
	return exitOK
}

// plural writes a count and a noun, adding "s" unless the count is one.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
