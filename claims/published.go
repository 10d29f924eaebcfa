package claims

import (
	"bytes"
	"slices"
	"strings"
	"time"
)

// Published is where a document states the date it was published.
type Published struct {
	// Date holds the year, month and day, and the weekday when the text
	// states it. Year is 0 when only a wire dateline ("PARIS, Nov 18")
	// gives the date.
	Date CalendarDate
	// Span holds the byte offsets of the date text in [Document.Text]
	// (end exclusive): "Oct. 16, 2025" of "Published Oct. 16, 2025, 4:48
	// p.m. MST", "2025-10-14" of "2025-10-14T08:30:00Z".
	Span [2]int
	// How says where the date was found: "front matter", "meta", "time
	// element", "published line", "date line" or "dateline".
	How string
}

// pubSource is where a publication date was found, most trusted first.
type pubSource uint8

const (
	fromFrontMatter pubSource = iota
	fromMeta
	fromTime
	fromPublishedLine // "Published Oct. 16, 2025"
	fromDateLine      // "October 16, 2025", "World | 19 November 2025"
	fromUpdatedLine   // "Updated Oct. 17, 2025": a later date, so below a date line
	fromDateline      // "PARIS, Nov 18 (Wire) - "
	fromNowhere
)

var pubHow = [...]string{
	fromFrontMatter:   "front matter",
	fromMeta:          "meta",
	fromTime:          "time element",
	fromPublishedLine: "published line",
	fromDateLine:      "date line",
	fromUpdatedLine:   "published line",
	fromDateline:      "dateline",
}

// The scan reads the head of a document only: a date deep in the story is
// not its publication date, and reading little keeps the scan fast.
const (
	pubTextBytes = 16 << 10 // of plain text and Markdown
	pubHTMLBytes = 64 << 10 // of HTML, whose head may hold long scripts
	pubLines     = 25       // non-blank lines read for date lines
	pubLineBytes = 200      // longest line read as a date line
	pubFrontRows = 100      // longest front matter read
)

// frontMatterKeys are the front matter keys that give the publication
// date, most trusted first.
var frontMatterKeys = []string{"published", "pubdate", "publishdate", "date_published", "published_at", "date"}

// metaDateKeys are the property, name or itemprop values of the HTML meta
// tags that give the publication date, most trusted first; JSON-LD's
// "datePublished" ranks as the itemprop.
var metaDateKeys = []string{
	"article:published_time", "datepublished", "og:published_time", "publishdate",
	"pubdate", "publish-date", "dc.date.issued", "dcterms.issued", "date", "dc.date",
}

// pubKeywords open a "Published ..." or "Updated ..." line, longest first.
var pubKeywords = []struct {
	word    string
	updated bool
}{
	{"originally published", false}, {"first published", false}, {"published", false}, {"posted", false},
	{"last updated", true}, {"last modified", true}, {"updated", true},
}

// pubSkipElements are HTML elements whose text never states the date.
var pubSkipElements = []string{"script", "style", "noscript", "template", "svg", "nav"}

// pubCandidate is the best date found so far.
type pubCandidate struct {
	from pubSource
	date CalendarDate
	span [2]int
}

// offer keeps the date if it comes from a more trusted source.
func (c *pubCandidate) offer(from pubSource, d CalendarDate, span [2]int) {
	if from < c.from {
		*c = pubCandidate{from, d, span}
	}
}

func (c pubCandidate) result() (Published, bool) {
	if c.from == fromNowhere {
		return Published{}, false
	}
	return Published{Date: c.date, Span: c.span, How: pubHow[c.from]}, true
}

// Published finds the date doc says it was published, from (in order of
// trust): Markdown/YAML front matter `date:` (also `published:`,
// `pubDate:`); an HTML <meta property="article:published_time"> (and
// name="date", itemprop="datePublished", JSON-LD "datePublished"); an
// HTML <time datetime="..."> element; a "Published ..." line; a line near
// the top that is only a date ("October 16, 2025", "World | Wednesday,
// November 19, 2025", "Oct. 14, 2025, 6:05 a.m. ET"); an "Updated ..."
// line; or a wire dateline at the start of the first story paragraph
// ("PARIS, Nov 18 (Continental Wire) - "), which gives no year.
//
// Only the head of the document is read: its first 25 non-blank lines up
// to the second story paragraph. Impossible dates, and dates whose stated
// weekday contradicts them, are not publication dates.
func (x *Extractor) Published(doc Document) (Published, bool) {
	best := pubCandidate{from: fromNowhere}
	if doc.Format == HTML {
		win := doc.Text[:min(len(doc.Text), pubHTMLBytes)]
		low := asciiLower(win)
		article := pubHTMLStart(low)
		x.htmlDates(win, article, &best)
		if best.from == fromNowhere {
			x.headerDates(pubHTMLText(win, low), article, &best)
		}
		return best.result()
	}
	win := doc.Text[:min(len(doc.Text), pubTextBytes)]
	body := x.frontMatter(win, &best)
	if best.from == fromNowhere {
		x.headerDates(win, body, &best)
	}
	return best.result()
}

// frontMatter offers the date of YAML ("---") or TOML ("+++") front matter
// at the start of b, and returns the offset of the text after it.
func (x *Extractor) frontMatter(b []byte, best *pubCandidate) int {
	start := 0
	if bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) {
		start = 3
	}
	line, off := pubLine(b, start)
	delim := string(bytes.TrimSpace(line))
	var sep byte
	switch delim {
	case "---":
		sep = ':'
	case "+++":
		sep = '='
	default:
		return start
	}
	found := pubCandidate{from: fromNowhere}
	rank := len(frontMatterKeys)
	for row := 0; row < pubFrontRows && off < len(b); row++ {
		at := off
		line, off = pubLine(b, off)
		if string(bytes.TrimSpace(line)) == delim {
			best.offer(found.from, found.date, found.span)
			return off
		}
		k := bytes.IndexByte(line, sep)
		if k < 0 {
			continue
		}
		key := bytes.Trim(line[:k], " \t\"'")
		for r, name := range frontMatterKeys[:rank] {
			if !bytes.EqualFold(key, []byte(name)) {
				continue
			}
			i, j := pubTrim(b, at+k+1, at+len(line), " \t\r\"'")
			if d, span, ok := x.valueDate(b, i, j); ok {
				found, rank = pubCandidate{fromFrontMatter, d, span}, r
			}
			break
		}
	}
	return start // never closed: not front matter
}

// pubLine returns the line of b that starts at off, without its newline,
// and the offset of the next line.
func pubLine(b []byte, off int) ([]byte, int) {
	if k := bytes.IndexByte(b[off:], '\n'); k >= 0 {
		return b[off : off+k], off + k + 1
	}
	return b[off:], len(b)
}

// pubTrim narrows b[i:j] by the bytes of cut at either end.
func pubTrim(b []byte, i, j int, cut string) (int, int) {
	for i < j && strings.IndexByte(cut, b[i]) >= 0 {
		i++
	}
	for j > i && strings.IndexByte(cut, b[j-1]) >= 0 {
		j--
	}
	return i, j
}

// valueDate reads an attribute or front matter value that is only a date,
// perhaps with a time: "2025-10-14T08:30:00Z", "October 14, 2025".
func (x *Extractor) valueDate(b []byte, i, j int) (CalendarDate, [2]int, bool) {
	kind, d, span := x.pubSegment(b, i, j)
	return d, span, kind == segDate
}

// headerDates offers the dates of the lines at the head of b, from offset
// from: date lines, "Published" lines, and a dateline opening the first
// story paragraph.
func (x *Extractor) headerDates(b []byte, from int, best *pubCandidate) {
	stories := 0
	for off, lines := from, 0; off < len(b) && lines < pubLines && best.from > fromPublishedLine; {
		at := off
		var line []byte
		line, off = pubLine(b, off)
		i, j := pubTrim(b, at, at+len(line), " \t\r\f\v*_#>")
		if i == j {
			continue
		}
		lines++
		if j-i-bytes.Count(b[i:j], []byte(" ")) <= pubLineBytes {
			if from, d, span, ok := x.dateLine(b, i, j); ok {
				best.offer(from, d, span)
				continue
			}
		}
		switch x.lex.boiler.match(b[i:j]) {
		case "stop":
			return
		case "skip":
			continue
		}
		if stories == 0 {
			if d, span, ok := x.dateline(b, i, j); ok {
				best.offer(fromDateline, d, span)
				stories++
				continue
			}
		}
		if isStoryLine(b[i:j]) {
			if stories++; stories == 2 {
				return
			}
		}
	}
}

// isStoryLine reports whether a line reads as a paragraph of the story: a
// dozen words or more, ending like a sentence.
func isStoryLine(t []byte) bool {
	return pubWords(t) >= 12 && endsSentence(t)
}

// pubWords counts the words of t, which may be long.
func pubWords(t []byte) int {
	n := 0
	for k := range t {
		if t[k] > ' ' && (k == 0 || t[k-1] <= ' ') {
			n++
		}
	}
	return n
}

// segKind classifies one part of a header line between separators.
type segKind uint8

const (
	segOther     segKind = iota // prose or anything else: not a date line
	segLabel                    // "World", "Thames Financial Review", "By Jane Doe"
	segTime                     // "3:12 PM EST", "Updated 6:05 p.m. PT"
	segDate                     // "Wednesday, November 19, 2025"
	segPublished                // "Published Oct. 16, 2025, 4:48 p.m. MST"
	segUpdated                  // "Updated Oct. 17, 2025"
)

// segSource says which kind of date line a dated part makes.
var segSource = [...]pubSource{segDate: fromDateLine, segPublished: fromPublishedLine, segUpdated: fromUpdatedLine}

// pubSeparators split a header line into parts.
var pubSeparators = []string{"|", "·", "•"}

// dateLine reads b[i:j] as a header line of parts: one or more dates, and
// labels or times ("World | Wednesday, November 19, 2025", "July 22, 2025
// | Updated 6:05 p.m. PT"). It returns the most trusted date of the line.
func (x *Extractor) dateLine(b []byte, i, j int) (pubSource, CalendarDate, [2]int, bool) {
	best := pubCandidate{from: fromNowhere}
	for {
		k, n := pubNextSep(b, i, j)
		kind, d, span := x.pubSegment(b, i, k)
		switch kind {
		case segOther:
			return fromNowhere, CalendarDate{}, [2]int{}, false
		case segDate, segPublished, segUpdated:
			best.offer(segSource[kind], d, span)
		}
		if n == 0 {
			return best.from, best.date, best.span, best.from != fromNowhere
		}
		i = k + n
	}
}

// pubNextSep returns the offset and length of the first separator in
// b[i:j], or j and 0.
func pubNextSep(b []byte, i, j int) (int, int) {
	for k := i; k < j; k++ {
		for _, sep := range pubSeparators {
			if b[k] == sep[0] && bytes.HasPrefix(b[k:j], []byte(sep)) {
				return k, len(sep)
			}
		}
	}
	return j, 0
}

// pubSegment classifies the part b[i:j] of a header line and returns its
// date, if it has one.
func (x *Extractor) pubSegment(b []byte, i, j int) (segKind, CalendarDate, [2]int) {
	i, j = pubTrim(b, i, j, " \t\r\n*_")
	kw, updated := pubKeyword(b[i:j])
	if kw > 0 {
		i, _ = pubTrim(b, i+kw, j, " \t:*_-")
	}
	for p := i; p < j; p++ {
		if b[p] <= ' ' || p > i && (isLetter(b[p-1]) || isDigit(b[p-1])) {
			continue
		}
		d, s, e, ok := x.dateAt(b, p, j, true)
		switch {
		case !ok:
			continue
		case !pubTimeish(b[i:s]) || !pubTimeish(b[e:j]) && !x.pubSecondPart(b, e, j):
			return segOther, CalendarDate{}, [2]int{}
		case kw == 0:
			return segDate, d, [2]int{s, e}
		case updated:
			return segUpdated, d, [2]int{s, e}
		}
		return segPublished, d, [2]int{s, e}
	}
	t := b[i:j]
	digits := bytes.ContainsAny(t, "0123456789")
	switch {
	case kw == 0 && !digits && pubWords(t) <= 6 && !endsSentence(t):
		return segLabel, CalendarDate{}, [2]int{}
	case pubTimeish(t):
		return segTime, CalendarDate{}, [2]int{}
	}
	return segOther, CalendarDate{}, [2]int{}
}

// pubSecondPart reports whether b[e:j], after a date, holds times and then
// a part of its own that opens with a keyword, with no separator between:
// "Published Oct. 16, 2025 Updated Oct. 17, 2025, 9:13 a.m. ET".
func (x *Extractor) pubSecondPart(b []byte, e, j int) bool {
	for q := e; q < j; q++ {
		if q > e && b[q-1] != ' ' || !isLetter(b[q]) {
			continue
		}
		if n, _ := pubKeyword(b[q:j]); n > 0 {
			kind, _, _ := x.pubSegment(b, q, j)
			return kind != segOther && pubTimeish(b[e:q])
		}
	}
	return false
}

// pubKeyword returns the length of the keyword that opens t, such as
// "Published" or "Last updated", and whether it gives an update time.
func pubKeyword(t []byte) (int, bool) {
	for _, k := range pubKeywords {
		n := len(k.word)
		if len(t) >= n && bytes.EqualFold(t[:n], []byte(k.word)) && (len(t) == n || !isLetter(t[n])) {
			return n, k.updated
		}
	}
	return 0, false
}

// pubTimeWords may stand around a date in a header line, besides times,
// zones and pubMeridiem.
var pubTimeWords = []string{"at", "on", "-", "–", "—", "local", "time"}

// pubMeridiem follow a time of day, alone or joined to it ("10.42am").
var pubMeridiem = []string{"am", "pm", "a.m.", "p.m.", "a.m", "p.m"}

// pubTimeish reports whether t holds nothing but times of day, time zones
// and connecting words: ", 4:48 p.m. MST", " at 10.42am BST".
func pubTimeish(t []byte) bool {
	for _, f := range bytes.Fields(t) {
		f = bytes.Trim(f, ",;()[]")
		if len(f) == 0 || pubClock(f) || pubZone(f) {
			continue
		}
		if !pubFold(f, pubTimeWords...) && !pubFold(f, pubMeridiem...) {
			return false
		}
	}
	return true
}

// pubClock reports whether f is a time of day: "4:48", "06.00", "10.42am",
// "T08:30:00Z", "08:30:00.000+02:00".
func pubClock(f []byte) bool {
	if len(f) > 0 && (f[0] == 'T' || f[0] == 't') {
		f = f[1:]
	}
	n := pubDigits(f)
	if n < 1 || n > 2 {
		return false
	}
	k, groups := n, 0
	for k < len(f) && (f[k] == ':' || f[k] == '.') {
		m := pubDigits(f[k+1:])
		if m == 0 {
			break
		}
		k, groups = k+1+m, groups+1
	}
	if groups == 0 {
		return false
	}
	rest := f[k:]
	return len(rest) == 0 || pubFold(rest, "z") || pubFold(rest, pubMeridiem...) || pubOffset(rest)
}

// pubZone reports whether f names a time zone: "GMT", "ET", "UTC+02:00",
// "+0100".
func pubZone(f []byte) bool {
	f = bytes.TrimSuffix(f, []byte("."))
	n := 0
	for n < len(f) && 'A' <= f[n] && f[n] <= 'Z' {
		n++
	}
	if n > 5 || n == len(f) && n == 0 {
		return false
	}
	return n == len(f) || pubOffset(f[n:])
}

// pubOffset reports whether f is a UTC offset: "+02:00", "-0500", "+1".
func pubOffset(f []byte) bool {
	if len(f) < 2 || f[0] != '+' && f[0] != '-' {
		return false
	}
	n := pubDigits(f[1:])
	if n == 0 || n > 4 {
		return false
	}
	rest := f[1+n:]
	return len(rest) == 0 || rest[0] == ':' && pubDigits(rest[1:]) == 2 && len(rest) == 3
}

// pubDigits returns the number of ASCII digits that open b.
func pubDigits(b []byte) int {
	n := 0
	for n < len(b) && isDigit(b[n]) {
		n++
	}
	return n
}

// dateAt reads a date that starts at b[p], before end: "2025-10-14",
// "October 16, 2025", "Thursday 20 November 2025", "Oct. 16th 2025", and
// without needYear "Nov 18". It returns the date and its span [s, e).
func (x *Extractor) dateAt(b []byte, p, end int, needYear bool) (d CalendarDate, s, e int, ok bool) {
	if d, e, ok := pubISO(b, p, end); ok {
		return d, p, e, true
	}
	q := p
	if w := pubWord(b, q, end); w >= 3 {
		if info := x.pubLookup(b[q : q+w]); info.roles&rWeekday != 0 {
			d.Weekday = info.weekday
			q = pubSkip(b, q+w, end, ".,")
		}
	}
	var k int
	if w := pubWord(b, q, end); w > 0 { // "October 16, 2025"
		if d.Month = x.pubMonth(b[q : q+w]); d.Month == 0 {
			return CalendarDate{}, 0, 0, false
		}
		d.Day, k = pubDay(b, pubSkip(b, q+w, end, "."), end)
		e = k
		k = pubSkip(b, k, end, ",")
	} else if d.Day, k = pubDay(b, q, end); d.Day > 0 { // "16 October 2025"
		k = pubSkip(b, k, end, "")
		if w := pubWord(b, k, end); w == 2 && bytes.EqualFold(b[k:k+2], []byte("of")) {
			k = pubSkip(b, k+2, end, "")
		}
		w := pubWord(b, k, end)
		d.Month = x.pubMonth(b[k : k+w])
		e = k + w
		k = pubSkip(b, e, end, ".,")
	}
	if d.Month == 0 || d.Day == 0 {
		return CalendarDate{}, 0, 0, false
	}
	if y, n := pubYear(b, k, end); n > 0 {
		d.Year, e = y, k+n
	} else if needYear {
		return CalendarDate{}, 0, 0, false
	}
	return d, p, e, pubValid(d)
}

// pubISO reads "2025-10-14" at b[p]; a time after it is left to the caller.
func pubISO(b []byte, p, end int) (CalendarDate, int, bool) {
	t := b[p:end]
	if pubDigits(t) != 4 || len(t) < 8 || t[4] != '-' {
		return CalendarDate{}, 0, false
	}
	m := pubDigits(t[5:])
	if m < 1 || m > 2 || len(t) < 7+m || t[5+m] != '-' {
		return CalendarDate{}, 0, false
	}
	n := pubDigits(t[6+m:])
	if n < 1 || n > 2 {
		return CalendarDate{}, 0, false
	}
	d := CalendarDate{Year: atoi(string(t[:4])), Month: atoi(string(t[5 : 5+m])), Day: atoi(string(t[6+m : 6+m+n]))}
	return d, p + 6 + m + n, pubValid(d)
}

// pubWord returns the length of the run of ASCII letters at b[k].
func pubWord(b []byte, k, end int) int {
	n := k
	for n < end && isLetter(b[n]) {
		n++
	}
	return n - k
}

// pubSkip steps over spaces and the bytes of also from b[k].
func pubSkip(b []byte, k, end int, also string) int {
	for k < end && (b[k] == ' ' || b[k] == '\t' || strings.IndexByte(also, b[k]) >= 0) {
		k++
	}
	return k
}

// pubDay reads a day of the month, "16" or "16th", at b[k] and returns it
// with the offset after it; 0 when there is none.
func pubDay(b []byte, k, end int) (int, int) {
	n := pubDigits(b[k:end])
	if n < 1 || n > 2 {
		return 0, k
	}
	e := k + n
	if w := pubWord(b, e, end); w == 2 && pubFold(b[e:e+2], "st", "nd", "rd", "th") {
		e += 2
	}
	if e < end && (isLetter(b[e]) || isDigit(b[e]) || b[e] == ':') {
		return 0, k
	}
	return atoi(string(b[k : k+n])), e
}

// pubYear reads a four-digit year at b[k] and returns it with its length.
func pubYear(b []byte, k, end int) (int, int) {
	if pubDigits(b[k:end]) != 4 || k+4 < end && isLetter(b[k+4]) {
		return 0, 0
	}
	return atoi(string(b[k : k+4])), 4
}

// pubLookup returns what the lexicon knows of an ASCII word, in any case.
func (x *Extractor) pubLookup(w []byte) wordInfo {
	var buf [12]byte
	if len(w) > len(buf) {
		return wordInfo{}
	}
	for k, c := range w {
		buf[k] = c | 0x20 // w holds letters only
	}
	return x.lex.words[string(buf[:len(w)])]
}

// pubMonth returns the number of the month w names, or 0.
func (x *Extractor) pubMonth(w []byte) int {
	if info := x.pubLookup(w); info.roles&rMonth != 0 {
		return info.month
	}
	return 0
}

// pubValid reports whether d is a day of the calendar whose stated weekday,
// if any, is its own. A date without a year may be 29 February.
func pubValid(d CalendarDate) bool {
	if d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Year != 0 && (d.Year < 1800 || d.Year > 2100) {
		return false
	}
	days := 31
	switch d.Month {
	case 2:
		days = 28
		if d.Year == 0 || d.Year%4 == 0 && (d.Year%100 != 0 || d.Year%400 == 0) {
			days = 29
		}
	case 4, 6, 9, 11:
		days = 30
	}
	if d.Day > days {
		return false
	}
	if d.Year == 0 || d.Weekday == 0 {
		return true
	}
	wd := int(time.Date(d.Year, time.Month(d.Month), d.Day, 12, 0, 0, 0, time.UTC).Weekday())
	return d.Weekday == wd || d.Weekday == 7 && wd == 0
}

// dateline reads a wire dateline at the start of b[i:j]: a place in
// capitals, perhaps a region, a month and day, then an agency in brackets
// or a dash: "BORDEAUX, France, Oct 14 (Meridian) - ".
func (x *Extractor) dateline(b []byte, i, j int) (CalendarDate, [2]int, bool) {
	end := min(j, i+100)
	k, upper := i, 0
	for ; k < end && b[k] != ','; k++ {
		switch c := b[k]; {
		case 'A' <= c && c <= 'Z':
			upper++
		case c != ' ' && c != '/' && c != '-' && c != '.' && c != '\'' && c != '*' && c != '_' && c < 0x80:
			return CalendarDate{}, [2]int{}, false
		}
	}
	for regions := 0; regions < 3 && upper >= 2 && k < end; regions++ {
		k = pubSkip(b, k+1, end, "")
		if d, s, e, ok := x.dateAt(b, k, end, false); ok {
			return d, [2]int{s, e}, datelineEnds(b, e, end, j)
		}
		m := k
		for m < end && b[m] != ',' && b[m] != '(' && !isDigit(b[m]) {
			m++
		}
		if m == k || m == end || b[m] != ',' || b[k] < 'A' || b[k] > 'Z' || bytes.Count(b[k:m], []byte(" ")) > 2 {
			break
		}
		k = m
	}
	return CalendarDate{}, [2]int{}, false
}

// datelineEnds reports whether the date of a dateline ending at e is
// followed by an agency in brackets or a dash, and then by the story.
func datelineEnds(b []byte, e, end, j int) bool {
	k := pubSkip(b, e, end, "")
	agency := k < end && b[k] == '('
	if agency {
		c := bytes.IndexByte(b[k:end], ')')
		if c < 0 {
			return false
		}
		k = pubSkip(b, k+c+1, end, "")
	}
	dash := false
	for _, sep := range []string{"--", "-", "—", "–"} {
		if bytes.HasPrefix(b[k:end], []byte(sep)) {
			k, dash = k+len(sep), true
			break
		}
	}
	return (agency || dash) && k < j
}

// htmlDates offers the best date of the meta tags and JSON-LD in win, and
// that of the time elements from offset article on.
func (x *Extractor) htmlDates(win []byte, article int, best *pubCandidate) {
	meta, metaRank := pubCandidate{from: fromNowhere}, len(metaDateKeys)
	tm, timeRank := pubCandidate{from: fromNowhere}, 3
	for i := 0; i < len(win); {
		k := bytes.IndexByte(win[i:], '<')
		if k < 0 {
			break
		}
		at := i + k
		i = at + 1 + pubWord(win, at+1, len(win))
		var r int
		var d CalendarDate
		var span [2]int
		var ok bool
		switch name := win[at+1 : i]; {
		case bytes.EqualFold(name, []byte("meta")):
			if r, d, span, ok, i = x.metaDate(win, i, metaRank); ok {
				meta, metaRank = pubCandidate{fromMeta, d, span}, r
			}
		case bytes.EqualFold(name, []byte("time")) && at >= article:
			if r, d, span, ok, i = x.timeDate(win, i, timeRank); ok {
				tm, timeRank = pubCandidate{fromTime, d, span}, r
			}
		}
	}
	if metaRank > slices.Index(metaDateKeys, "datepublished") {
		if d, span, ok := x.jsonLDDate(win); ok {
			meta = pubCandidate{fromMeta, d, span}
		}
	}
	best.offer(meta.from, meta.date, meta.span)
	best.offer(tm.from, tm.date, tm.span)
}

// metaDate reads the attributes of a meta tag from b[i]. If the tag gives a
// date under a key that ranks before rank, it returns the key's rank and
// the date. It also returns the offset after the tag.
func (x *Extractor) metaDate(b []byte, i, rank int) (r int, d CalendarDate, span [2]int, ok bool, next int) {
	r, content := len(metaDateKeys), [2]int{-1, -1}
	next = pubAttrs(b, i, func(name []byte, v0, v1 int) {
		switch {
		case pubFold(name, "property", "name", "itemprop"):
			for k, key := range metaDateKeys[:r] {
				if bytes.EqualFold(b[v0:v1], []byte(key)) {
					r = k
				}
			}
		case pubFold(name, "content"):
			content = [2]int{v0, v1}
		}
	})
	if r < rank && content[0] >= 0 {
		d, span, ok = x.valueDate(b, content[0], content[1])
	}
	return r, d, span, ok, next
}

// timeDate reads a time element from b[i] like metaDate: its datetime
// attribute or, lacking one, its text. One marked as the publication time
// ranks 0, one marked as an update 2, others 1.
func (x *Extractor) timeDate(b []byte, i, rank int) (r int, d CalendarDate, span [2]int, ok bool, next int) {
	r, when := 1, [2]int{-1, -1}
	next = pubAttrs(b, i, func(name []byte, v0, v1 int) {
		v := b[v0:v1]
		switch {
		case pubFold(name, "datetime"):
			when = [2]int{v0, v1}
		case pubFold(name, "pubdate"):
			r = 0
		case pubFold(name, "itemprop", "class"):
			switch {
			case pubContainsFold(v, "publish"):
				r = 0
			case pubContainsFold(v, "modif"), pubContainsFold(v, "updat"):
				r = max(r, 2)
			}
		}
	})
	if when[0] < 0 {
		if e := bytes.IndexByte(b[next:min(len(b), next+pubLineBytes)], '<'); e >= 0 {
			when = [2]int{next, next + e}
		}
	}
	if r < rank && when[0] >= 0 {
		d, span, ok = x.valueDate(b, when[0], when[1])
	}
	return r, d, span, ok, next
}

// jsonLDDate reads the first "datePublished" of JSON-LD in win.
func (x *Extractor) jsonLDDate(win []byte) (CalendarDate, [2]int, bool) {
	key := []byte(`"datePublished"`)
	k := bytes.Index(win, key)
	if k < 0 {
		return CalendarDate{}, [2]int{}, false
	}
	k = pubSkip(win, k+len(key), len(win), ":\r\n")
	if k >= len(win) || win[k] != '"' {
		return CalendarDate{}, [2]int{}, false
	}
	e := bytes.IndexByte(win[k+1:min(len(win), k+1+pubLineBytes)], '"')
	if e < 0 {
		return CalendarDate{}, [2]int{}, false
	}
	return x.valueDate(win, k+1, k+1+e)
}

// pubAttrs calls fn with the name and value offsets of each attribute of
// the tag whose attributes start at b[i], and returns the offset after the
// tag. A value left open runs to the end of b.
func pubAttrs(b []byte, i int, fn func(name []byte, v0, v1 int)) int {
	space := func(i int, also byte) int { // control bytes count as space
		for i < len(b) && (b[i] <= ' ' || b[i] == also) {
			i++
		}
		return i
	}
	for {
		if i = space(i, '/'); i >= len(b) || b[i] == '>' {
			return min(i+1, len(b))
		}
		n := i // b[i] is '=' or opens a name
		for i < len(b) && b[i] > ' ' && b[i] != '=' && b[i] != '>' && b[i] != '/' {
			i++
		}
		name := b[n:i]
		if i = space(i, 0); i >= len(b) || b[i] != '=' {
			fn(name, i, i)
			continue
		}
		if i = space(i+1, 0); i < len(b) && (b[i] == '"' || b[i] == '\'') {
			e := bytes.IndexByte(b[i+1:], b[i])
			if e < 0 {
				return len(b)
			}
			fn(name, i+1, i+1+e)
			i += e + 2
			continue
		}
		v := i
		for i < len(b) && b[i] > ' ' && b[i] != '>' {
			i++
		}
		fn(name, v, i)
	}
}

// pubFold reports whether name is one of names, in any case.
func pubFold(name []byte, names ...string) bool {
	for _, n := range names {
		if bytes.EqualFold(name, []byte(n)) {
			return true
		}
	}
	return false
}

// pubContainsFold reports whether v contains the lower-case ASCII s in any
// case.
func pubContainsFold(v []byte, s string) bool {
	for k := 0; k+len(s) <= len(v); k++ {
		if bytes.EqualFold(v[k:k+len(s)], []byte(s)) {
			return true
		}
	}
	return false
}

// pubHTMLStart returns the offset in the lower-cased HTML low at which the
// article starts: its <article>, <main> or <body> tag, or 0.
func pubHTMLStart(low []byte) int {
	for _, tag := range []string{"<article", "<main", "<body"} {
		if k := bytes.Index(low, []byte(tag)); k >= 0 {
			return k
		}
	}
	return 0
}

// pubHTMLText returns a copy of win, whose lower-cased copy is low, with
// tags, comments and the content of pubSkipElements blanked and block tags
// turned into line breaks, so that its offsets are those of win.
func pubHTMLText(win, low []byte) []byte {
	b := append([]byte(nil), win...)
	maskElements(b, low, pubSkipElements)
	return b
}

// maskElements blanks the tags and comments of b, whose lower-cased copy
// is low, and the content of the elements named in skip.
func maskElements(b, low []byte, skip []string) {
	for i := 0; i < len(b); {
		if b[i] != '<' {
			i++
			continue
		}
		if bytes.HasPrefix(b[i:], []byte("<!--")) {
			end := bytes.Index(b[i:], []byte("-->"))
			if end < 0 {
				end = len(b) - i - 3
			}
			blank(b[i : i+end+3])
			i += end + 3
			continue
		}
		j := bytes.IndexByte(b[i:], '>')
		if j < 0 {
			blank(b[i:])
			return
		}
		j += i + 1
		name := tagName(low[i:j])
		skipTo := j
		closing := b[i+1] == '/'
		for _, el := range skip {
			if name == el && !closing {
				k := bytes.Index(low[j:], []byte("</"+el))
				if k < 0 {
					blank(b[i:]) // never closed: the rest is not story
					return
				}
				skipTo = j + k
			}
		}
		blank(b[i:skipTo])
		if isBlockTag(name) {
			b[i] = '\n'
			if j-i > 2 {
				b[i+1] = '\n'
			}
		}
		i = skipTo
	}
}

func tagName(tag []byte) string {
	t := bytes.TrimLeft(tag[1:], "/")
	end := bytes.IndexAny(t, " \t\n\r/>")
	if end < 0 {
		end = len(t)
	}
	return string(t[:end])
}
