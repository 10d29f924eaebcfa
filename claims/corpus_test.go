package claims

import (
	"os"
	"path/filepath"
	"testing"
)

// corpusDir is the news corpus used for benchmarks and robustness runs; the
// tests that need it are skipped when it is absent.
const corpusDir = "../../shared/corpus/bbc"

func loadCorpus(tb testing.TB) []Document {
	tb.Helper()
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*", "*.txt"))
	if len(paths) == 0 {
		tb.Skipf("no corpus at %s", corpusDir)
	}
	docs := make([]Document, 0, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, Document{Path: p, Text: b})
	}
	return docs
}

// BenchmarkExtract measures extraction over the whole corpus on one core;
// the MB/s figure is bytes of article text read per second.
func BenchmarkExtract(b *testing.B) { benchmarkExtract(b, MustDefaultLexicon()) }

// BenchmarkExtractAdditions measures it with a few additions of the kind a
// user gives, some of whose names are frequent in the corpus.
func BenchmarkExtractAdditions(b *testing.B) {
	lex, err := NewLexicon(Additions{
		Synonyms: map[string][]string{"job cut": {"axe"}, "revenue": {"gate receipts"}, "broadband": {"net connection", "dsl line"}},
		Aliases: [][]string{
			{"United States", "US", "America"}, {"United Kingdom", "UK", "Britain"}, {"European Union", "EU"},
			{"Bank of England", "the Bank"}, {"BBC", "the corporation"}, {"Labour", "the party"}, {"fatalities", "deaths"},
		},
	})
	if err != nil {
		b.Fatal(err)
	}
	benchmarkExtract(b, lex)
}

func benchmarkExtract(b *testing.B, lex *Lexicon) {
	docs := loadCorpus(b)
	var size int64
	for _, d := range docs {
		size += int64(len(d.Text))
	}
	x := NewExtractor(lex)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			x.Extract(d)
		}
	}
}

// TestCorpusClaimsAreExplained checks on every article of the corpus that
// each claim's span slices the file to its text, that its line and column
// point at the span, and that its sentence contains the text.
func TestCorpusClaimsAreExplained(t *testing.T) {
	docs := loadCorpus(t)
	x := NewExtractor(MustDefaultLexicon())
	total := 0
	for _, d := range docs {
		for _, c := range x.Extract(d) {
			total++
			if c.Span[0] < 0 || c.Span[1] > len(d.Text) || c.Span[0] >= c.Span[1] {
				t.Fatalf("%s: bad span %v", d.Path, c.Span)
			}
			if got := string(d.Text[c.Span[0]:c.Span[1]]); got != c.Text {
				t.Fatalf("%s:%d: span %v holds %q, claim text is %q", d.Path, c.Line, c.Span, got, c.Text)
			}
			if c.Topic == "" || c.Attribute == "" || c.Sentence == "" {
				t.Fatalf("%s:%d: claim %q lacks topic, attribute or sentence", d.Path, c.Line, c.Text)
			}
			line, col := 1, 1
			for _, r := range d.Text[:c.Span[0]] {
				if r == '\n' {
					line, col = line+1, 1
				} else {
					col++
				}
			}
			if line != c.Line || col != c.Column {
				t.Fatalf("%s: claim %q at %d:%d, want %d:%d", d.Path, c.Text, c.Line, c.Column, line, col)
			}
		}
	}
	if total < len(docs) {
		t.Errorf("only %d claims in %d articles", total, len(docs))
	}
}
