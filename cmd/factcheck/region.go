package main

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims"
)

// sourceTexts holds the bytes of each source as read, by path, so that
// the annotating formats can locate a claim's span in the units other
// tools count.
type sourceTexts map[string][]byte

// region is where a claim's evidence lies in its file, for tools that
// count columns in characters: lines are 1-based, columns 1-based and
// counted in UTF-16 code units, and the end column is that of the first
// character after the evidence. UTF-16 code units are what SARIF counts
// by default and what the JavaScript and C# of GitHub's tools index text
// by; they equal characters (code points) except for those outside the
// Basic Multilingual Plane, such as emoji, which count two.
type region struct {
	line, col, endLine, endCol int
}

// locate returns the region of c's span in its source's text. When the
// text is not known, it falls back to c's line and byte column, as an
// empty region.
func (t sourceTexts) locate(c claims.Claim) region {
	text, ok := t[c.Source]
	if !ok {
		return region{c.Line, c.Column, c.Line, c.Column}
	}
	var r region
	r.line, r.col = textPos(text, c.Span[0])
	r.endLine, r.endCol = textPos(text, c.Span[1])
	return r
}

// textPos returns the 1-based line and UTF-16 column of byte offset off
// in text, clamped to the text. A byte order mark opening the text is not
// counted, as editors do not show it.
func textPos(text []byte, off int) (line, col int) {
	off = max(0, min(off, len(text)))
	line, byteCol := lineCol(text, off)
	start := off - byteCol + 1
	lineText := text[start:off]
	if start == 0 {
		lineText = bytes.TrimPrefix(lineText, utf8BOM)
	}
	return line, utf16Len(lineText) + 1
}

// utf16Len returns how many UTF-16 code units encode b; an invalid byte
// counts as one, as its replacement character does.
func utf16Len(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		n += max(1, utf16.RuneLen(r))
		b = b[size:]
	}
	return n
}
