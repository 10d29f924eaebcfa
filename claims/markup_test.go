package claims_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
)

// markupTests are short pages in HTML and Markdown with the claims they
// must give: the text of each and the bytes of the page it was read from.
var markupTests = []struct {
	name   string
	format claims.Format
	in     string
	want   []string // claim texts in order
	raw    []string // the page's bytes under each claim's span
}{
	{"html references", claims.HTML,
		"<p>The storm killed 12&nbsp;people and left damage worth &euro;8bn at Caf&eacute; Rouge &amp; Sons.</p>",
		[]string{"12 people", "€8bn"}, []string{"12&nbsp;people", "&euro;8bn"}},
	{"html numeric references", claims.HTML,
		"<p>Officials said it was the storm&#8217;s 3rd landfall &#8212; it killed 12 people.</p>",
		[]string{"3rd landfall", "12 people"}, []string{"3rd landfall", "12 people"}},
	{"html skipped elements", claims.HTML,
		"<html><head><title>40 dead</title><style>p{width:40px}</style></head><body>" +
			"<header>Updated 41 minutes ago</header><nav>42 stories</nav>" +
			"<article><p>The storm killed 12 people.</p>" +
			"<figure><img src=\"a.jpg\"><figcaption>43 homes were flooded</figcaption></figure>" +
			"<aside>44 readers</aside><form><button>45 likes</button></form><noscript>46 visits</noscript>" +
			"<template>47 rows</template><svg><text>48 km</text></svg><script>var n = 49;</script></article>" +
			"<footer>Copyright 2019, 50 staff</footer></body></html>",
		[]string{"12 people"}, []string{"12 people"}},
	{"html nested blocks", claims.HTML,
		"<div><section><p>The storm killed 12 people</p><ul><li>Officials evacuated 300 homes<li>Crews cleared 40 roads</ul></section></div>",
		[]string{"12 people", "300 homes", "40 roads"}, []string{"12 people", "300 homes", "40 roads"}},
	{"html inline elements and white space", claims.HTML,
		"<p>The storm\n   killed <b>12</b>\n   people on <em>Monday</em>.</p>",
		[]string{"12 people", "Monday"}, []string{"12</b>\n   people", "Monday"}},
	{"markdown code", claims.Markdown,
		"The storm killed 12 people.\n\n```\nkilled 40 people in 2019\n```\n\n    41 people in 2018\n\nIt cost `$4bn` to repair.\n",
		[]string{"12 people"}, []string{"12 people"}},
	{"markdown links, images and autolinks", claims.Markdown,
		"The storm [killed 12 people](https://example.com/killed-40-people-2019 \"43 dead\").\n\n" +
			"![44 homes flooded](flood-45.jpg) Crews cleared [30 roads][r] <https://example.com/46-roads>.\n\n" +
			"[r]: https://example.com/47-roads-2018\n",
		[]string{"12 people", "30 roads"}, []string{"12 people", "30 roads"}},
	{"markdown emphasis, escapes and references", claims.Markdown,
		"The storm *killed* **12 people** on _Monday_ and left damage worth \\$4bn at Caf&eacute; Rouge &amp; Sons.\n",
		[]string{"12 people", "Monday", "$4bn"}, []string{"12 people", "Monday", `\$4bn`}},
	{"markdown headings and lists", claims.Markdown,
		"# Storm kills 12 people\n\nOfficials said:\n\n- 300 homes were evacuated.\n- Crews cleared\n  40 roads.\n\n1. Schools closed for 3 days.\n",
		[]string{"12 people", "300 homes", "40 roads", "3 days"}, []string{"12 people", "300 homes", "40 roads", "3 days"}},
	{"markdown front matter and raw html", claims.Markdown,
		"---\ntitle: 40 dead\ndate: 2025-11-18\n---\nThe storm killed 12 people.\n\n<div>\n41 people were hurt.\n</div>\n\nIt destroyed <span class=\"n\">300</span> homes.\n",
		[]string{"12 people", "300 homes"}, []string{"12 people", "300</span> homes"}},
}

func TestExtractMarkup(t *testing.T) {
	x := claims.NewExtractor(claims.MustDefaultLexicon())
	for _, tc := range markupTests {
		t.Run(tc.name, func(t *testing.T) {
			doc := claims.Document{Path: "a", Text: []byte(tc.in), Format: tc.format}
			var texts, raws []string
			for _, c := range x.Extract(doc) {
				checkClaim(t, doc, c)
				texts = append(texts, c.Text)
				raws = append(raws, string(doc.Text[c.Span[0]:c.Span[1]]))
			}
			if strings.Join(texts, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Extract(%q) gives claims %q, want %q", tc.in, texts, tc.want)
			}
			if strings.Join(raws, "|") != strings.Join(tc.raw, "|") {
				t.Errorf("Extract(%q) gives spans holding %q, want %q", tc.in, raws, tc.raw)
			}
		})
	}
}

func TestPublishedFrontMatter(t *testing.T) {
	doc := claims.Document{Path: "a.md", Format: claims.Markdown,
		Text: []byte("---\ntitle: Storm\ndate: 2025-11-18\n---\n# Storm\n\nThe storm killed 12 people on Monday.\n")}
	x := claims.NewExtractor(claims.MustDefaultLexicon())
	p, ok := x.Published(doc)
	if want := (claims.CalendarDate{Year: 2025, Month: 11, Day: 18}); !ok || p.Date.Year != want.Year || p.Date.Month != want.Month || p.Date.Day != want.Day || p.How != "front matter" {
		t.Fatalf("Published = %+v, %v, want %v from front matter", p, ok, want)
	}
	if got := string(doc.Text[p.Span[0]:p.Span[1]]); got != "2025-11-18" {
		t.Errorf("Published span holds %q, want %q", got, "2025-11-18")
	}
	doc.Published = p.Date
	var got []string
	for _, c := range x.Extract(doc) {
		got = append(got, fmt.Sprintf("%d:%d %s %v", c.Line, c.Column, c.Key(), c.Value))
	}
	want := []string{"7:18 kill/count 12 people", "7:31 kill/date Monday 17 November 2025"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Extract gives %q, want %q", got, want)
	}
}

// FuzzExtractMarkup checks Extract on HTML and Markdown: no panic, and
// each claim's span lies in the page at its line and column and decodes
// to its text (see [spanMismatch]).
func FuzzExtractMarkup(f *testing.F) {
	for _, tc := range markupTests {
		f.Add(tc.format == claims.HTML, []byte(tc.in))
	}
	x := claims.NewExtractor(fuzzLex)
	f.Fuzz(func(t *testing.T, isHTML bool, text []byte) {
		doc := claims.Document{Path: "fuzz", Text: text, Format: claims.Markdown}
		if isHTML {
			doc.Format = claims.HTML
		}
		got, err := extract(x, doc)
		if err != nil {
			t.Fatalf("Extract(%q) in format %d: %v", text, doc.Format, err)
		}
		for _, c := range got {
			checkClaim(t, doc, c)
		}
	})
}
