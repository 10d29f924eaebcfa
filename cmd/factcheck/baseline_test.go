package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/compare"
)

// TestBaselineRoundTrip records the findings of two articles, then checks
// that the baseline silences them whatever the order of the sources and
// wherever the sentences move, and that a new conflict is reported alone.
func TestBaselineRoundTrip(t *testing.T) {
	inDir(t, map[string]string{
		"a.txt": "The storm killed 12 people on Monday.\nAbout 30 people were injured.\n",
		"b.txt": "The storm killed 15 people on Monday.\n",
	})
	res := runCmd(t, "", "--write-baseline", "known.json", "a.txt", "b.txt")
	if res.code != exitOK || !strings.Contains(res.stdout, "conflict") {
		t.Fatalf("--write-baseline: exit %d, want 0 and the report; stdout:\n%s", res.code, res.stdout)
	}
	checkLines(t, res.stderr, []string{"factcheck: recorded 1 finding in known.json"})
	var b baselineFile
	data, err := os.ReadFile("known.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &b); err != nil || len(b.Findings) != 1 || b.Findings[0].Key != "kill/count" {
		t.Fatalf("baseline = %s (%v), want the kill/count conflict", data, err)
	}

	for _, args := range [][]string{{"a.txt", "b.txt"}, {"b.txt", "a.txt"}} {
		res = runCmd(t, "", append([]string{"--baseline", "known.json", "-f", "json"}, args...)...)
		if res.code != exitOK || res.stderr != "" || strings.Contains(res.stdout, `"status": "conflict"`) {
			t.Errorf("--baseline with %v: exit %d, stderr %q, want 0 and no conflict:\n%s", args, res.code, res.stderr, res.stdout)
		}
	}

	// The conflict moves down a line; a new one is added.
	write(t, "a.txt", "A storm hit the coast.\nThe storm killed 12 people on Monday.\nAbout 30 people were injured.\n")
	write(t, "b.txt", "The storm killed 15 people on Monday.\nAt least 70 people were injured.\n")
	rep, res := decodeReport(t, "", "--baseline", "known.json", "a.txt", "b.txt")
	if res.code != exitFindings {
		t.Errorf("a new conflict: exit %d, want 1; stderr %q", res.code, res.stderr)
	}
	var flaggedKeys []string
	for _, f := range rep.Findings {
		if f.Status == "conflict" || f.Status == "variant" {
			flaggedKeys = append(flaggedKeys, f.Key)
		}
	}
	if len(flaggedKeys) != 1 || flaggedKeys[0] != "injure/count" {
		t.Errorf("flagged findings = %v, want only the new injure/count conflict", flaggedKeys)
	}
}

// TestBaselineEscalation checks that a finding the baseline holds as
// compatible is reported once it is a conflict.
func TestBaselineEscalation(t *testing.T) {
	inDir(t, hedged)
	res := runCmd(t, "", "--tolerance", "count=0.3", "--fail-on", "compatible", "--write-baseline", "known.json", "a.txt", "b.txt")
	if res.code != exitOK || !strings.Contains(res.stdout, "compatible") {
		t.Fatalf("--write-baseline: exit %d; stdout:\n%s", res.code, res.stdout)
	}
	res = runCmd(t, "", "--tolerance", "count=0.3", "--fail-on", "compatible", "--baseline", "known.json", "a.txt", "b.txt")
	if res.code != exitOK {
		t.Errorf("the same run with --baseline: exit %d, want 0; stdout:\n%s", res.code, res.stdout)
	}
	res = runCmd(t, "", "--baseline", "known.json", "-f", "line", "a.txt", "b.txt")
	if res.code != exitFindings || !strings.Contains(res.stdout, "error: conflict: kill/count") {
		t.Errorf("the finding as a conflict: exit %d, want 1 and the conflict; stdout:\n%s", res.code, res.stdout)
	}
}

func TestBaselineErrors(t *testing.T) {
	tests := []struct {
		name, content, err string
	}{
		{"not json", "kill/count\n", "factcheck: bad.json: not a factcheck baseline: invalid character"},
		{"other json", `{"findings": [], "fingerprints": []}`, `factcheck: bad.json: not a factcheck baseline: json: unknown field "fingerprints"`},
		{"other version", `{"version": 2, "findings": []}`, "factcheck: bad.json: baseline version 2, want 1 (write it again with --write-baseline)"},
		{"no fingerprint", `{"version": 1, "findings": [{"key": "kill/count"}]}`, "factcheck: bad.json: finding 1 has no fingerprint"},
		{"no status", `{"version": 1, "findings": [{"fingerprint": "83696229b3202d8e42de3212065c364f"}]}`, `factcheck: bad.json: finding 1: unknown status ""`},
		{"empty", "\n", "factcheck: bad.json: empty file, not a factcheck baseline (write one with --write-baseline)"},
		{"more after", `{"version": 1, "findings": []} {}`, "factcheck: bad.json: not a factcheck baseline: more after the JSON object"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			inDir(t, with(conflicting, "bad.json", tc.content))
			res := runCmd(t, "", "--baseline", "bad.json", "a.txt", "b.txt")
			if res.code != exitError || res.stdout != "" {
				t.Errorf("exit %d, stdout %q; want 2 and nothing", res.code, res.stdout)
			}
			checkLines(t, res.stderr, []string{tc.err})
		})
	}
	t.Run("missing", func(t *testing.T) {
		inDir(t, conflicting)
		res := runCmd(t, "", "--baseline", "none.json", "a.txt", "b.txt")
		if res.code != exitError {
			t.Errorf("exit %d, want 2", res.code)
		}
		checkLines(t, res.stderr, []string{"factcheck: none.json: reading baseline: no such file or directory"})
	})
}

func TestFlagged(t *testing.T) {
	tests := []struct {
		status compare.Status
		failOn string
		want   bool
	}{
		{compare.Conflict, "conflict", true},
		{compare.Variant, "conflict", true},
		{compare.Variant, "never", true},
		{compare.Compatible, "conflict", false},
		{compare.Compatible, "compatible", true},
		{compare.Agree, "compatible", false},
		{compare.Single, "never", false},
	}
	for _, tc := range tests {
		if got := flagged(compare.Finding{Status: tc.status}, tc.failOn); got != tc.want {
			t.Errorf("flagged(%v, --fail-on %s) = %v, want %v", tc.status, tc.failOn, got, tc.want)
		}
	}
}

// write replaces a file's content.
func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
