package claims

import (
	"bytes"
	"html"
	"sort"
	"strings"
)

// view is the prose of a marked-up document, decoded, with the place in
// the file that each of its bytes was read from. Extraction reads the
// view; [view.place] moves the claims' spans back into the file.
type view struct {
	text []byte
	// from and to bound, for each byte of text, the bytes of the file it
	// was read from: one byte for most, the whole reference for a byte of
	// a decoded "&eacute;", and an empty range at the last place read for
	// the line breaks and spaces that stand for markup.
	from, to []int32
}

func newView(size int) *view {
	return &view{text: make([]byte, 0, size), from: make([]int32, 0, size), to: make([]int32, 0, size)}
}

// add appends s, read from bytes [from, to) of the file.
func (v *view) add(s string, from, to int) {
	v.text = append(v.text, s...)
	for range len(s) {
		v.from = append(v.from, int32(from))
		v.to = append(v.to, int32(to))
	}
}

// addByte appends c, read from byte at of the file.
func (v *view) addByte(c byte, at int) {
	v.text = append(v.text, c)
	v.from = append(v.from, int32(at))
	v.to = append(v.to, int32(at+1))
}

// last returns the offset in the file after the last byte read, or at
// when nothing has been read.
func (v *view) last(at int) int {
	if n := len(v.to); n > 0 {
		return int(v.to[n-1])
	}
	return at
}

// gap separates words, as markup that stands between them does: it adds
// a space unless the text is empty or ends with white space.
func (v *view) gap() {
	if n := len(v.text); n > 0 && v.text[n-1] != ' ' && v.text[n-1] != '\n' {
		p := v.last(0)
		v.add(" ", p, p)
	}
}

// breakLines makes the text end with n line breaks (1: a new line, 2: a
// new paragraph), turning a trailing space into one. It adds nothing to
// an empty text.
func (v *view) breakLines(n int) {
	k := len(v.text)
	if k == 0 {
		return
	}
	if v.text[k-1] == ' ' {
		v.text[k-1] = '\n'
		n--
	}
	for k := len(v.text); n > 0 && k > 0 && v.text[k-1] == '\n'; k-- {
		n--
	}
	p := v.last(0)
	for ; n > 0; n-- {
		v.add("\n", p, p)
	}
}

// span returns the bytes of the file that view bytes [a, b) were read from.
func (v *view) span(a, b int) [2]int {
	if b <= a || b > len(v.to) {
		p := v.last(0)
		return [2]int{p, p}
	}
	return [2]int{int(v.from[a]), int(v.to[b-1])}
}

// place moves the spans of claims, read from the view, into file, and
// sets their lines and columns from it.
func (v *view) place(claims []Claim, file []byte) {
	if len(claims) == 0 {
		return
	}
	lines := lineStarts(file)
	for i := range claims {
		c := &claims[i]
		c.Span = v.span(c.Span[0], c.Span[1])
		n := sort.Search(len(lines), func(k int) bool { return lines[k] > c.Span[0] }) - 1
		c.Line, c.Column = n+1, c.Span[0]-lines[n]+1
	}
}

// addDecoded appends the text b, which starts at byte at of the file,
// decoding character references and, with escapes set, Markdown's
// backslash escapes; with collapse set, each run of white space becomes
// one space, as HTML renders it. No-break spaces become spaces.
func (v *view) addDecoded(b []byte, at int, escapes, collapse bool) {
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c == '&':
			s, n := reference(b[i:], !escapes)
			if n == 0 {
				v.addByte(c, at+i)
				i++
				continue
			}
			v.add(strings.ReplaceAll(s, "\u00a0", " "), at+i, at+i+n)
			i += n
		case c == '\\' && escapes && i+1 < len(b) && isASCIIPunct(b[i+1]):
			v.add(string(b[i+1]), at+i, at+i+2)
			i += 2
		case c == 0xc2 && i+1 < len(b) && b[i+1] == 0xa0:
			v.add(" ", at+i, at+i+2)
			i += 2
		case collapse && isHTMLSpace(c):
			j := i + 1
			for j < len(b) && isHTMLSpace(b[j]) {
				j++
			}
			if n := len(v.text); n > 0 && v.text[n-1] != ' ' && v.text[n-1] != '\n' {
				v.add(" ", at+i, at+j)
			}
			i = j
		default:
			v.addByte(c, at+i)
			i++
		}
	}
}

func isHTMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

func isASCIIPunct(c byte) bool {
	return '!' <= c && c <= '/' || ':' <= c && c <= '@' || '[' <= c && c <= '`' || '{' <= c && c <= '~'
}

// reference decodes the character reference ("&amp;", "&#8217;",
// "&#x2014;") at the start of b, which starts with '&', and returns its
// text and length, or n = 0 when b does not start with one. HTML reads
// references as [html.UnescapeString] does, some without their ";";
// Markdown (loose false) only complete ones.
func reference(b []byte, loose bool) (s string, n int) {
	i := 1
	numeric := i < len(b) && b[i] == '#'
	if numeric {
		i++
		if i < len(b) && (b[i] == 'x' || b[i] == 'X') {
			i++
		}
	}
	for i < len(b) && isAlnum(b[i]) {
		i++
	}
	semi := i < len(b) && b[i] == ';'
	if semi {
		i++
	}
	if !semi && !loose {
		return "", 0
	}
	raw := string(b[:i])
	s = html.UnescapeString(raw)
	if s == raw {
		return "", 0
	}
	if numeric || s == ";" {
		return s, i // a number is read to its end; "&semi;" is ";"
	}
	// A name read only in part, as HTML reads "&ampx" as "&" and "x",
	// leaves the rest of it as it was.
	rest := 0
	for rest < len(s) && rest < i && (isAlnum(s[len(s)-1-rest]) || s[len(s)-1-rest] == ';') && s[len(s)-1-rest] == raw[i-1-rest] {
		rest++
	}
	if rest > 0 && !loose {
		return "", 0
	}
	return s[:len(s)-rest], i - rest
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// readMarkup returns the prose of doc to read claims from: its text for
// plain text, else the view of its markup.
func readMarkup(doc Document) ([]byte, *view) {
	switch doc.Format {
	case HTML:
		v := htmlView(doc.Text)
		return v.text, v
	case Markdown:
		v := markdownView(doc.Text)
		return v.text, v
	}
	return doc.Text, nil
}

// frontMatterEnd returns the offset after the YAML ("---") or TOML ("+++")
// front matter that opens b, or 0 when it has none.
func frontMatterEnd(b []byte) int {
	start := 0
	if bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) {
		start = 3
	}
	line, off := pubLine(b, start)
	delim := bytes.TrimSpace(line)
	if !bytes.Equal(delim, []byte("---")) && !bytes.Equal(delim, []byte("+++")) {
		return 0
	}
	for off < len(b) {
		line, off = pubLine(b, off)
		if bytes.Equal(bytes.TrimSpace(line), delim) {
			return off
		}
	}
	return 0 // never closed: not front matter
}
