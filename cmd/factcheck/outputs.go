package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/factcheck/factcheck/compare"
)

// output is a further report asked for with --output FORMAT=PATH.
type output struct {
	format, path string
}

// outputFlag collects --output FORMAT=PATH, rejecting an unknown format,
// an empty path and standard output while the flags are parsed; a path
// that clashes with another file is refused later, by
// [compareConfig.checkTargets].
type outputFlag struct{ outputs *[]output }

// String lists the reports asked for, as FORMAT=PATH.
func (f outputFlag) String() string {
	var parts []string
	for _, o := range *f.outputs {
		parts = append(parts, o.format+"="+o.path)
	}
	return strings.Join(parts, " ")
}

// Type names the value in the flag's usage.
func (f outputFlag) Type() string { return "FORMAT=PATH" }

// Set adds the report FORMAT=PATH.
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
	*f.outputs = append(*f.outputs, output{format, path})
	return nil
}

// target is a file the command writes or reads, and how to name it.
type target struct {
	path, what string
}

// checkTargets refuses, before anything is read, to write a report or a
// baseline over a source, the configuration file, the baseline being
// read (unless --write-baseline refreshes it) or another file written, and
// to write one where a directory among the sources would read it as an
// article the next time.
func (cfg *compareConfig) checkTargets() error {
	var writes, reads []target
	for _, o := range cfg.outputs {
		writes = append(writes, target{o.path, "--output " + o.format + "=" + o.path})
	}
	if cfg.writeBaseline != "" {
		writes = append(writes, target{cfg.writeBaseline, "--write-baseline " + cfg.writeBaseline})
	}
	for _, p := range cfg.input.paths {
		if p != stdinPath {
			reads = append(reads, target{p, "the source " + p})
		}
	}
	if p := cfg.input.file.path; p != "" {
		reads = append(reads, target{p, "the configuration file " + p})
	}
	for i, w := range writes {
		for _, r := range reads {
			if err := w.clobbers(r); err != nil {
				return err
			}
		}
		if cfg.baseline != "" && w.path != cfg.writeBaseline && sameFile(w.path, cfg.baseline) {
			return fmt.Errorf("%s would overwrite the baseline %s it reads", w.what, cfg.baseline)
		}
		for _, o := range writes[:i] {
			if sameFile(w.path, o.path) {
				return fmt.Errorf("%s and %s write the same file", o.what, w.what)
			}
		}
	}
	return nil
}

// clobbers returns an error when writing w would overwrite r, or would
// put an article into r, a directory of sources.
func (w target) clobbers(r target) error {
	if sameFile(w.path, r.path) {
		return fmt.Errorf("%s would overwrite %s", w.what, r.what)
	}
	if fi, err := os.Stat(r.path); err == nil && fi.IsDir() && isArticle(w.path) && sameFile(filepath.Dir(w.path), r.path) {
		return fmt.Errorf("%s would be read as an article of the directory %s the next time", w.what, r.path)
	}
	return nil
}

// sameFile reports whether two paths name one file: the same file on disk
// when both exist, else the same absolute path.
func sameFile(a, b string) bool {
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(fa, fb)
	}
	absA, errA := filepath.Abs(a)
	absB, errB := filepath.Abs(b)
	return errA == nil && errB == nil && absA == absB
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
