package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// readmeBlock returns the fenced block of README.md whose first line is
// first, without its fences.
func readmeBlock(t *testing.T, first string) string {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i := strings.Index(s, "```yaml\n"+first+"\n")
	if i < 0 {
		t.Fatalf("README.md has no yaml block starting %q", first)
	}
	s = s[i+len("```yaml\n"):]
	return s[:strings.Index(s, "```")]
}

// workflow is the part of a GitHub Actions workflow the test reads.
type workflow struct {
	On   map[string]any `yaml:"on"`
	Jobs map[string]struct {
		RunsOn string `yaml:"runs-on"`
		Steps  []struct {
			Name, Uses, Run, If string
			With                map[string]string
		}
	}
}

// TestREADMEWorkflow checks that the GitHub Actions workflow in README.md
// is a workflow, and runs its factcheck step on the seeds: it must fail
// the step on their conflict and write the files later steps upload.
func TestREADMEWorkflow(t *testing.T) {
	var wf workflow
	if err := yaml.Unmarshal([]byte(readmeBlock(t, "# .github/workflows/factcheck.yml")), &wf); err != nil {
		t.Fatalf("the README's workflow is not YAML: %v", err)
	}
	if len(wf.On) == 0 || len(wf.Jobs) != 1 {
		t.Fatalf("workflow has triggers %v and %d jobs, want some and one", wf.On, len(wf.Jobs))
	}
	seeds := seedPaths(t)
	files := map[string]string{}
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files["articles/"+filepath.Base(p)] = string(b)
	}
	inDir(t, files)
	ran := false
	for _, job := range wf.Jobs {
		for _, st := range job.Steps {
			if args, ok := strings.CutPrefix(st.Run, "factcheck "); ok {
				ran = true
				res := runCmd(t, "", strings.Fields(args)...)
				if res.code != exitFindings || res.stderr != "" || !strings.HasPrefix(res.stdout, "::error file=articles/") {
					t.Errorf("step %q: exit %d, stderr %q, stdout starts %.40q; want 1, nothing, annotations", st.Name, res.code, res.stderr, res.stdout)
				}
			}
			if p := st.With["path"]; p != "" {
				if _, err := os.Stat(p); err != nil {
					t.Errorf("step %q uploads %s, which the factcheck step did not write", st.Name, p)
				}
			}
		}
	}
	if !ran {
		t.Error("the workflow runs no factcheck step")
	}
	if !installs(wf) {
		t.Error("the workflow does not install factcheck as README's Install section does (go install ./cmd/factcheck)")
	}
}

// installs reports whether a step of wf builds factcheck from a clone, as
// the Install section does.
func installs(wf workflow) bool {
	for _, job := range wf.Jobs {
		for _, st := range job.Steps {
			if strings.Contains(st.Run, "git clone") && strings.Contains(st.Run, "go install ./cmd/factcheck") {
				return true
			}
		}
	}
	return false
}

// TestREADMEConfig checks that the configuration file in README.md is
// read without error and sets what its comments say.
func TestREADMEConfig(t *testing.T) {
	c, err := parseConfig(".factcheck.yaml", []byte(readmeBlock(t, "# .factcheck.yaml")))
	if err != nil {
		t.Fatalf("the README's configuration: %v", err)
	}
	if c.format.Value == "" || c.failOn.Value == "" || len(c.tolerance) == 0 || len(c.ignore) == 0 || len(c.synonyms) == 0 || len(c.aliases) == 0 {
		t.Errorf("the README's configuration sets %+v, want every key it shows", c)
	}
	if _, err := c.lexicon(); err != nil {
		t.Errorf("the README's synonyms and aliases: %v", err)
	}
}
