package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestParseConfig(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		err  string // substring of the error; "" for none
		want func(c fileConfig) bool
	}{
		{name: "empty", yaml: "", want: func(c fileConfig) bool { return c.format.Value == "" }},
		{name: "only comments", yaml: "# nothing yet\n", want: func(c fileConfig) bool { return len(c.ignore) == 0 }},
		{
			name: "every key",
			yaml: `format: markdown
fail-on: variant
ignore: ["visit/duration", weather]
tolerance:
  length: 0.15
  count: "0.1,0.02"
aliases:
  - ["Project Falcon", "Hawk initiative"]
  - [G7, Group of Seven]
synonyms:
  kill: [slain, "lost their lives"]
`,
			want: func(c fileConfig) bool {
				return c.format.Value == "markdown" && c.format.Line == 1 &&
					c.failOn.Value == "variant" &&
					len(c.ignore) == 2 && c.ignore[1].Value == "weather" &&
					len(c.tolerance) == 2 && c.tolerance[1].Key == "count" && c.tolerance[1].Value == "0.1,0.02" && c.tolerance[1].Line == 6 &&
					len(c.aliases) == 2 && slices.Equal(c.aliases[1].Value, []string{"G7", "Group of Seven"}) && c.aliases[1].Line == 9 &&
					len(c.synonyms) == 1 && c.synonyms[0].Key == "kill" && len(c.synonyms[0].Value) == 2
			},
		},
		{name: "unknown key", yaml: "format: json\ntolerence:\n  count: 0.1\n", err: `.factcheck.yaml:2: unknown key "tolerence" (known keys: aliases, fail-on, format, ignore, synonyms, tolerance)`},
		{name: "key twice", yaml: "format: json\nformat: table\n", err: `.factcheck.yaml:2: key "format" given twice`},
		{name: "bad choice", yaml: "fail-on: sometimes\n", err: `.factcheck.yaml:1: fail-on: "sometimes" is not one of conflict, variant, compatible, never`},
		{name: "format as list", yaml: "format:\n  - json\n", err: `.factcheck.yaml:2: format: want one of table, markdown, json`},
		{name: "ignore as string", yaml: "ignore: visit\n", err: `.factcheck.yaml:1: ignore: want a list of finding keys and topics, got "visit"`},
		{name: "ignore with a mapping", yaml: "ignore:\n  - visit\n  - {a: b}\n", err: `.factcheck.yaml:3: ignore: want a finding key or topic, got a mapping`},
		{name: "tolerance not a number", yaml: "tolerance:\n  count: 0.1\n  length: wide\n", err: `.factcheck.yaml:3: tolerance: length: want ABOUT[,ROUNDING], numbers of 0 or more such as 0.1 or 0.1,0.05, got "wide"`},
		{name: "tolerance as list", yaml: "tolerance: [0.1]\n", err: `.factcheck.yaml:1: tolerance: want a mapping of dimension to ABOUT[,ROUNDING], got a list`},
		{name: "alias of one name", yaml: "aliases:\n  - [Falcon, Hawk]\n  - [Osprey]\n", err: `.factcheck.yaml:3: aliases: want two or more names that denote one thing, got 1`},
		{name: "aliases flat", yaml: "aliases: [Falcon, Hawk]\n", err: `.factcheck.yaml:1: aliases: want a list of names, got "Falcon"`},
		{name: "empty name", yaml: "aliases:\n  - [Falcon, \"\"]\n", err: `.factcheck.yaml:2: aliases: want a name, got an empty string`},
		{name: "synonyms null", yaml: "synonyms:\n  kill:\n", err: `.factcheck.yaml:2: synonyms: kill: want a list of topic words, got nothing`},
		{name: "not a mapping", yaml: "- format\n", err: `.factcheck.yaml:1: want a mapping of keys`},
		{name: "syntax", yaml: "format: json\nignore: [a\n", err: `: not YAML: did not find expected ',' or ']'`},
		{name: "tab", yaml: "format: json\n\tignore: []\n", err: `.factcheck.yaml:2: not YAML: found a tab character that violates indentation`},
		{name: "two documents", yaml: "fail-on: variant\n---\nformat: json\n", err: `.factcheck.yaml:2: a second YAML document; the file must hold one`},
		{name: "second document broken", yaml: "fail-on: variant\n---\nformat: [\n", err: `: not YAML: did not find expected node content`},
		{name: "class twice", yaml: "synonyms:\n  evacuate: [move to safety]\n  evacuate: [order out]\n", err: `.factcheck.yaml:3: synonyms: topic class "evacuate" given twice`},
		{name: "dimension twice", yaml: "tolerance:\n  count: 0.1\n  count: 0.2\n", err: `.factcheck.yaml:3: tolerance: dimension "count" given twice`},
		{name: "anchor and alias", yaml: "ignore: &x [a]\nformat: *x\n", err: `.factcheck.yaml:2: format: want one of table, markdown, json, line, github, sarif, got an alias`},
		{name: "merge key", yaml: "tolerance:\n  <<: {count: 0.1}\n", err: `.factcheck.yaml:2: tolerance: <<: want ABOUT[,ROUNDING], got a mapping`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := parseConfig(".factcheck.yaml", []byte(tc.yaml))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("parseConfig(%q) error = %v, want one containing %q", tc.yaml, err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("parseConfig(%q) error = %v", tc.yaml, err)
			}
			if !tc.want(c) {
				t.Errorf("parseConfig(%q) = %+v", tc.yaml, c)
			}
		})
	}
}

func TestFindConfig(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(p string) {
		if err := os.WriteFile(p, []byte("format: json\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if p, err := findConfig(deep); err != nil || p != "" && strings.HasPrefix(p, root) {
		t.Fatalf("findConfig with no file = %q, %v; want none under %s", p, err, root)
	}
	write(filepath.Join(root, ".factcheck.yml"))
	if p, err := findConfig(deep); err != nil || p != filepath.Join(root, ".factcheck.yml") {
		t.Errorf("findConfig = %q, %v; want the .yml file in the grandparent", p, err)
	}
	write(filepath.Join(root, "a", ".factcheck.yaml"))
	if p, err := findConfig(deep); err != nil || p != filepath.Join(root, "a", ".factcheck.yaml") {
		t.Errorf("findConfig = %q, %v; want the nearest file", p, err)
	}
	if err := os.Mkdir(filepath.Join(deep, ".factcheck.yaml"), 0o755); err != nil {
		t.Fatal(err)
	}
	if p, err := findConfig(deep); err != nil || p != filepath.Join(root, "a", ".factcheck.yaml") {
		t.Errorf("findConfig = %q, %v; a directory of that name is not a configuration file", p, err)
	}
}

// FuzzParseConfig checks that any bytes give a configuration or an error
// that names the file, never a panic.
func FuzzParseConfig(f *testing.F) {
	f.Add([]byte("format: json\nignore: [a, b]\ntolerance: {count: 0.1}\naliases: [[a, b]]\nsynonyms: {kill: [slay]}\n"))
	f.Add([]byte("fail-on: [\n"))
	f.Add([]byte("&a [*a]\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, err := parseConfig("f.yaml", b)
		if err != nil && !strings.HasPrefix(err.Error(), "f.yaml") {
			t.Errorf("error %q does not name the file", err)
		}
	})
}
