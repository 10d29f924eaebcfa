package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/pflag"

	"github.com/factcheck/factcheck/compare"
)

const extractName = "factcheck extract"

// runExtract is the extract subcommand: it lists the claims of each source.
func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet(extractName, pflag.ContinueOnError)
	format := newChoice("table", extractFormats)
	fs.VarP(format, "format", "f", "output format: "+strings.Join(extractFormats, ", "))
	var opts inputOptions
	addInputFlags(fs, &opts)
	if code, ok := parseFlags(fs, args, extractUsageText, stdout, stderr); !ok {
		return code
	}
	if err := opts.finish(fs); err != nil {
		fmt.Fprintf(stderr, "factcheck: %v\n", err)
		return exitError
	}
	srcs, _, _, ok := load(extractName, &opts, stdin, stderr)
	if !ok {
		return exitError
	}
	var err error
	switch format.value {
	case "json":
		err = encodeJSON(stdout, jsonExtract{Sources: jsonSources(srcs)})
	default:
		err = writeClaimTable(stdout, srcs)
	}
	if err != nil {
		fmt.Fprintf(stderr, "factcheck: writing output: %v\n", err)
		return exitError
	}
	return exitOK
}

// writeClaimTable writes one row per claim, sources in the given order and
// claims in document order, then a line counting them.
func writeClaimTable(w io.Writer, srcs []compare.Source) error {
	header := []string{"source", "line:col", "topic", "attribute", "value", "text"}
	var rows [][]string
	n := 0
	for _, s := range srcs {
		for _, c := range s.Claims {
			rows = append(rows, []string{
				plainCell(c.Source),
				strconv.Itoa(c.Line) + ":" + strconv.Itoa(c.Column),
				plainCell(c.Topic),
				plainCell(c.Attribute),
				plainCell(c.Value.String()),
				plainCell(c.Text),
			})
			n++
		}
	}
	if err := renderTable(w, header, rows); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%s in %s\n", plural(n, "claim"), plural(len(srcs), "source"))
	return err
}
