package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"

	"github.com/factcheck/factcheck/claims"
)

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

// compareConfig is the parsed command line of a comparison, with the
// configuration file's settings merged in where no flag overrides them.
type compareConfig struct {
	input         inputOptions
	format        string
	evidence      bool
	failOn        string
	tolerances    []setting // "DIMENSION=ABOUT[,ROUNDING]", checked while parsing
	outputs       []output  // further reports, each to a file
	baseline      string    // file of findings not to report again
	writeBaseline string    // file to record the flagged findings in
	ignore        []string  // finding keys and topics never reported
}

// inputOptions are the flags that say how sources are read, shared by
// both commands.
type inputOptions struct {
	dates      map[string]claims.CalendarDate
	stdinName  string
	configPath string // --config, or "" to look for one
	noConfig   bool
	paths      []string
	file       fileConfig // the configuration file's settings, once read
}

// addInputFlags registers the flags of opts on fs.
func addInputFlags(fs *pflag.FlagSet, opts *inputOptions) {
	opts.dates = map[string]claims.CalendarDate{}
	fs.Var(dateFlag{opts.dates}, "date", "publication date of a source, against which \"on Monday\" or \"last year\" is read and by which running tallies are ordered (repeatable)")
	fs.StringVar(&opts.stdinName, "stdin-name", "", "call the source read from standard input (-) `NAME` in reports; its extension (.md, .html) says how it is read")
	fs.StringVar(&opts.configPath, "config", "", "read settings from `FILE` instead of the "+configNames[0]+" found in the working directory or a parent")
	fs.BoolVar(&opts.noConfig, "no-config", false, "read no configuration file")
	fs.BoolP("help", "h", false, "show this help and exit")
}

// setting is a value given by a flag or a configuration file, and where:
// "--tolerance VALUE" or "PATH:LINE: tolerance", for messages.
type setting struct {
	value, where string
}

// toleranceFlag collects --tolerance overrides, rejecting a malformed one
// while the flags are parsed.
type toleranceFlag struct{ values *[]setting }

func (t toleranceFlag) String() string {
	var vals []string
	for _, v := range *t.values {
		vals = append(vals, v.value)
	}
	return strings.Join(vals, " ")
}

func (t toleranceFlag) Type() string { return "DIM=ABOUT[,ROUNDING]" }

func (t toleranceFlag) Set(s string) error {
	if _, _, err := claims.ParseTolerance(s, nil); err != nil {
		return err
	}
	*t.values = append(*t.values, setting{s, "--tolerance " + s})
	return nil
}

// compareFlags returns the flag set of a comparison and the
// configuration its flags fill.
func compareFlags() (*pflag.FlagSet, *compareConfig) {
	cfg := &compareConfig{}
	fs := pflag.NewFlagSet("factcheck", pflag.ContinueOnError)
	format := newChoice("table", compareFormats)
	failOn := newChoice("conflict", failOnValues)
	fs.VarP(format, "format", "f", "output format: "+strings.Join(compareFormats, ", "))
	fs.Var(outputFlag{&cfg.outputs}, "output", "also write the report in FORMAT to the file PATH (repeatable)")
	fs.BoolVar(&cfg.evidence, "evidence", false, "table format: list each source's sentence under the findings")
	fs.Var(failOn, "fail-on", "exit 1 when a finding is this serious or more: "+strings.Join(failOnValues, ", ")+"; with compatible, the line, github and sarif formats flag compatible findings too")
	fs.Var(toleranceFlag{&cfg.tolerances}, "tolerance", "allowance for imprecise values of a dimension, e.g. length=0.15 or count=0.1,0.02 (repeatable)")
	fs.StringVar(&cfg.baseline, "baseline", "", "do not report the findings recorded in `FILE` by --write-baseline")
	fs.StringVar(&cfg.writeBaseline, "write-baseline", "", "record the flagged findings in `FILE`, so that --baseline reports only new ones, and exit 0")
	addInputFlags(fs, &cfg.input)
	return fs, cfg
}

// finish completes cfg once fs is parsed: it reads the configuration file
// and takes from it what no flag set.
func (cfg *compareConfig) finish(fs *pflag.FlagSet) error {
	cfg.format = fs.Lookup("format").Value.String()
	cfg.failOn = fs.Lookup("fail-on").Value.String()
	if err := cfg.input.finish(fs); err != nil {
		return err
	}
	if err := emptyValue(fs, "baseline", "write-baseline"); err != nil {
		return err
	}
	if err := cfg.checkTargets(); err != nil {
		return err
	}
	file := cfg.input.file
	if file.format.Value != "" && !fs.Changed("format") {
		cfg.format = file.format.Value
	}
	if file.failOn.Value != "" && !fs.Changed("fail-on") {
		cfg.failOn = file.failOn.Value
	}
	var tols []setting
	for _, t := range file.tolerance {
		tols = append(tols, setting{t.Key + "=" + t.Value, fmt.Sprintf("%s:%d: tolerance", file.path, t.Line)})
	}
	cfg.tolerances = append(tols, cfg.tolerances...) // flags last, so they win
	for _, ig := range file.ignore {
		cfg.ignore = append(cfg.ignore, ig.Value)
	}
	return nil
}

// finish reads the configuration file, unless --no-config, once the flags
// of opts are parsed.
func (opts *inputOptions) finish(fs *pflag.FlagSet) error {
	opts.paths = fs.Args()
	if err := emptyValue(fs, "config", "stdin-name"); err != nil {
		return err
	}
	if opts.noConfig {
		if opts.configPath != "" {
			return errors.New("--config and --no-config cannot be given together")
		}
		return nil
	}
	path := opts.configPath
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return fmt.Errorf("finding the configuration file: %v", err)
		}
		if path, err = findConfig(wd); err != nil || path == "" {
			return err
		}
		if rel, err := filepath.Rel(wd, path); err == nil {
			path = rel // "../.factcheck.yaml", as the user would write it
		}
	}
	file, err := loadConfig(path)
	opts.file = file
	return err
}

// emptyValue returns an error when one of the named flags, all of which
// take a file or a name, was given an empty value, as "--config=" is.
func emptyValue(fs *pflag.FlagSet, names ...string) error {
	for _, n := range names {
		if fs.Changed(n) && fs.Lookup(n).Value.String() == "" {
			return fmt.Errorf("--%s needs a value, got an empty one", n)
		}
	}
	return nil
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
