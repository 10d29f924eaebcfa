package main

import (
	"os"
	"testing"
)

// hedged and exact state one death toll, one of them hedged, so that a
// tolerance decides whether they conflict.
var hedged = map[string]string{
	"a.txt": "The storm killed about 12 people on Monday.\n",
	"b.txt": "The storm killed 15 people on Monday.\n",
}

// with returns files with more files added.
func with(files map[string]string, more ...string) map[string]string {
	out := map[string]string{}
	for k, v := range files {
		out[k] = v
	}
	for i := 0; i+1 < len(more); i += 2 {
		out[more[i]] = more[i+1]
	}
	return out
}

// evacuated and falcon state a figure in words the lexicon does not pair
// by itself, so that the configuration's synonyms and aliases decide.
var (
	evacuated = map[string]string{
		"a.txt": "Officials said 3,000 residents were evacuated on Monday.\n",
		"b.txt": "Officials said 5,000 residents were moved to safety on Monday.\n",
	}
	falcon = map[string]string{
		"a.txt": "Project Falcon cost $2.1 billion, the ministry said.\n",
		"b.txt": "The Hawk Initiative cost $2.4 billion, officials said.\n",
	}
)

var configRunTests = []runCase{
	{
		name:   "without synonyms",
		files:  evacuated,
		args:   []string{"a.txt", "b.txt"},
		code:   0,
		stdout: []string{"│ single │ evacuate/count │ 3,000 residents │ —     │"},
	},
	{
		name:   "synonyms",
		files:  with(evacuated, ".factcheck.yaml", "synonyms:\n  evacuate: [move to safety]\n"),
		args:   []string{"a.txt", "b.txt"},
		code:   1,
		stdout: []string{"│ conflict │ evacuate/count │ 3,000 residents │ 5,000 residents │"},
	},
	{
		name:   "without aliases",
		files:  falcon,
		args:   []string{"a.txt", "b.txt"},
		code:   0,
		stdout: []string{"0 conflict"},
	},
	{
		name:   "aliases",
		files:  with(falcon, ".factcheck.yaml", "aliases:\n  - [Project Falcon, Hawk Initiative]\n"),
		args:   []string{"a.txt", "b.txt"},
		code:   1,
		stdout: []string{"│ conflict │ cost/amount │ USD 2.1 billion │ USD 2.4 billion │"},
	},
	{
		name:   "alias in two lists",
		files:  with(falcon, ".factcheck.yaml", "aliases:\n  - [Project Falcon, Hawk Initiative]\n  - - the hawk\n    - Hawk Initiative\n"),
		args:   []string{"a.txt", "b.txt"},
		code:   2,
		stderr: []string{`factcheck: .factcheck.yaml:4: aliases: "Hawk Initiative" is already a name of another list, on line 2`},
	},
	{
		name:   "synonym of another class",
		files:  with(evacuated, ".factcheck.yaml", "synonyms:\n  evacuate:\n    - move to safety\n    - kill\n"),
		args:   []string{"a.txt", "b.txt"},
		code:   2,
		stderr: []string{`factcheck: .factcheck.yaml:4: synonyms: evacuate: "kill" is already in class "kill"`},
	},
	{
		name:   "format from the file",
		files:  with(conflicting, ".factcheck.yaml", "format: markdown\n"),
		args:   []string{"a.txt", "b.txt"},
		code:   1,
		stdout: []string{"# factcheck report"},
	},
	{
		name:   "flag beats the file",
		files:  with(conflicting, ".factcheck.yaml", "format: markdown\nfail-on: never\n"),
		args:   []string{"--format", "json", "--fail-on", "conflict", "a.txt", "b.txt"},
		code:   1,
		stdout: []string{`"status": "conflict"`},
	},
	{
		name:   "file found in a parent",
		files:  with(map[string]string{"news/a.txt": storm12, "news/b.txt": storm15}, ".factcheck.yaml", "fail-on: never\n"),
		dir:    "news",
		args:   []string{"a.txt", "b.txt"},
		code:   0,
		stdout: []string{"conflict"},
	},
	{
		name:   "file given with --config",
		files:  with(conflicting, "ci.yaml", "fail-on: never\n", ".factcheck.yaml", "fail-on: conflict\n"),
		args:   []string{"--config", "ci.yaml", "a.txt", "b.txt"},
		code:   0,
		stdout: []string{"conflict"},
	},
	{
		name:   "no config",
		files:  with(conflicting, ".factcheck.yaml", "fail-on: never\n"),
		args:   []string{"--no-config", "a.txt", "b.txt"},
		code:   1,
		stdout: []string{"conflict"},
	},
	{
		name:   "config and no config",
		files:  conflicting,
		args:   []string{"--no-config", "--config", "x.yaml", "a.txt", "b.txt"},
		code:   2,
		stderr: []string{"factcheck: --config and --no-config cannot be given together"},
	},
	{
		name:   "missing --config file",
		files:  conflicting,
		args:   []string{"--config", "ci.yaml", "a.txt", "b.txt"},
		code:   2,
		stderr: []string{"factcheck: ci.yaml: no such file or directory"},
	},
	{
		name:   "unknown key",
		files:  with(conflicting, ".factcheck.yaml", "format: json\nfial-on: never\n"),
		args:   []string{"a.txt", "b.txt"},
		code:   2,
		stderr: []string{`.factcheck.yaml:2: unknown key "fial-on" (known keys: aliases, fail-on, format, ignore, synonyms, tolerance)`},
	},
	{
		name:   "bad type",
		files:  with(conflicting, ".factcheck.yaml", "ignore:\n  kill: true\n"),
		args:   []string{"a.txt", "b.txt"},
		code:   2,
		stderr: []string{`.factcheck.yaml:2: ignore: want a list of finding keys and topics, got a mapping`},
	},
	{
		name:   "the extract command reads the file too",
		files:  with(conflicting, ".factcheck.yaml", "format: table\nformat: json\n"),
		args:   []string{"extract", "a.txt"},
		code:   2,
		stderr: []string{`.factcheck.yaml:2: key "format" given twice`},
	},
	{
		name:   "ignore a key",
		files:  with(conflicting, ".factcheck.yaml", "ignore: [kill/count]\n"),
		args:   []string{"a.txt", "b.txt"},
		code:   0,
		stdout: []string{"0 conflict"},
	},
	{
		name:   "ignore a topic in another case",
		files:  with(conflicting, ".factcheck.yaml", "ignore: [Kill]\n"),
		args:   []string{"a.txt", "b.txt"},
		code:   0,
		stdout: []string{"0 conflict"},
	},
	{
		name:   "tolerance from the file",
		files:  with(hedged, ".factcheck.yaml", "tolerance:\n  count: 0.3\n"),
		args:   []string{"a.txt", "b.txt"},
		code:   0,
		stdout: []string{"compatible"},
	},
	{
		name:   "tolerance flag beats the file",
		files:  with(hedged, ".factcheck.yaml", "tolerance:\n  count: 0.3\n"),
		args:   []string{"--tolerance", "count=0.05", "a.txt", "b.txt"},
		code:   1,
		stdout: []string{"conflict"},
	},
	{
		name:   "unknown dimension in the file",
		files:  with(hedged, ".factcheck.yaml", "format: table\ntolerance:\n  cuont: 0.3\n"),
		args:   []string{"a.txt", "b.txt"},
		code:   2,
		stderr: []string{`factcheck: .factcheck.yaml:3: tolerance: unknown dimension "cuont" (known: area, count,`},
	},
	{
		name:   "unknown dimension in a flag",
		files:  hedged,
		args:   []string{"--tolerance", "cuont=0.3", "a.txt", "b.txt"},
		code:   2,
		stderr: []string{`factcheck: --tolerance cuont=0.3: unknown dimension "cuont"`},
	},
	{
		name:   "stdin named",
		files:  conflicting,
		stdin:  storm15,
		args:   []string{"--stdin-name", "wire/latest.txt", "-f", "json", "a.txt", "-"},
		code:   1,
		stdout: []string{`"source": "wire/latest.txt"`},
	},
	{
		name:   "stdin named as markdown",
		files:  conflicting,
		stdin:  "# Storm\n\n```\nThe storm killed 99 people.\n```\n\nThe storm killed 15 people on Monday.\n",
		args:   []string{"--stdin-name", "latest.md", "a.txt", "-"},
		code:   1,
		stdout: []string{"│ 12 people │ 15 people │"},
	},
	{
		name:   "stdin name without stdin",
		files:  conflicting,
		args:   []string{"--stdin-name", "x.txt", "a.txt", "b.txt"},
		code:   2,
		stderr: []string{"factcheck: --stdin-name names standard input, but no source is -"},
	},
	{
		name:   "stdin name clashes with a file",
		files:  conflicting,
		stdin:  storm15,
		args:   []string{"--stdin-name", "a.txt", "a.txt", "-"},
		code:   2,
		stderr: []string{"factcheck: a.txt: given more than once"},
	},
	{
		name:   "output over a source",
		files:  conflicting,
		args:   []string{"--output", "markdown=a.txt", "a.txt", "b.txt"},
		code:   2,
		stderr: []string{"factcheck: --output markdown=a.txt would overwrite the source a.txt"},
	},
	{
		name:   "output into a directory of sources",
		files:  map[string]string{"news/a.txt": storm12, "news/b.txt": storm15},
		args:   []string{"--output", "markdown=news/report.md", "news"},
		code:   2,
		stderr: []string{"factcheck: --output markdown=news/report.md would be read as an article of the directory news the next time"},
	},
	{
		name:   "output beside a directory of sources",
		files:  map[string]string{"news/a.txt": storm12, "news/b.txt": storm15},
		args:   []string{"--output", "json=news/report.json", "news"},
		code:   1,
		stdout: []string{"conflict"},
	},
	{
		name:   "baseline written over a source",
		files:  conflicting,
		args:   []string{"--write-baseline", "./b.txt", "a.txt", "b.txt"},
		code:   2,
		stderr: []string{"factcheck: --write-baseline ./b.txt would overwrite the source b.txt"},
	},
	{
		name:   "output over the configuration file",
		files:  with(conflicting, ".factcheck.yaml", "fail-on: conflict\n"),
		args:   []string{"--output", "json=.factcheck.yaml", "a.txt", "b.txt"},
		code:   2,
		stderr: []string{"factcheck: --output json=.factcheck.yaml would overwrite the configuration file .factcheck.yaml"},
	},
	{
		name:   "output over the baseline",
		files:  with(conflicting, "known.json", `{"version": 1, "findings": []}`),
		args:   []string{"--baseline", "known.json", "--output", "json=known.json", "a.txt", "b.txt"},
		code:   2,
		stderr: []string{"factcheck: --output json=known.json would overwrite the baseline known.json it reads"},
	},
	{
		name:   "two outputs to one file",
		files:  conflicting,
		args:   []string{"--output", "json=r.json", "--output", "markdown=./r.json", "a.txt", "b.txt"},
		code:   2,
		stderr: []string{"factcheck: --output json=r.json and --output markdown=./r.json write the same file"},
	},
	{
		name:   "baseline refreshed in place",
		files:  with(conflicting, "known.json", `{"version": 1, "findings": []}`),
		args:   []string{"--baseline", "known.json", "--write-baseline", "known.json", "a.txt", "b.txt"},
		code:   0,
		stdout: []string{"conflict"},
		stderr: []string{"factcheck: recorded 1 finding in known.json"},
	},
	{
		name:   "baseline written but an output failed",
		files:  conflicting,
		args:   []string{"--write-baseline", "known.json", "--output", "json=out/r.json", "a.txt", "b.txt"},
		code:   2,
		stdout: []string{"conflict"},
		stderr: []string{"factcheck: writing json report: open out/r.json: no such file or directory", "factcheck: recorded 1 finding in known.json"},
	},
	{
		name:   "empty config flag",
		files:  conflicting,
		args:   []string{"--config=", "a.txt", "b.txt"},
		code:   2,
		stderr: []string{"factcheck: --config needs a value, got an empty one"},
	},
	{
		name:   "empty baseline flag",
		files:  conflicting,
		args:   []string{"--baseline", "", "a.txt", "b.txt"},
		code:   2,
		stderr: []string{"factcheck: --baseline needs a value, got an empty one"},
	},
	{
		name:   "output of an unknown format",
		files:  conflicting,
		args:   []string{"--output", "xml=report.xml", "a.txt", "b.txt"},
		code:   2,
		stderr: []string{`invalid argument "xml=report.xml" for "--output" flag: format "xml" must be one of`, "Run 'factcheck --help' for usage."},
	},
	{
		name:   "output to standard output",
		files:  conflicting,
		args:   []string{"--output", "json=-", "a.txt", "b.txt"},
		code:   2,
		stderr: []string{`standard output has the --format report; name a file`, "Run 'factcheck --help' for usage."},
	},
	{
		name:   "output to a directory that does not exist",
		files:  conflicting,
		args:   []string{"--output", "json=out/report.json", "a.txt", "b.txt"},
		code:   2,
		stdout: []string{"conflict"},
		stderr: []string{"factcheck: writing json report: open out/report.json: no such file or directory"},
	},
}

func TestConfigRun(t *testing.T) { runCases(t, configRunTests) }

// TestOutputs checks that --output writes each report to its file, as
// --format would write it, while standard output keeps the --format one.
func TestOutputs(t *testing.T) {
	inDir(t, conflicting)
	res := runCmd(t, "", "--output", "json=r.json", "--output", "markdown=r.md", "a.txt", "b.txt")
	if res.code != exitFindings || res.stderr != "" {
		t.Fatalf("exit %d, stderr %q", res.code, res.stderr)
	}
	table := runCmd(t, "", "a.txt", "b.txt")
	if res.stdout != table.stdout {
		t.Errorf("stdout with --output differs from the table alone:\n%s", res.stdout)
	}
	for file, format := range map[string]string{"r.json": "json", "r.md": "markdown"} {
		got, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if want := runCmd(t, "", "-f", format, "a.txt", "b.txt").stdout; string(got) != want {
			t.Errorf("%s differs from --format %s:\n%s", file, format, got)
		}
	}
}
