package main

import (
	"encoding/json"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/compare"
)

// sarifSchemaFile is the official SARIF 2.1.0 JSON schema (errata 01) of
// the OASIS SARIF technical committee.
const sarifSchemaFile = "../../testdata/schema/sarif-2.1.0.json"

// sarifValidator compiles the SARIF schema, asserting formats such as
// "uri-reference" too.
func sarifValidator(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(sarifSchemaFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("parsing %s: %v", sarifSchemaFile, err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(sarifSchema, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(sarifSchema)
	if err != nil {
		t.Fatalf("compiling %s: %v", sarifSchemaFile, err)
	}
	return sch
}

// TestSARIFSchemaFile checks that the stored schema is the whole official
// one, not a stub that anything passes.
func TestSARIFSchemaFile(t *testing.T) {
	b, err := os.ReadFile(sarifSchemaFile)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Schema      string                     `json:"$schema"`
		ID          string                     `json:"id"`
		Required    []string                   `json:"required"`
		Definitions map[string]json.RawMessage `json:"definitions"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("parsing %s: %v", sarifSchemaFile, err)
	}
	if len(b) < 100_000 || doc.Schema != "http://json-schema.org/draft-04/schema#" || doc.ID != sarifSchema ||
		!slices.Equal(doc.Required, []string{"version", "runs"}) || len(doc.Definitions) < 50 {
		t.Errorf("%s: %d bytes, $schema %q, id %q, required %q, %d definitions; want the SARIF 2.1.0 schema",
			sarifSchemaFile, len(b), doc.Schema, doc.ID, doc.Required, len(doc.Definitions))
	}
	for _, def := range []string{"run", "result", "region", "artifactLocation", "reportingDescriptor"} {
		if _, ok := doc.Definitions[def]; !ok {
			t.Errorf("%s has no definition of %q", sarifSchemaFile, def)
		}
	}
}

// sarifLog is the part of a SARIF log the tests read.
type sarifLog struct {
	Runs []struct {
		ColumnKind string `json:"columnKind"`
		Tool       struct {
			Driver struct {
				Name, Version string
				Rules         []struct{ ID string }
			}
		}
		Results []struct {
			Level, RuleID       string
			RuleIndex           int
			PartialFingerprints map[string]string
			Message             struct{ Text string }
			Locations           []sarifLogLocation
			RelatedLocations    []sarifLogLocation
		}
	}
}

type sarifLogLocation struct {
	ID               int
	PhysicalLocation struct {
		ArtifactLocation struct{ URI string }
		Region           struct{ StartLine, StartColumn, EndLine, EndColumn, ByteOffset, ByteLength int }
	}
}

// runSARIF runs factcheck --format sarif with args, validates the log
// against the schema and decodes it.
func runSARIF(t *testing.T, sch *jsonschema.Schema, stdin string, args ...string) sarifLog {
	t.Helper()
	res := runCmd(t, stdin, append([]string{"--format", "sarif"}, args...)...)
	if res.code == exitError || res.stderr != "" {
		t.Fatalf("exit %d, stderr:\n%s", res.code, res.stderr)
	}
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(res.stdout))
	if err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Fatalf("output does not validate against the SARIF 2.1.0 schema: %v", err)
	}
	var log sarifLog
	if err := json.Unmarshal([]byte(res.stdout), &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(log.Runs))
	}
	return log
}

// A conflict between a file whose name and text are not ASCII, a plain
// one, and standard input.
const (
	nonASCIIName = "a dir/Veselá “1”.txt"
	nonASCIIText = "Ms Veselá said: “The storm killed 12 people on Monday.”\n"
)

// TestSARIFValid checks that the SARIF output validates against the
// official schema and is consistent: one result per line of the line
// format, each naming its rule by id and index.
func TestSARIFValid(t *testing.T) {
	sch := sarifValidator(t)
	seeds := seedPaths(t)
	tests := []struct {
		name  string
		files map[string]string
		stdin string
		args  []string
	}{
		{"seeds", nil, "", seeds},
		{"seeds, compatible flagged", nil, "", append([]string{"--fail-on", "compatible"}, seeds...)},
		{"non-ASCII path and standard input", map[string]string{nonASCIIName: nonASCIIText, "b.txt": storm15}, storm12,
			[]string{nonASCIIName, "b.txt", "-"}},
		{"nothing flagged", map[string]string{"a.txt": storm12, "b.txt": storm12}, "", []string{"a.txt", "b.txt"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.files != nil {
				inDir(t, tc.files)
			}
			run := runSARIF(t, sch, tc.stdin, tc.args...).Runs[0]
			lines := runCmd(t, tc.stdin, append([]string{"--format", "line"}, tc.args...)...)
			if n := strings.Count(lines.stdout, "\n"); len(run.Results) != n {
				t.Errorf("%d results, but the line format has %d lines", len(run.Results), n)
			}
			if run.ColumnKind != "utf16CodeUnits" || run.Tool.Driver.Name != "factcheck" || run.Tool.Driver.Version == "" {
				t.Errorf("columnKind %q, driver %q version %q", run.ColumnKind, run.Tool.Driver.Name, run.Tool.Driver.Version)
			}
			for i, r := range run.Results {
				rules := run.Tool.Driver.Rules
				if r.RuleIndex < 0 || r.RuleIndex >= len(rules) || rules[r.RuleIndex].ID != r.RuleID {
					t.Errorf("result %d: ruleId %q, ruleIndex %d does not name it", i, r.RuleID, r.RuleIndex)
				}
			}
		})
	}
}

// TestSARIFInvalidRejected checks that the schema check would catch a bad
// log: an unknown level, a line 0, and a URI with a backslash (formats are
// checked too).
func TestSARIFInvalidRejected(t *testing.T) {
	sch := sarifValidator(t)
	inDir(t, conflicting)
	good := runCmd(t, "", "--format", "sarif", "a.txt", "b.txt").stdout
	tests := []struct{ name, old, new string }{
		{"level", `"level": "error"`, `"level": "fatal"`},
		{"line", `"startLine": 1`, `"startLine": 0`},
		{"uri", `"uri": "a.txt"`, `"uri": "dir\\a.txt"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(good, tc.old) {
				t.Fatalf("output lacks %s:\n%s", tc.old, good)
			}
			inst, err := jsonschema.UnmarshalJSON(strings.NewReader(strings.Replace(good, tc.old, tc.new, 1)))
			if err != nil {
				t.Fatal(err)
			}
			if sch.Validate(inst) == nil {
				t.Errorf("a log with %s validates", tc.new)
			}
		})
	}
}

// TestSARIFLocation checks a location on a line with non-ASCII text in a
// file whose name is not ASCII: columns count UTF-16 code units, the byte
// offset and length are the claim's span, and the URI is encoded.
func TestSARIFLocation(t *testing.T) {
	sch := sarifValidator(t)
	inDir(t, map[string]string{nonASCIIName: nonASCIIText, "b.txt": storm15})
	run := runSARIF(t, sch, "", nonASCIIName, "b.txt").Runs[0]
	if len(run.Results) != 2 {
		t.Fatalf("%d results, want 2", len(run.Results))
	}
	loc := run.Results[0].Locations[0].PhysicalLocation
	start := strings.Index(nonASCIIText, "12 people")
	want := sarifLogLocation{}.PhysicalLocation
	want.ArtifactLocation.URI = "a%20dir/Vesel%C3%A1%20%E2%80%9C1%E2%80%9D.txt"
	want.Region.StartLine, want.Region.StartColumn = 1, len([]rune(nonASCIIText[:start]))+1
	want.Region.EndLine, want.Region.EndColumn = 1, want.Region.StartColumn+len("12 people")
	want.Region.ByteOffset, want.Region.ByteLength = start, len("12 people")
	if loc != want {
		t.Errorf("location %+v, want %+v", loc, want)
	}
	if rel := run.Results[0].RelatedLocations; len(rel) != 1 || rel[0].PhysicalLocation.ArtifactLocation.URI != "b.txt" {
		t.Errorf("related locations %+v, want one in b.txt", rel)
	}
}

// fingerprints returns the partial fingerprints of a log's results, as
// sorted "key=value" strings.
func fingerprints(log sarifLog) []string {
	var out []string
	for _, r := range log.Runs[0].Results {
		for k, v := range r.PartialFingerprints {
			out = append(out, k+"="+v)
		}
	}
	slices.Sort(out)
	return out
}

// TestSARIFFingerprints checks that partial fingerprints do not change
// when the claims move to other lines or the sources come in another
// order, that they change with a value, and that no two results of a log
// share a claim fingerprint.
func TestSARIFFingerprints(t *testing.T) {
	sch := sarifValidator(t)
	var base []string
	tests := []struct {
		name  string
		a, b  string
		args  []string
		equal bool
	}{
		{"base", storm12, storm15, []string{"a.txt", "b.txt"}, true},
		{"moved down", "Storm\n\nUpdated.\n" + storm12, storm15, []string{"a.txt", "b.txt"}, true},
		{"sources reversed", storm12, storm15, []string{"b.txt", "a.txt"}, true},
		{"value changed", storm12, "The storm killed 16 people on Monday.\n", []string{"a.txt", "b.txt"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			inDir(t, map[string]string{"a.txt": tc.a, "b.txt": tc.b})
			log := runSARIF(t, sch, "", tc.args...)
			got := fingerprints(log)
			if len(got) != 4 {
				t.Fatalf("fingerprints %q, want two per result, two results", got)
			}
			claimFPs := map[string]bool{}
			for _, r := range log.Runs[0].Results {
				claimFPs[r.PartialFingerprints[claimFingerprintKey]] = true
			}
			if len(claimFPs) != len(log.Runs[0].Results) {
				t.Errorf("results share claim fingerprints: %q", got)
			}
			if base == nil {
				base = got
			}
			if slices.Equal(got, base) != tc.equal {
				t.Errorf("fingerprints %q, base %q: equal is %v, want %v", got, base, !tc.equal, tc.equal)
			}
		})
	}
}

// uriChars matches a string of the characters RFC 3986 allows in a URI
// reference, with percent-encoded octets.
var uriChars = regexp.MustCompile(`^(?:[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=-]|%[0-9A-F]{2})*$`)

// TestArtifactURI checks that paths become URI references of URI
// characters only, which read back as the path.
func TestArtifactURI(t *testing.T) {
	tests := []struct{ path, want string }{
		{"a.txt", "a.txt"},
		{"./news/a.txt", "news/a.txt"},
		{"../../testdata/seeds/a.txt", "../../testdata/seeds/a.txt"},
		{"dir/a b.txt", "dir/a%20b.txt"},
		{"Veselá.txt", "Vesel%C3%A1.txt"},
		{"50%#1?.txt", "50%25%231%3F.txt"},
		{"a:b.txt", "./a:b.txt"},
		{"/srv/news/a b.txt", "file:///srv/news/a%20b.txt"},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			got := artifactURI(tc.path)
			if got != tc.want {
				t.Errorf("artifactURI(%q) = %q, want %q", tc.path, got, tc.want)
			}
			if !uriChars.MatchString(got) {
				t.Errorf("artifactURI(%q) = %q, which has characters a URI does not allow", tc.path, got)
			}
			u, err := url.Parse(got)
			if err != nil {
				t.Fatalf("artifactURI(%q) = %q, which does not parse: %v", tc.path, got, err)
			}
			if strings.TrimPrefix(compare.PathKey(tc.path), "a:") != strings.TrimPrefix(u.Path, "./a:") {
				t.Errorf("artifactURI(%q) = %q, whose path is %q", tc.path, got, u.Path)
			}
		})
	}
}

// TestKindRules checks that every kind of claim has its rule, in the
// order of the kinds, so that rule indexes stay put.
func TestKindRules(t *testing.T) {
	var kinds []claims.Kind
	for k := claims.Count; !strings.HasPrefix(k.String(), "kind("); k++ {
		kinds = append(kinds, k)
	}
	var got []claims.Kind
	for _, r := range kindRules {
		got = append(got, r.kind)
		if r.short == "" || r.full == "" {
			t.Errorf("rule %s lacks a description", r.kind)
		}
	}
	if !slices.Equal(got, kinds) {
		t.Errorf("rules for kinds %v, want %v", got, kinds)
	}
}
