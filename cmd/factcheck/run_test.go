package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// result is what one run of the command produced.
type result struct {
	code           int
	stdout, stderr string
}

// runCmd runs the command in-process with stdin as standard input.
func runCmd(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(stdin), &stdout, &stderr)
	return result{code, stdout.String(), stderr.String()}
}

// Two tiny articles that disagree on the death toll, and one that agrees
// with the first.
const (
	storm12 = "The storm killed 12 people on Monday.\n"
	storm15 = "The storm killed 15 people on Monday.\n"
)

// inDir creates files (name → content; a name ending in "/" is a
// directory) in a fresh directory and makes it the working directory, so
// that paths in arguments and messages are short and exact.
func inDir(t *testing.T, files map[string]string) {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
}

var conflicting = map[string]string{"a.txt": storm12, "b.txt": storm15}

// tolls gives the death toll of a storm on two days, the later figure
// marked as a running tally.
var tolls = map[string]string{"a.txt": "The storm killed 32 people.\n", "b.txt": "The death toll has risen to 45.\n"}

// outlying has three sources of which b.txt departs from the other two.
var outlying = map[string]string{"a.txt": storm12, "b.txt": storm15, "c.txt": "Twelve people were killed by the storm on Monday.\n"}

// runCase is one run of the command in a directory of its own.
type runCase struct {
	name   string
	files  map[string]string
	dir    string // working directory under the files, "" for their root
	stdin  string
	args   []string
	code   int
	stdout []string // substrings of stdout; none means stdout must be empty
	stderr []string // one entry per line of stderr, each a substring of its line
}

var runTests = []runCase{
	{
		name:   "outlier in table",
		files:  outlying,
		args:   []string{"a.txt", "b.txt", "c.txt"},
		code:   1,
		stdout: []string{"\nconflict kill/count — b.txt disagrees with a.txt, c.txt\n"},
	},
	{
		name:   "outlier in markdown",
		files:  outlying,
		args:   []string{"-f", "markdown", "a.txt", "b.txt", "c.txt"},
		code:   1,
		stdout: []string{"### kill/count\n\nb.txt disagrees with a.txt, c.txt.\n"},
	},
	{
		name:   "outlier in json",
		files:  outlying,
		args:   []string{"-f", "json", "c.txt", "b.txt", "a.txt"},
		code:   1,
		stdout: []string{"\"majority\": [\n        \"c.txt\",\n        \"a.txt\"\n      ],\n      \"outliers\": [\n        \"b.txt\"\n      ],"},
	},
	{
		name:   "running tally updated",
		files:  tolls,
		args:   []string{"--date", "a.txt=2025-11-10", "--date", "b.txt=2025-11-11", "b.txt", "a.txt"},
		code:   0,
		stdout: []string{"\ncompatible kill/count — the figure was updated: b.txt (published later) gives the larger figure\n"},
	},
	{
		name:   "running tally on one day",
		files:  tolls,
		args:   []string{"--date", "a.txt=2025-11-11", "--date", "b.txt=2025-11-11", "a.txt", "b.txt"},
		code:   1,
		stdout: []string{"│ conflict │ kill/count │ 32 people │ 45    │"},
	},
	{
		name:   "running tally decreasing",
		files:  tolls,
		args:   []string{"--date", "a.txt=2025-11-12", "--date", "b.txt=2025-11-11", "a.txt", "b.txt"},
		code:   1,
		stdout: []string{"│ conflict │ kill/count │ 32 people │ 45    │"},
	},
	{
		name:   "help",
		args:   []string{"--help"},
		code:   0,
		stdout: []string{"Usage:", "factcheck [flags] PATH...", "--format", "--fail-on", "--evidence"},
	},
	{
		name:   "help short",
		args:   []string{"-h", "a.txt"},
		code:   0,
		stdout: []string{"Usage:"},
	},
	{
		name:   "extract help",
		args:   []string{"extract", "--help"},
		code:   0,
		stdout: []string{"factcheck extract [flags] PATH...", "--format"},
	},
	{
		name:   "unknown flag",
		files:  conflicting,
		args:   []string{"--formt", "json", "a.txt", "b.txt"},
		code:   2,
		stderr: []string{"factcheck: unknown flag: --formt", "Run 'factcheck --help' for usage."},
	},
	{
		name:   "unknown shorthand",
		files:  conflicting,
		args:   []string{"-x", "a.txt", "b.txt"},
		code:   2,
		stderr: []string{"factcheck: unknown shorthand flag: 'x'", "Run 'factcheck --help' for usage."},
	},
	{
		name:   "bad format",
		files:  conflicting,
		args:   []string{"--format", "xml", "a.txt", "b.txt"},
		code:   2,
		stderr: []string{`invalid argument "xml" for "-f, --format" flag: must be one of table, markdown, json`, "Run 'factcheck --help'"},
	},
	{
		name:   "extract rejects markdown",
		files:  conflicting,
		args:   []string{"extract", "-f", "markdown", "a.txt"},
		code:   2,
		stderr: []string{`invalid argument "markdown" for "-f, --format" flag: must be one of table, json`, "Run 'factcheck extract --help' for usage."},
	},
	{
		name:   "bad fail-on",
		files:  conflicting,
		args:   []string{"--fail-on=agree", "a.txt", "b.txt"},
		code:   2,
		stderr: []string{`invalid argument "agree" for "--fail-on" flag: must be one of conflict, variant, compatible, never`, "Run 'factcheck --help'"},
	},
	{
		name:   "missing file",
		files:  conflicting,
		args:   []string{"a.txt", "missing.txt"},
		code:   2,
		stderr: []string{"factcheck: missing.txt: "},
	},
	{
		name:   "two missing files",
		files:  conflicting,
		args:   []string{"gone1.txt", "a.txt", "gone2.txt"},
		code:   2,
		stderr: []string{"factcheck: gone1.txt: ", "factcheck: gone2.txt: "},
	},
	{
		name:   "binary file",
		files:  map[string]string{"a.txt": storm12, "img.txt": "GIF89a\x00\x01\x02\x00"},
		args:   []string{"a.txt", "img.txt"},
		code:   2,
		stderr: []string{"factcheck: img.txt: binary file (NUL byte at offset 6)"},
	},
	{
		name:   "not UTF-8",
		files:  map[string]string{"a.txt": storm12, "latin1.txt": "The storm\nkilled \xff\xfe people.\n"},
		args:   []string{"a.txt", "latin1.txt"},
		code:   2,
		stderr: []string{"factcheck: latin1.txt: not valid UTF-8: bad byte 0xff at line 2, column 8 (offset 17)"},
	},
	{
		name: "every input error is reported",
		files: map[string]string{
			"a.txt":   storm12,
			"bin.txt": "\x00",
			"bad.txt": "caf\xe9",
			"empty/":  "",
		},
		args: []string{"missing.txt", "bin.txt", "a.txt", "bad.txt", "empty"},
		code: 2,
		stderr: []string{
			"factcheck: missing.txt: ",
			"factcheck: bin.txt: binary file",
			"factcheck: bad.txt: not valid UTF-8: bad byte 0xe9 at line 1, column 4",
			"factcheck: empty: directory has no articles",
		},
	},
	{
		name:   "one source",
		files:  conflicting,
		args:   []string{"a.txt"},
		code:   2,
		stderr: []string{"factcheck: need at least two sources to compare, got 1: a.txt"},
	},
	{
		name:   "no sources",
		args:   nil,
		code:   2,
		stderr: []string{"factcheck: need at least two sources to compare, got 0", "Run 'factcheck --help'"},
	},
	{
		name:   "directory of one article",
		files:  map[string]string{"news/a.txt": storm12, "news/photo.jpg": "x"},
		args:   []string{"news"},
		code:   2,
		stderr: []string{"factcheck: need at least two sources to compare, got 1: " + filepath.Join("news", "a.txt")},
	},
	{
		name:   "directory with no articles",
		files:  map[string]string{"a.txt": storm12, "notes/readme.pdf": "x", "notes/sub.txt/": "", "notes/.hidden.txt": storm15},
		args:   []string{"a.txt", "notes"},
		code:   2,
		stderr: []string{"factcheck: notes: directory has no articles (.txt, .md, .html files)"},
	},
	{
		name:   "same path twice",
		files:  conflicting,
		args:   []string{"a.txt", "b.txt", "a.txt"},
		code:   2,
		stderr: []string{"factcheck: a.txt: given more than once"},
	},
	{
		name:   "same path spelled twice",
		files:  conflicting,
		args:   []string{"a.txt", "b.txt", "./a.txt"},
		code:   2,
		stderr: []string{"factcheck: ./a.txt: given more than once"},
	},
	{
		name:   "stdin twice",
		files:  conflicting,
		stdin:  storm12,
		args:   []string{"-", "a.txt", "-"},
		code:   2,
		stderr: []string{"factcheck: -: given more than once"},
	},
	{
		name:   "extract missing file",
		args:   []string{"extract", "missing.txt"},
		code:   2,
		stderr: []string{"factcheck: missing.txt: "},
	},
	{
		name:   "extract needs a source",
		args:   []string{"extract"},
		code:   2,
		stderr: []string{"factcheck: need at least one source, got 0", "Run 'factcheck extract --help' for usage."},
	},
	// The cases below depend on the extractor finding the death tolls.
	{
		name:   "conflict fails",
		files:  conflicting,
		args:   []string{"a.txt", "b.txt"},
		code:   1,
		stdout: []string{"│ conflict │", "a.txt", "b.txt", "12 people", "15 people", "1 conflict,"},
	},
	{
		name:   "fail-on never",
		files:  conflicting,
		args:   []string{"--fail-on", "never", "a.txt", "b.txt"},
		code:   0,
		stdout: []string{"│ conflict │"},
	},
	{
		name:   "fail-on variant counts conflicts",
		files:  conflicting,
		args:   []string{"--fail-on", "variant", "a.txt", "b.txt"},
		code:   1,
		stdout: []string{"│ conflict │"},
	},
	{
		name:   "agreement passes",
		files:  map[string]string{"a.txt": storm12, "c.txt": "On Monday the storm killed 12 people.\n"},
		args:   []string{"--fail-on", "compatible", "a.txt", "c.txt"},
		code:   0,
		stdout: []string{"│ agree ", "0 conflict, 0 variant, 0 compatible"},
	},
	{
		name:   "evidence",
		files:  conflicting,
		args:   []string{"--evidence", "a.txt", "b.txt"},
		code:   1,
		stdout: []string{"\nconflict ", "\n  a.txt:1:", ": The storm killed 12 people on Monday.\n", "\n  b.txt:1:", ": The storm killed 15 people on Monday.\n"},
	},
	{
		name:   "markdown",
		files:  conflicting,
		args:   []string{"-f", "markdown", "a.txt", "b.txt"},
		code:   1,
		stdout: []string{"# factcheck report\n\n**Verdict: the sources conflict.** 1 conflict, 0 variants,", "across 2 sources.", "| conflict ", "\n## Conflicts\n", "- **a.txt:1** — 12 people\n  > The storm killed 12 people on Monday.\n"},
	},
	{
		name:   "empty file warns",
		files:  map[string]string{"a.txt": storm12, "b.txt": storm15, "blank.txt": "\ufeff \n\t\n"},
		args:   []string{"a.txt", "blank.txt", "b.txt"},
		code:   1,
		stdout: []string{"blank.txt", "│ —"},
		stderr: []string{"factcheck: warning: blank.txt: empty file, no claims"},
	},
	{
		name:   "stdin",
		files:  conflicting,
		stdin:  storm15,
		args:   []string{"a.txt", "-"},
		code:   1,
		stdout: []string{"│ conflict │", "15 people"},
	},
	{
		name:   "extract one source",
		files:  conflicting,
		args:   []string{"extract", "a.txt"},
		code:   0,
		stdout: []string{"line:col", "a.txt", "12 people", "claims in 1 source"},
	},
	{
		name:   "bad date",
		files:  conflicting,
		args:   []string{"--date", "a.txt=2025-13-01", "a.txt", "b.txt"},
		code:   2,
		stderr: []string{`invalid argument "a.txt=2025-13-01" for "--date" flag: date of a.txt: want YYYY-MM-DD, got "2025-13-01"`, "Run 'factcheck --help'"},
	},
	{
		name:   "date of no source",
		files:  conflicting,
		args:   []string{"--date", "c.txt=2025-10-15", "a.txt", "b.txt"},
		code:   2,
		stderr: []string{"--date names c.txt, which is not among the sources"},
	},
	{
		name:   "bad tolerance",
		files:  conflicting,
		args:   []string{"--tolerance", "count=much", "a.txt", "b.txt"},
		code:   2,
		stderr: []string{`invalid argument "count=much" for "--tolerance" flag: tolerance "count=much": bad ABOUT "much"`, "Run 'factcheck --help'"},
	},
	{
		name:   "a wide tolerance makes 12 and 15 compatible",
		files:  map[string]string{"a.txt": "About 12 people died in the storm.\n", "b.txt": "The storm killed 15 people.\n"},
		args:   []string{"--tolerance", "count=0.3", "a.txt", "b.txt"},
		code:   0,
		stdout: []string{"compatible"},
	},
	{
		name: "a weekday read against the date given",
		files: map[string]string{
			"a.txt": "The bridge collapsed on Monday, killing 12 people.\n",
			"b.txt": "The bridge collapsed on October 14, killing 12 people.\n",
		},
		args:   []string{"--date", "a.txt=2025-10-15", "--date", "b.txt=2025-10-15", "a.txt", "b.txt"},
		code:   1,
		stdout: []string{"conflict", "Monday 13 October 2025", "14 October"},
	},
	{
		name: "a weekday read against the date in the text",
		files: map[string]string{
			"a.txt": "Bridge collapse kills 12\n\nOctober 15, 2025\n\nThe bridge collapsed on Tuesday, killing 12 people.\n",
			"b.txt": "The bridge collapsed on October 14, killing 12 people.\n",
		},
		args:   []string{"a.txt", "b.txt"},
		code:   0,
		stdout: []string{"agree", "Tuesday 14 October 2025"},
	},
}

func TestRun(t *testing.T) { runCases(t, runTests) }

// runCases runs each case in a directory of its own and checks the exit
// code, standard output and standard error.
func runCases(t *testing.T, cases []runCase) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			inDir(t, tc.files)
			if tc.dir != "" {
				t.Chdir(tc.dir)
			}
			res := runCmd(t, tc.stdin, tc.args...)
			if res.code != tc.code {
				t.Errorf("exit code = %d, want %d\nstdout:\n%s\nstderr:\n%s", res.code, tc.code, res.stdout, res.stderr)
			}
			if len(tc.stdout) == 0 && res.stdout != "" {
				t.Errorf("stdout = %q, want nothing", res.stdout)
			}
			for _, s := range tc.stdout {
				if !strings.Contains(res.stdout, s) {
					t.Errorf("stdout lacks %q; stdout:\n%s", s, res.stdout)
				}
			}
			checkLines(t, res.stderr, tc.stderr)
		})
	}
}

// checkLines checks that out has exactly one line per entry of want and
// that each line contains its entry.
func checkLines(t *testing.T, out string, want []string) {
	t.Helper()
	var lines []string
	if out != "" {
		lines = strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	}
	if !strings.HasSuffix(out, "\n") && out != "" {
		t.Errorf("stderr does not end in a newline: %q", out)
	}
	if len(lines) != len(want) {
		t.Errorf("stderr has %d lines, want %d:\n%s", len(lines), len(want), out)
		return
	}
	for i, w := range want {
		if !strings.Contains(lines[i], w) {
			t.Errorf("stderr line %d = %q, want it to contain %q", i+1, lines[i], w)
		}
	}
}

// decodeReport runs the command with --format json and decodes the report.
func decodeReport(t *testing.T, stdin string, args ...string) (jsonReport, result) {
	t.Helper()
	res := runCmd(t, stdin, append([]string{"--format", "json"}, args...)...)
	var rep jsonReport
	if err := json.Unmarshal([]byte(res.stdout), &rep); err != nil {
		t.Fatalf("decoding JSON output: %v\nstdout:\n%s\nstderr:\n%s", err, res.stdout, res.stderr)
	}
	return rep, res
}

// findConflict returns the conflict finding whose claims include values
// containing each of vals, or fails the test.
func findConflict(t *testing.T, rep jsonReport, vals ...string) jsonFinding {
	t.Helper()
	for _, f := range rep.Findings {
		if f.Status != "conflict" {
			continue
		}
		if !slices.ContainsFunc(vals, func(v string) bool {
			return !slices.ContainsFunc(f.Claims, func(c jsonClaim) bool { return strings.Contains(c.Value, v) })
		}) {
			return f
		}
	}
	t.Fatalf("no conflict between %q in findings %+v", vals, rep.Findings)
	return jsonFinding{}
}

func TestConflictJSON(t *testing.T) {
	inDir(t, conflicting)
	rep, res := decodeReport(t, "", "a.txt", "b.txt")
	if res.code != exitFindings || res.stderr != "" {
		t.Fatalf("exit %d, stderr %q; want 1 and no messages", res.code, res.stderr)
	}
	f := findConflict(t, rep, "12", "15")
	if f.Kind != "count" || f.Key != f.Topic+"/"+f.Attribute {
		t.Errorf("finding kind %q key %q topic %q attribute %q; want a count keyed topic/attribute", f.Kind, f.Key, f.Topic, f.Attribute)
	}
	var srcs []string
	for _, c := range f.Claims {
		srcs = append(srcs, c.Source)
		text := map[string]string{"a.txt": storm12, "b.txt": storm15}[c.Source]
		if c.Span[0] < 0 || c.Span[1] > len(text) || text[c.Span[0]:c.Span[1]] != c.Text {
			t.Errorf("claim %+v: span does not locate text in %s", c, c.Source)
		}
		if c.Line != 1 || c.Column != c.Span[0]+1 || c.Sentence != strings.TrimSpace(text) {
			t.Errorf("claim %+v: wrong line, column or sentence", c)
		}
	}
	if !slices.Equal(srcs, []string{"a.txt", "b.txt"}) {
		t.Errorf("conflict claims come from %q, want a.txt then b.txt", srcs)
	}
	if rep.Summary.Conflict < 1 {
		t.Errorf("summary %+v counts no conflict", rep.Summary)
	}
}

func TestEmptyFileJSON(t *testing.T) {
	inDir(t, map[string]string{"a.txt": storm12, "b.txt": storm15, "empty.txt": ""})
	res := runCmd(t, "", "-f", "json", "a.txt", "b.txt", "empty.txt")
	if res.code != exitFindings {
		t.Errorf("exit %d, want 1 (the conflict between a.txt and b.txt)", res.code)
	}
	checkLines(t, res.stderr, []string{"factcheck: warning: empty.txt: empty file, no claims"})
	var raw struct {
		Sources []struct {
			Path   string          `json:"path"`
			Claims json.RawMessage `json:"claims"`
		} `json:"sources"`
	}
	if err := json.Unmarshal([]byte(res.stdout), &raw); err != nil {
		t.Fatal(err)
	}
	if len(raw.Sources) != 3 || raw.Sources[2].Path != "empty.txt" {
		t.Fatalf("sources = %+v, want a.txt, b.txt, empty.txt", raw.Sources)
	}
	if got := string(raw.Sources[2].Claims); got != "[]" {
		t.Errorf("empty.txt claims = %s, want []", got)
	}
}

func TestStdinJSON(t *testing.T) {
	inDir(t, conflicting)
	rep, res := decodeReport(t, storm12, "-", "b.txt")
	if res.code != exitFindings {
		t.Errorf("exit %d, want 1", res.code)
	}
	if len(rep.Sources) != 2 || rep.Sources[0].Path != "-" || rep.Sources[1].Path != "b.txt" {
		t.Fatalf("sources = %+v, want - then b.txt", rep.Sources)
	}
	f := findConflict(t, rep, "12", "15")
	if f.Claims[0].Source != "-" {
		t.Errorf("first conflict claim from %q, want -", f.Claims[0].Source)
	}
}

func TestDirectoryExpansion(t *testing.T) {
	inDir(t, map[string]string{
		"news/b.md":       "The storm killed *15* people on Monday.\n",
		"news/a.TXT":      storm12,
		"news/c.html":     "<p>The storm killed 12 people on Monday.</p>\n",
		"news/d.pdf":      storm12,
		"news/.draft.txt": storm15,
		"news/old/e.txt":  storm15,
		"z.txt":           storm15,
	})
	res := runCmd(t, "", "extract", "-f", "json", "news", "z.txt")
	if res.code != exitOK || res.stderr != "" {
		t.Fatalf("exit %d, stderr %q", res.code, res.stderr)
	}
	var out jsonExtract
	if err := json.Unmarshal([]byte(res.stdout), &out); err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, s := range out.Sources {
		paths = append(paths, s.Path)
		if s.Claims == nil {
			t.Errorf("%s: claims decoded as null", s.Path)
		}
	}
	want := []string{filepath.Join("news", "a.TXT"), filepath.Join("news", "b.md"), filepath.Join("news", "c.html"), "z.txt"}
	if !slices.Equal(paths, want) {
		t.Errorf("sources = %q, want %q", paths, want)
	}
}
