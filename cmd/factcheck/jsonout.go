package main

import (
	"encoding/json"
	"io"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/compare"
)

// The JSON output of a comparison is one object:
//
//	{
//	  "sources": [{"path": string, "claims": [claim...]}],
//	  "findings": [{
//	    "key": "topic/attribute",
//	    "topic": string,
//	    "attribute": string,
//	    "kind": "count" | "ordinal" | "duration" | "date" | "money" | "percent",
//	    "status": "conflict" | "variant" | "compatible" | "agree" | "single",
//	    "note": string (only when the status needs explaining),
//	    "majority": [path...] (only on a conflict: see below),
//	    "outliers": [path...] (only with "majority"),
//	    "claims": [claim...]
//	  }],
//	  "summary": {"agree": n, "compatible": n, "conflict": n, "variant": n, "single": n}
//	}
//
// and a claim is
//
//	{
//	  "source": path as given,
//	  "topic": string,
//	  "attribute": string,
//	  "value": normalised value as text, such as "4 days",
//	  "text": verbatim evidence,
//	  "span": [start, end] byte offsets into the source (end exclusive),
//	  "line": 1-based line of start,
//	  "column": 1-based byte column of start,
//	  "sentence": the sentence holding the claim,
//	  "era": year of the earlier event the sentence tells of (only when it does),
//	  "estimator": who gives the figure as their own estimate, as a lower-case stem (only when the sentence says),
//	  "reference": what a percentage is measured against, as sorted stems (only when it says),
//	  "diff": [{"op": "equal" | "delete" | "insert", "text": words}...] (in a finding only: see below)
//	}
//
// Sources keep the command line's order; findings come most serious first.
// On a conflict among three or more sources, "majority" lists the largest
// set of sources whose figures agree or are compatible pair by pair, when
// it holds two or more and no other set is as large, and "outliers" the
// sources that depart from it; both keep the command line's order and are
// left out when there is no such majority. In a finding on a quote or a
// name that the sources word differently, each claim worded otherwise than
// the first carries "diff", the word-level difference from the first
// claim's text to its own. Other lists are [] rather than
// null when empty. The extract subcommand writes only the "sources" list.

type jsonReport struct {
	Sources  []jsonSource  `json:"sources"`
	Findings []jsonFinding `json:"findings"`
	Summary  jsonSummary   `json:"summary"`
}

type jsonExtract struct {
	Sources []jsonSource `json:"sources"`
}

type jsonSource struct {
	Path   string      `json:"path"`
	Claims []jsonClaim `json:"claims"`
}

type jsonFinding struct {
	Key       string      `json:"key"`
	Topic     string      `json:"topic"`
	Attribute string      `json:"attribute"`
	Kind      string      `json:"kind"`
	Status    string      `json:"status"`
	Note      string      `json:"note,omitempty"`
	Majority  []string    `json:"majority,omitempty"`
	Outliers  []string    `json:"outliers,omitempty"`
	Claims    []jsonClaim `json:"claims"`
}

type jsonSummary struct {
	Agree      int `json:"agree"`
	Compatible int `json:"compatible"`
	Conflict   int `json:"conflict"`
	Variant    int `json:"variant"`
	Single     int `json:"single"`
}

type jsonClaim struct {
	Source    string     `json:"source"`
	Topic     string     `json:"topic"`
	Attribute string     `json:"attribute"`
	Value     string     `json:"value"`
	Text      string     `json:"text"`
	Span      [2]int     `json:"span"`
	Line      int        `json:"line"`
	Column    int        `json:"column"`
	Sentence  string     `json:"sentence"`
	Era       int        `json:"era,omitempty"`
	Estimator string     `json:"estimator,omitempty"`
	Reference string     `json:"reference,omitempty"`
	Diff      []jsonEdit `json:"diff,omitempty"`
}

type jsonEdit struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// writeJSON writes the report as described above.
func writeJSON(w io.Writer, rep compare.Report) error {
	out := jsonReport{
		Sources:  jsonSources(rep.Sources),
		Findings: make([]jsonFinding, len(rep.Findings)),
		Summary: jsonSummary{
			Agree:      rep.Summary.Agree,
			Compatible: rep.Summary.Compatible,
			Conflict:   rep.Summary.Conflict,
			Variant:    rep.Summary.Variant,
			Single:     rep.Summary.Single,
		},
	}
	for i, f := range rep.Findings {
		out.Findings[i] = jsonFinding{
			Key:       f.Key,
			Topic:     f.Topic,
			Attribute: f.Attribute,
			Kind:      f.Kind.String(),
			Status:    f.Status.String(),
			Note:      f.Note,
			Majority:  f.Majority,
			Outliers:  f.Outliers,
			Claims:    jsonClaims(f.Claims),
		}
		for k, d := range f.Diffs {
			out.Findings[i].Claims[k].Diff = jsonEdits(d)
		}
	}
	return encodeJSON(w, out)
}

// encodeJSON writes v indented, without escaping <, > and &.
func encodeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func jsonSources(srcs []compare.Source) []jsonSource {
	out := make([]jsonSource, len(srcs))
	for i, s := range srcs {
		out[i] = jsonSource{Path: s.Path, Claims: jsonClaims(s.Claims)}
	}
	return out
}

// jsonEdits converts a word-level difference; nil stays nil.
func jsonEdits(d []compare.Edit) []jsonEdit {
	if d == nil {
		return nil
	}
	out := make([]jsonEdit, len(d))
	for i, e := range d {
		out[i] = jsonEdit{Op: e.Op.String(), Text: e.Text}
	}
	return out
}

func jsonClaims(cs []claims.Claim) []jsonClaim {
	out := make([]jsonClaim, len(cs))
	for i, c := range cs {
		out[i] = jsonClaim{
			Source:    c.Source,
			Topic:     c.Topic,
			Attribute: c.Attribute,
			Value:     c.Value.String(),
			Text:      c.Text,
			Span:      c.Span,
			Line:      c.Line,
			Column:    c.Column,
			Sentence:  c.Sentence,
			Era:       c.Era,
			Estimator: c.Estimator,
			Reference: c.Reference,
		}
	}
	return out
}
