package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factcheck/factcheck/compare"
)

// stdinPath is the argument that names standard input.
const stdinPath = "-"

// sniffLen is how much of a file is searched for a NUL byte to tell binary
// files from text, as git and grep do.
const sniffLen = 8000

// utf8BOM is the byte order mark some editors put at the start of a file.
var utf8BOM = []byte("\ufeff")

// articleExts are the extensions of the files a directory contributes.
var articleExts = []string{".txt", ".md", ".html"}

// source is one article as read: its path exactly as given and its bytes.
type source struct {
	path string
	text []byte
}

// inputError is a problem with one path on the command line.
type inputError struct {
	Path string
	Msg  string
}

func (e *inputError) Error() string { return e.Path + ": " + e.Msg }

// inputs is the result of reading the command line's paths.
type inputs struct {
	sources  []source
	warnings []string // one line each, without the "factcheck: " prefix
	errs     []error  // every problem found, in argument order
}

// readInputs expands and reads paths in order. It does not stop at the
// first problem: every bad path is reported in errs. A path given twice,
// however spelled ("a.txt", "./a.txt"), is an error.
func readInputs(paths []string, stdin io.Reader, stdinName string) inputs {
	var in inputs
	seen := map[string]bool{}
	if stdinName != "" && !slices.Contains(paths, stdinPath) {
		in.errs = append(in.errs, errors.New("--stdin-name names standard input, but no source is -"))
	}
	for _, p := range paths {
		for _, s := range in.expand(p, stdin, stdinName) {
			key := compare.PathKey(s.path)
			if seen[key] {
				in.errs = append(in.errs, &inputError{s.path, "given more than once"})
				continue
			}
			seen[key] = true
			in.check(s)
		}
	}
	return in
}

// expand returns the sources named by one argument: the argument itself,
// standard input, or a directory's articles. Problems go to in.errs.
// Standard input is named stdinName when that is not "".
func (in *inputs) expand(p string, stdin io.Reader, stdinName string) []source {
	if p == stdinPath {
		if stdin == nil {
			stdin = strings.NewReader("")
		}
		if stdinName != "" {
			p = stdinName
		}
		b, err := io.ReadAll(stdin)
		if err != nil {
			in.errs = append(in.errs, &inputError{p, err.Error()})
			return nil
		}
		return []source{{path: p, text: b}}
	}
	fi, err := os.Stat(p)
	if err != nil {
		in.errs = append(in.errs, &inputError{p, cause(err)})
		return nil
	}
	if fi.IsDir() {
		return in.readDir(p)
	}
	b, err := os.ReadFile(p)
	if err != nil {
		in.errs = append(in.errs, &inputError{p, cause(err)})
		return nil
	}
	return []source{{path: p, text: b}}
}

// readDir reads the articles directly inside dir, sorted by name.
func (in *inputs) readDir(dir string) []source {
	entries, err := os.ReadDir(dir) // sorted by file name
	if err != nil {
		in.errs = append(in.errs, &inputError{dir, cause(err)})
		return nil
	}
	var out []source
	found := false
	for _, e := range entries {
		if e.IsDir() || !isArticle(e.Name()) {
			continue
		}
		found = true
		p := filepath.Join(dir, e.Name())
		b, err := os.ReadFile(p)
		if err != nil {
			in.errs = append(in.errs, &inputError{p, cause(err)})
			continue
		}
		out = append(out, source{path: p, text: b})
	}
	if !found {
		msg := fmt.Sprintf("directory has no articles (%s files)", strings.Join(articleExts, ", "))
		in.errs = append(in.errs, &inputError{dir, msg})
	}
	return out
}

// isArticle reports whether a directory entry is read as an article:
// a visible file with one of articleExts, in any case.
func isArticle(name string) bool {
	if strings.HasPrefix(name, ".") {
		return false
	}
	ext := strings.ToLower(filepath.Ext(name))
	for _, x := range articleExts {
		if ext == x {
			return true
		}
	}
	return false
}

// check validates a source's bytes and keeps it if they are text.
func (in *inputs) check(s source) {
	if i := bytes.IndexByte(s.text[:min(len(s.text), sniffLen)], 0); i >= 0 {
		in.errs = append(in.errs, &inputError{s.path, fmt.Sprintf("binary file (NUL byte at offset %d)", i)})
		return
	}
	if off, ok := invalidUTF8(s.text); !ok {
		line, col := lineCol(s.text, off)
		msg := fmt.Sprintf("not valid UTF-8: bad byte 0x%02x at line %d, column %d (offset %d)", s.text[off], line, col, off)
		in.errs = append(in.errs, &inputError{s.path, msg})
		return
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(s.text, utf8BOM))) == 0 {
		in.warnings = append(in.warnings, s.path+": empty file, no claims")
	}
	in.sources = append(in.sources, s)
}

// invalidUTF8 returns the offset of the first byte of b that does not
// start a valid UTF-8 sequence, and false; or 0 and true when b is valid.
func invalidUTF8(b []byte) (int, bool) {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i, false
		}
		i += n
	}
	return 0, true
}

// lineCol returns the 1-based line and byte column of offset off in b.
func lineCol(b []byte, off int) (line, col int) {
	before := b[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	col = off - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, col
}

// cause returns the message of err without the path an *fs.PathError
// repeats, since messages already start with the path.
func cause(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
