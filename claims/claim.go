package claims

import "fmt"

// Kind is the sort of value a claim states.
type Kind uint8

// The kinds of claim. The zero Kind is invalid.
const (
	Count Kind = iota + 1
	Ordinal
	Duration
	Date
	Money
	Percent
	Measure // a physical quantity: length, area, mass, temperature...
	Score   // a result or tally: "3-1", "312 votes to 287"
	Time    // a time of day: "12:50 local time", "1:20 pm"
	Quote   // a person's words: `"We have come to build together," she said`
	Name    // a person's or an organisation's name in a role: "Judge Deborah Whitlock"
	Set     // the items of a list: "a keris, batik and coffee"
)

var kindNames = [...]string{
	Count:    "count",
	Ordinal:  "ordinal",
	Duration: "duration",
	Date:     "date",
	Money:    "money",
	Percent:  "percent",
	Measure:  "measure",
	Score:    "score",
	Time:     "time",
	Quote:    "quote",
	Name:     "name",
	Set:      "set",
}

// String returns the kind's lower-case name, such as "duration".
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", k)
}

// MarshalText encodes the kind as its name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Textual reports whether claims of kind k state words rather than a
// figure: quotes, names and sets. Their [Value] holds Text or Items.
func (k Kind) Textual() bool { return k == Quote || k == Name || k == Set }

// Claim is one value found in a document, attached to what it measures.
type Claim struct {
	// Source is the document's path exactly as the caller gave it.
	Source string
	// Topic is the canonical name of what the value measures: a lexicon
	// class ("visit") or, failing that, the lemma of the nearest word.
	Topic string
	// Attribute says which property of the topic the value gives:
	// "duration", "ordinal", "rank", "count", "date", "amount" or "percent".
	Attribute string
	// Value is the normalised value.
	Value Value
	// Text is the evidence, Span the byte offsets in the document (end
	// exclusive) of the bytes it was read from. In plain text, Text is
	// those bytes verbatim; in HTML and Markdown it is their text, with
	// character references and escapes decoded, without the markup
	// between its words (see [Format]).
	Text string
	Span [2]int
	// Line and Column (1-based; the column counts bytes) locate Span[0]
	// in the document.
	Line, Column int
	// Sentence is the sentence holding the claim, as Text is written; it
	// may span lines of the file.
	Sentence string
	// Subject is the name the sentence states the figure of, when it says
	// so directly ("Civic Compass won 27.3 percent"), or "". A name with an
	// acronym is written "Long Form / ACR", with the acronym the document
	// gives or, for three or more capitalised words, their initials
	// ("National Education Union / NEU"), so that it shares a word with
	// either name. A name of an entity the lexicon was given names of
	// ([Additions].Aliases) is written as all of them, joined by " / "
	// ("Project Falcon / Hawk initiative").
	Subject string
	// Era is the year of an earlier event that the sentence tells the
	// figure of ("an earlier quake in 2013 killed 74", "the 2019 blast",
	// a date of 2016 in an article of 2025), or 0 for the event reported.
	Era int
	// Estimator is who gives the figure as their own count or estimate,
	// as the lower-case stem of the head of its name ("union" for "unions
	// claimed 1.3 million"), or "". A figure someone only "said" has none.
	Estimator string
	// Reference is what a percentage is measured against, as the sorted
	// stems of its words ("calder close friday price" for "a 27% premium
	// to Calder's closing price on Friday"), or "".
	Reference string
	// Running reports that the wording marks the figure as a running
	// tally, a count or an amount that grows as the story unfolds ("the
	// toll has risen to 45", "at least 45", "45 so far"): a larger figure
	// published later updates it rather than contradicts it.
	Running bool
	// Loose reports that the key is a weak guess: a date dated by an event
	// word near it rather than by its own phrase, a measure keyed by its
	// dimension alone, or a result keyed "score/score". Stories tell of several such facts, so compare
	// pairs a loose claim only with one in an alike sentence.
	Loose bool
	// Context holds the stems of the sentence's content words (lower case,
	// in one spelling of British and American, plural and possessive
	// endings removed), the initials of its names of two or more
	// capitalised words ("nga" for "Northern Grid Authority", as "NGA"
	// gives "nga"), and, for an entity the document names twice ("the
	// Northern Grid Authority (NGA)", "Meridian Rail, the operator,"),
	// the words of both names wherever it mentions either, and likewise
	// the words of all the names of an entity of [Additions].Aliases;
	// sorted and without repeats. compare uses it to pair claims across
	// documents.
	// The context of a quote is the stems of the quote's own content
	// words.
	Context []string
}

// Key is the alignment key of a claim: topic and attribute.
func (c Claim) Key() string { return c.Topic + "/" + c.Attribute }

// Document is one article to read.
type Document struct {
	// Path names the document in claims and messages, exactly as given.
	Path string
	// Text is the article as read from disk. Spans index into it.
	Text []byte
	// Format says how to read markup. The zero value is plain text.
	Format Format
	// Published is the day the document was published, when the caller
	// knows it; when it is zero, Extract looks for it in the text (see
	// [Extractor.Published]). Relative dates ("on Monday", "last year",
	// "two months ago") are resolved against it.
	Published CalendarDate
}

// Format is the markup of a document. Plain text is read as it is. Of an
// HTML page, the text of its elements is read, without that of scripts,
// styles, navigation, headers, footers, asides, figure captions, forms and
// the title; block-level elements end paragraphs. Of Markdown (CommonMark),
// the prose is read: not front matter, code, raw HTML, autolinks, images
// or link targets. Character references ("&rsquo;") and Markdown's
// backslash escapes are decoded.
type Format uint8

// The document formats.
const (
	Plain Format = iota
	Markdown
	HTML
)

// FormatOf chooses a format from a file name's extension: ".md" and
// ".markdown" are Markdown, ".html" and ".htm" HTML, anything else plain text.
func FormatOf(path string) Format {
	switch {
	case hasSuffixFold(path, ".md"), hasSuffixFold(path, ".markdown"):
		return Markdown
	case hasSuffixFold(path, ".html"), hasSuffixFold(path, ".htm"):
		return HTML
	}
	return Plain
}

func hasSuffixFold(s, suf string) bool {
	if len(s) < len(suf) {
		return false
	}
	t := s[len(s)-len(suf):]
	for i := 0; i < len(t); i++ {
		c := t[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != suf[i] {
			return false
		}
	}
	return true
}
