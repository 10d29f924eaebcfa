package claims_test

import (
	"errors"
	"fmt"
	"reflect"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
)

// fuzzLex is shared by the fuzz targets: a Lexicon is safe to share, an
// Extractor is made per target.
var fuzzLex = claims.MustDefaultLexicon()

// valueSeeds are phrases of every kind, and odd strings near the edges of
// the number and date grammar.
var valueSeeds = []string{
	"more than 200", "a four-day", "US$1,200 million", "61.4 per cent",
	"Tuesday, Nov. 18", "between 10 and 12 boats", "nearly $190m",
	"the 21st game", "168 months", "€8 billion ($9.3 billion)",
	"$58 a share", "3 March 2026", "in 2017", "hundreds of homes",
	"27–31%", "USD 3.2 billion to 3.6 billion", "up to 500 troops",
	"", "$", "1,2,3", "10-", "between and", "٣", "𝟙𝟚", "-5", "1e9",
	"99999999999999999999999", "0.00001 people", "1.5th", "second-largest",
	// Values whose printed form once failed to read back.
	"in May", "2k", "10,000 pesos", "HK$5 per share", "1–1000",
}

// FuzzParseValue checks that ParseValue does not panic, that a value it
// finds is printable, and that the printed form is a normal form: reading
// it back gives the same value.
func FuzzParseValue(f *testing.F) {
	for _, s := range valueSeeds {
		f.Add(s)
	}
	f.Add(strings.Repeat("9", 300) + " trillion") // beyond float64
	x := claims.NewExtractor(fuzzLex)
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := x.ParseValue(s)
		if !ok {
			return
		}
		if v.Kind == 0 {
			t.Fatalf("ParseValue(%q) = %s with the zero Kind", s, fields(v))
		}
		str := v.String()
		if str == "" {
			t.Fatalf("ParseValue(%q) = %v %s, which prints as the empty string", s, v.Kind, fields(v))
		}
		switch v.Kind {
		case claims.Count, claims.Duration, claims.Percent, claims.Money, claims.Date, claims.Ordinal:
		default:
			return
		}
		w, ok := x.ParseValue(str)
		if ok && w.Equal(v) {
			return
		}
		if !ok {
			t.Fatalf("ParseValue(%q) = %v %q %s, but ParseValue(%q) finds no value", s, v.Kind, str, fields(v), str)
		}
		t.Fatalf("ParseValue(%q) = %v %q %s, but ParseValue(%q) = %v %q %s", s, v.Kind, str, fields(v), str, w.Kind, w.String(), fields(w))
	})
}

// fields shows a value's fields, which its String method hides.
func fields(v claims.Value) string {
	d := v.Date
	return fmt.Sprintf("{Num:%v Num2:%v Bound:%v Unit:%q Date:{Year:%d Month:%d Day:%d Weekday:%d}}",
		v.Num, v.Num2, v.Bound, v.Unit, d.Year, d.Month, d.Day, d.Weekday)
}

// extractSeeds are documents in the three formats; the byte says which.
var extractSeeds = []struct {
	format claims.Format
	text   string
}{
	{claims.Plain, "The storm killed 12 people on Monday.\nMore than 3,000 homes were destroyed."},
	{claims.Plain, "BEIJING, Nov 18 (Wire) - Lee began a four-day state visit on Tuesday, Nov. 18.\n\nThe two countries signed 15 agreements worth US$1,200 million."},
	{claims.Plain, "By Jane Doe\n\nUnemployment rose to 6.8% in June 2025, the 2nd rise in a row.\n\nRelated\nOther story\nAnother story"},
	{claims.Markdown, "---\ntitle: 12 things\n---\n# Quake\n\nA 6.8-magnitude quake killed [at least 40](http://x.y/40) people in 2017.\n\n```\n99 bottles\n```\n"},
	{claims.HTML, "<html><body><p>Nearly 3,000 homes were destroyed.</p><script>var n = 12;</script><p>About 300 staff left on Monday.</p><!-- 5 --></body></html>"},
	{claims.HTML, "<p>Deal worth €8bn<br>signed on 3 March 2026"},
	{claims.Plain, ""},
	{claims.Markdown, "`"},
	{claims.HTML, "<!--"},
	{claims.Plain, "\xff\xfe 12 \xc3 people"},
	{claims.HTML, "İ<p>12 people</p>"},
	{claims.HTML, "\u212a<a<nav>"}, // the Kelvin sign lower-cases to one byte
	{claims.HTML, "caf\xe9<nav>Home</nav><p>The storm killed 12 people.</p><style>p{}</style>"},
	{claims.Plain, "10-12 boats. 1,2,3. $ 5. between and. ٣ 𝟙𝟚 -5 1e9 99999999999999999999999 people."},
	{claims.Plain, "The Northern Grid Authority (NGA) said 40 homes lost power. THAAD (Terminal High Altitude Area Defense) fired 12. NGA cut 3 lines."},
	{claims.Plain, "Meridian Rail, the operator, cut 40 trains. The operator, Meridian Rail, said the U.S. and Co-operation Group (CG) paid $5m."},
}

// FuzzExtract checks that Extract does not panic on any bytes in any format,
// that each claim's span holds its text at its line and column, that each
// claim names a topic and an attribute, and that an Extractor reused from
// document to document gives the same claims as a new one.
func FuzzExtract(f *testing.F) {
	for _, s := range extractSeeds {
		f.Add(byte(s.format), []byte(s.text))
	}
	reused := claims.NewExtractor(fuzzLex)
	f.Fuzz(func(t *testing.T, format byte, text []byte) {
		doc := claims.Document{Path: "fuzz", Text: text, Format: claims.Format(format % 3)}
		got, err := extract(reused, doc)
		if err != nil {
			t.Fatalf("Extract(%q) in format %d: %v", text, doc.Format, err)
		}
		for _, c := range got {
			checkClaim(t, doc, c)
		}
		if fresh, _ := extract(claims.NewExtractor(fuzzLex), doc); !reflect.DeepEqual(got, fresh) {
			t.Fatalf("Extract(%q) with a reused Extractor:\n%+v\nwith a new one:\n%+v", text, got, fresh)
		}
	})
}

// extract runs x.Extract(doc) and turns a panic into an error that holds
// the stack.
func extract(x *claims.Extractor, doc claims.Document) (cs []claims.Claim, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v\n%s", r, debug.Stack())
		}
	}()
	return x.Extract(doc), nil
}

// checkClaim reports a claim of doc that its span, position, topic or
// attribute do not explain.
func checkClaim(t *testing.T, doc claims.Document, c claims.Claim) {
	t.Helper()
	text := doc.Text
	if c.Span[0] < 0 || c.Span[1] > len(text) || c.Span[0] >= c.Span[1] {
		t.Fatalf("Extract(%q): claim %q has span %v outside [0, %d]", text, c.Text, c.Span, len(text))
	}
	if msg := spanMismatch(doc.Format, text[c.Span[0]:c.Span[1]], c.Text); msg != "" {
		t.Fatalf("Extract(%q): span %v holds %q, claim text is %q: %s", text, c.Span, text[c.Span[0]:c.Span[1]], c.Text, msg)
	}
	if c.Line < 1 || c.Column < 1 {
		t.Fatalf("Extract(%q): claim %q at %d:%d, want both at least 1", text, c.Text, c.Line, c.Column)
	}
	line, col := 1, 1
	for _, b := range text[:c.Span[0]] {
		if b == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	if c.Line != line || c.Column != col {
		t.Fatalf("Extract(%q): claim %q at %d:%d, want %d:%d", text, c.Text, c.Line, c.Column, line, col)
	}
	if c.Topic == "" || c.Attribute == "" {
		t.Fatalf("Extract(%q): claim %q has topic %q and attribute %q, want both set", text, c.Text, c.Topic, c.Attribute)
	}
	if c.Source != doc.Path {
		t.Fatalf("Extract(%q): claim %q has source %q, want %q", text, c.Text, c.Source, doc.Path)
	}
}

// htmlSkipTests are HTML documents with no story figures, only figures in
// elements that are not story text, after bytes that lower-case to another
// length: a Latin-1 "é", the Kelvin sign.
var htmlSkipTests = []struct {
	name, text string
}{
	{"ascii", "cafe <script>The storm killed 12 people on Monday.</script><p>No figures here.</p>"},
	{"latin1", "caf\xe9 <script>The storm killed 12 people on Monday.</script><p>No figures here.</p>"},
	{"kelvin", "\u212a<a<nav>"},
}

func TestExtractHTMLSkipsNonStory(t *testing.T) {
	for _, tc := range htmlSkipTests {
		t.Run(tc.name, func(t *testing.T) {
			doc := claims.Document{Path: "a.html", Text: []byte(tc.text), Format: claims.HTML}
			got, err := extract(claims.NewExtractor(fuzzLex), doc)
			if err != nil {
				t.Fatalf("Extract(%q): %v", tc.text, err)
			}
			for _, c := range got {
				t.Errorf("Extract(%q): claim %s %q from outside the story", tc.text, c.Key(), c.Text)
			}
		})
	}
}

// FuzzParseTolerance checks that a tolerance override either fails or
// reads back to itself once written in its canonical form.
func FuzzParseTolerance(f *testing.F) {
	for _, s := range []string{"length=0.15", "count=0.1,0.02", "time=20", "=1", "x=", "a=1,b", "area=-1", "temperature=NaN"} {
		f.Add(s)
	}
	base := claims.MustDefaultLexicon().Tolerances()
	f.Fuzz(func(t *testing.T, s string) {
		dim, tol, err := claims.ParseTolerance(s, base)
		if err != nil {
			return
		}
		if tol.About < 0 || tol.Rounding < 0 || tol.About != tol.About || tol.Rounding != tol.Rounding {
			t.Fatalf("ParseTolerance(%q) = %+v, want non-negative numbers", s, tol)
		}
		canon := dim + "=" + strconv.FormatFloat(tol.About, 'g', -1, 64) + "," + strconv.FormatFloat(tol.Rounding, 'g', -1, 64)
		dim2, tol2, err := claims.ParseTolerance(canon, base)
		if err != nil || dim2 != dim || tol2 != tol {
			t.Fatalf("ParseTolerance(%q) = %q %+v, but its canonical form %q gives %q %+v, %v", s, dim, tol, canon, dim2, tol2, err)
		}
	})
}

// FuzzNewLexicon checks that any form or name a user gives either makes a
// lexicon or is refused with an AdditionError, without a panic, and that a
// lexicon made from it reads a document that uses the form and the name as
// it reads any other: each claim explained by its span.
func FuzzNewLexicon(f *testing.F) {
	for _, s := range [][2]string{
		{"the Hawk initiative", "move to safety"}, {"WHO", "martyr"}, {"U.S. Steel's", "go-slow"},
		{"Ελλάδα", "covid-19"}, {"of the", "the"}, {"deaths", "march"}, {"(NGA)", "death  toll"}, {"", ""},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, name, form string) {
		text := []byte(fmt.Sprintf("%s will cost $2.1 billion. Project Falcon said 12 people were %s.\nThe %s cost $2 billion, %s said.", name, form, name, name))
		doc := claims.Document{Path: "fuzz", Text: text}
		for _, add := range []claims.Additions{
			{Synonyms: map[string][]string{"kill": {form}, form: {"martyr"}}},
			{Aliases: [][]string{{"Project Falcon", name}, {form, "deaths"}}},
		} {
			lex, err := newLexicon(add)
			var ae *claims.AdditionError
			if err != nil && !errors.As(err, &ae) {
				t.Fatalf("NewLexicon(%+v): %v, want an AdditionError", add, err)
			}
			if err != nil {
				continue
			}
			got, err := extract(claims.NewExtractor(lex), doc)
			if err != nil {
				t.Fatalf("with %+v, Extract(%q): %v", add, text, err)
			}
			for _, c := range got {
				checkClaim(t, doc, c)
			}
		}
	})
}

// newLexicon runs claims.NewLexicon(add) and turns a panic into an error
// that holds the stack.
func newLexicon(add claims.Additions) (lex *claims.Lexicon, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v\n%s", r, debug.Stack())
		}
	}()
	return claims.NewLexicon(add)
}
