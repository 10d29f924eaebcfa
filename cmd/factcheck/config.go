package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/factcheck/factcheck/claims"
)

// configNames are the names of the configuration file, looked for in the
// working directory and then in each parent, as .golangci.yml and
// .vale.ini are.
var configNames = []string{".factcheck.yaml", ".factcheck.yml"}

// fileConfig is what a configuration file sets. Every entry keeps the
// line it was written on, so that a value found wrong later, when it is
// checked against the lexicon, is reported where the user wrote it.
type fileConfig struct {
	path      string
	aliases   []entry[[]string] // names of one entity or topic
	synonyms  []entry[[]string] // Key: topic class; Value: extra forms
	tolerance []entry[string]   // Key: dimension; Value: "ABOUT[,ROUNDING]"
	ignore    []entry[string]   // finding keys or topics never reported
	failOn    entry[string]
	format    entry[string]
}

// entry is one value of a configuration file and where it was written.
type entry[T any] struct {
	Key   string // the mapping key, for entries of a mapping
	Value T
	Line  int
	Lines []int // for a list, the line of each item
}

// configError is a problem with a configuration file, at a line when it
// is known.
type configError struct {
	Path string
	Line int
	Msg  string
}

// Error returns "PATH:LINE: message", or "PATH: message" without a line.
func (e *configError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return e.Path + ": " + e.Msg
}

// configKey is a top-level key of a configuration file and its reader.
type configKey struct {
	name string
	read func(c *fileConfig, v *yaml.Node) error
}

// configKeys reads the value of each top-level key of a configuration
// file into c; the keys are listed in error messages in this order.
var configKeys = []configKey{
	{"aliases", readAliases},
	{"fail-on", func(c *fileConfig, v *yaml.Node) error { return readChoice(&c.failOn, v, failOnValues) }},
	{"format", func(c *fileConfig, v *yaml.Node) error { return readChoice(&c.format, v, compareFormats) }},
	{"ignore", readIgnore},
	{"synonyms", readSynonyms},
	{"tolerance", readTolerance},
}

// findConfig returns the path of the configuration file that applies in
// dir: the first of configNames in dir or its nearest parent holding
// one. It returns "" when there is none.
func findConfig(dir string) (string, error) {
	for {
		for _, name := range configNames {
			p := filepath.Join(dir, name)
			fi, err := os.Stat(p)
			if err == nil && !fi.IsDir() {
				return p, nil
			}
			if err != nil && !errors.Is(err, fs.ErrNotExist) {
				return "", &configError{Path: p, Msg: cause(err)}
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// loadConfig reads and checks the configuration file at path.
func loadConfig(path string) (fileConfig, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return fileConfig{}, &configError{Path: path, Msg: cause(err)}
	}
	return parseConfig(path, b)
}

// parseConfig reads a configuration file's bytes; path names it in errors.
// An empty file, or one holding only comments, sets nothing.
func parseConfig(path string, b []byte) (fileConfig, error) {
	c := fileConfig{path: path}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	var doc, next yaml.Node
	if err := dec.Decode(&doc); err == io.EOF {
		return c, nil
	} else if err != nil {
		return c, yamlError(path, err)
	}
	if err := dec.Decode(&next); err != io.EOF {
		if err != nil {
			return c, yamlError(path, err)
		}
		return c, &configError{path, next.Line, "a second YAML document; the file must hold one"}
	}
	if len(doc.Content) == 0 {
		return c, nil
	}
	top := doc.Content[0]
	if top.Kind != yaml.MappingNode {
		return c, &configError{path, top.Line, "want a mapping of keys (" + knownKeys() + ")"}
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		if err := c.readKey(k, v, seen); err != nil {
			var le *lineError
			if errors.As(err, &le) {
				return c, &configError{path, le.line, k.Value + ": " + le.msg}
			}
			return c, &configError{path, k.Line, err.Error()}
		}
	}
	return c, nil
}

// yamlLine finds the line a YAML error names.
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): `)

// yamlError reports a file that is not YAML, at the line the YAML reader
// names when it names one.
func yamlError(path string, err error) error {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &configError{path, line, "not YAML: " + msg[len(m[0]):]}
	}
	return &configError{Path: path, Msg: "not YAML: " + strings.TrimPrefix(msg, "yaml: ")}
}

// readKey reads one top-level key and its value.
func (c *fileConfig) readKey(k, v *yaml.Node, seen map[string]bool) error {
	i := slices.IndexFunc(configKeys, func(ck configKey) bool { return ck.name == k.Value })
	if k.Kind != yaml.ScalarNode || i < 0 {
		return fmt.Errorf("unknown key %q (known keys: %s)", k.Value, knownKeys())
	}
	if seen[k.Value] {
		return fmt.Errorf("key %q given twice", k.Value)
	}
	seen[k.Value] = true
	return configKeys[i].read(c, v)
}

// knownKeys lists the keys of a configuration file.
func knownKeys() string {
	names := make([]string, len(configKeys))
	for i, k := range configKeys {
		names[i] = k.name
	}
	return strings.Join(names, ", ")
}

// lineError is the problem of a value of a key, at the value's line.
type lineError struct {
	line int
	msg  string
}

// Error returns the message without the line, which the caller adds.
func (e *lineError) Error() string { return e.msg }

// badValue returns the problem msg of the value v.
func badValue(v *yaml.Node, format string, args ...any) error {
	return &lineError{v.Line, fmt.Sprintf(format, args...)}
}

// describe names the kind of a YAML node for messages.
func describe(v *yaml.Node) string {
	switch v.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	case yaml.AliasNode:
		return "an alias"
	}
	if v.ShortTag() == "!!null" {
		return "nothing"
	}
	return fmt.Sprintf("%q", v.Value)
}

// text returns a scalar's text, or an error naming what it is instead.
// Numbers are read as written: "G7" and "2024" are names alike.
func text(v *yaml.Node, what string) (string, error) {
	if v.Kind != yaml.ScalarNode || v.ShortTag() == "!!null" {
		return "", badValue(v, "want %s, got %s", what, describe(v))
	}
	s := strings.TrimSpace(v.Value)
	if s == "" {
		return "", badValue(v, "want %s, got an empty string", what)
	}
	return s, nil
}

// texts reads a list of scalars, each of them one, all of them many.
func texts(v *yaml.Node, one, many string) ([]string, error) {
	if v.Kind != yaml.SequenceNode {
		return nil, badValue(v, "want a list of %s, got %s", many, describe(v))
	}
	out := make([]string, 0, len(v.Content))
	for _, item := range v.Content {
		s, err := text(item, one)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// itemLines returns the line of each item of a list.
func itemLines(v *yaml.Node) []int {
	lines := make([]int, len(v.Content))
	for i, item := range v.Content {
		lines[i] = item.Line
	}
	return lines
}

// readChoice reads a value that must be one of allowed.
func readChoice(dst *entry[string], v *yaml.Node, allowed []string) error {
	s, err := text(v, "one of "+strings.Join(allowed, ", "))
	if err != nil {
		return err
	}
	if !slices.Contains(allowed, s) {
		return badValue(v, "%q is not one of %s", s, strings.Join(allowed, ", "))
	}
	*dst = entry[string]{Value: s, Line: v.Line}
	return nil
}

// readIgnore reads the finding keys and topics never to report.
func readIgnore(c *fileConfig, v *yaml.Node) error {
	list, err := texts(v, "a finding key or topic", "finding keys and topics")
	if err != nil {
		return err
	}
	for i, s := range list {
		c.ignore = append(c.ignore, entry[string]{Value: s, Line: v.Content[i].Line})
	}
	return nil
}

// readAliases reads lists of two or more names of one entity or topic.
func readAliases(c *fileConfig, v *yaml.Node) error {
	if v.Kind != yaml.SequenceNode {
		return badValue(v, "want a list of lists of names, got %s", describe(v))
	}
	for _, item := range v.Content {
		names, err := texts(item, "a name", "names")
		if err != nil {
			return err
		}
		if len(names) < 2 {
			return badValue(item, "want two or more names that denote one thing, got %d", len(names))
		}
		c.aliases = append(c.aliases, entry[[]string]{Value: names, Line: item.Line, Lines: itemLines(item)})
	}
	return nil
}

// readSynonyms reads a mapping from topic classes to extra topic words.
func readSynonyms(c *fileConfig, v *yaml.Node) error {
	return eachPair(v, "topic class", "a list of topic words", func(k string, item *yaml.Node) error {
		forms, err := texts(item, "a topic word", "topic words")
		if err == nil {
			c.synonyms = append(c.synonyms, entry[[]string]{Key: k, Value: forms, Line: item.Line, Lines: itemLines(item)})
		}
		return err
	})
}

// readTolerance reads a mapping from dimensions to "ABOUT[,ROUNDING]",
// such as "count: 0.1" or "length: 0.15,0.05".
func readTolerance(c *fileConfig, v *yaml.Node) error {
	return eachPair(v, "dimension", "ABOUT[,ROUNDING]", func(k string, item *yaml.Node) error {
		s, err := text(item, "ABOUT[,ROUNDING]")
		if err != nil {
			return err
		}
		if _, _, err := claims.ParseTolerance(k+"="+s, nil); err != nil {
			return badValue(item, "want ABOUT[,ROUNDING], numbers of 0 or more such as 0.1 or 0.1,0.05, got %q", s)
		}
		c.tolerance = append(c.tolerance, entry[string]{Key: k, Value: s, Line: item.Line})
		return nil
	})
}

// eachPair calls fn with each key and value of a mapping, in file order.
func eachPair(v *yaml.Node, keyWhat, valueWhat string, fn func(k string, v *yaml.Node) error) error {
	if v.Kind != yaml.MappingNode {
		return badValue(v, "want a mapping of %s to %s, got %s", keyWhat, valueWhat, describe(v))
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, err := text(v.Content[i], "a "+keyWhat)
		if err != nil {
			return err
		}
		if seen[k] {
			return badValue(v.Content[i], "%s %q given twice", keyWhat, k)
		}
		seen[k] = true
		if err := fn(k, v.Content[i+1]); err != nil {
			var le *lineError
			if errors.As(err, &le) {
				le.msg = k + ": " + le.msg
			}
			return err
		}
	}
	return nil
}

// lexicon builds the lexicon with the file's synonyms and aliases. An
// entry the lexicon refuses is reported at its line.
func (c *fileConfig) lexicon() (*claims.Lexicon, error) {
	add := claims.Additions{Synonyms: map[string][]string{}}
	for _, s := range c.synonyms {
		add.Synonyms[s.Key] = s.Value
	}
	for _, a := range c.aliases {
		add.Aliases = append(add.Aliases, a.Value)
	}
	lex, err := claims.NewLexicon(add)
	var ae *claims.AdditionError
	if errors.As(err, &ae) {
		return nil, c.additionError(ae)
	}
	if err != nil {
		return nil, fmt.Errorf("loading lexicon: %w", err)
	}
	return lex, nil
}

// additionError reports an entry the lexicon refused at its line: that of
// the name or form at fault, or of its list.
func (c *fileConfig) additionError(ae *claims.AdditionError) error {
	line := func(e entry[[]string]) int {
		if ae.Item >= 0 && ae.Item < len(e.Lines) {
			return e.Lines[ae.Item]
		}
		return e.Line
	}
	if ae.Field == "aliases" && ae.Index < len(c.aliases) {
		msg := "aliases: " + ae.Msg
		if ae.Other >= 0 && ae.Other < len(c.aliases) {
			msg += fmt.Sprintf(", on line %d", c.aliases[ae.Other].Line)
		}
		return &configError{c.path, line(c.aliases[ae.Index]), msg}
	}
	for _, s := range c.synonyms {
		if ae.Field == "synonyms" && s.Key == ae.Key {
			return &configError{c.path, line(s), "synonyms: " + s.Key + ": " + ae.Msg}
		}
	}
	return &configError{Path: c.path, Msg: ae.Error()}
}
