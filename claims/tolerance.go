package claims

import (
	"fmt"
	"io"
	"maps"
	"strconv"
	"strings"
)

// loadTolerances reads the tolerance of each dimension
// (data/tolerances.txt): DIMENSION ABOUT ROUNDING.
func (l *Lexicon) loadTolerances(r io.Reader, name string) error {
	return eachLine(r, name, func(line string, n int) error {
		f := strings.Fields(line)
		if len(f) != 3 {
			return &DataError{name, n, "want DIMENSION ABOUT ROUNDING"}
		}
		tol, err := parseTolerance(f[1], f[2])
		if err != nil {
			return &DataError{name, n, err.Error()}
		}
		l.tolerance[f[0]] = tol
		return nil
	})
}

// Tolerances returns a copy of the lexicon's tolerance per dimension,
// which the caller may change.
func (l *Lexicon) Tolerances() Tolerances { return maps.Clone(l.tolerance) }

// ParseTolerance reads a tolerance override written "DIMENSION=ABOUT" or
// "DIMENSION=ABOUT,ROUNDING", such as "length=0.15" or "count=0.1,0.02".
// A missing ROUNDING keeps the one in base, the tolerances being changed.
func ParseTolerance(s string, base Tolerances) (dim string, tol Tolerance, err error) {
	dim, val, ok := strings.Cut(s, "=")
	dim = strings.TrimSpace(dim)
	if !ok || dim == "" {
		return "", Tolerance{}, fmt.Errorf("tolerance %q: want DIMENSION=ABOUT[,ROUNDING]", s)
	}
	about, rounding, two := strings.Cut(val, ",")
	if !two {
		rounding = strconv.FormatFloat(base.For(Value{Kind: Measure, Unit: dim}).Rounding, 'g', -1, 64)
	}
	tol, err = parseTolerance(about, rounding)
	if err != nil {
		return "", Tolerance{}, fmt.Errorf("tolerance %q: %v", s, err)
	}
	return dim, tol, nil
}

func parseTolerance(about, rounding string) (Tolerance, error) {
	a, err := strconv.ParseFloat(strings.TrimSpace(about), 64)
	if err != nil || a < 0 || a != a {
		return Tolerance{}, fmt.Errorf("bad ABOUT %q: want a number of 0 or more", about)
	}
	r, err := strconv.ParseFloat(strings.TrimSpace(rounding), 64)
	if err != nil || r < 0 || r != r {
		return Tolerance{}, fmt.Errorf("bad ROUNDING %q: want a number of 0 or more", rounding)
	}
	return Tolerance{About: a, Rounding: r}, nil
}
