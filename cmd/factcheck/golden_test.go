package main

import (
	"bytes"
	"cmp"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/sergi/go-diff/diffmatchpatch"
)

var update = flag.Bool("update", false, "rewrite golden files")

// seedsDir holds the seed articles, relative to this package's directory,
// where tests run. Reports name the seeds by these relative paths.
const seedsDir = "../../testdata/seeds"

const goldenDir = "../../testdata/golden"

// seedPaths returns the seed articles' paths, as given on a command line.
func seedPaths(t *testing.T) []string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 2 {
		t.Fatalf("found %d seed articles in %s, want at least 2", len(names), seedsDir)
	}
	return names // Glob sorts
}

var goldenTests = []struct {
	file string
	args []string
}{
	{"seeds.table.txt", nil},
	{"seeds.md", []string{"--format", "markdown"}},
	{"seeds.json", []string{"--format", "json"}},
	{"seeds.line.txt", []string{"--format", "line"}},
	{"seeds.compatible.line.txt", []string{"--format", "line", "--fail-on", "compatible"}},
	{"seeds.github.txt", []string{"--format", "github"}},
	{"seeds.sarif.json", []string{"--format", "sarif"}},
}

// TestGolden runs factcheck on the seed articles in each format and
// compares the output with testdata/golden. Run with -update to rewrite
// the golden files after an intended change.
func TestGolden(t *testing.T) {
	seeds := seedPaths(t)
	for _, tc := range goldenTests {
		t.Run(tc.file, func(t *testing.T) {
			args := append(append([]string{}, tc.args...), seeds...)
			res := runCmd(t, "", args...)
			if res.code == exitError || res.stderr != "" {
				t.Fatalf("factcheck %s: exit %d, stderr:\n%s", strings.Join(args, " "), res.code, res.stderr)
			}
			path := filepath.Join(goldenDir, tc.file)
			if *update {
				if err := os.WriteFile(path, []byte(res.stdout), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run Golden -update to create it)", err)
			}
			if d := lineDiff(string(want), res.stdout); d != "" {
				t.Errorf("factcheck %s differs from %s (-want +got):\n%s", strings.Join(args, " "), path, d)
			}
		})
	}
}

// maxDiffLines limits how many changed lines lineDiff shows.
const maxDiffLines = 30

// lineDiff returns the lines that differ between want and got, prefixed
// with "-" and "+" and numbered as in want, or "" when they are equal.
func lineDiff(want, got string) string {
	if want == got {
		return ""
	}
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	a, b, lines := dmp.DiffLinesToChars(want, got)
	diffs := dmp.DiffCharsToLines(dmp.DiffMain(a, b, false), lines)
	var out bytes.Buffer
	shown, line := 0, 1
	for _, d := range diffs {
		for _, l := range splitLines(d.Text) {
			switch d.Type {
			case diffmatchpatch.DiffEqual:
				line++
				continue
			case diffmatchpatch.DiffDelete:
				fmt.Fprintf(&out, "%4d -%s\n", line, l)
				line++
			case diffmatchpatch.DiffInsert:
				fmt.Fprintf(&out, "     +%s\n", l)
			}
			if shown++; shown == maxDiffLines {
				out.WriteString("... (more differences)\n")
				return out.String()
			}
		}
	}
	if out.Len() == 0 { // only a final newline differs
		out.WriteString("(the files differ in their final newline)\n")
	}
	return out.String()
}

// splitLines splits s after each newline, dropping the empty remainder.
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\n")
	}
	return lines
}

func TestLineDiff(t *testing.T) {
	tests := []struct {
		name, want, got, diff string
	}{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"changed", "a\nb\nc\n", "a\nB\nc\n", "   2 -b\n     +B\n"},
		{"added", "a\n", "a\nb\n", "     +b\n"},
		{"removed", "a\nb\nc\n", "a\nc\n", "   2 -b\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if d := lineDiff(tc.want, tc.got); d != tc.diff {
				t.Errorf("lineDiff(%q, %q) = %q, want %q", tc.want, tc.got, d, tc.diff)
			}
		})
	}
}

// TestDeterminism checks that output depends only on the input: two runs
// give the same bytes, and reversing the sources gives the same findings.
func TestDeterminism(t *testing.T) {
	seeds := seedPaths(t)
	for _, format := range compareFormats {
		t.Run(format, func(t *testing.T) {
			args := append([]string{"--evidence", "-f", format}, seeds...)
			first, second := runCmd(t, "", args...), runCmd(t, "", args...)
			if first.code == exitError {
				t.Fatalf("exit 2: %s", first.stderr)
			}
			if first != second {
				t.Errorf("second run differs from the first:\n%s", lineDiff(first.stdout, second.stdout))
			}
		})
	}
	forward, res := decodeReport(t, "", seeds...)
	if res.code == exitError || len(forward.Findings) == 0 {
		t.Fatalf("exit %d, %d findings: %s", res.code, len(forward.Findings), res.stderr)
	}
	back := slices.Clone(seeds)
	slices.Reverse(back)
	reversed, _ := decodeReport(t, "", back...)
	if a, b := findingList(forward), findingList(reversed); a != b {
		t.Errorf("findings depend on the order of the sources (-forward +reversed):\n%s", lineDiff(a, b))
	}
	if forward.Summary != reversed.Summary {
		t.Errorf("summary %+v, reversed %+v", forward.Summary, reversed.Summary)
	}
}

// findingList describes findings one per line, in report order, with each
// finding's claims sorted by source and position.
func findingList(rep jsonReport) string {
	var b strings.Builder
	for _, f := range rep.Findings {
		cs := slices.Clone(f.Claims)
		slices.SortFunc(cs, func(x, y jsonClaim) int {
			return cmp.Or(cmp.Compare(x.Source, y.Source), cmp.Compare(x.Span[0], y.Span[0]))
		})
		b.WriteString(f.Status + " " + f.Key)
		for _, c := range cs {
			b.WriteString(" | " + c.Source + ":" + c.Value)
		}
		b.WriteString("\n")
	}
	return b.String()
}

var summaryRE = regexp.MustCompile(`(?m)^(\d+) findings?: (\d+) conflict, (\d+) variant, (\d+) compatible, (\d+) agree, (\d+) single$`)

// TestTableSummary checks that the table's summary line agrees with the
// JSON summary and with the number of rows.
func TestTableSummary(t *testing.T) {
	seeds := seedPaths(t)
	table := runCmd(t, "", seeds...)
	rep, _ := decodeReport(t, "", seeds...)
	m := summaryRE.FindStringSubmatch(table.stdout)
	if m == nil {
		t.Fatalf("no summary line in:\n%s", table.stdout)
	}
	s := rep.Summary
	want := []int{len(rep.Findings), s.Conflict, s.Variant, s.Compatible, s.Agree, s.Single}
	for i, w := range want {
		if m[i+1] != strconv.Itoa(w) {
			t.Errorf("summary line %q: field %d = %s, want %d", m[0], i+1, m[i+1], w)
		}
	}
	if sum := s.Conflict + s.Variant + s.Compatible + s.Agree + s.Single; sum != len(rep.Findings) {
		t.Errorf("summary %+v adds up to %d, want %d findings", s, sum, len(rep.Findings))
	}
}
