package claims

import (
	"bytes"
	"strings"
)

// prepare returns a copy of text, the prose of a document of format f, in
// which everything that is not story prose — URLs, bylines, datelines,
// page furniture and the list of related headlines at the end — is
// replaced by spaces. Newlines are kept, so offsets and line numbers in
// the copy are those of text.
func (l *Lexicon) prepare(text []byte, f Format) []byte {
	buf := append([]byte(nil), text...)
	maskURLs(buf)
	l.maskLines(buf, f != HTML)
	return buf
}

func blank(b []byte) {
	for i, c := range b {
		if c != '\n' {
			b[i] = ' '
		}
	}
}

// maskURLs blanks web addresses: "scheme://..." and "www....".
func maskURLs(b []byte) {
	for _, sep := range [][]byte{[]byte("://"), []byte("www.")} {
		for off := 0; ; {
			i := bytes.Index(b[off:], sep)
			if i < 0 {
				break
			}
			i += off
			for i > 0 && isLetter(b[i-1]) { // back to the scheme's start
				i--
			}
			j := i
			for j < len(b) && b[j] > ' ' && b[j] != ')' && b[j] != ']' && b[j] != '>' && b[j] != '"' {
				j++
			}
			blank(b[i:j])
			off = max(j, i+1)
		}
	}
}

// asciiLower lower-cases the ASCII letters of b, leaving every other byte,
// so that offsets into the copy are offsets into b.
func asciiLower(b []byte) []byte {
	low := make([]byte, len(b))
	for i, c := range b {
		low[i] = c + byte(boolInt('A' <= c && c <= 'Z'))*('a'-'A')
	}
	return low
}

// splitLines returns the lines of b as subslices, without their newlines.
func splitLines(b []byte) [][]byte {
	var out [][]byte
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			out = append(out, b)
			break
		}
		out = append(out, b[:i])
		b = b[i+1:]
	}
	return out
}

// maskLines blanks lines that are page furniture, bylines and datelines,
// everything after a "stop" line, and, with tail set, a closing block of
// headlines (HTML marks its story by elements instead).
func (l *Lexicon) maskLines(b []byte, tail bool) {
	lines := splitLines(b)
	for n, ln := range lines {
		t := bytes.TrimSpace(ln)
		if len(t) == 0 {
			continue
		}
		switch l.boiler.match(t) {
		case "stop":
			for _, rest := range lines[n:] {
				blank(rest)
			}
			return
		case "skip":
			blank(ln)
			continue
		}
		if isByline(t) {
			blank(ln)
			continue
		}
		maskDateline(ln)
	}
	if tail {
		maskTailHeadlines(lines)
	}
}

// match classifies a trimmed line: "skip" for furniture, "stop" for the
// end of the story, "" for story text.
func (fr *furnitureRules) match(t []byte) string {
	var buf [64]byte
	lower := func(b []byte) []byte { // ASCII lower case, into buf: no allocation
		n := copy(buf[:], b)
		for k, c := range buf[:n] {
			if 'A' <= c && c <= 'Z' {
				buf[k] = c + 'a' - 'A'
			}
		}
		return buf[:n]
	}
	if len(t) <= 60 {
		low := lower(t)
		if v, ok := fr.lines[string(low)]; ok {
			return v
		}
		if v, ok := fr.lines[string(bytes.TrimRight(low, ":.!"))]; ok {
			return v
		}
	}
	head := t[:min(len(t), 60)]
	first := head
	if i := bytes.IndexByte(first, ' '); i >= 0 {
		first = first[:i]
	}
	if list := fr.prefixes[string(lower(first))]; len(list) > 0 {
		low := lower(head)
		for _, p := range list {
			stop := strings.HasPrefix(p, stopMark)
			if bytes.HasPrefix(low, []byte(strings.TrimPrefix(p, stopMark))) {
				if stop {
					return "stop"
				}
				return "skip"
			}
		}
	}
	if len(fr.credits) > 0 && bytes.IndexByte(t, '(') >= 0 || bytes.Contains(t, []byte("Getty")) {
		if len(t) < 400 && bytes.Count(t, []byte{' '}) < 40 {
			low := bytes.ToLower(t)
			for _, c := range fr.credits {
				if bytes.Contains(low, []byte(c)) {
					return "skip" // a caption with its photo credit
				}
			}
		}
	}
	tail := t[max(0, len(t)-60):]
	last := tail[bytes.LastIndexByte(tail, ' ')+1:]
	if list := fr.suffixes[string(lower(last))]; len(list) > 0 {
		low := lower(tail)
		for _, suf := range list {
			if bytes.HasSuffix(low, []byte(suf)) {
				return "skip"
			}
		}
	}
	return ""
}

// isByline reports whether a line is "By Name [and Name]" with no sentence.
func isByline(t []byte) bool {
	if !bytes.HasPrefix(t, []byte("By ")) && !bytes.HasPrefix(t, []byte("BY ")) {
		return false
	}
	if endsSentence(t) {
		return false
	}
	words := bytes.Fields(t[3:])
	if len(words) == 0 || len(words) > 10 {
		return false
	}
	for _, w := range words {
		if !('A' <= w[0] && w[0] <= 'Z') && string(w) != "and" && !bytes.HasSuffix(w, []byte(",")) && w[0] < 0x80 {
			return false
		}
	}
	return true
}

// maskDateline blanks a wire dateline such as "FRANKFURT, Oct 13 (Wire) - ",
// keeping the story that follows on the same line.
func maskDateline(ln []byte) {
	limit := min(len(ln), 100)
	head := ln[:limit]
	dash := -1
	for _, sep := range []string{" - ", " — ", " – ", " -- "} {
		if i := bytes.Index(head, []byte(sep)); i > 0 && (dash < 0 || i < dash) {
			dash = i + len(sep)
		}
	}
	if dash < 0 {
		return
	}
	// The dateline starts with a place in capitals: at least two upper-case
	// letters before any lower-case one, and a comma or a bracket.
	upper := 0
	for _, c := range head[:dash] {
		if 'a' <= c && c <= 'z' {
			break
		}
		if 'A' <= c && c <= 'Z' {
			upper++
		}
	}
	pre := head[:dash]
	if upper >= 2 && (bytes.IndexByte(pre, ',') > 0 || bytes.IndexByte(pre, '(') > 0) && !bytes.Contains(pre, []byte(". ")) {
		blank(ln[:dash])
	}
}

// endsSentence reports whether a trimmed line ends like prose.
func endsSentence(t []byte) bool {
	t = bytes.TrimRight(t, " \t\r\"'”’)»")
	if len(t) == 0 {
		return false
	}
	switch t[len(t)-1] {
	case '.', '!', '?', ':', ';':
		return true
	}
	return false
}

// maskTailHeadlines blanks a closing run of two or more short lines that
// do not end like sentences: the related headlines under an article.
// The story above them must hold at least one line that ends like a
// sentence, so a text written without full stops is left alone.
func maskTailHeadlines(lines [][]byte) {
	var tail []int
	n := len(lines) - 1
	for ; n >= 0; n-- {
		t := bytes.TrimSpace(lines[n])
		if len(t) == 0 {
			continue
		}
		if endsSentence(t) || len(bytes.Fields(t)) > 20 {
			break
		}
		tail = append(tail, n)
	}
	if len(tail) < 2 || n < 0 || !endsSentence(bytes.TrimSpace(lines[n])) {
		return
	}
	for _, n := range tail {
		blank(lines[n])
	}
}
