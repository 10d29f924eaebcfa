package main

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/compare"
)

// The renderers are tested on reports built by hand, so that these tests
// do not depend on what the extractor finds.

// count returns a count claim of n people in src, in sentence.
func count(src string, n float64, sentence string) claims.Claim {
	return claims.Claim{
		Source: src, Topic: "storm", Attribute: "count",
		Value: claims.Value{Kind: claims.Count, Num: n, Noun: "people"},
		Text:  "n people", Span: [2]int{17, 25}, Line: 3, Column: 18,
		Sentence: sentence,
	}
}

// handReport aligns three sources: a and b conflict on the death toll, a
// states it twice, and c is empty.
func handReport(sentence string) compare.Report {
	a := count("a|1.txt", 12, sentence)
	a2 := count("a|1.txt", 12, "Twelve died.")
	a2.Line = 5
	b := count("b.txt", 15, "Fifteen died.")
	return compare.Align([]compare.Source{
		{Path: "a|1.txt", Claims: []claims.Claim{a, a2}},
		{Path: "b.txt", Claims: []claims.Claim{b}},
		{Path: "c.txt"},
	}, compare.Options{})
}

const nasty = "The <script>alert(1)</script> storm | killed *12* `people` in [the](http://x) ~~city~~ & \x1b[31mred\x1b[0m\nnext"

func TestMarkdownEscaping(t *testing.T) {
	var b bytes.Buffer
	if err := writeMarkdown(&b, handReport(nasty)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{"<script>", "</script>", "*12*", "`people`", "[the](", "~~city~~", "\x1b", "a|1.txt", " & "} {
		if strings.Contains(out, bad) {
			t.Errorf("markdown contains unescaped %q:\n%s", bad, out)
		}
	}
	for _, want := range []string{
		"# factcheck report\n\n**Verdict: the sources conflict.** 1 conflict, 0 variants, 0 compatible, 0 agree, 0 single across 3 sources.\n\n",
		"## Sources\n\n1. a\\|1.txt\n2. b.txt\n3. c.txt\n",
		"| conflict | storm/count | 12 people | 15 people | —",
		"\n## Conflicts\n\n### storm/count\n\n",
		"- **a\\|1.txt:3** — 12 people\n  > The &lt;script&gt;alert(1)&lt;/script&gt; storm \\| killed \\*12\\* \\`people\\` in \\[the\\](http://x) \\~\\~city\\~\\~ &amp;  \\[31mred \\[0m next\n",
		"- **a\\|1.txt:5** — 12 people\n  > Twelve died.\n",
		"- **b.txt:3** — 15 people\n  > Fifteen died.\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
	// Rendered by a GFM parser, the article text stays text: no element
	// of its own, and the sentence reads as written.
	var html bytes.Buffer
	if err := goldmark.New(goldmark.WithExtensions(extension.GFM)).Convert(b.Bytes(), &html); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<script", "<em>", "<code>", "<a ", "<del>"} {
		if strings.Contains(html.String(), bad) {
			t.Errorf("rendered markdown contains %q:\n%s", bad, html.String())
		}
	}
	if want := `<td style="text-align:left">12 people</td>`; !strings.Contains(html.String(), want) {
		t.Errorf("rendered markdown lacks %q:\n%s", want, html.String())
	}
	// Every table line has the same number of unescaped cell separators.
	var cols []int
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "|") {
			cols = append(cols, strings.Count(strings.ReplaceAll(line, `\|`, ""), "|"))
		}
	}
	if len(cols) != 3 || cols[0] != 6 || cols[1] != 6 || cols[2] != 6 {
		t.Errorf("table lines have %v separators, want [6 6 6]:\n%s", cols, out)
	}
}

func TestMarkdownNoConflicts(t *testing.T) {
	rep := compare.Align([]compare.Source{
		{Path: "a.txt", Claims: []claims.Claim{count("a.txt", 12, "x")}},
		{Path: "b.txt", Claims: []claims.Claim{count("b.txt", 12, "y")}},
	}, compare.Options{})
	var b bytes.Buffer
	if err := writeMarkdown(&b, rep); err != nil {
		t.Fatal(err)
	}
	if out := b.String(); strings.Contains(out, "## Conflicts") || !strings.Contains(out, "**Verdict: the sources agree.** 0 conflicts, 0 variants, 0 compatible, 1 agree, 0 single across 2 sources.") {
		t.Errorf("markdown for an agreement:\n%s", out)
	}
}

func TestTableCells(t *testing.T) {
	var b bytes.Buffer
	if err := writeTable(&b, handReport("The storm\tkilled 12."), true, false); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"│  status  │    fact     │  a|1.txt  │   b.txt   │ c.txt │", // header, not upper-cased
		"│ conflict │ storm/count │ 12 people │ 15 people │ —     │", // a's two claims give one value
		"\n1 finding: 1 conflict, 0 variant, 0 compatible, 0 agree, 0 single\n",
		"\nconflict storm/count\n  a|1.txt:3:18: The storm killed 12.\n  a|1.txt:5:18: Twelve died.\n  b.txt:3:18: Fifteen died.\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\t") {
		t.Errorf("table contains a tab:\n%s", out)
	}
}

func TestTableWithoutEvidence(t *testing.T) {
	var b bytes.Buffer
	if err := writeTable(&b, handReport("x"), false, false); err != nil {
		t.Fatal(err)
	}
	if out := b.String(); !strings.HasSuffix(out, "0 single\n") || strings.Contains(out, "a|1.txt:3:18") {
		t.Errorf("table without --evidence should end with the summary:\n%s", out)
	}
}

func TestJSONShape(t *testing.T) {
	var b bytes.Buffer
	if err := writeJSON(&b, compare.Align([]compare.Source{{Path: "a.txt"}, {Path: "b.txt"}}, compare.Options{})); err != nil {
		t.Fatal(err)
	}
	want := `{
  "sources": [
    {
      "path": "a.txt",
      "claims": []
    },
    {
      "path": "b.txt",
      "claims": []
    }
  ],
  "findings": [],
  "summary": {
    "agree": 0,
    "compatible": 0,
    "conflict": 0,
    "variant": 0,
    "single": 0
  }
}
`
	if d := lineDiff(want, b.String()); d != "" {
		t.Errorf("JSON of two empty sources (-want +got):\n%s", d)
	}
}

func TestJSONClaims(t *testing.T) {
	var b bytes.Buffer
	if err := writeJSON(&b, handReport("a <b> & c")); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"sentence": "a <b> & c"`) {
		t.Errorf("JSON escapes HTML characters:\n%s", b.String())
	}
	var rep jsonReport
	if err := json.Unmarshal(b.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 1 {
		t.Fatalf("findings = %+v, want one", rep.Findings)
	}
	f := rep.Findings[0]
	want := jsonClaim{Source: "a|1.txt", Topic: "storm", Attribute: "count", Value: "12 people",
		Text: "n people", Span: [2]int{17, 25}, Line: 3, Column: 18, Sentence: "a <b> & c"}
	if f.Key != "storm/count" || f.Kind != "count" || f.Status != "conflict" || len(f.Claims) != 3 || !reflect.DeepEqual(f.Claims[0], want) {
		t.Errorf("finding = %+v\nwant key storm/count, kind count, status conflict, 3 claims, first %+v", f, want)
	}
	if rep.Summary != (jsonSummary{Conflict: 1}) || len(rep.Sources[2].Claims) != 0 {
		t.Errorf("summary %+v, sources %+v", rep.Summary, rep.Sources)
	}
}

// TestValueCellsMergeEqualValues checks that values equal but for the noun
// they are written with are shown once, in their longest wording, while
// different values of one source are all shown.
func TestValueCellsMergeEqualValues(t *testing.T) {
	c12 := count("a.txt", 12, "Storm kills 12")
	c12.Value.Noun = ""
	c12people := count("a.txt", 12, "The storm killed 12 people.")
	c9 := count("a.txt", 9, "Nine died in the second storm.")
	f := compare.Finding{Key: "kill/count", Claims: []claims.Claim{c12, c12people, c9}}
	got := valueCells(f, []compare.Source{{Path: "a.txt"}, {Path: "b.txt"}}, plainCell)
	want := []string{"12 people; 9 people", absent}
	if !slices.Equal(got, want) {
		t.Errorf("valueCells = %q, want %q", got, want)
	}
}

// outlierReport aligns three sources of which the last departs from the
// other two, and a pair of amounts that only a note can explain.
func outlierReport() compare.Report {
	money := func(src string, code string) claims.Claim {
		return claims.Claim{Source: src, Topic: "aid", Attribute: "amount", Text: "n",
			Value: claims.Value{Kind: claims.Money, Num: 5e6, Unit: code}, Sentence: "Aid of n."}
	}
	return compare.Align([]compare.Source{
		{Path: "a|1.txt", Claims: []claims.Claim{count("a|1.txt", 12, "Twelve died."), money("a|1.txt", "USD")}},
		{Path: "b.txt", Claims: []claims.Claim{count("b.txt", 12, "The storm killed 12.")}},
		{Path: "c.txt", Claims: []claims.Claim{count("c.txt", 19, "Nineteen died."), money("c.txt", "EUR")}},
	}, compare.Options{})
}

// TestRemarks checks that every format says which source departs from the
// majority, and shows the note of a compatible finding.
func TestRemarks(t *testing.T) {
	tests := []struct {
		format string
		write  func(*bytes.Buffer, compare.Report) error
		want   []string
	}{
		{"table", func(b *bytes.Buffer, r compare.Report) error { return writeTable(b, r, false, false) }, []string{
			"┘\nconflict storm/count — c.txt disagrees with a|1.txt, b.txt\n" +
				"compatible aid/amount — amounts in different currencies are not compared\n" +
				"2 findings: 1 conflict",
		}},
		{"markdown", func(b *bytes.Buffer, r compare.Report) error { return writeMarkdown(b, r) }, []string{
			"\n### storm/count\n\nc.txt disagrees with a\\|1.txt, b.txt.\n\n- **a\\|1.txt:3**",
			"\n## Notes\n\n- **aid/amount** (compatible): amounts in different currencies are not compared.\n",
		}},
		{"json", func(b *bytes.Buffer, r compare.Report) error { return writeJSON(b, r) }, []string{
			`"status": "conflict",
      "majority": [
        "a|1.txt",
        "b.txt"
      ],
      "outliers": [
        "c.txt"
      ],
      "claims": [`,
			`"note": "amounts in different currencies are not compared",
      "claims": [`,
		}},
	}
	for _, tc := range tests {
		t.Run(tc.format, func(t *testing.T) {
			var b bytes.Buffer
			if err := tc.write(&b, outlierReport()); err != nil {
				t.Fatal(err)
			}
			for _, want := range tc.want {
				if !strings.Contains(b.String(), want) {
					t.Errorf("%s output lacks %q:\n%s", tc.format, want, b.String())
				}
			}
		})
	}
}

func TestDissent(t *testing.T) {
	tests := []struct {
		name               string
		majority, outliers []string
		want               string
	}{
		{"none", nil, nil, ""},
		{"one outlier", []string{"a.txt", "b.txt"}, []string{"c.txt"}, "c.txt disagrees with a.txt, b.txt"},
		{"two outliers", []string{"a.txt", "d.txt"}, []string{"b.txt", "c.txt"}, "b.txt, c.txt disagree with a.txt, d.txt"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := compare.Finding{Majority: tc.majority, Outliers: tc.outliers}
			if got := dissent(f, plainCell); got != tc.want {
				t.Errorf("dissent(%q, %q) = %q, want %q", tc.majority, tc.outliers, got, tc.want)
			}
		})
	}
}

func TestMdBlock(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Twelve died.", "Twelve died."},
		{"# Not a heading", `\# Not a heading`},
		{"- not a list", `\- not a list`},
		{"> not a quote", "&gt; not a quote"},
		{"1. Not an item", `1\. Not an item`},
		{"12) Not an item", `12\) Not an item`},
		{"2026 was a year.", "2026 was a year."},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := mdBlock(tc.in); got != tc.want {
				t.Errorf("mdBlock(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
