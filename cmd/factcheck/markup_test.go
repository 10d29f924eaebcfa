package main

import (
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// markupDir holds the seed articles as web pages and as Markdown files.
const markupDir = "../../testdata/markup"

// seedDates are the days the seed articles were published, which the
// pages state in a meta tag and the Markdown files in their front matter.
var seedDates = map[string]string{
	"000_25c42158f4932dea": "2026-01-07",
	"001_4efcf907c51be7fa": "2026-01-05",
	"002_62ebceb27a88dd77": "2026-01-05",
}

// stem returns a path's file name without its extension.
func stem(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// TestMarkupSeeds checks that the seed articles written as HTML pages and
// as Markdown give the findings of the plain text, dated as the markup
// dates them, and that each claim's span in a page holds its text.
func TestMarkupSeeds(t *testing.T) {
	seeds := seedPaths(t)
	args := []string{}
	for _, p := range seeds {
		args = append(args, "--date", p+"="+seedDates[stem(p)])
	}
	plain, res := decodeReport(t, "", append(args, seeds...)...)
	if res.code == exitError || len(plain.Findings) == 0 {
		t.Fatalf("plain text: exit %d, %d findings: %s", res.code, len(plain.Findings), res.stderr)
	}
	want := bySeed(plain)
	for _, ext := range []string{".html", ".md"} {
		t.Run(ext, func(t *testing.T) {
			var pages []string
			for _, p := range seeds {
				pages = append(pages, filepath.Join(markupDir, stem(p)+ext))
			}
			rep, res := decodeReport(t, "", pages...)
			if res.code == exitError {
				t.Fatalf("exit 2: %s", res.stderr)
			}
			if got := bySeed(rep); got != want {
				t.Errorf("findings differ from the plain text's (-plain +%s):\n%s", ext, lineDiff(want, got))
			}
			checkPageSpans(t, pages)
		})
	}
}

// bySeed is findingList with each source named by its seed alone.
func bySeed(rep jsonReport) string {
	for i, f := range rep.Findings {
		for k := range f.Claims {
			rep.Findings[i].Claims[k].Source = stem(f.Claims[k].Source)
		}
	}
	return findingList(rep)
}

// pageMarkup is the markup of the seed pages that a claim's span may
// hold: HTML tags, and Markdown emphasis, link brackets and targets.
var pageMarkup = map[string]*regexp.Regexp{
	".html": regexp.MustCompile(`<[^>]*>`),
	".md":   regexp.MustCompile(`\]\([^)]*\)|[*\[]`),
}

var mdEscape = regexp.MustCompile(`\\([!-/:-@\[-` + "`" + `{-~])`)

// checkPageSpans checks every claim extracted from pages: its span holds
// its text once markup is taken out and references and escapes decoded,
// and its line and column are those of the span's start.
func checkPageSpans(t *testing.T, pages []string) {
	t.Helper()
	res := runCmd(t, "", append([]string{"extract", "-f", "json"}, pages...)...)
	var ex jsonExtract
	if err := json.Unmarshal([]byte(res.stdout), &ex); err != nil {
		t.Fatalf("decoding extract output: %v\n%s", err, res.stderr)
	}
	for _, src := range ex.Sources {
		file, err := os.ReadFile(src.Path)
		if err != nil {
			t.Fatal(err)
		}
		ext := filepath.Ext(src.Path)
		for _, c := range src.Claims {
			raw := string(file[c.Span[0]:c.Span[1]])
			dec := html.UnescapeString(mdEscape.ReplaceAllString(pageMarkup[ext].ReplaceAllString(raw, ""), "$1"))
			if strings.Join(strings.Fields(dec), " ") != strings.Join(strings.Fields(c.Text), " ") {
				t.Errorf("%s: span %v holds %q, which reads %q, claim text is %q", src.Path, c.Span, raw, dec, c.Text)
			}
			before := file[:c.Span[0]]
			line := strings.Count(string(before), "\n") + 1
			col := c.Span[0] - strings.LastIndexByte(string(before), '\n')
			if c.Line != line || c.Column != col {
				t.Errorf("%s: claim %q at %d:%d, its span starts at %d:%d", src.Path, c.Text, c.Line, c.Column, line, col)
			}
		}
	}
}
