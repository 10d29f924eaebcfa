package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/factcheck/factcheck/compare"
)

func TestDiffRendering(t *testing.T) {
	d := compare.WordDiff("make *correct* choices", "make the right choices|now")
	tests := []struct {
		name, got, want string
	}{
		{"plain", textDiff(d, false), "make [-*correct*-] {+the right+} choices {+|now+}"},
		{"colour", textDiff(d, true), "make \x1b[31m[-*correct*-]\x1b[0m \x1b[32m{+the right+}\x1b[0m choices \x1b[32m{+|now+}\x1b[0m"},
		{"markdown, escaped", mdDiff(d), `make ~~\*correct\*~~ **the right** choices **\|now**`},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, tc.got, tc.want)
		}
	}
}

func TestUseColor(t *testing.T) {
	var b bytes.Buffer
	if useColor(&b) {
		t.Error("colour for a buffer")
	}
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if useColor(f) {
		t.Error("colour for a regular file")
	}
	for _, tc := range []struct {
		noColor  string
		terminal bool
		want     bool
	}{{"", true, true}, {"1", true, false}, {"", false, false}, {"1", false, false}} {
		if got := colorAllowed(tc.noColor, tc.terminal); got != tc.want {
			t.Errorf("colorAllowed(NO_COLOR=%q, terminal %v) = %v, want %v", tc.noColor, tc.terminal, got, tc.want)
		}
	}
}
