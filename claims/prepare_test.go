package claims

import (
	"strings"
	"testing"
)

// skipTests pairs an article with the claims it must give: the markup and
// page furniture around the story must give none.
var skipTests = []struct {
	name   string
	format Format
	in     string
	want   []string // claim texts in order
}{
	{"byline", Plain, "By Anna Berg and Tom Hale\n\nThe storm killed 12 people.\n", []string{"12 people"}},
	{"dateline", Plain, "PARIS, Nov 18 (Wire) - The storm killed 12 people.\n", []string{"12 people"}},
	{"advertisement and read more", Plain, "The storm killed 12 people.\nAdvertisement\nRead more: 40 killed in 2019 floods\n", []string{"12 people"}},
	{"related headlines at the end", Plain, "The storm killed 12 people.\nFloods kill 40 in Spain\nTwo dead as bridge collapses\nMarkets fall 3% on Monday\n", []string{"12 people"}},
	{"a single last line is kept", Plain, "The storm killed 12 people.\nThree more died on Monday\n", []string{"12 people", "Three more died", "Monday"}},
	{"end of article", Plain, "The storm killed 12 people.\nEnd of Article\nThe flood killed 40 people.\n", []string{"12 people"}},
	{"caption with a photo credit", Plain, "The storm killed 12 people.\nFirefighters battle a blaze that destroyed 30 homes. (AP Photo/Jane Doe)\n", []string{"12 people"}},
	{"url", Plain, "The storm killed 12 people. https://example.com/2019/40-dead\n", []string{"12 people"}},
	{"markdown code", Markdown, "The storm killed 12 people.\n\n```\nkilled 40 people in 2019\n```\n\nIt cost `$4bn` to repair.\n", []string{"12 people"}},
	{"markdown link target", Markdown, "The storm [killed 12 people](https://example.com/killed-40-people-2019).\n", []string{"12 people"}},
	{"markdown front matter", Markdown, "---\ntitle: 40 dead\ndate: 2025-11-18\n---\nThe storm killed 12 people.\n", []string{"12 people"}},
	{"html tags and script", HTML, "<html><head><style>p{width:40px}</style><script>var killed = 40;</script></head><body><p>The storm <b>killed</b> 12 people.</p><footer>Copyright 2019, 40 staff</footer></body></html>", []string{"12 people"}},
	{"text without full stops is kept", Plain, "The storm killed 12 people\nOfficials evacuated 300 homes\n", []string{"12 people", "300 homes"}},
	{"html paragraphs end sentences", HTML, "<p>The storm killed 12 people</p><p>Officials evacuated 300 homes</p>", []string{"12 people", "300 homes"}},
}

func TestExtractSkipsNonStory(t *testing.T) {
	x := NewExtractor(MustDefaultLexicon())
	for _, tc := range skipTests {
		t.Run(tc.name, func(t *testing.T) {
			doc := Document{Path: "a", Text: []byte(tc.in), Format: tc.format}
			var got []string
			for _, c := range x.Extract(doc) {
				if string(doc.Text[c.Span[0]:c.Span[1]]) != c.Text {
					t.Errorf("span %v does not slice to %q", c.Span, c.Text)
				}
				got = append(got, c.Text)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("claims %q, want %q", got, tc.want)
			}
		})
	}
}

func TestFormatOf(t *testing.T) {
	for path, want := range map[string]Format{"a.txt": Plain, "b.MD": Markdown, "c.markdown": Markdown, "d.html": HTML, "e.HTM": HTML, "f": Plain, "-": Plain} {
		if got := FormatOf(path); got != want {
			t.Errorf("FormatOf(%q) = %v, want %v", path, got, want)
		}
	}
}
