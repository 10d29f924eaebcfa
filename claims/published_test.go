package claims_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
)

// publishedTests are article heads written for the tests. want is the
// date text the span must hold, "" when no publication date is stated.
var publishedTests = []struct {
	name   string
	format claims.Format
	in     string
	date   claims.CalendarDate
	how    string
	want   string
}{
	// Front matter.
	{"yaml date", claims.Markdown, "---\ntitle: Storm hits coast\ndate: 2024-03-09\n---\n\n# Storm hits coast\n",
		claims.CalendarDate{Year: 2024, Month: 3, Day: 9}, "front matter", "2024-03-09"},
	{"yaml published with time", claims.Markdown, "---\npublished: \"2024-03-09T07:15:00+01:00\"\ndate: 2024-03-10\n---\nText.\n",
		claims.CalendarDate{Year: 2024, Month: 3, Day: 9}, "front matter", "2024-03-09"},
	{"yaml pubDate in words", claims.Markdown, "---\npubDate: 'March 9, 2024'\n---\nText.\n",
		claims.CalendarDate{Year: 2024, Month: 3, Day: 9}, "front matter", "March 9, 2024"},
	{"toml date", claims.Markdown, "+++\ndate = 2023-12-31\n+++\nText.\n",
		claims.CalendarDate{Year: 2023, Month: 12, Day: 31}, "front matter", "2023-12-31"},
	{"front matter before a date line", claims.Markdown, "---\ndate: 2024-03-09\n---\nMarch 8, 2024\n",
		claims.CalendarDate{Year: 2024, Month: 3, Day: 9}, "front matter", "2024-03-09"},

	// HTML metadata.
	{"meta property", claims.HTML, `<html><head><meta property="article:published_time" content="2024-07-02T18:40:00Z"></head><body><p>Text.</p></body></html>`,
		claims.CalendarDate{Year: 2024, Month: 7, Day: 2}, "meta", "2024-07-02"},
	{"meta name date", claims.HTML, `<meta name=date content=2024-07-02><time datetime="2024-07-05">July 5</time>`,
		claims.CalendarDate{Year: 2024, Month: 7, Day: 2}, "meta", "2024-07-02"},
	{"meta itemprop beats name date", claims.HTML, `<meta name="DATE" content="2024-07-01"><meta itemprop="datePublished" content="2024-07-02">`,
		claims.CalendarDate{Year: 2024, Month: 7, Day: 2}, "meta", "2024-07-02"},
	{"json-ld", claims.HTML, `<script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2024-07-02T06:00:00-04:00"}</script>`,
		claims.CalendarDate{Year: 2024, Month: 7, Day: 2}, "meta", "2024-07-02"},
	{"time element", claims.HTML, `<body><article><h1>Storm</h1><time class="byline-date" datetime="2024-07-02T06:00">2 July</time><p>Text.</p></article></body>`,
		claims.CalendarDate{Year: 2024, Month: 7, Day: 2}, "time element", "2024-07-02"},
	{"time element marked published", claims.HTML, `<article><time class="updated" datetime="2024-07-03"></time><time pubdate datetime="2024-07-02"></time>`,
		claims.CalendarDate{Year: 2024, Month: 7, Day: 2}, "time element", "2024-07-02"},
	{"time element text", claims.HTML, `<article><time>Tuesday, July 2, 2024</time><p>Text.</p>`,
		claims.CalendarDate{Year: 2024, Month: 7, Day: 2, Weekday: 2}, "time element", "Tuesday, July 2, 2024"},
	{"html date paragraph", claims.HTML, "<body><h1>Storm</h1>\n<p class=\"date\">2 July 2024</p>\n<p>Text.</p></body>",
		claims.CalendarDate{Year: 2024, Month: 7, Day: 2}, "date line", "2 July 2024"},

	// Lines at the head of the text.
	{"published line", claims.Plain, "HARBOUR NEWS\nPublished Mar. 4, 2024, 9:10 a.m. PST\n\nFerry service resumes\n",
		claims.CalendarDate{Year: 2024, Month: 3, Day: 4}, "published line", "Mar. 4, 2024"},
	{"published line with colon", claims.Markdown, "# Ferry service resumes\n\n**Published:** 4 March 2024\n",
		claims.CalendarDate{Year: 2024, Month: 3, Day: 4}, "published line", "4 March 2024"},
	{"published beats date line", claims.Plain, "March 5, 2024\nFirst published on March 4, 2024\n",
		claims.CalendarDate{Year: 2024, Month: 3, Day: 4}, "published line", "March 4, 2024"},
	{"date line beats updated", claims.Plain, "Updated March 6, 2024\nMarch 4, 2024\n",
		claims.CalendarDate{Year: 2024, Month: 3, Day: 4}, "date line", "March 4, 2024"},
	{"updated line alone", claims.Plain, "Ferry service resumes\nLast updated: Mar 6, 2024 at 14:05 GMT\n",
		claims.CalendarDate{Year: 2024, Month: 3, Day: 6}, "published line", "Mar 6, 2024"},
	{"published and updated parts", claims.Plain, "Published 4 March 2024 | Updated 5 March 2024\n",
		claims.CalendarDate{Year: 2024, Month: 3, Day: 4}, "published line", "4 March 2024"},
	{"published and updated without separator", claims.Plain, "Published March 4, 2024 Updated March 5, 2024, 9:13 a.m. ET\n",
		claims.CalendarDate{Year: 2024, Month: 3, Day: 4}, "published line", "March 4, 2024"},
	{"updated after a time", claims.Plain, "Updated 4:48 PM EST, March 5, 2024\n",
		claims.CalendarDate{Year: 2024, Month: 3, Day: 5}, "published line", "March 5, 2024"},
	{"last modified on", claims.Plain, "Last modified on Tue 5 Mar 2024 07.12 GMT\n",
		claims.CalendarDate{Year: 2024, Month: 3, Day: 5, Weekday: 2}, "published line", "Tue 5 Mar 2024"},
	{"date line", claims.Plain, "THE HARBOUR NEWS\nLocal\nMarch 4, 2024\n\nFerry service resumes\n",
		claims.CalendarDate{Year: 2024, Month: 3, Day: 4}, "date line", "March 4, 2024"},
	{"date line with weekday", claims.Plain, "Ferry service resumes\n\nBy Ann Lee\nMonday 4 March 2024\n",
		claims.CalendarDate{Year: 2024, Month: 3, Day: 4, Weekday: 1}, "date line", "Monday 4 March 2024"},
	{"date line after label", claims.Plain, "Business | Monday, March 4, 2024\n",
		claims.CalendarDate{Year: 2024, Month: 3, Day: 4, Weekday: 1}, "date line", "Monday, March 4, 2024"},
	{"date line after outlet", claims.Plain, "Ferry service resumes\n\nHarbour Weekly Review | 4 March 2024\n",
		claims.CalendarDate{Year: 2024, Month: 3, Day: 4}, "date line", "4 March 2024"},
	{"date line with abbreviations and time", claims.Plain, "Ferry service resumes\n\nMon 4 Mar 2024 06.00 GMT\n",
		claims.CalendarDate{Year: 2024, Month: 3, Day: 4, Weekday: 1}, "date line", "Mon 4 Mar 2024"},
	{"date line with time", claims.Plain, "Sept. 30, 2024, 11:45 p.m. ET\n",
		claims.CalendarDate{Year: 2024, Month: 9, Day: 30}, "date line", "Sept. 30, 2024"},
	{"date line with time part", claims.Plain, "Jan 2, 2024 | 3:05 PM CST\n",
		claims.CalendarDate{Year: 2024, Month: 1, Day: 2}, "date line", "Jan 2, 2024"},
	{"date line with updated time", claims.Plain, "Jan 2, 2024 | Updated 6:30 p.m. PT\n",
		claims.CalendarDate{Year: 2024, Month: 1, Day: 2}, "date line", "Jan 2, 2024"},
	{"date line ordinal", claims.Plain, "*January 2nd, 2024*\n",
		claims.CalendarDate{Year: 2024, Month: 1, Day: 2}, "date line", "January 2nd, 2024"},
	{"iso date line", claims.Plain, "2024-01-02\n",
		claims.CalendarDate{Year: 2024, Month: 1, Day: 2}, "date line", "2024-01-02"},
	{"leap day", claims.Plain, "29 February 2024\n",
		claims.CalendarDate{Year: 2024, Month: 2, Day: 29}, "date line", "29 February 2024"},

	// Wire datelines: no year.
	{"dateline", claims.Plain, "Ferries halted by storm\n\nBy Ann Lee\n\nOSLO, Jan 3 (Northwire) - Ferries were halted on Wednesday as the storm hit the coast of Norway, officials said.\n",
		claims.CalendarDate{Month: 1, Day: 3}, "dateline", "Jan 3"},
	{"dateline with region", claims.Plain, "LYON, France, Dec. 9 (Wire) -- Trains were stopped.\n",
		claims.CalendarDate{Month: 12, Day: 9}, "dateline", "Dec. 9"},
	{"dateline with dash only", claims.Plain, "SÃO PAULO, March 12 — Rain fell.\n",
		claims.CalendarDate{Month: 3, Day: 12}, "dateline", "March 12"},
	{"dateline leap day", claims.Plain, "ROME, Feb 29 (Wire) - Rain fell.\n",
		claims.CalendarDate{Month: 2, Day: 29}, "dateline", "Feb 29"},
	{"date line beats dateline", claims.Plain, "Jan 4, 2024\n\nOSLO, Jan 3 (Northwire) - Ferries were halted.\n",
		claims.CalendarDate{Year: 2024, Month: 1, Day: 4}, "date line", "Jan 4, 2024"},

	// No publication date.
	{"empty", claims.Plain, "", claims.CalendarDate{}, "", ""},
	{"year alone", claims.Plain, "2024\n\nThe ferry sailed.\n", claims.CalendarDate{}, "", ""},
	{"month and year", claims.Plain, "March 2024\n", claims.CalendarDate{}, "", ""},
	{"impossible day", claims.Plain, "February 30, 2024\n", claims.CalendarDate{}, "", ""},
	{"not a leap year", claims.Plain, "29 February 2023\n", claims.CalendarDate{}, "", ""},
	{"month 13", claims.Markdown, "---\ndate: 2024-13-01\n---\n", claims.CalendarDate{}, "", ""},
	{"wrong weekday", claims.Plain, "Tuesday 4 March 2024\n", claims.CalendarDate{}, "", ""},
	{"date without year", claims.Plain, "March 4\n", claims.CalendarDate{}, "", ""},
	{"byline", claims.Plain, "By May Day and June Lee\n\nThe ferry sailed.\n", claims.CalendarDate{}, "", ""},
	{"date then words", claims.Plain, "March 4, 2024: the day the ferries stopped\n", claims.CalendarDate{}, "", ""},
	{"published then words", claims.Plain, "Published March 4, 2024 by the harbour board\n", claims.CalendarDate{}, "", ""},
	{"date in a sentence", claims.Plain, "The ferry sailed on March 4, 2024 from Oslo.\n", claims.CalendarDate{}, "", ""},
	{"date deep in the story", claims.Plain, "Ferries halted by storm\n\n" +
		strings.Repeat("The ferries did not sail this week, and the operator said it could not say when they would.\n\n", 3) +
		"March 4, 2024\n", claims.CalendarDate{}, "", ""},
	{"dateline after the first paragraph", claims.Plain, "Ferries halted by storm\n\n" +
		"The ferries did not sail this week, and the operator said it could not say when they would.\n\n" +
		"OSLO, Jan 3 (Northwire) - Ferries were halted.\n", claims.CalendarDate{}, "", ""},
	{"dateline without date", claims.Plain, "OSLO (Northwire) - Ferries were halted.\n", claims.CalendarDate{}, "", ""},
	{"dateline impossible date", claims.Plain, "OSLO, Feb 30 (Northwire) - Ferries were halted.\n", claims.CalendarDate{}, "", ""},
	{"meta other key", claims.HTML, `<meta name="expires" content="2024-07-02">`, claims.CalendarDate{}, "", ""},
	{"front matter never closed", claims.Markdown, "---\ndate: 2024-03-09\n", claims.CalendarDate{}, "", ""},
}

func TestPublished(t *testing.T) {
	x := claims.NewExtractor(claims.MustDefaultLexicon())
	for _, tc := range publishedTests {
		t.Run(tc.name, func(t *testing.T) {
			doc := claims.Document{Path: "test", Text: []byte(tc.in), Format: tc.format}
			got, ok := x.Published(doc)
			if !ok {
				if tc.how != "" {
					t.Fatalf("Published(%q) found no date, want %+v by %q", tc.in, tc.date, tc.how)
				}
				return
			}
			if tc.how == "" {
				t.Fatalf("Published(%q) = %+v, want no date", tc.in, got)
			}
			if got.Date != tc.date || got.How != tc.how {
				t.Errorf("Published(%q) = %+v by %q, want %+v by %q", tc.in, got.Date, got.How, tc.date, tc.how)
			}
			if s := spanText(doc, got.Span); s != tc.want {
				t.Errorf("Published(%q): span %v holds %q, want %q", tc.in, got.Span, s, tc.want)
			}
		})
	}
}

// spanText returns the text of doc a span covers, or a note that the span
// is out of range.
func spanText(doc claims.Document, span [2]int) string {
	if span[0] < 0 || span[1] > len(doc.Text) || span[0] > span[1] {
		return fmt.Sprintf("<span %v out of [0, %d]>", span, len(doc.Text))
	}
	return string(doc.Text[span[0]:span[1]])
}

// goldDirs are directories of articles with a gold.json that gives their
// publication dates.
var goldDirs = []string{"../testdata/clusters/*", "../../shared/seeds", "../../shared/devset/*"}

// TestPublishedGold checks the dates found in the articles of goldDirs
// against the dates their gold files give.
func TestPublishedGold(t *testing.T) {
	x := claims.NewExtractor(claims.MustDefaultLexicon())
	found, total := 0, 0
	for _, pattern := range goldDirs {
		dirs, _ := filepath.Glob(pattern)
		for _, dir := range dirs {
			var gold struct {
				Sources map[string]struct {
					Published *string `json:"published"`
				} `json:"sources"`
			}
			b, err := os.ReadFile(filepath.Join(dir, "gold.json"))
			if os.IsNotExist(err) {
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &gold); err != nil {
				t.Fatalf("%s: %v", dir, err)
			}
			for name, src := range gold.Sources {
				if src.Published == nil {
					continue
				}
				want, err := time.Parse(time.DateOnly, *src.Published)
				if err != nil {
					t.Fatalf("%s: %s: %v", dir, name, err)
				}
				path := filepath.Join(dir, name)
				text, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				total++
				got, ok := x.Published(claims.Document{Path: path, Text: text, Format: claims.FormatOf(path)})
				if !ok {
					t.Logf("%s: no date found, gold %s", path, *src.Published)
					continue
				}
				found++
				d := got.Date
				if d.Year != 0 && d.Year != want.Year() || d.Month != int(want.Month()) || d.Day != want.Day() {
					t.Errorf("%s: Published = %+v by %q (%q), want %s", path, d, got.How, text[got.Span[0]:got.Span[1]], *src.Published)
				}
			}
		}
	}
	if total == 0 {
		t.Skip("no gold articles found")
	}
	t.Logf("publication date found in %d of %d articles with a gold date", found, total)
}

// BenchmarkPublished measures the scan over the articles of goldDirs and
// the news corpus, when present; the MB/s figure is of whole files.
func BenchmarkPublished(b *testing.B) {
	var docs []claims.Document
	var size int64
	for _, pattern := range append(goldDirs, "../../shared/corpus/*/*") {
		paths, _ := filepath.Glob(filepath.Join(pattern, "*.txt"))
		for _, p := range paths {
			text, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, claims.Document{Path: p, Text: text, Format: claims.FormatOf(p)})
			size += int64(len(text))
		}
	}
	if len(docs) == 0 {
		b.Skip("no articles found")
	}
	x := claims.NewExtractor(claims.MustDefaultLexicon())
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			x.Published(d)
		}
	}
}

// FuzzPublished checks that Published does not panic, and that a date it
// finds is a day of the calendar whose span lies within the text.
func FuzzPublished(f *testing.F) {
	for _, tc := range publishedTests {
		f.Add(byte(tc.format), []byte(tc.in))
	}
	f.Add(byte(claims.HTML), []byte(`<meta content="2024-02-30" name=date`))
	f.Add(byte(claims.HTML), []byte(`<time datetime='2024-01-01`))
	f.Add(byte(claims.HTML), []byte("<article><time>\xff\xfe"))
	f.Add(byte(claims.Plain), []byte(strings.Repeat("9", 20000)+"\nMarch 4, 2024"))
	x := claims.NewExtractor(claims.MustDefaultLexicon())
	f.Fuzz(func(t *testing.T, format byte, text []byte) {
		doc := claims.Document{Path: "fuzz", Text: text, Format: claims.Format(format % 3)}
		got, ok, err := published(x, doc)
		if err != nil {
			t.Fatalf("Published(%q) in format %d: %v", text, doc.Format, err)
		}
		if !ok {
			return
		}
		if got.Span[0] < 0 || got.Span[1] > len(text) || got.Span[0] >= got.Span[1] {
			t.Fatalf("Published(%q) = %+v: span outside [0, %d]", text, got, len(text))
		}
		d := got.Date
		if d.Year == 0 {
			d.Year = 2024 // a leap year: a dateline may give 29 February
		}
		day := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		if day.Year() != d.Year || int(day.Month()) != d.Month || day.Day() != d.Day || d.Year < 1800 || d.Year > 2100 {
			t.Fatalf("Published(%q) = %+v, which is not a day of the calendar", text, got)
		}
		if got.How == "" {
			t.Fatalf("Published(%q) = %+v without saying how", text, got)
		}
	})
}

// published runs x.Published(doc) and turns a panic into an error that
// holds the stack.
func published(x *claims.Extractor, doc claims.Document) (p claims.Published, ok bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v\n%s", r, debug.Stack())
		}
	}()
	p, ok = x.Published(doc)
	return p, ok, nil
}

func ExampleExtractor_Published() {
	x := claims.NewExtractor(claims.MustDefaultLexicon())
	for _, text := range []string{
		"MARKET WATCH\nBusiness | Tuesday, Oct. 14, 2025\n\nShares rise\n",
		"Shares rise\n\nBy Ann Lee\n\nFRANKFURT, Oct 14 (Wire) - Shares rose on Tuesday.\n",
		"Shares rise\n\nShares rose on Tuesday.\n",
	} {
		doc := claims.Document{Path: "a.txt", Text: []byte(text)}
		if p, ok := x.Published(doc); ok {
			fmt.Printf("%v (%s: %q)\n", p.Date, p.How, text[p.Span[0]:p.Span[1]])
		} else {
			fmt.Println("no date")
		}
	}
	// Output:
	// Tuesday 14 October 2025 (date line: "Tuesday, Oct. 14, 2025")
	// 14 October (dateline: "Oct 14")
	// no date
}
