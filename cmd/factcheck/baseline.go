package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/compare"
)

// baselineVersion is the version of the baseline file format.
const baselineVersion = 1

// baselineFile is what --write-baseline records and --baseline reads: the
// flagged findings of a run, each by its [compare.Fingerprint] and its
// status (see [recorded]). The key and the sources are there for people
// reading the file.
type baselineFile struct {
	Version  int             `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

// baselineEntry is one recorded finding: its fingerprint and status, and
// for readers its key and the sources that state it.
type baselineEntry struct {
	Fingerprint string   `json:"fingerprint"`
	Status      string   `json:"status"`
	Key         string   `json:"key"`
	Sources     []string `json:"sources"`
}

// flagged reports whether a finding is one that the annotating formats
// flag and a baseline records (see [flagFloor]).
func flagged(f compare.Finding, failOn string) bool { return f.Status >= flagFloor(failOn) }

// writeBaselineFile records the flagged findings of rep in path, sorted by
// key and fingerprint so that the file changes only where the findings
// do, and returns how many it recorded.
func writeBaselineFile(path string, rep compare.Report, failOn string) (int, error) {
	b := baselineFile{Version: baselineVersion, Findings: []baselineEntry{}}
	for _, f := range rep.Findings {
		if !flagged(f, failOn) {
			continue
		}
		var srcs []string
		for _, c := range f.Claims {
			if !slices.Contains(srcs, c.Source) {
				srcs = append(srcs, c.Source)
			}
		}
		b.Findings = append(b.Findings, baselineEntry{compare.Fingerprint(f), f.Status.String(), f.Key, srcs})
	}
	slices.SortFunc(b.Findings, func(x, y baselineEntry) int {
		return cmp.Or(strings.Compare(x.Key, y.Key), strings.Compare(x.Fingerprint, y.Fingerprint))
	})
	b.Findings = slices.CompactFunc(b.Findings, func(x, y baselineEntry) bool { return x.Fingerprint == y.Fingerprint })
	var buf bytes.Buffer
	if err := encodeJSON(&buf, b); err != nil {
		return 0, err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return 0, fmt.Errorf("writing baseline: %v", err)
	}
	return len(b.Findings), nil
}

// readBaseline returns the findings recorded in the baseline at path: the
// status each had, by fingerprint.
func readBaseline(path string) (map[string]compare.Status, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: reading baseline: %v", path, cause(err))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("%s: empty file, not a factcheck baseline (write one with --write-baseline)", path)
	}
	var b baselineFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("%s: not a factcheck baseline: %v", path, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%s: not a factcheck baseline: more after the JSON object", path)
	}
	if b.Version != baselineVersion {
		return nil, fmt.Errorf("%s: baseline version %d, want %d (write it again with --write-baseline)", path, b.Version, baselineVersion)
	}
	known := make(map[string]compare.Status, len(b.Findings))
	for i, e := range b.Findings {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("%s: finding %d has no fingerprint", path, i+1)
		}
		st, err := compare.ParseStatus(e.Status)
		if err != nil {
			return nil, fmt.Errorf("%s: finding %d: %v", path, i+1, err)
		}
		known[e.Fingerprint] = max(known[e.Fingerprint], st)
	}
	return known, nil
}

// recorded reports whether the baseline holds f with a status at least as
// serious as it has now: a finding recorded as compatible that is now a
// conflict, under a tighter tolerance say, is new.
func recorded(known map[string]compare.Status, f compare.Finding) bool {
	st, ok := known[compare.Fingerprint(f)]
	return ok && f.Status <= st
}

// filter leaves out of rep the findings the configuration ignores, giving
// all, and of those the ones recorded in the baseline, giving shown.
func (cfg *compareConfig) filter(rep compare.Report) (all, shown compare.Report, err error) {
	var known map[string]compare.Status
	if cfg.baseline != "" {
		if known, err = readBaseline(cfg.baseline); err != nil {
			return rep, rep, err
		}
	}
	all, shown = rep, rep
	if len(cfg.ignore) > 0 {
		all = rep.Without(func(f compare.Finding) bool { return ignored(f, cfg.ignore) })
		shown = all
	}
	if len(known) > 0 {
		shown = all.Without(func(f compare.Finding) bool { return recorded(known, f) })
	}
	return all, shown, nil
}

// ignored reports whether the key or the topic of f is in ignore, in any
// case.
func ignored(f compare.Finding, ignore []string) bool {
	return slices.ContainsFunc(ignore, func(ig string) bool {
		return strings.EqualFold(ig, f.Key) || strings.EqualFold(ig, f.Topic)
	})
}
