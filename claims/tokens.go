package claims

import (
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord  tokKind = iota + 1 // letters, with inner ' ’ . and digits
	tNum                      // digits with inner , and .
	tPunct                    // one other character
)

// token is a span of the document. Tokens do not own text; they index the
// document's bytes.
type token struct {
	start, end int32
	kind       tokKind
	space      bool // whitespace before the token
	nl         uint8
	cap        bool // begins with an upper-case letter
	roles      role // what the lexicon knows of the lower-cased word
}

// tokenizer splits text into tokens, reusing its buffers between calls.
type tokenizer struct {
	lex  *Lexicon
	toks []token
	low  [32]byte
}

// lower writes the lower-cased ASCII bytes of b into t.low and returns
// them with their hash, or nil when b is too long or not ASCII.
func (t *tokenizer) lower(b []byte) ([]byte, uint32) {
	if len(b) > len(t.low) {
		return nil, 0
	}
	h := uint32(2166136261)
	for i, c := range b {
		switch {
		case c >= 0x80:
			return nil, 0
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		t.low[i] = c
		h = (h ^ uint32(c)) * 16777619
	}
	return t.low[:len(b)], h
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// wordByte marks the ASCII bytes that continue a plain word.
var wordByte = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c < 0x80 && (isLetter(byte(c)) || isDigit(byte(c)))
	}
	return t
}()

// asciiWord scans the word at i and looks it up in one pass, lower-casing
// and hashing as it goes. Words with apostrophes, dots or non-ASCII letters
// take the general path.
func (t *tokenizer) asciiWord(text []byte, i int) (int, role) {
	h := uint32(2166136261)
	j := i
	for j < len(text) && wordByte[text[j]] {
		c := text[j] | byte(boolInt(text[j] >= 'A' && text[j] <= 'Z'))<<5
		if j-i < len(t.low) {
			t.low[j-i] = c
		}
		h = (h ^ uint32(c)) * 16777619
		j++
	}
	if j < len(text) && (text[j] == '\'' || text[j] == '.' || text[j] >= 0x80) {
		end := scanWord(text, i)
		return end, t.roles(text[i:end])
	}
	n := j - i
	if n > len(t.low) || n < len(t.lex.known) && t.lex.known[n]&(1<<(t.low[0]-'a')) == 0 {
		return j, 0
	}
	return j, t.lex.roles.lookup(t.low[:n], h)
}

// roles looks a word up in the lexicon, ignoring case and a possessive 's.
func (t *tokenizer) roles(w []byte) role {
	w = trimPossessive(w)
	if n := len(w); n < len(t.lex.known) && isLetter(w[0]) && t.lex.known[n]&(1<<(w[0]|0x20-'a')) == 0 {
		return 0
	}
	if low, h := t.lower(w); low != nil {
		return t.lex.roles.lookup(low, h)
	}
	return 0
}

// trimPossessive removes a final 's or ’s.
func trimPossessive(w []byte) []byte {
	n := len(w)
	switch {
	case n > 2 && w[n-1]|0x20 == 's' && w[n-2] == '\'':
		return w[:n-2]
	case n > 4 && w[n-1]|0x20 == 's' && string(w[n-4:n-1]) == "’":
		return w[:n-4]
	}
	return w
}

// run tokenizes text. Bytes that preparation blanked are spaces.
func (t *tokenizer) run(text []byte) []token {
	toks := t.toks[:0]
	space, nl := true, 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < 0x80 {
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				space = true
				i++
				continue
			case c == '\n':
				space = true
				nl++
				i++
				continue
			case isDigit(c):
				j := scanNumber(text, i)
				toks = append(toks, token{start: int32(i), end: int32(j), kind: tNum, space: space, nl: uint8(min(nl, 9))})
				space, nl = false, 0
				i = j
				continue
			case isLetter(c):
				j, ro := t.asciiWord(text, i)
				toks = append(toks, token{start: int32(i), end: int32(j), kind: tWord, space: space, nl: uint8(min(nl, 9)), cap: 'A' <= c && c <= 'Z', roles: ro})
				space, nl = false, 0
				i = j
				continue
			}
			toks = append(toks, token{start: int32(i), end: int32(i + 1), kind: tPunct, space: space, nl: uint8(min(nl, 9)), roles: t.lex.ascii[c]})
			space, nl = false, 0
			i++
			continue
		}
		r, size := utf8.DecodeRune(text[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += size
		case unicode.IsLetter(r):
			j := scanWord(text, i)
			toks = append(toks, token{start: int32(i), end: int32(j), kind: tWord, space: space, nl: uint8(min(nl, 9)), cap: unicode.IsUpper(r), roles: t.roles(text[i:j])})
			space, nl = false, 0
			i = j
		default:
			tk := token{start: int32(i), end: int32(i + size), kind: tPunct, space: space, nl: uint8(min(nl, 9))}
			tk.roles = t.lex.roles.lookup(text[i:i+size], fnv1a(text[i:i+size]))
			toks = append(toks, tk)
			space, nl = false, 0
			i += size
		}
	}
	t.toks = toks
	return toks
}

// scanNumber returns the end of the digits at i, with inner ',' and '.'
// followed by a digit.
func scanNumber(text []byte, i int) int {
	for i < len(text) {
		c := text[i]
		switch {
		case isDigit(c):
			i++
		case (c == ',' || c == '.') && i+1 < len(text) && isDigit(text[i+1]):
			i++
		default:
			return i
		}
	}
	return i
}

// scanWord returns the end of the word at i: letters and digits, with inner
// apostrophes and dots ("Lee's", "U.S.") kept.
func scanWord(text []byte, i int) int {
	dots := false
	for i < len(text) {
		c := text[i]
		if c < 0x80 {
			switch {
			case isLetter(c) || isDigit(c):
				i++
				continue
			case c == '\'' && i+1 < len(text) && isLetter(text[i+1]):
				i++
				continue
			case c == '.' && i+1 < len(text) && isLetter(text[i+1]) && i+2 <= len(text) && (i+2 == len(text) || !isLetter(text[i+2]) || dots):
				// "U.S", "U.N": a dot between single letters.
				dots = true
				i++
				continue
			case c == '.' && dots:
				return i + 1 // the final dot of "U.S."
			}
			return i
		}
		r, size := utf8.DecodeRune(text[i:])
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			i += size
			continue
		}
		if r == '’' && i+size < len(text) && isLetter(text[i+size]) {
			i += size
			continue
		}
		return i
	}
	return i
}
