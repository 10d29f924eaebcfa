package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/factcheck/factcheck/compare"
)

// output is a further report asked for with --output FORMAT=PATH.
type output struct {
	format, path string
}

// outputFlag collects --output FORMAT=PATH, rejecting an unknown format,
// an empty path, standard output and a path given twice while the flags
// are parsed.
type outputFlag struct{ outputs *[]output }

func (f outputFlag) String() string {
	var parts []string
	for _, o := range *f.outputs {
		parts = append(parts, o.format+"="+o.path)
	}
	return strings.Join(parts, " ")
}

func (f outputFlag) Type() string { return "FORMAT=PATH" }

func (f outputFlag) Set(s string) error {
	format, path, ok := strings.Cut(s, "=")
	if !ok || path == "" {
		return fmt.Errorf("want FORMAT=PATH, got %q", s)
	}
	if err := newChoice("", compareFormats).Set(format); err != nil {
		return fmt.Errorf("format %q %v", format, err)
	}
	if path == stdinPath {
		return fmt.Errorf("%q: standard output has the --format report; name a file", s)
	}
	for _, o := range *f.outputs {
		if o.path == path {
			return fmt.Errorf("%s is given more than once", path)
		}
	}
	*f.outputs = append(*f.outputs, output{format, path})
	return nil
}

// writeOutput writes the report in o's format to o's file, replacing it.
func writeOutput(o output, rep compare.Report, texts sourceTexts, cfg *compareConfig) error {
	f, err := os.Create(o.path)
	if err != nil {
		return fmt.Errorf("writing %s report: %v", o.format, err)
	}
	err = render(f, rep, texts, o.format, cfg)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("writing %s report to %s: %v", o.format, o.path, err)
	}
	return nil
}
