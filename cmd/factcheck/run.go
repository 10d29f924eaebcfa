package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/pflag"

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
and 2 when the sources could not be read or the flags are wrong.

Flags:
`

const extractUsageText = `Usage:
  factcheck extract [flags] PATH...

extract lists the claims found in each source: its position, topic,
attribute, normalised value and verbatim text. PATH is a file, a directory
(its *.txt, *.md and *.html files) or - for standard input.

Exit status is 0 on success and 2 when the sources could not be read or the
flags are wrong.

Flags:
`

// choice is a string flag restricted to a fixed set of values, so that a
// bad value is rejected while parsing, with the allowed values listed.
type choice struct {
	value   string
	allowed []string
}

func newChoice(def string, allowed []string) *choice {
	return &choice{value: def, allowed: allowed}
}

func (c *choice) String() string { return c.value }
func (c *choice) Type() string   { return "string" }

func (c *choice) Set(s string) error {
	for _, a := range c.allowed {
		if s == a {
			c.value = s
			return nil
		}
	}
	return fmt.Errorf("must be one of %s", strings.Join(c.allowed, ", "))
}

// compareConfig is the parsed command line of a comparison.
type compareConfig struct {
	format     string
	evidence   bool
	failOn     string
	tolerances []string // "DIMENSION=ABOUT[,ROUNDING]", checked while parsing
	dates      map[string]claims.CalendarDate
	paths      []string
}

// toleranceFlag collects --tolerance overrides, rejecting a malformed one
// while the flags are parsed.
type toleranceFlag struct{ values *[]string }

func (t toleranceFlag) String() string { return strings.Join(*t.values, " ") }
func (t toleranceFlag) Type() string   { return "DIM=ABOUT[,ROUNDING]" }

func (t toleranceFlag) Set(s string) error {
	if _, _, err := claims.ParseTolerance(s, nil); err != nil {
		return err
	}
	*t.values = append(*t.values, s)
	return nil
}

// tolerances returns the lexicon's tolerances with the overrides applied.
func tolerances(lex *claims.Lexicon, overrides []string) claims.Tolerances {
	tols := lex.Tolerances()
	for _, o := range overrides {
		dim, tol, err := claims.ParseTolerance(o, tols)
		if err == nil { // checked when the flag was parsed
			tols[dim] = tol
		}
	}
	return tols
}

// run is the whole command: it parses args, reads the sources, writes the
// report to stdout and messages to stderr, and returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "extract" {
		return runExtract(args[1:], stdin, stdout, stderr)
	}
	cfg, code, ok := parseCompare(args, stdout, stderr)
	if !ok {
		return code
	}
	srcs, texts, lex, ok := load("factcheck", cfg.paths, cfg.dates, stdin, stderr)
	if !ok {
		return exitError
	}
	rep := compare.Align(srcs, compare.Options{Tolerances: tolerances(lex, cfg.tolerances)})
	if err := render(stdout, rep, texts, cfg); err != nil {
		fmt.Fprintf(stderr, "factcheck: writing output: %v\n", err)
		return exitError
	}
	return exitCode(rep, cfg.failOn)
}

// parseCompare parses the flags of a comparison. When ok is false the
// caller returns code: help was printed or the command line is wrong.
func parseCompare(args []string, stdout, stderr io.Writer) (cfg compareConfig, code int, ok bool) {
	fs := pflag.NewFlagSet("factcheck", pflag.ContinueOnError)
	format := newChoice("table", compareFormats)
	failOn := newChoice("conflict", failOnValues)
	fs.VarP(format, "format", "f", "output format: "+strings.Join(compareFormats, ", "))
	fs.BoolVar(&cfg.evidence, "evidence", false, "table format: list each source's sentence under the findings")
	fs.Var(failOn, "fail-on", "exit 1 when a finding is this serious or more: "+strings.Join(failOnValues, ", ")+"; with compatible, the line, github and sarif formats flag compatible findings too")
	cfg.dates = map[string]claims.CalendarDate{}
	fs.Var(dateFlag{cfg.dates}, "date", "publication date of a source, against which \"on Monday\" or \"last year\" is read and by which running tallies are ordered (repeatable)")
	fs.Var(toleranceFlag{&cfg.tolerances}, "tolerance", "allowance for imprecise values of a dimension, e.g. length=0.15 or count=0.1,0.02 (repeatable)")
	fs.BoolP("help", "h", false, "show this help and exit")
	if code, ok := parseFlags(fs, args, usageText, stdout, stderr); !ok {
		return cfg, code, false
	}
	cfg.format, cfg.failOn, cfg.paths = format.value, failOn.value, fs.Args()
	return cfg, 0, true
}

// parseFlags parses args into fs. On --help it prints usage to stdout and
// returns 0; on a bad flag it prints the error and a hint and returns 2.
func parseFlags(fs *pflag.FlagSet, args []string, usage string, stdout, stderr io.Writer) (int, bool) {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.SortFlags = true
	err := fs.Parse(args)
	if help, _ := fs.GetBool("help"); errors.Is(err, pflag.ErrHelp) || err == nil && help {
		fmt.Fprint(stdout, usage)
		fmt.Fprint(stdout, fs.FlagUsages())
		return exitOK, false
	}
	if err != nil {
		fmt.Fprintf(stderr, "factcheck: %v\n%s\n", err, hint(fs.Name()))
		return exitError, false
	}
	return 0, true
}

// load reads the sources named by paths and extracts their claims, for the
// command name: "factcheck" needs two sources, "factcheck extract" one. It
// prints warnings, and every error, to stderr; ok is false after an error.
// It returns the sources' texts as read and the lexicon the claims were
// extracted with.
func load(name string, paths []string, dates map[string]claims.CalendarDate, stdin io.Reader, stderr io.Writer) ([]compare.Source, sourceTexts, *claims.Lexicon, bool) {
	least := 2
	if name == extractName {
		least = 1
	}
	in := readInputs(paths, stdin)
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
	lex, err := claims.DefaultLexicon()
	if err != nil {
		fmt.Fprintf(stderr, "factcheck: loading lexicon: %v\n", err)
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

// render writes the report in the configured format; texts holds the
// sources' bytes, by which the github and sarif formats count columns.
func render(w io.Writer, rep compare.Report, texts sourceTexts, cfg compareConfig) error {
	switch cfg.format {
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
