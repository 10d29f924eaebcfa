/*
Factcheck compares the claims that several news articles make about one
event — counts, ordinals, durations, dates, amounts of money and
percentages — and reports, fact by fact, whether the articles agree, differ
in ways that can all be true, or conflict.

Usage:

	factcheck [flags] PATH...
	factcheck extract [flags] PATH...

Each PATH is a file, a directory, or - for standard input. A directory
contributes the *.txt, *.md and *.html files directly inside it (not those
in subdirectories, nor hidden files), in order of name. Files ending in .md
are read as Markdown and files ending in .html as HTML; everything else,
standard input included, as plain text. Sources keep their paths as given
on the command line, so reports name them the way the user did.

A comparison needs at least two sources. The extract subcommand, which
must come first on the command line, lists the claims found in one or more
sources without comparing them.

The flags of a comparison are:

	-f, --format string
		Output format: table (the default), markdown, json, line,
		github or sarif.
	--evidence
		With the table format, list after the table, for every finding
		stated by more than one source, each source's position and
		sentence.
	--fail-on string
		Exit with status 1 when some finding is this serious or more:
		conflict (the default), variant, compatible, or never. The line,
		github and sarif formats flag conflicts and variants whatever
		the value; with compatible they flag compatible findings too,
		so that every finding that makes the exit status 1 is annotated.
	--date PATH=YYYY-MM-DD
		The day the source PATH was published, against which relative
		dates ("on Monday", "last year", "two months ago") are read and
		by which running tallies are ordered: a count marked as growing
		("has risen to 45", "45 so far") that a later source gives larger
		is compatible, not a conflict. Repeatable. Without it the day is taken from the text (front
		matter, HTML meta or time element, a "Published" or date line, a
		wire dateline); the machine's clock is never used.
	--tolerance DIM=ABOUT[,ROUNDING]
		The allowance for imprecise values of a dimension (count, money,
		percent, duration, time, length, area, mass...): ABOUT is the
		relative width of "about" and "nearly" (minutes for time), ROUNDING
		the most a round figure may be off. Repeatable. A dimension the
		tool does not know is an error.
	--output FORMAT=PATH
		Also write the report in FORMAT (any of --format's) to the file
		PATH, replacing it; standard output keeps the --format report.
		Repeatable, so that one run gives, say, a table for the log, JSON
		for a script and Markdown for an editor.
	--baseline FILE
		Do not report the findings recorded in FILE by --write-baseline;
		the exit status is then that of the new findings alone.
	--write-baseline FILE
		Record in FILE the flagged findings (conflicts, variants, and any
		finding at or above --fail-on), print the report as usual and exit
		0.
	--stdin-name NAME
		Call the source read from standard input NAME in reports, and
		read it as Markdown or HTML when NAME ends in .md or .html.
	--config FILE
		Read settings from FILE rather than from the configuration file
		found by looking in the working directory and its parents.
	--no-config
		Read no configuration file.
	-h, --help
		Print usage on standard output and exit.

The extract subcommand takes -f/--format (table or json), --date,
--stdin-name, --config, --no-config and -h/--help.

# Configuration

Settings can be kept in a YAML file named .factcheck.yaml (or
.factcheck.yml): factcheck reads the first it finds in the working
directory or, failing that, in the nearest parent directory that has one.
A flag given on the command line beats the file. The keys are:

	format: markdown           # as --format
	fail-on: variant           # as --fail-on
	tolerance:                 # as --tolerance, by dimension
	  count: 0.1               #   ABOUT
	  length: "0.15,0.05"      #   ABOUT,ROUNDING
	ignore:                    # finding keys or topics never reported
	  - weather/date
	  - forecast
	synonyms:                  # more words for a topic class
	  evacuate: [move to safety]
	aliases:                   # names of one entity or words of one topic
	  - [Project Falcon, Hawk Initiative]

Synonyms are read as the forms of the built-in topic classes are. A list
of aliases in lower case one of whose names is a topic word adds the
others to that topic; any other list names one entity, whose claims pair
across sources whichever of its names they use. An unknown key, a value of
the wrong kind, or a synonym or alias that the lexicon refuses (a word of
another class, a name in two lists) is an error naming the file, the line
and the key, and factcheck exits with status 2. The extract subcommand
reads the synonyms and aliases too.

# Baselines

A baseline lets factcheck be adopted on an archive that already has
findings: --write-baseline records them, each by a fingerprint made of the
finding's key and of the value each source gives (not of line numbers, nor
of the order of the sources), and --baseline leaves them out of later
reports, so that only new findings are reported and fail the run. A
finding whose values change, that a new source joins, or that is now more
serious than when it was recorded, is new.

# Output

The table format has one row per finding, most serious first: its status,
the fact (topic and attribute, such as "visit/duration"), and for each
source the values it states, or "—" when it does not state the fact. Under
the table, a line for each finding that needs more than its values: when
three or more sources conflict and the figures of all but one or a few
agree or are compatible, which sources disagree with that majority
("conflict kill/count — c.txt disagrees with a.txt, b.txt"), and the note
explaining a status. A line counting the findings by status follows.

The markdown format is a GitHub Flavored Markdown document with a summary,
the same table, a section on each conflict — the sources that disagree
with the majority and every source's sentence quoted — and a list of the
notes of other findings. Article text is escaped so that none of it is
read as Markdown or HTML.

The json format is one object with snake_case keys:

	{"sources": [{"path", "claims": [claim...]}],
	 "findings": [{"key", "topic", "attribute", "kind", "status", "note",
	               "majority", "outliers", "claims": [claim...]}],
	 "summary": {"agree", "compatible", "conflict", "variant", "single"}}

where a claim is {"source", "topic", "attribute", "value", "text", "span",
"line", "column", "sentence"}: the source's path as given, the normalised
value as text, the verbatim evidence, its byte offsets [start, end) in the
source, its 1-based line and byte column, and its sentence. "note" appears
only when a status needs explaining; "majority" and "outliers" (paths)
only on a conflict with a majority, as in the table. Other lists are [],
never null, when empty. The extract subcommand writes only "sources".

The line format is for editors, grep and CI logs: one line per claim of
each conflict and variant (and, under --fail-on compatible, of each
compatible finding), in the form compilers use,

	path:line:column: severity: message

where the column counts bytes, the severity is error for a conflict,
warning for a variant and note for a compatible finding, and the message
gives the status, the fact, the value stated here, the values the other
sources state and the finding's remark, all on one line:

	a.txt:3:18: error: conflict: storm/count: 12 people here; 19 people in c.txt

Findings come most serious first, and each finding's claims in the order
of the sources. Nothing is written when nothing is flagged.

The github format writes the same lines as GitHub Actions workflow
commands, which a workflow step's output turns into annotations on the
files of a pull request:

	::error file=a.txt,line=3,col=18,endLine=3,endColumn=27,title=factcheck%3A storm/count::conflict: ...

The command is error, warning or notice for a conflict, a variant or a
compatible finding. Property values and the message are escaped as the
Actions toolkit does ("%", CR and LF; in values also ":" and ","). Columns
count characters as UTF-16 code units, as GitHub's tools index text (an
emoji counts two), not bytes, and endColumn is the column after the
evidence; col and endColumn are left out when the evidence spans lines,
and the file and position when the source is standard input.

The sarif format is a SARIF 2.1.0 log for code-scanning tools: one run
whose tool is factcheck (with its module version, or "devel"), a rule for
each kind of claim (count, ordinal, duration, date, money, percent,
measure, score, time, quote, name, set) and a result for each line of the
line format, with the same message and level (error, warning, note). A
result's location is its file, as a relative URI reference (or a file URI
for an absolute path) with forward slashes and percent-encoding, and a
region given both in lines and columns, which count UTF-16 code units as
the run's columnKind says, and as the byte offset and length of the
evidence. Its related locations are the other sources' claims of the same
fact. Its partialFingerprints identify it across runs whatever lines the
claims move to: "factcheckFinding/v1" is the finding's fingerprint, made
of its kind, fact and each source's value, and "factcheckClaim/v1" adds
the claim's source and value. A claim read from standard input has no
location.

Output depends only on the input: the same sources give the same bytes.

# Seriousness

Findings are, from most to least serious: conflict (values that cannot all
be true), variant (the same thing written differently), compatible
(different values that can all be true), agree, and single (stated by one
source only).

# Diagnostics

Problems with the input are reported on standard error, one line each,
as "factcheck: PATH: problem": a missing or unreadable file, a directory
with no articles, a binary file, a file that is not valid UTF-8 (with the
line and column of the first bad byte), a path given twice. All of them are
reported before factcheck exits. An empty file is only a warning: it counts
as a source with no claims.

# Exit status

	0  no finding is at or above --fail-on (extract: success)
	1  some finding is at or above --fail-on
	2  bad flags, unreadable or invalid input, too few sources, or an
	   error writing the output
*/
package main
