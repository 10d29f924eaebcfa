package claims

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// unitForm is one way a unit of measurement is written, as the tokens the
// tokenizer makes of it.
type unitForm struct {
	words  []string // lower-case tokens: "km", "/", "h"
	dim    string   // dimension: "length"
	factor float64  // size in the dimension's base unit
	offset float64  // added before factor (Fahrenheit)
	glued  bool     // only when joined to the number: "40C"
	shown  string   // the unit's first form, for display
}

// loadUnits reads units of measurement (data/units.txt).
func (l *Lexicon) loadUnits(r io.Reader, name string) error {
	return eachLine(r, name, func(line string, n int) error {
		f := strings.Fields(line)
		bad := func(format string, a ...any) error { return &DataError{name, n, fmt.Sprintf(format, a...)} }
		if f[0] == "@dimension" {
			if len(f) != 3 {
				return bad("want @dimension NAME BASE")
			}
			l.dims[f[1]] = f[2]
			return nil
		}
		if len(f) < 3 {
			return bad("want DIMENSION FACTOR FORMS [glued] [offset=N]")
		}
		if _, ok := l.dims[f[0]]; !ok {
			return bad("dimension %q is not declared with @dimension", f[0])
		}
		factor, err := parseFactor(f[1])
		if err != nil {
			return bad("bad factor %q: %v", f[1], err)
		}
		u := unitForm{dim: f[0], factor: factor}
		for _, opt := range f[3:] {
			switch {
			case opt == "glued":
				u.glued = true
			case strings.HasPrefix(opt, "offset="):
				if u.offset, err = strconv.ParseFloat(opt[len("offset="):], 64); err != nil {
					return bad("bad offset %q", opt)
				}
			default:
				return bad("unknown option %q", opt)
			}
		}
		forms := strings.Split(f[2], "|")
		u.shown = strings.ReplaceAll(forms[0], "_", " ")
		for _, form := range forms {
			w := formTokens(form)
			if len(w) == 0 {
				return bad("empty unit form in %q", f[2])
			}
			u.words = w
			l.addUnit(u)
		}
		return nil
	})
}

// addUnit files u under its first token, longest forms first, and marks
// that token as a possible start of a unit.
func (l *Lexicon) addUnit(u unitForm) {
	first := u.words[0]
	list := append(l.units[first], u)
	slices.SortStableFunc(list, func(a, b unitForm) int { return len(b.words) - len(a.words) })
	l.units[first] = list
	info := l.words[first]
	info.roles |= rMeasure
	l.words[first] = info
	l.noteKnown(first)
}

// parseFactor reads "1000", "1609.344" or a fraction "5/9".
func parseFactor(s string) (float64, error) {
	if num, den, ok := strings.Cut(s, "/"); ok {
		a, err := strconv.ParseFloat(num, 64)
		if err != nil {
			return 0, err
		}
		b, err := strconv.ParseFloat(den, 64)
		if err != nil || b == 0 {
			return 0, fmt.Errorf("bad denominator")
		}
		return a / b, nil
	}
	x, err := strconv.ParseFloat(s, 64)
	if err == nil && x <= 0 {
		err = fmt.Errorf("not positive")
	}
	return x, err
}

// formTokens splits a unit form as the tokenizer splits text: a word is a
// letter followed by letters and digits, a number a run of digits, and any
// other character a token of its own; '_' is a space.
func formTokens(form string) []string {
	var out []string
	for i := 0; i < len(form); {
		r, size := utf8.DecodeRuneInString(form[i:])
		j := i + size
		switch {
		case r == '_' || unicode.IsSpace(r):
			i = j
			continue
		case unicode.IsLetter(r):
			for j < len(form) {
				r2, s2 := utf8.DecodeRuneInString(form[j:])
				if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) && !unicode.IsMark(r2) {
					break
				}
				j += s2
			}
		case '0' <= r && r <= '9':
			for j < len(form) && '0' <= form[j] && form[j] <= '9' {
				j++
			}
		}
		out = append(out, strings.ToLower(form[i:j]))
		i = j
	}
	return out
}

// unitAt returns the unit of measurement written from token j, and the
// index after it. glued says that no space comes before token j.
func (d *docState) unitAt(j, b int, glued bool) (*unitForm, int) {
	if j >= b || d.toks[j].roles&rMeasure == 0 {
		return nil, j
	}
	forms := d.x.lex.units[d.lower(j)]
	for k := range forms {
		u := &forms[k]
		if u.glued && !glued || j+len(u.words) > b {
			continue
		}
		match := true
		for m, w := range u.words[1:] {
			if d.lower(j+1+m) != w {
				match = false
				break
			}
		}
		if match {
			return u, j + len(u.words)
		}
	}
	return nil, j
}

// measure makes p a measure in unit u, converted to the base unit of its
// dimension. The rounding allowed is that of the last digit written, in
// the written unit: "40 km" may be 39.6 to 40.4 km, at most the dimension's
// rounding tolerance.
func (p *parsed) measure(u *unitForm, prec float64, base string) {
	p.Kind, p.Unit, p.attr = Measure, u.dim, u.dim
	p.Noun, p.Scale = u.shown, u.factor
	if u.offset != 0 || u.factor == 1 {
		// Shown in the base unit: no one factor gives 104F back from 40°C.
		p.Noun, p.Scale = base, 1
	}
	if prec == 0 {
		prec = 1
	}
	p.Precision = prec * u.factor
	p.Num = (p.Num + u.offset) * u.factor
	if p.Bound == Between {
		p.Num2 = (p.Num2 + u.offset) * u.factor
	}
}
