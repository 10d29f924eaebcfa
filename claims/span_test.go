package claims_test

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims"
)

// markdownCodes are Markdown's backslash escapes and complete character
// references, which a Markdown reader decodes.
var markdownCodes = regexp.MustCompile(`\\[!-/:-@\[-` + "`" + `{-~]|&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z0-9]+);`)

// decodeMarkup decodes the character references of a slice of a document
// of format f, and for Markdown its backslash escapes; no-break spaces
// become spaces. It reports whether the slice may hold markup as well,
// which the decoding leaves in place.
func decodeMarkup(f claims.Format, b []byte) (s string, markup bool) {
	switch f {
	case claims.HTML:
		s, markup = html.UnescapeString(string(b)), bytes.IndexByte(b, '<') >= 0
	case claims.Markdown:
		s = markdownCodes.ReplaceAllStringFunc(string(b), func(m string) string {
			if m[0] == '\\' {
				return m[1:]
			}
			return html.UnescapeString(m)
		})
		markup = bytes.ContainsAny(b, "`*_[]<>\n")
	default:
		return string(b), false
	}
	return strings.ReplaceAll(s, "\u00a0", " "), markup
}

// spanMismatch says how the slice b of a document of format f fails to
// give a claim's text, or returns "". A slice of plain text is the text;
// a slice of markup decodes to the text, up to white space. Where markup
// stands inside the slice, the text is read from the slice in order,
// beginning with its first character and ending with its last. A slice
// of markup that is not UTF-8 is not checked.
func spanMismatch(f claims.Format, b []byte, text string) string {
	dec, markup := decodeMarkup(f, b)
	if f == claims.Plain {
		if dec != text {
			return "the slice is not the text"
		}
		return ""
	}
	if !utf8.Valid(b) {
		// Bytes that are no UTF-8 may join into a character once the
		// markup between them is taken out: only their bounds are checked.
		return ""
	}
	if !markup {
		if strings.Join(strings.Fields(dec), " ") != strings.Join(strings.Fields(text), " ") {
			return "the decoded slice is not the text"
		}
		return ""
	}
	_, first := utf8.DecodeRuneInString(text)
	_, last := utf8.DecodeLastRuneInString(text)
	if !strings.HasPrefix(dec, text[:first]) || !strings.HasSuffix(dec, text[len(text)-last:]) {
		return "the decoded slice does not begin and end as the text"
	}
	rest := dec
	for _, word := range strings.Fields(text) {
		for len(word) > 0 {
			_, n := utf8.DecodeRuneInString(word)
			i := strings.Index(rest, word[:n])
			if i < 0 {
				return "the text is not read in order from the decoded slice"
			}
			word, rest = word[n:], rest[i+n:]
		}
	}
	return ""
}
