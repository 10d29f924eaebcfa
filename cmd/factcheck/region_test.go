package main

import (
	"testing"

	"github.com/factcheck/factcheck/claims"
)

func TestTextPos(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		off       int
		line, col int
	}{
		{"start", "abc", 0, 1, 1},
		{"ascii", "abc def", 4, 1, 5},
		{"curly quotes count one each", "“Go,” he said", len("“Go,” "), 1, 7},
		{"accents", "Vesel\u00e1 said 12", len("Veselá said "), 1, 13},
		{"CJK", "你好你好[你好]", len("你好你好["), 1, 6},
		{"emoji counts two", "🔥 12 dead", len("🔥 "), 1, 4},
		{"second line", "a\n“b” 12", len("a\n“b” "), 2, 5},
		{"after CRLF", "a\r\nb 12", len("a\r\nb "), 2, 3},
		{"byte order mark not counted", "\ufeffab 12", len("\ufeffab "), 1, 4},
		{"end of text", "ab\n", 3, 2, 1},
		{"past the end", "ab", 9, 1, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			line, col := textPos([]byte(tc.text), tc.off)
			if line != tc.line || col != tc.col {
				t.Errorf("textPos(%q, %d) = %d, %d, want %d, %d", tc.text, tc.off, line, col, tc.line, tc.col)
			}
		})
	}
}

func TestLocate(t *testing.T) {
	text := "Headline\n“They said “2017” and” then\nit went on “over\nlines”."
	at := func(s string) int { // byte offset of s in text
		for i := range len(text) - len(s) + 1 {
			if text[i:i+len(s)] == s {
				return i
			}
		}
		t.Fatalf("%q not in text", s)
		return 0
	}
	texts := sourceTexts{"a.txt": []byte(text)}
	tests := []struct {
		name  string
		claim claims.Claim
		want  region
	}{
		{"one line, after non-ASCII", claims.Claim{Source: "a.txt", Span: [2]int{at("2017"), at("2017") + 4}},
			region{2, 13, 2, 17}},
		{"over lines", claims.Claim{Source: "a.txt", Span: [2]int{at("over"), at("”.")}},
			region{3, 13, 4, 6}},
		{"unknown source", claims.Claim{Source: "b.txt", Line: 4, Column: 7, Span: [2]int{1, 5}},
			region{4, 7, 4, 7}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := texts.locate(tc.claim); got != tc.want {
				t.Errorf("locate(%s %v) = %+v, want %+v", tc.claim.Source, tc.claim.Span, got, tc.want)
			}
		})
	}
}
