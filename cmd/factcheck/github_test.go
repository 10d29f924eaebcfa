package main

import (
	"bytes"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/compare"
)

func TestGitHubEscaping(t *testing.T) {
	tests := []struct {
		name, in, data, property string
	}{
		{"plain", "deploy/date", "deploy/date", "deploy/date"},
		{"percent", "27% up", "27%25 up", "27%25 up"},
		{"already escaped", "%0A", "%250A", "%250A"},
		{"line breaks", "a\r\nb\nc", "a%0D%0Ab%0Ac", "a%0D%0Ab%0Ac"},
		{"colon and comma", "factcheck: a, b", "factcheck: a, b", "factcheck%3A a%2C b"},
		{"command lookalike", "::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"},
		{"non-ASCII", "“Veselá”", "“Veselá”", "“Veselá”"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ghDataEscaper.Replace(tc.in); got != tc.data {
				t.Errorf("data escape of %q = %q, want %q", tc.in, got, tc.data)
			}
			if got := ghPropertyEscaper.Replace(tc.in); got != tc.property {
				t.Errorf("property escape of %q = %q, want %q", tc.in, got, tc.property)
			}
		})
	}
}

// TestWriteGitHub checks the workflow commands of a hand-made conflict
// whose sources hold non-ASCII text, one claim spanning two lines and one
// read from standard input.
func TestWriteGitHub(t *testing.T) {
	a := "“Storms,” she said: 12 people, of 100%, died."
	b := "Ms Veselá said fifteen\npeople died."
	at := func(src, text string, start, end int) claims.Claim {
		return claims.Claim{Source: src, Topic: "storm", Attribute: "count", Text: text[start:end],
			Value: claims.Value{Kind: claims.Count, Num: float64(len(src)), Noun: "people"}, Span: [2]int{start, end}}
	}
	rep := compare.Report{
		Sources: []compare.Source{{Path: "./in,put/a.txt"}, {Path: "b.txt"}, {Path: "-"}},
		Findings: []compare.Finding{{Key: "storm/count", Status: compare.Conflict, Claims: []claims.Claim{
			at("./in,put/a.txt", a, len("“Storms,” she said: "), len("“Storms,” she said: 12 people")),
			at("b.txt", b, len("Ms Veselá said "), len("Ms Veselá said fifteen\npeople")),
			at("-", "", 0, 0),
		}}},
	}
	texts := sourceTexts{"./in,put/a.txt": []byte(a), "b.txt": []byte(b), "-": nil}
	want := "" +
		"::error file=in%2Cput/a.txt,line=1,col=21,endLine=1,endColumn=30,title=factcheck%3A storm/count::conflict: storm/count: 14 people here; 5 people in b.txt; 1 people in -\n" +
		"::error file=b.txt,line=1,endLine=2,title=factcheck%3A storm/count::conflict: storm/count: 5 people here; 14 people in ./in,put/a.txt; 1 people in -\n" +
		"::error title=factcheck%3A storm/count::conflict: storm/count: 1 people here; 14 people in ./in,put/a.txt; 5 people in b.txt\n"
	var out bytes.Buffer
	if err := writeGitHub(&out, rep, texts, compare.Variant); err != nil {
		t.Fatal(err)
	}
	if d := lineDiff(want, out.String()); d != "" {
		t.Errorf("writeGitHub differs (-want +got):\n%s", d)
	}
}
